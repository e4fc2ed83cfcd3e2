//! The table behind a chart: one header row and one row per category (or matrix row).
//! The "show as table" view and the CSV export both read it, so they always agree.

use super::chart_content::{ChartBody, ChartData};
use super::ticks::format_count;
use crate::core::lang::Lang;

/// A chart's data as a table of text cells.
#[derive(Clone, Debug, PartialEq)]
pub struct ChartTable {
    /// Column headers (the first names the categories).
    pub header: Vec<String>,
    /// One row per category; the first cell is its label.
    pub rows: Vec<Vec<String>>,
    /// Raw numbers behind each row's cells after the first (for CSV: digits only).
    pub values: Vec<Vec<f64>>,
}

/// The table of `data`, with `category_header` over the first column and the numbers
/// written in `lang` (the CSV export takes the numbers themselves).
pub fn chart_table(data: &ChartData, category_header: &str, lang: Lang) -> ChartTable {
    let mut header = vec![category_header.to_string()];
    let mut rows = Vec::new();
    let mut values = Vec::new();
    match &data.body {
        ChartBody::Bars(b) => {
            header.extend(b.series.iter().map(|s| s.label.clone()));
            for (i, c) in b.categories.iter().enumerate() {
                let v: Vec<f64> = b
                    .series
                    .iter()
                    .map(|s| s.values.get(i).copied().unwrap_or(0.0))
                    .collect();
                let mut row = vec![c.label.clone()];
                row.extend(v.iter().map(|x| format_count(*x, lang)));
                rows.push(row);
                values.push(v);
            }
        }
        ChartBody::Matrix(m) => {
            header.extend(m.columns.iter().map(|c| c.label.clone()));
            for (r, row_cat) in m.rows.iter().enumerate() {
                let v = m.cells.get(r).cloned().unwrap_or_default();
                let mut row = vec![row_cat.label.clone()];
                row.extend(v.iter().map(|x| format_count(*x, lang)));
                rows.push(row);
                values.push(v);
            }
        }
    }
    ChartTable {
        header,
        rows,
        values,
    }
}
