//! What a chart shows, independent of how it is drawn: categories, series and values,
//! already aggregated and labelled. Layout, tables and CSV all read this one structure.

use crate::core::i18n::text;
use crate::core::lang::Lang;
use crate::core::url_state::ChartKind;

/// How bars run.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Orientation {
    /// Categories down the side, bars to the right (long labels such as country names).
    Horizontal,
    /// Categories along the bottom, columns upwards (years).
    Vertical,
}

/// How several series share a category.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Arrangement {
    /// Side by side within the category's band.
    Grouped,
    /// On top of each other, adding up.
    Stacked,
    /// The first series to the left of zero, the second to the right.
    Diverging,
}

/// One category: a country, year, sector or region.
#[derive(Clone, Debug, PartialEq)]
pub struct Category {
    /// Stable id (`THA`, `2024`, `automotive`, `others`).
    pub key: String,
    /// Text shown, in the chosen language.
    pub label: String,
    /// A planned figure, not an achieved one: drawn hatched and labelled "target".
    pub target: bool,
    /// Marked (the selected country or year).
    pub highlight: bool,
    /// Clicking it selects this country (`key` is an alpha-3 code).
    pub selects_country: bool,
    /// The sum of the categories not shown ("Others"): drawn muted and labelled with its
    /// value, and it never sets the value axis, so the categories the chart is about keep
    /// their length; a remainder longer than the axis is cut at the axis's end and marked
    /// as cut.
    pub remainder: bool,
}

impl Category {
    /// A plain category.
    pub fn new(key: impl Into<String>, label: impl Into<String>) -> Self {
        Self {
            key: key.into(),
            label: label.into(),
            target: false,
            highlight: false,
            selects_country: false,
            remainder: false,
        }
    }
}

/// One series of values, one per category.
#[derive(Clone, Debug, PartialEq)]
pub struct Series {
    /// Stable id (`certifications`, `trained`).
    pub key: String,
    /// Text shown in legend, tooltips and tables.
    pub label: String,
    /// One value per category, in category order.
    pub values: Vec<f64>,
}

impl Series {
    /// Series `key` with `values`, labelled with the text of `label_key` in `lang`.
    pub(super) fn labelled(key: &str, label_key: &str, lang: Lang, values: Vec<f64>) -> Self {
        Self {
            key: key.to_string(),
            label: text(lang, label_key).to_string(),
            values,
        }
    }
}

/// A bar chart's data.
#[derive(Clone, Debug, PartialEq)]
pub struct BarData {
    /// The categories, in display order.
    pub categories: Vec<Category>,
    /// The series (at least one).
    pub series: Vec<Series>,
    /// Which way bars run.
    pub orientation: Orientation,
    /// How series share a category.
    pub arrangement: Arrangement,
}

/// A matrix: rows × columns with a count per cell (0 = nothing).
#[derive(Clone, Debug, PartialEq)]
pub struct MatrixData {
    /// Row headers.
    pub rows: Vec<Category>,
    /// Column headers.
    pub columns: Vec<Category>,
    /// `cells[row][column]`.
    pub cells: Vec<Vec<f64>>,
    /// How many rows exist before the cap (the chart says when some are left out).
    pub total_rows: usize,
}

/// A chart's body.
#[derive(Clone, Debug, PartialEq)]
pub enum ChartBody {
    /// Bars or columns.
    Bars(BarData),
    /// A heat grid.
    Matrix(MatrixData),
}

/// A chart ready to lay out: which chart and its data.
#[derive(Clone, Debug, PartialEq)]
pub struct ChartData {
    /// Which chart.
    pub kind: ChartKind,
    /// What it shows.
    pub body: ChartBody,
}

impl ChartData {
    /// True when there is nothing to draw for the current filters.
    pub fn is_empty(&self) -> bool {
        match &self.body {
            ChartBody::Bars(b) => {
                b.categories.is_empty()
                    || b.series.iter().all(|s| s.values.iter().all(|v| *v == 0.0))
            }
            ChartBody::Matrix(m) => m.cells.iter().flatten().all(|v| *v == 0.0),
        }
    }
}
