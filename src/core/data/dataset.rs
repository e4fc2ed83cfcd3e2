//! The dataset as typed records: what `atlas.json` holds once loaded.
//!
//! Field order here is the key order of the generated file, so keep it stable.

use serde::Serialize;

use super::i18n_text::I18nText;
use super::records::{
    Certification, Institution, Partner, Partnership, Platform, Standard, TalentFlow, Trainer,
    Workshop,
};
use super::vocabularies::{FigureKind, Qualifier};

/// The only schema version this code reads and writes.
pub const SCHEMA_VERSION: u64 = 1;
/// First year covered by the records.
pub const FIRST_YEAR: u16 = 2015;
/// Last year covered by the records (targets for later years live only in key figures).
pub const LAST_YEAR: u16 = 2025;

/// The whole dataset.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Atlas {
    /// Always [`SCHEMA_VERSION`].
    pub schema_version: u64,
    /// Title, source, licence and the illustrative-data notice.
    pub meta: Meta,
    /// The published figures and targets the records must add up to.
    pub key_figures: Vec<KeyFigure>,
    /// Chongqing, the centre of every arc.
    pub hub: Hub,
    /// Partner countries (China is the hub, not one of them).
    pub countries: Vec<Country>,
    /// Centres and service stations.
    pub platforms: Vec<Platform>,
    /// Chongqing institutions cooperating abroad.
    pub institutions: Vec<Institution>,
    /// Their foreign partners.
    pub partners: Vec<Partner>,
    /// Who cooperates with whom, since when, in which fields.
    pub partnerships: Vec<Partnership>,
    /// "Chinese + Automobile" learning workshops.
    pub workshops: Vec<Workshop>,
    /// International skills standards.
    pub standards: Vec<Standard>,
    /// International trainers trained.
    pub trainers: Vec<Trainer>,
    /// Certifications carried out, per country, year and standard.
    pub certifications: Vec<Certification>,
    /// Professionals trained and sent abroad, per country and year.
    pub talent_flows: Vec<TalentFlow>,
}

/// Facts about the file itself.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Meta {
    /// The atlas title.
    pub title: I18nText,
    /// The date the figures describe (`"2025-12-31"`).
    pub as_of: String,
    /// Where the published figures come from.
    pub source: Source,
    /// Licence of the figures' citation and of the illustrative records.
    pub licence: String,
    /// True: the per-record entries are sample data, not real records.
    pub illustrative: bool,
    /// The illustrative-data notice every view must be able to show.
    pub notice: I18nText,
    /// How the published wording was interpreted (e.g. what "external" stations are).
    pub notes: I18nText,
    /// 1 for the committed file; N for a synthetic ×N variant.
    pub scale: u32,
    /// Seed the generator used, so anyone can reproduce the file.
    pub seed: u64,
}

/// A citation of the published statement.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Source {
    /// Id that key figures refer to in their `source` field.
    pub id: String,
    /// The organisation.
    pub who: String,
    /// The document.
    pub what: String,
    /// Its date.
    pub when: String,
}

/// One published figure or target.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct KeyFigure {
    /// Id as in FACTS.md (e.g. `certification_countries`).
    pub id: String,
    /// The published number; `None` for targets without one.
    pub value: Option<f64>,
    /// How the true number relates to `value`.
    pub qualifier: Qualifier,
    /// Achievement or target.
    pub kind: FigureKind,
    /// True when the figure is per year (targets 2026–2030).
    pub per_year: bool,
    /// What is counted (English unit word, e.g. `countries`).
    pub unit: String,
    /// What the figure means, for people.
    pub label: I18nText,
    /// The [`Source::id`] it comes from.
    pub source: String,
}

/// The hub city.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Hub {
    /// `"CQ"`.
    pub id: String,
    /// Chongqing in three languages.
    pub name: I18nText,
    /// ISO 3166-1 alpha-3 code of the hub's country (`"CHN"`).
    pub country: String,
    /// ISO numeric code of that country, as used by world-atlas (`"156"`).
    pub numeric: String,
    /// Latitude in degrees.
    pub lat: f64,
    /// Longitude in degrees.
    pub lon: f64,
}

/// A partner country.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Country {
    /// ISO 3166-1 alpha-3 code.
    pub id: String,
    /// ISO numeric code as three digits, matching world-atlas feature ids.
    pub numeric: String,
    /// Exonyms in three languages.
    pub name: I18nText,
    /// Region id such as `southeast_asia`.
    pub region: String,
    /// Whether it signed a Belt and Road cooperation document.
    pub belt_and_road: bool,
    /// Latitude of a representative point (used for arcs and micro-states).
    pub lat: f64,
    /// Longitude of that point.
    pub lon: f64,
}
