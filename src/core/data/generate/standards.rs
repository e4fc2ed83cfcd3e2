//! International skills standards and the sectors they belong to: a base table of
//! real-sounding occupational standards, repeated as numbered variants for the synthetic ×N
//! files.

use compact_str::CompactString;

use super::rng::SplitMix64;
use crate::core::data::{I18nText, Standard, StandardStatus};

use StandardStatus::{InDevelopment as D, Recognised as R};

/// Sector ids used for specialisms, standards and fields of cooperation.
pub const SECTORS: [&str; 8] = [
    "automotive",
    "advanced_manufacturing",
    "ai",
    "green_low_carbon",
    "logistics",
    "construction",
    "tourism",
    "health_care",
];

/// (code, sector, level, status, English, Chinese, German)
type StandardRow = (
    &'static str,
    &'static str,
    u8,
    StandardStatus,
    &'static str,
    &'static str,
    &'static str,
);

/// 36 recognised standards (more than 30 published) and 4 still in development.
#[rustfmt::skip]
const BASE: [StandardRow; 40] = [
    ("BRS-AUTO-001", "automotive", 3, R, "New Energy Vehicle Maintenance Technician", "新能源汽车维修工", "Kfz-Mechatroniker für Elektrofahrzeuge"),
    ("BRS-AUTO-002", "automotive", 3, R, "Automotive Maintenance Technician", "汽车维修工", "Kfz-Mechatroniker"),
    ("BRS-AUTO-003", "automotive", 4, R, "Intelligent Connected Vehicle Technician", "智能网联汽车技术员", "Techniker für vernetzte und automatisierte Fahrzeuge"),
    ("BRS-AUTO-004", "automotive", 3, R, "Automotive Body Repair Technician", "汽车车身修理工", "Karosserie- und Fahrzeugbaumechaniker"),
    ("BRS-AUTO-005", "automotive", 3, R, "Automotive Painter", "汽车涂装工", "Fahrzeuglackierer"),
    ("BRS-AUTO-006", "automotive", 3, R, "Power Battery Assembly Technician", "动力电池装配工", "Monteur für Antriebsbatterien"),
    ("BRS-MANU-001", "advanced_manufacturing", 3, R, "Welder", "焊工", "Schweißer"),
    ("BRS-MANU-002", "advanced_manufacturing", 4, R, "Mechatronics Technician", "机电一体化技术员", "Mechatroniker"),
    ("BRS-MANU-003", "advanced_manufacturing", 3, R, "Industrial Robot System Operator", "工业机器人系统操作员", "Bediener für Industrieroboteranlagen"),
    ("BRS-MANU-004", "advanced_manufacturing", 4, R, "Industrial Robot System Maintenance Technician", "工业机器人系统运维员", "Servicetechniker für Industrierobotersysteme"),
    ("BRS-MANU-005", "advanced_manufacturing", 3, R, "CNC Lathe Operator", "数控车工", "Zerspanungsmechaniker (CNC-Drehtechnik)"),
    ("BRS-MANU-006", "advanced_manufacturing", 3, R, "Fitter", "钳工", "Industriemechaniker"),
    ("BRS-MANU-007", "advanced_manufacturing", 3, R, "Industrial Electrician", "电工", "Elektroniker für Betriebstechnik"),
    ("BRS-MANU-008", "advanced_manufacturing", 3, R, "Additive Manufacturing Equipment Operator", "增材制造设备操作员", "Fachkraft für additive Fertigung"),
    ("BRS-MANU-009", "advanced_manufacturing", 3, R, "Tool and Die Maker", "模具工", "Werkzeugmechaniker"),
    ("BRS-AI-001", "ai", 3, R, "Artificial Intelligence Trainer", "人工智能训练师", "KI-Trainer"),
    ("BRS-AI-002", "ai", 4, R, "Industrial Internet Engineering Technician", "工业互联网工程技术人员", "Techniker für industrielles Internet"),
    ("BRS-AI-003", "ai", 3, R, "Network and Information Security Administrator", "网络与信息安全管理员", "Administrator für Netzwerk- und Informationssicherheit"),
    ("BRS-AI-004", "ai", 4, R, "Big Data Engineering Technician", "大数据工程技术人员", "Big-Data-Techniker"),
    ("BRS-GREN-001", "green_low_carbon", 3, R, "Photovoltaic System Installer", "光伏系统安装工", "Solarteur (Photovoltaik)"),
    ("BRS-GREN-002", "green_low_carbon", 3, R, "Energy Storage System Operator", "储能系统运维员", "Fachkraft für Energiespeichersysteme"),
    ("BRS-GREN-003", "green_low_carbon", 3, R, "Wind Turbine Maintenance Technician", "风电机组检修工", "Servicetechniker für Windenergieanlagen"),
    ("BRS-GREN-004", "green_low_carbon", 3, R, "Carbon Emission Management Officer", "碳排放管理员", "Fachkraft für CO₂-Emissionsmanagement"),
    ("BRS-GREN-005", "green_low_carbon", 2, R, "EV Charging Facility Installer", "电动汽车充电设施安装工", "Installateur für Ladeinfrastruktur"),
    ("BRS-LOGI-001", "logistics", 3, R, "Logistics Service Specialist", "物流服务师", "Fachkraft für Lagerlogistik"),
    ("BRS-LOGI-002", "logistics", 4, R, "Multimodal Transport Operator", "多式联运操作员", "Disponent für multimodalen Verkehr"),
    ("BRS-LOGI-003", "logistics", 3, R, "Cold Chain Logistics Specialist", "冷链物流员", "Fachkraft für Kühlkettenlogistik"),
    ("BRS-LOGI-004", "logistics", 2, R, "Forklift Operator", "叉车司机", "Gabelstaplerfahrer"),
    ("BRS-LOGI-005", "logistics", 3, R, "Cross-border E-Commerce Specialist", "跨境电子商务师", "Kaufmann im grenzüberschreitenden E-Commerce"),
    ("BRS-CONS-001", "construction", 3, R, "Bricklayer", "砌筑工", "Maurer"),
    ("BRS-CONS-002", "construction", 3, R, "Building Electrician", "建筑电工", "Elektroniker für Gebäudetechnik"),
    ("BRS-CONS-003", "construction", 4, R, "BIM Modelling Technician", "建筑信息模型技术员", "BIM-Modellierer"),
    ("BRS-CONS-004", "construction", 3, R, "Plumber", "管工", "Anlagenmechaniker Sanitär-, Heizungs- und Klimatechnik"),
    ("BRS-TOUR-001", "tourism", 3, R, "Chinese Cuisine Chef", "中式烹调师", "Koch für chinesische Küche"),
    ("BRS-HLTH-001", "health_care", 3, R, "Elderly Care Worker", "养老护理员", "Altenpfleger"),
    ("BRS-HLTH-002", "health_care", 4, R, "Health Manager", "健康管理师", "Gesundheitsmanager"),
    ("BRS-AUTO-007", "automotive", 4, D, "Hydrogen Fuel Cell Vehicle Technician", "氢燃料电池汽车技术员", "Techniker für Brennstoffzellenfahrzeuge"),
    ("BRS-AI-005", "ai", 3, D, "Civil Drone Pilot", "民用无人机驾驶员", "Drohnenpilot"),
    ("BRS-AI-006", "ai", 4, D, "Generative AI Application Engineer", "生成式人工智能应用工程技术人员", "Anwendungsingenieur für generative KI"),
    ("BRS-GREN-006", "green_low_carbon", 4, D, "Building Energy Efficiency Assessor", "建筑节能评估师", "Energieberater für Gebäude"),
];

