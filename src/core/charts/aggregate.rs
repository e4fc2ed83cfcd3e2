//! Per-chart aggregation: from the pre-counted [`Facts`] to labelled [`ChartData`] for
//! the current year, selection and options.

use super::chart_content::{
    Arrangement, BarData, Category, ChartBody, ChartData, MatrixData, Orientation, Series,
};
use super::chart_filter::ChartFilter;
use super::facts::Facts;
use super::over_time::{growth, target_chart};
use crate::core::data::Atlas;
use crate::core::i18n::text;
use crate::core::lang::Lang;
use crate::core::url_state::ChartKind;

/// Most standards the recognition matrix lists (those recognised in most countries).
pub const MATRIX_MAX_ROWS: usize = 40;

/// The data of chart `kind`.
pub fn chart_data(
    kind: ChartKind,
    facts: &Facts,
    atlas: &Atlas,
    filter: &ChartFilter,
    lang: Lang,
) -> ChartData {
    let body = match kind {
        ChartKind::CertificationsByCountry => certifications_by_country(facts, atlas, filter, lang),
        ChartKind::Growth => growth(facts, filter, lang),
        ChartKind::StandardsBySector => standards_by_sector(facts, filter, lang),
        ChartKind::RecognitionMatrix => recognition_matrix(facts, atlas, filter, lang),
        ChartKind::Partnerships => partnerships(facts, filter, lang),
        ChartKind::TalentFlows => talent_flows(facts, filter, lang),
        ChartKind::TargetCertifications => target_chart(
            &facts.certifications_per_year,
            atlas,
            "target_certified_per_year",
            "charts_series_certifications",
            facts,
            filter,
            lang,
        ),
        ChartKind::TargetStandards => target_chart(
            &facts.new_standards_per_year,
            atlas,
            "target_new_occupations_per_year",
            "charts_series_new_standards",
            facts,
            filter,
            lang,
        ),
    };
    ChartData { kind, body }
}

/// A translated label for a dataset id (`charts_region_africa`), or the id itself.
fn id_label(lang: Lang, prefix: &str, id: &str) -> String {
    let key = format!("{prefix}{id}");
    let t = text(lang, &key);
    if t == key {
        id.replace('_', " ")
    } else {
        t.to_string()
    }
}

fn certifications_by_country(
    facts: &Facts,
    atlas: &Atlas,
    filter: &ChartFilter,
    lang: Lang,
) -> ChartBody {
    let mut rows: Vec<(&str, u64)> = facts
        .certifications
        .iter()
        .map(|(id, counts)| (id.as_str(), counts.through(filter.through())))
        .filter(|(_, n)| *n > 0)
        .collect();
    rows.sort_by(|a, b| b.1.cmp(&a.1).then(a.0.cmp(b.0)));
    let top = filter.top.unwrap_or(usize::MAX).max(1);
    let mut shown: Vec<(&str, u64)> = rows.iter().take(top).copied().collect();
    let mut rest: Vec<(&str, u64)> = rows.iter().skip(top).copied().collect();
    // The selected country keeps its own bar even outside the top N.
    if let Some(sel) = filter.country.as_deref() {
        if let Some(pos) = rest.iter().position(|(id, _)| *id == sel) {
            shown.push(rest.remove(pos));
        }
    }
    let others: u64 = rest.iter().map(|(_, n)| n).sum();
    let mut categories: Vec<Category> = shown
        .iter()
        .map(|(id, _)| {
            let mut c = Category::new(*id, atlas.country_name(id, lang));
            c.selects_country = true;
            c.highlight = filter.country.as_deref() == Some(*id);
            c
        })
        .collect();
    let mut values: Vec<f64> = shown.iter().map(|(_, n)| *n as f64).collect();
    if !rest.is_empty() {
        let label = crate::core::i18n::format_count(
            lang,
            "charts_others",
            rest.len() as u64,
            &[("count", &rest.len().to_string())],
        );
        let mut remainder = Category::new("others", label);
        remainder.remainder = true;
        categories.push(remainder);
        values.push(others as f64);
    }
    ChartBody::Bars(BarData {
        categories,
        series: vec![Series::labelled(
            "certifications",
            "charts_series_certifications",
            lang,
            values,
        )],
        orientation: Orientation::Horizontal,
        arrangement: Arrangement::Grouped,
    })
}

fn standards_by_sector(facts: &Facts, filter: &ChartFilter, lang: Lang) -> ChartBody {
    let y = filter.through();
    let mut rows: Vec<(&String, f64, f64)> = facts
        .sectors
        .iter()
        .map(|(id, (rec, dev))| (id, rec.through(y) as f64, dev.through(y) as f64))
        .filter(|(_, r, d)| r + d > 0.0)
        .collect();
    rows.sort_by(|a, b| (b.1 + b.2).total_cmp(&(a.1 + a.2)).then(a.0.cmp(b.0)));
    ChartBody::Bars(BarData {
        categories: rows
            .iter()
            .map(|(id, _, _)| Category::new(id.as_str(), id_label(lang, "charts_sector_", id)))
            .collect(),
        series: vec![
            Series::labelled(
                "recognised",
                "charts_series_recognised",
                lang,
                rows.iter().map(|r| r.1).collect(),
            ),
            Series::labelled(
                "in_development",
                "charts_series_in_development",
                lang,
                rows.iter().map(|r| r.2).collect(),
            ),
        ],
        orientation: Orientation::Horizontal,
        arrangement: Arrangement::Stacked,
    })
}

