//! Map geometry, pure and tested natively: the Equal Earth projection, the world file,
//! projected country paths, great-circle arcs, the choropleth colour scale and zoom.
//!
//! d3-geo is the reference; this is the handful of formulas the map needs, not a port.
//! Longitudes and latitudes are in degrees unless a function says radians; screen
//! coordinates are SVG pixels with `y` pointing down.

pub mod antimeridian;
pub mod arc;
pub mod bbox;
pub mod color_scale;
pub mod path;
pub mod projection;
pub mod svg_path;
pub mod topojson;
pub mod world;
pub mod zoom;

pub use arc::{arc_path, great_circle};
pub use bbox::Bbox;
pub use color_scale::Bins;
pub use path::{country_paths, CountryPath};
pub use projection::Projection;
pub use world::{CountryOutline, World};
pub use zoom::{Frame, Zoom};

/// The hub of the network: Chongqing, as `(lon, lat)` in degrees.
pub const HUB: (f64, f64) = (106.55, 29.56);