/// Occupation id from an English title: lowercase words joined by `_`.
fn occupation_id(title: &str) -> String {
    let words: Vec<String> = title
        .split(|c: char| !c.is_ascii_alphanumeric())
        .filter(|w| !w.is_empty())
        .map(str::to_ascii_lowercase)
        .collect();
    words.join("_")
}

/// The base table ×`scale`; variants after the first carry a `-Vnnn` code suffix.
/// Recognised standards list 3–10 recognising countries from `recognisers`.
pub fn standards(rng: &mut SplitMix64, scale: u32, recognisers: &[&'static str]) -> Vec<Standard> {
    let mut out = Vec::with_capacity(BASE.len() * scale as usize);
    for variant in 0..scale {
        for &(code, sector, level, status, en, zh, de) in &BASE {
            let (code, title) = if variant == 0 {
                (code.to_string(), I18nText::new(en, zh, de))
            } else {
                let v = variant + 1;
                (
                    format!("{code}-V{v:03}"),
                    I18nText::new(
                        format!("{en} (module {v})"),
                        format!("{zh}（模块{v}）"),
                        format!("{de} (Modul {v})"),
                    ),
                )
            };
            let mut countries: Vec<CompactString> = match status {
                R => {
                    let k = 3 + rng.below(8);
                    rng.sample(recognisers, k)
                        .iter()
                        .map(|&c| c.into())
                        .collect()
                }
                D => Vec::new(),
            };
            countries.sort_unstable();
            let year = match status {
                R => rng.range(2016, 2025),
                D => 2025,
            };
            out.push(Standard {
                code: code.into(),
                title,
                sector: sector.into(),
                occupation: occupation_id(en).into(),
                level,
                year,
                countries,
                status,
            });
        }
    }
    out
}
