//! The centres and service stations: 1 certification centre, 1 exchange centre,
//! 4 training centres, 27 external stations in China, 6 overseas stations.

use super::rng::SplitMix64;
use crate::core::data::countries;
use crate::core::data::{I18nText, Platform, PlatformKind};

/// A place: English, Chinese and German name, latitude, longitude.
type Place = (&'static str, &'static str, &'static str, f64, f64);

/// Chongqing districts (Chinese without the 区 suffix, added where needed).
pub const DISTRICTS: [Place; 20] = [
    ("Yuzhong", "渝中", "Yuzhong", 29.56, 106.57),
    ("Jiangbei", "江北", "Jiangbei", 29.61, 106.57),
    ("Shapingba", "沙坪坝", "Shapingba", 29.54, 106.46),
    ("Jiulongpo", "九龙坡", "Jiulongpo", 29.50, 106.51),
    ("Nan'an", "南岸", "Nan'an", 29.52, 106.64),
    ("Beibei", "北碚", "Beibei", 29.81, 106.40),
    ("Yubei", "渝北", "Yubei", 29.72, 106.63),
    ("Banan", "巴南", "Banan", 29.40, 106.54),
    ("Changshou", "长寿", "Changshou", 29.86, 107.08),
    ("Jiangjin", "江津", "Jiangjin", 29.29, 106.26),
    ("Hechuan", "合川", "Hechuan", 29.97, 106.28),
    ("Yongchuan", "永川", "Yongchuan", 29.36, 105.93),
    ("Fuling", "涪陵", "Fuling", 29.70, 107.39),
    ("Wanzhou", "万州", "Wanzhou", 30.81, 108.41),
    ("Qianjiang", "黔江", "Qianjiang", 29.53, 108.77),
    ("Dazu", "大足", "Dazu", 29.71, 105.72),
    ("Bishan", "璧山", "Bishan", 29.59, 106.23),
    ("Tongliang", "铜梁", "Tongliang", 29.85, 106.06),
    ("Rongchang", "荣昌", "Rongchang", 29.41, 105.59),
    ("Nanchuan", "南川", "Nanchuan", 29.16, 107.10),
];

/// Cities in other provinces with an external station.
const CITIES: [Place; 15] = [
    ("Chengdu", "成都", "Chengdu", 30.57, 104.07),
    ("Guiyang", "贵阳", "Guiyang", 26.65, 106.63),
    ("Kunming", "昆明", "Kunming", 25.04, 102.72),
    ("Nanning", "南宁", "Nanning", 22.82, 108.37),
    ("Xi'an", "西安", "Xi'an", 34.34, 108.94),
    ("Lanzhou", "兰州", "Lanzhou", 36.06, 103.83),
    ("Ürümqi", "乌鲁木齐", "Ürümqi", 43.83, 87.62),
    ("Wuhan", "武汉", "Wuhan", 30.59, 114.31),
    ("Changsha", "长沙", "Changsha", 28.23, 112.94),
    ("Guangzhou", "广州", "Guangzhou", 23.13, 113.26),
    ("Shenzhen", "深圳", "Shenzhen", 22.54, 114.06),
    ("Shanghai", "上海", "Shanghai", 31.23, 121.47),
    ("Hangzhou", "杭州", "Hangzhou", 30.27, 120.16),
    ("Tianjin", "天津", "Tianjin", 39.34, 117.36),
    ("Zhengzhou", "郑州", "Zhengzhou", 34.75, 113.63),
];

/// The year the "Belt and Road" International Skills Certification Center opened.
pub const CERTIFICATION_CENTER_YEAR: u16 = 2023;

/// Partner countries with an overseas station.
pub const OVERSEAS: [&str; 6] = ["THA", "LAO", "KHM", "PAK", "UZB", "SRB"];

fn platform(
    id: String,
    kind: PlatformKind,
    name: I18nText,
    city: I18nText,
    country: &str,
    at: (f64, f64),
    year: u16,
) -> Platform {
    Platform {
        id: id.into(),
        kind,
        name,
        city,
        country: country.into(),
        lat: at.0,
        lon: at.1,
        year,
    }
}

fn district_city(d: &Place) -> I18nText {
    I18nText::new(
        format!("{}, Chongqing", d.0),
        format!("重庆{}区", d.1),
        format!("{}, Chongqing", d.2),
    )
}

/// All 39 platforms.
pub fn platforms(rng: &mut SplitMix64) -> Vec<Platform> {
    let mut out = Vec::new();
    let yuzhong = &DISTRICTS[0];
    out.push(platform(
        "PF-CERT".into(),
        PlatformKind::CertificationCenter,
        I18nText::new(
            "\"Belt and Road\" International Skills Certification Center (Chongqing)",
            "“一带一路”国际技能评价中心（重庆）",
            "Internationales Kompetenzzertifizierungszentrum „Belt and Road“ (Chongqing)",
        ),
        district_city(yuzhong),
        "CHN",
        (yuzhong.3, yuzhong.4),
        CERTIFICATION_CENTER_YEAR,
    ));
    out.push(platform(
        "PF-EXCH".into(),
        PlatformKind::ExchangeCenter,
        I18nText::new(
            "Chongqing International Skills Exchange Center",
            "重庆国际技能交流中心",
            "Internationales Kompetenzaustauschzentrum Chongqing",
        ),
        district_city(yuzhong),
        "CHN",
        (yuzhong.3 + 0.01, yuzhong.4 - 0.01),
        2024,
    ));
    for (i, d) in [&DISTRICTS[2], &DISTRICTS[3], &DISTRICTS[6], &DISTRICTS[11]]
        .into_iter()
        .enumerate()
    {
        let name = I18nText::new(
            format!("Chongqing International Skills Training Center ({})", d.0),
            format!("重庆国际技能培训中心（{}）", d.1),
            format!(
                "Internationales Kompetenztrainingszentrum Chongqing ({})",
                d.2
            ),
        );
        out.push(platform(
            format!("PF-TRN-{}", i + 1),
            PlatformKind::TrainingCenter,
            name,
            district_city(d),
            "CHN",
            (d.3, d.4),
            rng.range(2019, 2024),
        ));
    }
    let external = DISTRICTS[..12]
        .iter()
        .map(|d| (district_city(d), d))
        .chain(CITIES.iter().map(|c| (I18nText::new(c.0, c.1, c.2), c)));
    for (i, (city, place)) in external.enumerate() {
        let name = I18nText::new(
            format!(
                "Skills Certification and Master Workshop Service Station {}",
                city.en
            ),
            format!("{}技能评价与大师工作室服务站", place.1),
            format!(
                "Servicestation für Kompetenzzertifizierung und Meisterwerkstätten {}",
                city.de
            ),
        );
        out.push(platform(
            format!("PF-EXT-{:02}", i + 1),
            PlatformKind::StationExternal,
            name,
            city,
            "CHN",
            (place.3, place.4),
            rng.range(2020, 2025),
        ));
    }
    for (i, id) in OVERSEAS.iter().enumerate() {
        let c = countries::find(id).expect("overseas station country is in the table");
        let name = I18nText::new(
            format!("Overseas Skills Service Station {}", c.city[0]),
            format!("{}海外技能服务站", c.city[1]),
            format!("Auslandsservicestation für Kompetenzen {}", c.city[2]),
        );
        let city = I18nText::new(c.city[0], c.city[1], c.city[2]);
        out.push(platform(
            format!("PF-OVS-{}", i + 1),
            PlatformKind::StationOverseas,
            name,
            city,
            c.id,
            (c.lat, c.lon),
            rng.range(2021, 2025),
        ));
    }
    out
}
