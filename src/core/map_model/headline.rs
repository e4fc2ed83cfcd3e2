//! The headline figures beside the map: the published key figures (with their qualifiers)
//! for the latest year, and the records' running totals for earlier years.

use super::activity::ActivityModel;
use crate::core::data::dataset::LAST_YEAR;
use crate::core::data::{Atlas, FigureKind, Qualifier};

/// The key figures shown, in order.
pub const HEADLINE_IDS: [&str; 7] = [
    "certification_countries",
    "certifications",
    "foreign_partners",
    "auto_workshop_countries",
    "standards_mutual",
    "trainers_trained",
    "professionals_trained",
];

/// One headline number.
#[derive(Clone, Debug, PartialEq)]
pub struct Headline {
    /// Key figure id (e.g. `certifications`).
    pub id: String,
    /// The number shown.
    pub value: f64,
    /// For the latest year: how the published number relates to the truth ("more than").
    /// `None` for earlier years, where the value is the records' exact running total.
    pub qualifier: Option<Qualifier>,
}

/// The records' running total behind key figure `id` up to `year`.
fn running_total(model: &ActivityModel, id: &str, year: u16) -> Option<f64> {
    let t = model.totals(year);
    let v = match id {
        "certification_countries" => model.countries_with(year, |m| m.certifications) as u64,
        "certifications" => t.certifications,
        "foreign_partners" => t.partners,
        "auto_workshop_countries" => model.countries_with(year, |m| m.workshops) as u64,
        "standards_mutual" => model.standards_cumulative[super::activity::year_index(year)],
        "trainers_trained" => t.trainers,
        "professionals_trained" => t.trained,
        _ => return None,
    };
    Some(v as f64)
}

/// The headline figures for `year`: published key figures at the latest year, running
/// totals before it. A key figure missing from the dataset falls back to its running total.
pub fn headline_figures(atlas: &Atlas, model: &ActivityModel, year: u16) -> Vec<Headline> {
    HEADLINE_IDS
        .iter()
        .filter_map(|&id| {
            let published = atlas
                .key_figure(id)
                .filter(|f| f.kind == FigureKind::Achievement)
                .and_then(|f| f.value.map(|v| (v, f.qualifier)));
            match published {
                Some((value, q)) if year >= LAST_YEAR => Some(Headline {
                    id: id.to_string(),
                    value,
                    qualifier: Some(q),
                }),
                _ => running_total(model, id, year).map(|value| Headline {
                    id: id.to_string(),
                    value,
                    qualifier: None,
                }),
            }
        })
        .collect()
}
