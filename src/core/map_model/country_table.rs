//! The table view of the map: one row per country with its figures, sortable by column.

use super::activity::{ActivityModel, Metrics};
use crate::core::data::Atlas;
use crate::core::lang::Lang;
use std::cmp::Ordering;

/// One country's row.
#[derive(Clone, Debug, PartialEq)]
pub struct TableRow {
    /// ISO alpha-3 code.
    pub id: String,
    /// The country's name in the interface language.
    pub name: String,
    /// Its figures up to the year shown.
    pub metrics: Metrics,
    /// Year the first workshop opened, if by then.
    pub workshop_since: Option<u16>,
}

/// A sortable column.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum SortColumn {
    /// Country name.
    Name,
    /// Certifications.
    Certifications,
    /// Partner institutions.
    Partners,
    /// Workshops.
    Workshops,
    /// Trainers.
    Trainers,
    /// Standards recognised.
    Standards,
    /// Professionals trained.
    Trained,
    /// Professionals sent abroad.
    SentAbroad,
}

impl SortColumn {
    /// Every column, in table order.
    pub const ALL: [SortColumn; 8] = [
        SortColumn::Name,
        SortColumn::Certifications,
        SortColumn::Partners,
        SortColumn::Workshops,
        SortColumn::Trainers,
        SortColumn::Standards,
        SortColumn::Trained,
        SortColumn::SentAbroad,
    ];

    /// The column's number in a row (`None` for the name).
    pub fn value(self, row: &TableRow) -> Option<u64> {
        let m = &row.metrics;
        match self {
            SortColumn::Name => None,
            SortColumn::Certifications => Some(m.certifications),
            SortColumn::Partners => Some(m.partners),
            SortColumn::Workshops => Some(m.workshops),
            SortColumn::Trainers => Some(m.trainers),
            SortColumn::Standards => Some(m.standards),
            SortColumn::Trained => Some(m.trained),
            SortColumn::SentAbroad => Some(m.sent_abroad),
        }
    }
}

/// Sort direction, as `aria-sort` names it.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum SortDirection {
    /// Smallest first.
    Ascending,
    /// Largest first.
    Descending,
}

impl SortDirection {
    /// The `aria-sort` value.
    pub fn aria(self) -> &'static str {
        match self {
            SortDirection::Ascending => "ascending",
            SortDirection::Descending => "descending",
        }
    }
}

/// Sorts rows by `column` in `direction`; ties fall back to the name, then the code, so the
/// order is total and stable across runs.
pub fn sort_rows(rows: &mut [TableRow], column: SortColumn, direction: SortDirection) {
    rows.sort_by(|a, b| {
        let primary = match column {
            SortColumn::Name => Ordering::Equal,
            c => c.value(a).cmp(&c.value(b)),
        };
        let ord = primary
            .then_with(|| a.name.cmp(&b.name))
            .then_with(|| a.id.cmp(&b.id));
        match direction {
            SortDirection::Ascending => ord,
            SortDirection::Descending => {
                // Descending by value, but names stay A–Z within ties.
                if primary == Ordering::Equal && column != SortColumn::Name {
                    ord
                } else {
                    ord.reverse()
                }
            }
        }
    });
}

/// The table's rows for `year`, one per partner country, named in `lang`, in the dataset's
/// order.
pub fn rows_for_year(
    activity: &ActivityModel,
    atlas: &Atlas,
    year: u16,
    lang: Lang,
) -> Vec<TableRow> {
    activity
        .countries
        .iter()
        .map(|a| TableRow {
            id: a.id.clone(),
            name: atlas.country_name(&a.id, lang).to_string(),
            metrics: a.upto(year),
            workshop_since: a.workshop_since_by(year),
        })
        .collect()
}

/// The rows as CSV cells: a header row (`headers`, one per [`SortColumn::ALL`] entry, then
/// the ISO code's header), then one row per country with plain numbers.
pub fn csv_rows(rows: &[TableRow], headers: &[String], code_header: &str) -> Vec<Vec<String>> {
    let mut out = Vec::with_capacity(rows.len() + 1);
    let mut head: Vec<String> = headers.to_vec();
    head.insert(1, code_header.to_string());
    out.push(head);
    for row in rows {
        let mut cells = vec![row.name.clone(), row.id.clone()];
        for column in SortColumn::ALL.into_iter().skip(1) {
            cells.push(column.value(row).map(|v| v.to_string()).unwrap_or_default());
        }
        out.push(cells);
    }
    out
}
