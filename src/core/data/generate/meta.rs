//! The file's metadata and the hub: citation, licence and the illustrative-data notice.

use super::figures_table::SOURCE_ID;
use crate::core::data::{Hub, I18nText, Meta, Source};

/// Metadata for a file generated with `seed` at ×`scale`.
pub fn meta(seed: u64, scale: u32) -> Meta {
    Meta {
        title: I18nText::new(
            "Skills Atlas: Chongqing's international skills cooperation",
            "技能图谱：重庆国际技能合作",
            "Skills Atlas: Chongqings internationale Kompetenzkooperation",
        ),
        as_of: "2025-12-31".into(),
        source: Source {
            id: SOURCE_ID.into(),
            who: "Chongqing Vocational Skills Appraisal Guidance Center (Chongqing International Skills Exchange Center)".into(),
            what: "Statement by the director on international skills cooperation".into(),
            when: "2026-01-22".into(),
        },
        licence: "CC BY 4.0 for the figures' citation; illustrative records CC0".into(),
        illustrative: true,
        notice: I18nText::new(
            "Illustrative data: only the key figures are published. The individual entries (institutions, partners, trainers, standards, certifications, workshops) are sample data generated to add up exactly to the published figures. No real person is named.",
            "示意数据：仅关键数字为公开发布的数据。各条记录（院校、合作伙伴、培训师、标准、认证、工坊）均为生成的示意性样本数据，其合计与公开数字完全一致。数据中不涉及任何真实人物。",
            "Illustrative Daten: Veröffentlicht sind nur die Kennzahlen. Die einzelnen Einträge (Einrichtungen, Partner, Ausbilder, Standards, Zertifizierungen, Lernwerkstätten) sind erzeugte Beispieldaten, die in der Summe genau die veröffentlichten Zahlen ergeben. Keine reale Person wird genannt.",
        ),
        notes: I18nText::new(
            "\"External\" service stations are read as stations outside the centre itself: in Chongqing's districts and in other Chinese provinces and cities. \"Overseas\" service stations are in partner countries. Years before 2026 are illustrative; the 2026–2030 targets appear only as key figures.",
            "“外部”服务站理解为中心本部以外的服务站，分布在重庆各区以及国内其他省市；“海外”服务站位于合作国家。2026年以前的年份为示意；2026—2030年目标仅作为关键数字列出。",
            "„Externe“ Servicestationen werden als Stationen außerhalb des Zentrums selbst verstanden: in den Bezirken Chongqings sowie in anderen chinesischen Provinzen und Städten. „Überseeische“ Servicestationen liegen in Partnerländern. Jahresangaben vor 2026 sind illustrativ; die Ziele für 2026–2030 erscheinen nur als Kennzahlen.",
        ),
        scale,
        seed,
    }
}

/// Chongqing.
pub fn hub() -> Hub {
    Hub {
        id: "CQ".into(),
        name: I18nText::new("Chongqing", "重庆", "Chongqing"),
        country: "CHN".into(),
        numeric: "156".into(),
        lat: 29.56,
        lon: 106.55,
    }
}
