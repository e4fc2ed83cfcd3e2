//! The bundled dataset: its typed model, the loader that reports every problem, the
//! recomputation of the published figures, and the deterministic generator.
//!
//! Only aggregate figures are published (see `meta.source`); the per-record entries are
//! illustrative sample data generated to add up exactly to them. Everything here is pure
//! Rust, free of leptos and web-sys, and tested natively.

pub mod countries;
pub mod dataset;
mod decode;
mod decode_records;
mod field_reader;
pub mod figures;
pub mod generate;
pub mod i18n_text;
mod id_sets;
pub mod load;
pub mod problems;
pub mod records;
pub mod validate;
pub mod vocabularies;

pub use dataset::{Atlas, Country, Hub, KeyFigure, Meta, Source};
pub use field_reader::MAX_TEXT_BYTES;
pub use figures::{check_qualifier, recompute};
pub use i18n_text::I18nText;
pub use load::{load, load_bytes, LoadOutcome};
pub use problems::{Problem, ProblemKind, Problems, Severity, MAX_PROBLEMS};
pub use records::{
    Certification, Institution, Partner, Partnership, Platform, Standard, TalentFlow, Trainer,
    Workshop,
};
pub use vocabularies::{
    FigureKind, InstitutionType, PartnerType, PlatformKind, Qualifier, StandardStatus,
};

use crate::core::lang::Lang;

impl Atlas {
    /// The country with ISO alpha-3 `id`, if listed.
    pub fn country(&self, id: &str) -> Option<&Country> {
        self.countries.iter().find(|c| c.id == id)
    }

    /// The name of country `id` in `lang`; the hub's own country is named too, and an
    /// unknown id is returned unchanged.
    pub fn country_name<'a>(&'a self, id: &'a str, lang: Lang) -> &'a str {
        match self.country(id) {
            Some(c) => c.name.get(lang),
            None if id == self.hub.country => match lang {
                Lang::ZhHans => "中国",
                Lang::En | Lang::De => "China",
            },
            None => id,
        }
    }

    /// The key figure with `id`, if present.
    pub fn key_figure(&self, id: &str) -> Option<&KeyFigure> {
        self.key_figures.iter().find(|f| f.id == id)
    }
}
