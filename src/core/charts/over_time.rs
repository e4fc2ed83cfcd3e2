//! The charts over time: growth per year (yearly or running totals) and the targets beside
//! the recent yearly figures.

use std::ops::RangeInclusive;

use super::chart_content::{Arrangement, BarData, Category, ChartBody, Orientation, Series};
use super::chart_filter::ChartFilter;
use super::facts::{Facts, YearCounts};
use crate::core::data::Atlas;
use crate::core::i18n::text;
use crate::core::lang::Lang;

/// How many recent years the target charts show beside the target.
pub const TARGET_RECENT_YEARS: u16 = 5;

/// One category per year of `years`, the filter's year (else the latest) highlighted.
fn year_categories(
    years: RangeInclusive<u16>,
    facts: &Facts,
    filter: &ChartFilter,
) -> Vec<Category> {
    let marked = filter.year.unwrap_or(facts.last_year);
    years
        .map(|y| {
            let mut c = Category::new(y.to_string(), y.to_string());
            c.highlight = y == marked;
            c
        })
        .collect()
}

fn per_year(counts: &YearCounts, facts: &Facts, cumulative: bool) -> Vec<f64> {
    (facts.first_year..=facts.last_year)
        .map(|y| {
            if cumulative {
                counts.through(y) as f64
            } else if y == facts.first_year {
                // Anything dated before the axis starts is counted in its first year.
                counts.through(y) as f64
            } else {
                counts.at(y) as f64
            }
        })
        .collect()
}

pub(super) fn growth(facts: &Facts, filter: &ChartFilter, lang: Lang) -> ChartBody {
    let c = filter.cumulative;
    ChartBody::Bars(BarData {
        categories: year_categories(facts.first_year..=facts.last_year, facts, filter),
        series: vec![
            Series::labelled(
                "certifications",
                "charts_series_certifications",
                lang,
                per_year(&facts.certifications_per_year, facts, c),
            ),
            Series::labelled(
                "trainers",
                "charts_series_trainers",
                lang,
                per_year(&facts.trainers_per_year, facts, c),
            ),
            Series::labelled(
                "workshops",
                "charts_series_workshops",
                lang,
                per_year(&facts.workshops_per_year, facts, c),
            ),
            Series::labelled(
                "partners",
                "charts_series_partners",
                lang,
                per_year(&facts.partners_per_year, facts, c),
            ),
        ],
        orientation: Orientation::Vertical,
        arrangement: Arrangement::Grouped,
    })
}

/// Recent yearly figures beside the 2026–2030 target (a target-marked category).
pub(super) fn target_chart(
    counts: &YearCounts,
    atlas: &Atlas,
    figure_id: &str,
    series_key: &'static str,
    facts: &Facts,
    filter: &ChartFilter,
    lang: Lang,
) -> ChartBody {
    let first = facts
        .last_year
        .saturating_sub(TARGET_RECENT_YEARS - 1)
        .max(facts.first_year);
    let mut categories = year_categories(first..=facts.last_year, facts, filter);
    let mut values: Vec<f64> = (first..=facts.last_year)
        .map(|y| counts.at(y) as f64)
        .collect();
    if let Some(target) = atlas.key_figure(figure_id).and_then(|f| f.value) {
        let mut c = Category::new("target", text(lang, "charts_target_period"));
        c.target = true;
        categories.push(c);
        values.push(target);
    }
    ChartBody::Bars(BarData {
        categories,
        series: vec![Series::labelled(
            series_key.trim_start_matches("charts_series_"),
            series_key,
            lang,
            values,
        )],
        orientation: Orientation::Vertical,
        arrangement: Arrangement::Grouped,
    })
}
