//! The charts' pure core: scales, nice ticks, per-chart aggregation, bar and matrix
//! layout, tables, CSV and the export frame, and the presenter's deck and keys.
//!
//! Charts are plain SVG drawn from these numbers (no charting crate): every mark is an
//! element the app can give a tab stop and an accessible name.

pub mod aggregate;
pub mod chart_content;
pub mod chart_filter;
pub mod chart_markup;
pub mod csv;
pub mod export_svg;
pub mod facts;
pub mod layout;
pub mod matrix;
pub mod over_time;
pub mod roving;
pub mod scale;
pub mod slides;
pub mod table;
pub mod ticks;

pub use aggregate::{chart_data, MATRIX_MAX_ROWS};
pub use chart_content::{
    Arrangement, BarData, Category, ChartBody, ChartData, MatrixData, Orientation, Series,
};
pub use chart_filter::ChartFilter;
pub use csv::{export_file_name, export_file_stem, table_csv_rows, write_csv, BOM};
pub use export_svg::{
    compose_export_svg, parse_view_box, whole_frame, xml_escape, ExportFrame, ViewBox,
};
pub use facts::Facts;
pub use layout::{chart_width, layout_bars, BarLayout, BarMark, CHART_WIDTH, MIN_CHART_WIDTH};
pub use matrix::{layout_matrix, MatrixLayout};
pub use roving::move_in_grid;
pub use scale::{BandScale, LinearScale};
pub use slides::{deck, presenter_key, PresenterKey, Slide};
pub use table::{chart_table, ChartTable};
pub use ticks::{format_count, format_value, label_stride, nice_ticks};
// The URL state names which chart and how growth counts; the charts are where readers look.
pub use crate::core::url_state::{ChartKind, GrowthMode, DEFAULT_TOP};

/// Series colours (Okabe–Ito, distinguishable with colour-vision deficiencies); the
/// legend, labels and tables carry the meaning too, never colour alone.
pub const PALETTE: [&str; 8] = [
    "#0072b2", "#e69f00", "#009e73", "#cc79a7", "#56b4e9", "#d55e00", "#f0e442", "#000000",
];

/// The colour of series `index`.
pub fn series_colour(index: usize) -> &'static str {
    PALETTE[index % PALETTE.len()]
}
