//! The map's texts built from figures: accessible names, tooltip lines, headline values.

use super::activity::Metrics;
use crate::core::data::Qualifier;
use crate::core::figure_text::format_number;
use crate::core::i18n;
use crate::core::lang::Lang;

/// A count with the language's digit grouping.
pub fn count(value: u64, lang: Lang) -> String {
    format_number(value as f64, lang)
}

/// "workshop since 2019" or "no workshop yet".
pub fn workshop_phrase(since: Option<u16>, lang: Lang) -> String {
    match since {
        Some(year) => i18n::format(
            lang,
            "map_label_workshop_since",
            &[("year", &year.to_string())],
        ),
        None => i18n::text(lang, "map_label_no_workshop").to_string(),
    }
}

/// The accessible name of a country on the map, with its main figures:
/// "Kenya: 14 certifications, 5 partners, workshop since 2019".
pub fn country_label(name: &str, m: &Metrics, since: Option<u16>, lang: Lang) -> String {
    i18n::format(
        lang,
        "map_country_label",
        &[
            ("name", name),
            ("certifications", &count(m.certifications, lang)),
            ("partners", &count(m.partners, lang)),
            ("workshop", &workshop_phrase(since, lang)),
        ],
    )
}

/// Every figure of a country as `(i18n key of the label, value)`, in display order; the
/// tooltip, the panel and the table show the same list.
pub fn figure_rows(m: &Metrics) -> [(&'static str, u64); 8] {
    [
        ("map_fig_certifications", m.certifications),
        ("map_fig_partners", m.partners),
        ("map_fig_workshops", m.workshops),
        ("map_fig_trainers", m.trainers),
        ("map_fig_standards", m.standards),
        ("map_fig_stations", m.stations),
        ("map_fig_trained", m.trained),
        ("map_fig_sent_abroad", m.sent_abroad),
    ]
}

/// A headline value: "more than 500", "almost 200", "exactly 47", or a plain running total.
pub fn headline_value(value: f64, qualifier: Option<Qualifier>, lang: Lang) -> String {
    let HeadlineParts {
        before,
        number,
        after,
    } = headline_parts(value, qualifier, lang);
    format!("{before}{number}{after}")
}

/// A headline value in its parts: the qualifier's words before and after the number, in
/// the language's order ("more than " and "" in English), so that a slide can set them
/// small above the number.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct HeadlineParts {
    /// The qualifier's words before the number (may be empty).
    pub before: String,
    /// The number, grouped as the language writes it.
    pub number: String,
    /// The qualifier's words after the number (may be empty).
    pub after: String,
}

/// [`HeadlineParts`] of a value with its qualifier.
pub fn headline_parts(value: f64, qualifier: Option<Qualifier>, lang: Lang) -> HeadlineParts {
    let number = format_number(value, lang);
    let key = match qualifier {
        Some(Qualifier::MoreThan) => "map_qualifier_more_than",
        Some(Qualifier::Almost) => "map_qualifier_almost",
        Some(Qualifier::Exactly) => "map_qualifier_exactly",
        None => "",
    };
    let template = if key.is_empty() {
        "{value}"
    } else {
        i18n::text(lang, key)
    };
    let (before, after) = template.split_once("{value}").unwrap_or((template, ""));
    HeadlineParts {
        before: before.to_string(),
        number,
        after: after.to_string(),
    }
}
