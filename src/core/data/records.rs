//! The per-record entries: platforms, institutions, partners and what they did together.
//! All of them are illustrative; only their totals are published.
//!
//! Their ids, codes and list items are [`CompactString`]s, stored inline when they fit in
//! the size of a `String` (24 bytes natively, 12 in wasm32), where a `String` made one heap
//! allocation each. Of the ×100 dataset's 475,000 such texts all fit natively and 383,000 in
//! wasm (ids, country and language codes; longer sector ids and variant standard codes go
//! to the heap as before). They read as `&str` like a `String` does.

use compact_str::CompactString;
use serde::Serialize;

use super::i18n_text::I18nText;
use super::vocabularies::{InstitutionType, PartnerType, PlatformKind, StandardStatus};

/// A centre or service station.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Platform {
    /// Stable id such as `ST-EXT-07`.
    pub id: CompactString,
    /// What it is.
    pub kind: PlatformKind,
    /// Its name.
    pub name: I18nText,
    /// The city it is in.
    pub city: I18nText,
    /// Country id (`CHN` for domestic ones).
    pub country: CompactString,
    /// Latitude.
    pub lat: f64,
    /// Longitude.
    pub lon: f64,
    /// Year opened.
    pub year: u16,
}

/// A Chongqing institution cooperating abroad.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Institution {
    /// Stable id such as `CQI-012`.
    pub id: CompactString,
    /// Its name.
    pub name: I18nText,
    /// College, school or company.
    #[serde(rename = "type")]
    pub kind: InstitutionType,
    /// Chongqing district (English name).
    pub district: CompactString,
}

/// A foreign partner of a Chongqing institution.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Partner {
    /// Stable id such as `FP-0123`.
    pub id: CompactString,
    /// Its name.
    pub name: I18nText,
    /// Country id.
    pub country: CompactString,
    /// College, university, company, government or association.
    #[serde(rename = "type")]
    pub kind: PartnerType,
}

/// A cooperation between one institution and one partner.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Partnership {
    /// Stable id such as `PS-0042`.
    pub id: CompactString,
    /// [`Institution::id`].
    pub institution: CompactString,
    /// [`Partner::id`].
    pub partner: CompactString,
    /// Year the cooperation began.
    pub since: u16,
    /// Fields of cooperation (sector ids such as `automotive`).
    pub fields: Vec<CompactString>,
}

/// A "Chinese + Automobile" learning workshop.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Workshop {
    /// Stable id such as `WS-05`.
    pub id: CompactString,
    /// Country id.
    pub country: CompactString,
    /// The city it is in.
    pub city: I18nText,
    /// Host [`Partner::id`], in the same country.
    pub partner: CompactString,
    /// Year opened.
    pub year: u16,
}

/// An international skills standard.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Standard {
    /// Stable code such as `BRS-AUTO-003`; also its id.
    pub code: CompactString,
    /// Occupation title.
    pub title: I18nText,
    /// Sector id such as `automotive`.
    pub sector: CompactString,
    /// Occupation id (snake_case).
    pub occupation: CompactString,
    /// Skill level, 1 (entry) to 5 (senior technician).
    pub level: u8,
    /// Year published.
    pub year: u16,
    /// Countries recognising it.
    pub countries: Vec<CompactString>,
    /// Recognised, or still in development (does not count).
    pub status: StandardStatus,
}

/// An international trainer trained in Chongqing (invented, not a real person).
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Trainer {
    /// Stable id such as `TR-0007`.
    pub id: CompactString,
    /// An invented display name.
    pub display_name: CompactString,
    /// Country id.
    pub country: CompactString,
    /// Sector ids.
    pub specialisms: Vec<CompactString>,
    /// ISO 639-1 language codes.
    pub languages: Vec<CompactString>,
    /// Codes of the standards the trainer is certified on.
    pub standards: Vec<CompactString>,
    /// Year trained.
    pub year: u16,
    /// Home [`Institution::id`] in Chongqing.
    pub institution: CompactString,
}

/// Certifications carried out in one country, year and standard.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Certification {
    /// Country id.
    pub country: CompactString,
    /// Year.
    pub year: u16,
    /// [`Standard::code`].
    pub standard: CompactString,
    /// Number of certifications.
    pub count: u32,
}

/// Professionals trained and sent abroad for one country and year.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct TalentFlow {
    /// Country id.
    pub country: CompactString,
    /// Year.
    pub year: u16,
    /// International professionals trained.
    pub trained: u32,
    /// Qualified professionals sent abroad.
    pub sent_abroad: u32,
}
