//! The published key figures and targets (FACTS.md), with labels in three languages,
//! scaled for synthetic ×N variants.

use crate::core::data::vocabularies::{FigureKind, Qualifier};
use crate::core::data::{I18nText, KeyFigure};

/// Id of the source every figure cites.
pub const SOURCE_ID: &str = "cqsa-2026-01-22";

use FigureKind::{Achievement as A, Target as T};
use Qualifier::{Almost, Exactly, MoreThan};

/// (id, value, qualifier, kind, per_year, scales with ×N, unit, en, zh-Hans, de)
type FigureRow = (
    &'static str,
    Option<f64>,
    Qualifier,
    FigureKind,
    bool,
    bool,
    &'static str,
    &'static str,
    &'static str,
    &'static str,
);

#[rustfmt::skip]
const ROWS: [FigureRow; 20] = [
    ("certification_center", Some(1.0), Exactly, A, false, false, "centres", "\"Belt and Road\" International Skills Certification Center", "“一带一路”国际技能评价中心", "Internationales Kompetenzzertifizierungszentrum „Belt and Road“"),
    ("training_centers", Some(4.0), Exactly, A, false, false, "centres", "Skills training centres built", "建成技能培训中心", "Errichtete Kompetenztrainingszentren"),
    ("exchange_center", Some(1.0), Exactly, A, false, false, "centres", "Chongqing International Skills Exchange Center founded", "正式成立重庆国际技能交流中心", "Gegründetes Internationales Kompetenzaustauschzentrum Chongqing"),
    ("stations_external", Some(27.0), Exactly, A, false, false, "stations", "External service stations for certification and master workshops", "技能评价与大师工作室外部服务站", "Externe Servicestationen für Zertifizierung und Meisterwerkstätten"),
    ("stations_overseas", Some(6.0), Exactly, A, false, false, "stations", "Overseas service stations for certification and master workshops", "技能评价与大师工作室海外服务站", "Auslandsservicestationen für Zertifizierung und Meisterwerkstätten"),
    ("standards_mutual", Some(30.0), MoreThan, A, false, true, "standards", "Mutually recognised international skills standards developed", "开发国际互认技能标准", "Entwickelte, gegenseitig anerkannte internationale Kompetenzstandards"),
    ("trainers_trained", Some(200.0), Almost, A, false, true, "trainers", "International trainers trained", "培养国际化培训师", "Ausgebildete internationale Ausbilder"),
    ("certifications", Some(500.0), MoreThan, A, false, true, "certifications", "International qualification certifications carried out", "开展国际职业资格认证", "Durchgeführte internationale Qualifikationszertifizierungen"),
    ("certification_countries", Some(47.0), Exactly, A, false, false, "countries", "Countries in which certifications took place", "开展认证的国家", "Länder, in denen zertifiziert wurde"),
    ("cooperation_countries", Some(40.0), MoreThan, A, false, false, "countries", "Countries and regions with skills-cooperation ties", "建立技能合作关系的国家和地区", "Länder und Regionen mit Kompetenzkooperation"),
    ("auto_workshop_countries", Some(30.0), MoreThan, A, false, false, "countries", "Belt and Road countries hosting a \"Chinese + Automobile\" learning workshop", "设立“中文+汽车”学习工坊的共建“一带一路”国家", "Belt-and-Road-Länder mit einer Lernwerkstatt „Chinesisch + Automobil“"),
    ("cq_institutions", Some(77.0), Exactly, A, false, false, "institutions", "Chongqing institutions cooperating abroad", "开展国际合作的重庆院校和机构", "Einrichtungen aus Chongqing mit Auslandskooperationen"),
    ("foreign_partners", Some(211.0), Exactly, A, false, true, "partners", "Foreign partners of those institutions", "境外合作伙伴", "Ausländische Partner dieser Einrichtungen"),
    ("professionals_trained", Some(10000.0), MoreThan, A, false, true, "people", "International professionals trained", "培养国际化专业人才", "Ausgebildete internationale Fachkräfte"),
    ("professionals_abroad", Some(6000.0), MoreThan, A, false, true, "people", "Qualified professionals sent abroad", "输送境外的合格专业人才", "Ins Ausland entsandte qualifizierte Fachkräfte"),
    ("target_certified_per_year", Some(500.0), MoreThan, T, true, false, "people per year", "Target: international professionals trained and certified each year", "目标：每年培养并认证国际化专业人才", "Ziel: jährlich ausgebildete und zertifizierte internationale Fachkräfte"),
    ("target_new_occupations_per_year", Some(10.0), MoreThan, T, true, false, "occupations per year", "Target: new occupations, specialisations and standards published each year", "目标：每年发布新职业、新工种和新标准", "Ziel: jährlich veröffentlichte neue Berufe, Fachrichtungen und Standards"),
    ("target_observatory", Some(1.0), Exactly, T, false, false, "observatories", "Target: a national observatory for new occupations", "目标：建设国家级新职业观察站", "Ziel: eine nationale Beobachtungsstelle für neue Berufe"),
    ("target_fields", None, Exactly, T, false, false, "fields", "Target: cooperation in artificial intelligence, advanced manufacturing and green low-carbon technology", "目标：在人工智能、先进制造、绿色低碳等领域开展合作", "Ziel: Kooperation in künstlicher Intelligenz, fortgeschrittener Fertigung und grüner CO₂-armer Technik"),
    ("target_competitions", None, Exactly, T, false, false, "events", "Target: \"Belt and Road\" international skills competitions and exchange activities", "目标：举办“一带一路”国际技能大赛和交流活动", "Ziel: internationale Kompetenzwettbewerbe und Austauschveranstaltungen „Belt and Road“"),
];

/// All key figures, with the scalable ones multiplied by `scale`.
pub fn key_figures(scale: u32) -> Vec<KeyFigure> {
    ROWS.iter()
        .map(
            |&(id, value, qualifier, kind, per_year, scales, unit, en, zh, de)| KeyFigure {
                id: id.to_string(),
                value: value.map(|v| if scales { v * f64::from(scale) } else { v }),
                qualifier,
                kind,
                per_year,
                unit: unit.to_string(),
                label: I18nText::new(en, zh, de),
                source: SOURCE_ID.to_string(),
            },
        )
        .collect()
}
