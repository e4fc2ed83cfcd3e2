//! The 77 Chongqing institutions: invented but plausible colleges, schools and companies.

use std::collections::BTreeSet;

use super::platforms::DISTRICTS;
use super::rng::SplitMix64;
use crate::core::data::{I18nText, Institution, InstitutionType};

/// Number of Chongqing institutions cooperating abroad (published, exact).
pub const INSTITUTIONS: usize = 77;

/// Study fields that name a college: English, Chinese, German.
const FIELDS: [(&str, &str, &str); 16] = [
    ("Automotive Engineering", "汽车工程", "Fahrzeugtechnik"),
    ("Mechatronics", "机电", "Mechatronik"),
    (
        "Electronic Information",
        "电子信息",
        "Elektronik und Informationstechnik",
    ),
    ("Transport", "交通", "Verkehrswesen"),
    ("Construction Engineering", "建筑工程", "Bauwesen"),
    ("Logistics", "物流", "Logistik"),
    ("Tourism", "旅游", "Tourismus"),
    ("Nursing", "护理", "Pflege"),
    ("Energy", "能源", "Energietechnik"),
    ("Chemical Engineering", "化工", "Chemietechnik"),
    ("Railway", "铁路", "Eisenbahnwesen"),
    ("Aviation", "航空", "Luftfahrt"),
    (
        "Intelligent Manufacturing",
        "智能制造",
        "intelligente Fertigung",
    ),
    ("Software", "软件", "Softwaretechnik"),
    ("Industry and Trade", "工贸", "Industrie und Handel"),
    (
        "Water Resources and Electric Power",
        "水利电力",
        "Wasserbau und Elektrotechnik",
    ),
];

/// Invented company name stems (local place words, not real brands).
const BRANDS: [(&str, &str); 8] = [
    ("Yuzhou", "渝州"),
    ("Shancheng", "山城"),
    ("Bayu", "巴渝"),
    ("Liangjiang", "两江"),
    ("Jinyun", "缙云"),
    ("Gele", "歌乐"),
    ("Nanshan", "南山"),
    ("Chaotian", "朝天"),
];

/// Industries of those companies.
const INDUSTRIES: [(&str, &str, &str); 5] = [
    ("Auto Parts", "汽车零部件", "Autoteile"),
    ("Intelligent Equipment", "智能装备", "Intelligente Anlagen"),
    ("New Energy Technology", "新能源科技", "Neue Energietechnik"),
    ("Logistics", "物流", "Logistik"),
    ("Construction", "建设", "Bau"),
];

/// (type, how many) — adds up to [`INSTITUTIONS`].
const MIX: [(InstitutionType, usize); 4] = [
    (InstitutionType::VocationalCollege, 40),
    (InstitutionType::TechnicianCollege, 15),
    (InstitutionType::SecondarySchool, 8),
    (InstitutionType::Enterprise, 14),
];

/// The institutions, each with a unique name.
pub fn institutions(rng: &mut SplitMix64) -> Vec<Institution> {
    let mut seen = BTreeSet::new();
    let mut out = Vec::with_capacity(INSTITUTIONS);
    for (kind, n) in MIX {
        let mut made = 0;
        while made < n {
            let d = rng.pick(&DISTRICTS);
            let name = match kind {
                InstitutionType::Enterprise => {
                    let (b, bz) = *rng.pick(&BRANDS);
                    let (i, iz, ide) = *rng.pick(&INDUSTRIES);
                    I18nText::new(
                        format!("Chongqing {b} {i} Co., Ltd."),
                        format!("重庆{bz}{iz}有限公司"),
                        format!("Chongqing {b} {ide} GmbH"),
                    )
                }
                _ => {
                    let (f, fz, fde) = *rng.pick(&FIELDS);
                    let (en, zh, de) = match kind {
                        InstitutionType::VocationalCollege => {
                            ("Vocational College", "职业学院", "Berufshochschule")
                        }
                        InstitutionType::TechnicianCollege => {
                            ("Technician College", "技师学院", "Technikerschule")
                        }
                        _ => (
                            "Secondary Vocational School",
                            "中等职业学校",
                            "Berufsfachschule",
                        ),
                    };
                    I18nText::new(
                        format!("Chongqing {} {f} {en}", d.0),
                        format!("重庆市{}区{fz}{zh}", d.1),
                        format!("{de} für {fde} Chongqing-{}", d.2),
                    )
                }
            };
            if !seen.insert(name.en.clone()) {
                continue;
            }
            made += 1;
            let id = format!("CQI-{:03}", out.len() + 1);
            out.push(Institution {
                id: id.into(),
                name,
                kind,
                district: d.0.into(),
            });
        }
    }
    out
}
