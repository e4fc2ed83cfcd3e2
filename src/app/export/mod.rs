//! Downloads of a drawn chart (or the map): PNG at 2× pixel ratio, standalone SVG, CSV.
//! The frame (title, legend, source, notice) is composed by the pure core; this module
//! only talks to the browser: computed styles, canvas, blobs and `<a download>`.

mod browser;
mod menu;

pub use browser::{download_text, serialize_svg, svg_to_png_download};
pub use menu::ExportMenu;
