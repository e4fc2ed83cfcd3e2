//! The reference table of partner countries the generator draws from: ISO codes (numeric
//! ids match world-atlas `countries-110m.json`), exonyms, region, a representative city
//! and its main language. China is the hub and deliberately absent.

/// One row of the reference table.
#[derive(Debug, Clone, Copy)]
pub struct CountryRef {
    /// ISO 3166-1 alpha-3.
    pub id: &'static str,
    /// ISO 3166-1 numeric, three digits.
    pub numeric: &'static str,
    /// Name in English, Simplified Chinese, German.
    pub name: [&'static str; 3],
    /// Region id.
    pub region: &'static str,
    /// Signed a Belt and Road cooperation document.
    pub belt_and_road: bool,
    /// A major city in English, Simplified Chinese, German (also the arc endpoint).
    pub city: [&'static str; 3],
    /// Latitude of that city.
    pub lat: f64,
    /// Longitude of that city.
    pub lon: f64,
    /// Main language, ISO 639-1.
    pub lang: &'static str,
}

// A positional row constructor keeps the table one line per country.
#[allow(clippy::too_many_arguments)]
const fn c(
    id: &'static str,
    numeric: &'static str,
    name: [&'static str; 3],
    region: &'static str,
    belt_and_road: bool,
    city: [&'static str; 3],
    lat: f64,
    lon: f64,
    lang: &'static str,
) -> CountryRef {
    CountryRef {
        id,
        numeric,
        name,
        region,
        belt_and_road,
        city,
        lat,
        lon,
        lang,
    }
}

/// Region ids, in display order.
pub const REGIONS: [&str; 9] = [
    "southeast_asia",
    "south_asia",
    "central_asia",
    "east_asia",
    "west_asia",
    "africa",
    "europe",
    "latin_america",
    "oceania",
];

/// The partner countries (54). Singapore, Bahrain and the Maldives are too small for the
/// 110m map geometry; their point is what the map draws.
#[rustfmt::skip]
pub const COUNTRIES: [CountryRef; 54] = [
    c("THA", "764", ["Thailand", "泰国", "Thailand"], "southeast_asia", true, ["Bangkok", "曼谷", "Bangkok"], 13.76, 100.50, "th"),
    c("VNM", "704", ["Vietnam", "越南", "Vietnam"], "southeast_asia", true, ["Hanoi", "河内", "Hanoi"], 21.03, 105.85, "vi"),
    c("LAO", "418", ["Laos", "老挝", "Laos"], "southeast_asia", true, ["Vientiane", "万象", "Vientiane"], 17.97, 102.63, "lo"),
    c("KHM", "116", ["Cambodia", "柬埔寨", "Kambodscha"], "southeast_asia", true, ["Phnom Penh", "金边", "Phnom Penh"], 11.56, 104.92, "km"),
    c("MMR", "104", ["Myanmar", "缅甸", "Myanmar"], "southeast_asia", true, ["Yangon", "仰光", "Rangun"], 16.84, 96.17, "my"),
    c("MYS", "458", ["Malaysia", "马来西亚", "Malaysia"], "southeast_asia", true, ["Kuala Lumpur", "吉隆坡", "Kuala Lumpur"], 3.139, 101.69, "ms"),
    c("SGP", "702", ["Singapore", "新加坡", "Singapur"], "southeast_asia", true, ["Singapore", "新加坡", "Singapur"], 1.29, 103.85, "en"),
    c("IDN", "360", ["Indonesia", "印度尼西亚", "Indonesien"], "southeast_asia", true, ["Jakarta", "雅加达", "Jakarta"], -6.21, 106.85, "id"),
    c("PHL", "608", ["Philippines", "菲律宾", "Philippinen"], "southeast_asia", true, ["Manila", "马尼拉", "Manila"], 14.60, 120.98, "tl"),
    c("BRN", "096", ["Brunei", "文莱", "Brunei"], "southeast_asia", true, ["Bandar Seri Begawan", "斯里巴加湾市", "Bandar Seri Begawan"], 4.90, 114.94, "ms"),
    c("PAK", "586", ["Pakistan", "巴基斯坦", "Pakistan"], "south_asia", true, ["Islamabad", "伊斯兰堡", "Islamabad"], 33.68, 73.05, "ur"),
    c("BGD", "050", ["Bangladesh", "孟加拉国", "Bangladesch"], "south_asia", true, ["Dhaka", "达卡", "Dhaka"], 23.81, 90.41, "bn"),
    c("LKA", "144", ["Sri Lanka", "斯里兰卡", "Sri Lanka"], "south_asia", true, ["Colombo", "科伦坡", "Colombo"], 6.93, 79.86, "si"),
    c("NPL", "524", ["Nepal", "尼泊尔", "Nepal"], "south_asia", true, ["Kathmandu", "加德满都", "Kathmandu"], 27.72, 85.32, "ne"),
    c("MDV", "462", ["Maldives", "马尔代夫", "Malediven"], "south_asia", true, ["Malé", "马累", "Malé"], 4.18, 73.51, "dv"),
    c("KAZ", "398", ["Kazakhstan", "哈萨克斯坦", "Kasachstan"], "central_asia", true, ["Almaty", "阿拉木图", "Almaty"], 43.24, 76.89, "kk"),
    c("UZB", "860", ["Uzbekistan", "乌兹别克斯坦", "Usbekistan"], "central_asia", true, ["Tashkent", "塔什干", "Taschkent"], 41.30, 69.24, "uz"),
    c("KGZ", "417", ["Kyrgyzstan", "吉尔吉斯斯坦", "Kirgisistan"], "central_asia", true, ["Bishkek", "比什凯克", "Bischkek"], 42.87, 74.59, "ky"),
    c("TJK", "762", ["Tajikistan", "塔吉克斯坦", "Tadschikistan"], "central_asia", true, ["Dushanbe", "杜尚别", "Duschanbe"], 38.56, 68.79, "tg"),
    c("TKM", "795", ["Turkmenistan", "土库曼斯坦", "Turkmenistan"], "central_asia", true, ["Ashgabat", "阿什哈巴德", "Aşgabat"], 37.96, 58.33, "tk"),
    c("MNG", "496", ["Mongolia", "蒙古国", "Mongolei"], "east_asia", true, ["Ulaanbaatar", "乌兰巴托", "Ulaanbaatar"], 47.89, 106.91, "mn"),
    c("TUR", "792", ["Türkiye", "土耳其", "Türkei"], "west_asia", true, ["Istanbul", "伊斯坦布尔", "Istanbul"], 41.01, 28.98, "tr"),
    c("ARE", "784", ["United Arab Emirates", "阿联酋", "Vereinigte Arabische Emirate"], "west_asia", true, ["Dubai", "迪拜", "Dubai"], 25.20, 55.27, "ar"),
    c("SAU", "682", ["Saudi Arabia", "沙特阿拉伯", "Saudi-Arabien"], "west_asia", true, ["Riyadh", "利雅得", "Riad"], 24.71, 46.68, "ar"),
    c("QAT", "634", ["Qatar", "卡塔尔", "Katar"], "west_asia", true, ["Doha", "多哈", "Doha"], 25.29, 51.53, "ar"),
    c("BHR", "048", ["Bahrain", "巴林", "Bahrain"], "west_asia", true, ["Manama", "麦纳麦", "Manama"], 26.23, 50.59, "ar"),
    c("IRN", "364", ["Iran", "伊朗", "Iran"], "west_asia", true, ["Tehran", "德黑兰", "Teheran"], 35.69, 51.39, "fa"),
    c("JOR", "400", ["Jordan", "约旦", "Jordanien"], "west_asia", false, ["Amman", "安曼", "Amman"], 31.95, 35.93, "ar"),
    c("GEO", "268", ["Georgia", "格鲁吉亚", "Georgien"], "west_asia", true, ["Tbilisi", "第比利斯", "Tiflis"], 41.72, 44.79, "ka"),
    c("AZE", "031", ["Azerbaijan", "阿塞拜疆", "Aserbaidschan"], "west_asia", true, ["Baku", "巴库", "Baku"], 40.41, 49.87, "az"),
    c("EGY", "818", ["Egypt", "埃及", "Ägypten"], "africa", true, ["Cairo", "开罗", "Kairo"], 30.04, 31.24, "ar"),
    c("ETH", "231", ["Ethiopia", "埃塞俄比亚", "Äthiopien"], "africa", true, ["Addis Ababa", "亚的斯亚贝巴", "Addis Abeba"], 9.03, 38.74, "am"),
    c("KEN", "404", ["Kenya", "肯尼亚", "Kenia"], "africa", true, ["Nairobi", "内罗毕", "Nairobi"], -1.29, 36.82, "sw"),
    c("NGA", "566", ["Nigeria", "尼日利亚", "Nigeria"], "africa", true, ["Lagos", "拉各斯", "Lagos"], 6.52, 3.38, "en"),
    c("ZAF", "710", ["South Africa", "南非", "Südafrika"], "africa", true, ["Johannesburg", "约翰内斯堡", "Johannesburg"], -26.20, 28.05, "en"),
    c("TZA", "834", ["Tanzania", "坦桑尼亚", "Tansania"], "africa", true, ["Dar es Salaam", "达累斯萨拉姆", "Daressalam"], -6.79, 39.21, "sw"),
    c("CIV", "384", ["Côte d'Ivoire", "科特迪瓦", "Côte d'Ivoire"], "africa", true, ["Abidjan", "阿比让", "Abidjan"], 5.36, -4.01, "fr"),
    c("GHA", "288", ["Ghana", "加纳", "Ghana"], "africa", true, ["Accra", "阿克拉", "Accra"], 5.60, -0.19, "en"),
    c("MAR", "504", ["Morocco", "摩洛哥", "Marokko"], "africa", true, ["Casablanca", "卡萨布兰卡", "Casablanca"], 33.57, -7.59, "ar"),
    c("ZMB", "894", ["Zambia", "赞比亚", "Sambia"], "africa", true, ["Lusaka", "卢萨卡", "Lusaka"], -15.39, 28.32, "en"),
    c("RWA", "646", ["Rwanda", "卢旺达", "Ruanda"], "africa", true, ["Kigali", "基加利", "Kigali"], -1.94, 30.06, "rw"),
    c("UGA", "800", ["Uganda", "乌干达", "Uganda"], "africa", true, ["Kampala", "坎帕拉", "Kampala"], 0.35, 32.58, "en"),
    c("DEU", "276", ["Germany", "德国", "Deutschland"], "europe", false, ["Stuttgart", "斯图加特", "Stuttgart"], 48.78, 9.18, "de"),
    c("RUS", "643", ["Russia", "俄罗斯", "Russland"], "europe", true, ["Moscow", "莫斯科", "Moskau"], 55.76, 37.62, "ru"),
    c("SRB", "688", ["Serbia", "塞尔维亚", "Serbien"], "europe", true, ["Belgrade", "贝尔格莱德", "Belgrad"], 44.79, 20.45, "sr"),
    c("HUN", "348", ["Hungary", "匈牙利", "Ungarn"], "europe", true, ["Budapest", "布达佩斯", "Budapest"], 47.50, 19.04, "hu"),
    c("POL", "616", ["Poland", "波兰", "Polen"], "europe", true, ["Warsaw", "华沙", "Warschau"], 52.23, 21.01, "pl"),
    c("BLR", "112", ["Belarus", "白俄罗斯", "Belarus"], "europe", true, ["Minsk", "明斯克", "Minsk"], 53.90, 27.57, "be"),
    c("ITA", "380", ["Italy", "意大利", "Italien"], "europe", false, ["Turin", "都灵", "Turin"], 45.07, 7.69, "it"),
    c("GBR", "826", ["United Kingdom", "英国", "Vereinigtes Königreich"], "europe", false, ["Birmingham", "伯明翰", "Birmingham"], 52.49, -1.89, "en"),
    c("BRA", "076", ["Brazil", "巴西", "Brasilien"], "latin_america", false, ["São Paulo", "圣保罗", "São Paulo"], -23.55, -46.63, "pt"),
    c("CHL", "152", ["Chile", "智利", "Chile"], "latin_america", true, ["Santiago", "圣地亚哥", "Santiago de Chile"], -33.45, -70.67, "es"),
    c("NZL", "554", ["New Zealand", "新西兰", "Neuseeland"], "oceania", true, ["Auckland", "奥克兰", "Auckland"], -36.85, 174.76, "en"),
    c("FJI", "242", ["Fiji", "斐济", "Fidschi"], "oceania", true, ["Suva", "苏瓦", "Suva"], -18.14, 178.44, "en"),
];

/// The reference row for `id`.
pub fn find(id: &str) -> Option<&'static CountryRef> {
    COUNTRIES.iter().find(|c| c.id == id)
}