fn recognition_matrix(facts: &Facts, atlas: &Atlas, filter: &ChartFilter, lang: Lang) -> ChartBody {
    let y = filter.through();
    let mut standards: Vec<_> = facts
        .standards
        .iter()
        .filter(|s| s.year <= y && !s.countries.is_empty())
        .collect();
    let total_rows = standards.len();
    standards.sort_by(|a, b| {
        b.countries
            .len()
            .cmp(&a.countries.len())
            .then(a.code.cmp(&b.code))
    });
    standards.truncate(MATRIX_MAX_ROWS);
    let mut per_country: Vec<(&str, usize)> = Vec::new();
    for s in &standards {
        for c in &s.countries {
            match per_country.iter_mut().find(|(id, _)| id == c) {
                Some(entry) => entry.1 += 1,
                None => per_country.push((c.as_str(), 1)),
            }
        }
    }
    per_country.sort_by(|a, b| b.1.cmp(&a.1).then(a.0.cmp(b.0)));
    let columns: Vec<Category> = per_country
        .iter()
        .map(|(id, _)| {
            let mut c = Category::new(*id, atlas.country_name(id, lang));
            c.selects_country = true;
            c.highlight = filter.country.as_deref() == Some(*id);
            c
        })
        .collect();
    let cells = standards
        .iter()
        .map(|s| {
            columns
                .iter()
                .map(|c| f64::from(u8::from(s.countries.contains(&c.key))))
                .collect()
        })
        .collect();
    let rows = standards
        .iter()
        .map(|s| {
            Category::new(
                s.code.as_str(),
                format!("{} · {}", s.code, s.title.get(lang)),
            )
        })
        .collect();
    ChartBody::Matrix(MatrixData {
        rows,
        columns,
        cells,
        total_rows,
    })
}

fn partnerships(facts: &Facts, filter: &ChartFilter, lang: Lang) -> ChartBody {
    let y = filter.through();
    let mut regions: Vec<&str> = Vec::new();
    let mut fields: Vec<&str> = Vec::new();
    for (region, field) in facts.partnerships.keys() {
        if !regions.contains(&region.as_str()) {
            regions.push(region);
        }
        if !fields.contains(&field.as_str()) {
            fields.push(field);
        }
    }
    let count = |r: &str, f: &str| {
        facts
            .partnerships
            .get(&(r.to_string(), f.to_string()))
            .map_or(0.0, |c| c.through(y) as f64)
    };
    let region_total = |r: &str| fields.iter().map(|f| count(r, f)).sum::<f64>();
    regions.retain(|r| region_total(r) > 0.0);
    regions.sort_by(|a, b| region_total(b).total_cmp(&region_total(a)).then(a.cmp(b)));
    ChartBody::Bars(BarData {
        categories: regions
            .iter()
            .map(|r| Category::new(*r, id_label(lang, "charts_region_", r)))
            .collect(),
        series: fields
            .iter()
            .map(|f| Series {
                key: f.to_string(),
                label: id_label(lang, "charts_sector_", f),
                values: regions.iter().map(|r| count(r, f)).collect(),
            })
            .collect(),
        orientation: Orientation::Horizontal,
        arrangement: Arrangement::Stacked,
    })
}

fn talent_flows(facts: &Facts, filter: &ChartFilter, lang: Lang) -> ChartBody {
    let y = filter.through();
    let mut rows: Vec<(&String, f64, f64)> = facts
        .talent
        .iter()
        .map(|(r, (t, s))| (r, t.through(y) as f64, s.through(y) as f64))
        .filter(|(_, t, s)| t + s > 0.0)
        .collect();
    rows.sort_by(|a, b| b.1.total_cmp(&a.1).then(a.0.cmp(b.0)));
    ChartBody::Bars(BarData {
        categories: rows
            .iter()
            .map(|(r, _, _)| Category::new(r.as_str(), id_label(lang, "charts_region_", r)))
            .collect(),
        series: vec![
            Series::labelled(
                "trained",
                "charts_series_trained",
                lang,
                rows.iter().map(|r| r.1).collect(),
            ),
            Series::labelled(
                "sent_abroad",
                "charts_series_sent_abroad",
                lang,
                rows.iter().map(|r| r.2).collect(),
            ),
        ],
        orientation: Orientation::Horizontal,
        arrangement: Arrangement::Diverging,
    })
}
