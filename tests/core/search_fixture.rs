//! A small multilingual corpus shared by the `search_*` tests: standards with titles in
//! English, Chinese and German, trainers with specialisms, partners and countries.

#![allow(dead_code)] // each test file uses a different part of the fixture

use skills_atlas::core::search::{DocKind, Document, Facets, Field, SearchIndex, Text};

/// Document numbers in [`corpus`], so tests read as prose.
pub const AUTO_MECHATRONICS: usize = 0;
pub const AUTO_BODY: usize = 1;
pub const WELDING: usize = 2;
pub const ELECTRICIAN: usize = 3;
pub const TRAINER_MUELLER: usize = 4;
pub const TRAINER_WANG: usize = 5;
pub const PARTNER_CHONGQING: usize = 6;
pub const PARTNER_TUEV: usize = 7;
pub const GERMANY: usize = 8;
pub const TURKIYE: usize = 9;
pub const THAILAND: usize = 10;
pub const AUTOMATION: usize = 11;
pub const WEDDING: usize = 12;

fn doc(kind: DocKind, fields: &[(Field, &str)], facets: Facets) -> Document {
    Document {
        id: format!("{kind:?}-{}", fields[0].1),
        kind,
        fields: fields.iter().map(|(f, t)| (*f, Text::from(*t))).collect(),
        facets,
    }
}

fn facets(
    countries: &[&str],
    sector: Option<&str>,
    languages: &[&str],
    level: Option<u8>,
    year: Option<u16>,
) -> Facets {
    Facets {
        country: countries.iter().map(|&c| c.into()).collect(),
        sector: sector.map(Text::from),
        language: languages.iter().map(|&l| l.into()).collect(),
        level,
        year,
    }
}

/// The corpus; positions match the constants above.
pub fn corpus() -> Vec<Document> {
    use DocKind::*;
    use Field::*;
    let all = ["en", "zh-Hans", "de"];
    vec![
        doc(
            Standard,
            &[
                (Title, "Automotive Mechatronics Technician"),
                (Title, "汽车维修技师"),
                (Title, "Kfz-Mechatroniker/in"),
                (Code, "BRS-AUTO-003"),
                (Sector, "Automotive"),
                (Body, "Diagnosis and repair of vehicle systems."),
            ],
            facets(&["CN", "DE"], Some("Automotive"), &all, Some(3), Some(2021)),
        ),
        doc(
            Standard,
            &[
                (Title, "Automotive Body Repair"),
                (Title, "汽车车身维修"),
                (Title, "Karosserie- und Fahrzeugbaumechaniker"),
                (Code, "BRS-AUTO-004"),
                (Sector, "Automotive"),
                (
                    Body,
                    "Successor of BRS-AUTO-003 for body work; see BRS-AUTO-003 and brs-auto-003.",
                ),
            ],
            facets(&["CN"], Some("Automotive"), &all, Some(2), Some(2022)),
        ),
        doc(
            Standard,
            &[
                (Title, "Welding Technician"),
                (Title, "焊接技术员"),
                (Title, "Schweißer"),
                (Code, "BRS-WELD-001"),
                (Sector, "Manufacturing"),
            ],
            facets(
                &["DE", "TH"],
                Some("Manufacturing"),
                &all,
                Some(4),
                Some(2020),
            ),
        ),
        doc(
            Standard,
            &[
                (Title, "Industrial Electrician"),
                (Title, "工业电工"),
                (Title, "Elektroniker für Betriebstechnik"),
                (Code, "BRS-ELEC-002"),
                (Sector, "Electrical"),
            ],
            facets(&["TH"], Some("Electrical"), &all, Some(3), Some(2023)),
        ),
        doc(
            Trainer,
            &[
                (Title, "Dr. Anna Müller"),
                (Sector, "Schweißen, Welding"),
                (Body, "Trainer for Schweißtechnik in Chongqing since 2019."),
            ],
            facets(
                &["DE"],
                Some("Manufacturing"),
                &["de", "en"],
                None,
                Some(2019),
            ),
        ),
        doc(
            Trainer,
            &[
                (Title, "王伟"),
                (Title, "Wang Wei"),
                (Sector, "汽车维修"),
                (Body, "Automotive repair trainer at a Chongqing college."),
            ],
            facets(&["CN"], Some("Automotive"), &["zh-Hans"], None, None),
        ),
        doc(
            Partner,
            &[
                (Title, "Chongqing Industry Polytechnic College"),
                (Title, "重庆工业职业技术学院"),
            ],
            facets(&["CN"], None, &["zh-Hans", "en"], None, Some(2015)),
        ),
        doc(
            Partner,
            &[
                (Title, "TÜV Rheinland Akademie"),
                (Body, "Prüfung und Zertifizierung von Schweißern."),
            ],
            facets(&["DE"], Some("Manufacturing"), &["de"], None, Some(2018)),
        ),
        doc(
            Country,
            &[
                (Title, "Germany"),
                (Title, "德国"),
                (Title, "Deutschland"),
                (Code, "DE"),
            ],
            facets(&["DE"], None, &[], None, None),
        ),
        doc(
            Country,
            &[
                (Title, "Türkiye"),
                (Title, "土耳其"),
                (Title, "Türkei"),
                (Code, "TR"),
            ],
            facets(&["TR"], None, &[], None, None),
        ),
        doc(
            Country,
            &[
                (Title, "Thailand"),
                (Title, "泰国"),
                (Title, "Thailand"),
                (Code, "TH"),
            ],
            facets(&["TH"], None, &[], None, None),
        ),
        doc(
            Standard,
            &[
                (Title, "Automation Engineering"),
                (Title, "自动化工程"),
                (Title, "Automatisierungstechnik"),
                (Code, "BRS-AUTO-010"),
                (Sector, "Manufacturing"),
            ],
            facets(&["CN"], Some("Manufacturing"), &all, Some(5), Some(2024)),
        ),
        doc(
            Partner,
            &[(Title, "Wedding Planning Academy")],
            facets(&["TH"], None, &["en"], None, None),
        ),
    ]
}

/// The corpus, indexed.
pub fn index() -> SearchIndex {
    SearchIndex::build(&corpus())
}
