//! Matrix geometry: a grid of cells with row labels on the left and column labels on top.

use super::chart_content::MatrixData;
use super::layout::{AxisLabel, CHART_WIDTH};
use super::ticks::{label_stride, truncate_label};

/// Space left of the grid for row labels.
const ROW_GUTTER: f64 = 200.0;
/// Width units a row label may take (see `ticks::text_units`): about 6.4 units each at the
/// charts' 11 px, ending 6 units before the grid, so no label runs out of the drawing.
const ROW_LABEL_UNITS: usize = 30;
/// Space above the grid for column labels.
const COLUMN_GUTTER: f64 = 44.0;

/// One filled cell.
#[derive(Clone, Debug, PartialEq)]
pub struct CellMark {
    /// Left edge.
    pub x: f64,
    /// Top edge.
    pub y: f64,
    /// Side length.
    pub size: f64,
    /// Row index.
    pub row: usize,
    /// Column index.
    pub column: usize,
    /// Its value.
    pub value: f64,
}

/// A laid-out matrix.
#[derive(Clone, Debug, PartialEq)]
pub struct MatrixLayout {
    /// Total width.
    pub width: f64,
    /// Total height.
    pub height: f64,
    /// Grid origin (left, top) and cell size.
    pub origin: (f64, f64),
    /// Cell side length.
    pub cell: f64,
    /// Non-zero cells, row by row.
    pub marks: Vec<CellMark>,
    /// Row labels kept after thinning (centre y).
    pub row_labels: Vec<AxisLabel>,
    /// Column labels kept after thinning (centre x): alpha-3 codes, short enough to fit.
    pub column_labels: Vec<AxisLabel>,
}

/// Lays out `data` to fit [`CHART_WIDTH`]. Never panics on an empty matrix.
pub fn layout_matrix(data: &MatrixData) -> MatrixLayout {
    let cols = data.columns.len().max(1);
    let rows = data.rows.len();
    let cell = ((CHART_WIDTH - ROW_GUTTER - 10.0) / cols as f64).clamp(3.0, 18.0);
    let origin = (ROW_GUTTER, COLUMN_GUTTER);
    let height = COLUMN_GUTTER + cell * rows.max(1) as f64 + 10.0;
    let mut marks = Vec::new();
    for (r, row) in data.cells.iter().enumerate() {
        for (c, v) in row.iter().enumerate() {
            if *v > 0.0 && v.is_finite() {
                marks.push(CellMark {
                    x: origin.0 + cell * c as f64,
                    y: origin.1 + cell * r as f64,
                    size: cell,
                    row: r,
                    column: c,
                    value: *v,
                });
            }
        }
    }
    let row_stride = label_stride(rows, cell * rows as f64, 11.0);
    let col_stride = label_stride(data.columns.len(), cell * cols as f64, 11.0);
    MatrixLayout {
        width: CHART_WIDTH,
        height,
        origin,
        cell,
        marks,
        row_labels: data
            .rows
            .iter()
            .enumerate()
            .filter(|(i, _)| i % row_stride == 0)
            .map(|(i, r)| AxisLabel {
                pos: origin.1 + cell * (i as f64 + 0.5),
                text: truncate_label(&r.label, ROW_LABEL_UNITS),
            })
            .collect(),
        column_labels: data
            .columns
            .iter()
            .enumerate()
            .filter(|(i, c)| i % col_stride == 0 || c.highlight)
            .map(|(i, c)| AxisLabel {
                pos: origin.0 + cell * (i as f64 + 0.5),
                text: c.key.clone(),
            })
            .collect(),
    }
}
