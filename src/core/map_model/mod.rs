//! What the cooperation map draws, computed once from the dataset and the world geometry:
//! per-country, per-year activity (cumulative to any year), projected shapes, arcs and
//! points, keyboard order, the find-a-country matcher, table rows and headline figures.
//!
//! Everything is aggregated here, before drawing: ×100 data still yields one shape, one
//! arc and a handful of glyphs per country, never one DOM node per record.

pub mod activity;
pub mod country_table;
pub mod drawing_markup;
pub mod find;
pub mod geometry;
pub mod headline;
pub mod labels;
pub mod marks;
pub mod navigate;
pub mod panel_markup;
pub mod prepared;

pub use activity::{ActivityModel, CountryActivity, CountryYear, Metrics, YEARS};
pub use find::{find_countries, CountryNames};
pub use geometry::{CountryShape, MapGeometry, PlatformPoint, MAP_HEIGHT, MAP_WIDTH};
pub use headline::{headline_figures, Headline, HEADLINE_IDS};
pub use navigate::{keyboard_order, neighbour, Direction};
pub use prepared::MapModel;
// The URL state names the layers shown; the map is where readers look for them.
pub use crate::core::url_state::{Layer, LayerSet};
pub use country_table::{csv_rows, rows_for_year, sort_rows, SortColumn, SortDirection, TableRow};
