//! How one country's arcs and glyphs look in a year, as inline style text: one style per
//! arc and per glyph, so a year change sets a handful of attributes per country. Layers
//! are shown or hidden by classes on the whole map (see `style/map.css`), so nothing here
//! depends on them.

use super::activity::Metrics;
use crate::core::url_state::Layer;

/// Arc width in screen pixels for `value` out of `max`: square-root scaled, so area-like
/// differences stay readable, between 0.8 and 4.0 pixels. Zero means "no arc".
pub fn arc_width(value: u64, max: u64) -> f64 {
    if value == 0 {
        return 0.0;
    }
    0.8 + 3.2 * (value as f64 / max.max(1) as f64).sqrt()
}

/// Radius in screen pixels of the partner-institutions circle: 2 to 7 pixels by count;
/// zero when the country has no partner institution yet.
pub fn partner_radius(partners: u64, max: u64) -> f64 {
    if partners == 0 {
        return 0.0;
    }
    2.0 + 5.0 * (partners as f64 / max.max(1) as f64).sqrt()
}

/// The layer that shows each kind of arc, in [`arc_widths`]' order: cooperation, sent
/// abroad, trained.
pub const ARC_LAYERS: [Layer; 3] = [Layer::Partners, Layer::Flows, Layer::Flows];

/// The widths of a country's cooperation, "sent abroad" and "trained" arcs, in that order.
/// A zero width draws nothing, so an arc appears with the first partner or flow.
pub fn arc_widths(m: &Metrics, max_partners: u64, max_flow: u64) -> [f64; 3] {
    [
        arc_width(m.partners, max_partners),
        arc_width(m.sent_abroad, max_flow),
        arc_width(m.trained, max_flow),
    ]
}

/// The inline style of an arc `width` screen pixels wide. It is set on each arc, not as
/// an inherited property of the country's arc group: a change then restyles the arcs
/// alone, not every element of the group (460 → 150 styles resolved per year change).
pub fn arc_style(width: f64) -> String {
    format!("stroke-width:{width:.2}")
}

/// The inline style placing a glyph at `(x, y)` of the map, counter-scaled by the zoom
/// (`--sa-inv-k`) to keep its screen size and scaled by `scale`.
pub fn glyph_at(x: f64, y: f64, scale: f64) -> String {
    if scale == 1.0 {
        format!("transform:translate({x:.1}px,{y:.1}px) scale(var(--sa-inv-k,1))")
    } else {
        format!("transform:translate({x:.1}px,{y:.1}px) scale(calc(var(--sa-inv-k,1)*{scale:.2}))")
    }
}

/// Inline style that takes a glyph out of the drawing (and of the exported file).
pub const GLYPH_NONE: &str = "display:none";

/// The inline style of a country's partner circle (a unit circle scaled to its radius),
/// or [`GLYPH_NONE`] before its first partner.
pub fn partner_glyph_style(at: (f64, f64), partners: u64, max_partners: u64) -> String {
    match partner_radius(partners, max_partners) {
        r if r > 0.0 => glyph_at(at.0, at.1, r),
        _ => GLYPH_NONE.to_string(),
    }
}

/// The inline style of a country's workshop square, or [`GLYPH_NONE`] before its first
/// workshop.
pub fn workshop_glyph_style(at: (f64, f64), workshops: u64) -> String {
    if workshops == 0 {
        return GLYPH_NONE.to_string();
    }
    glyph_at(at.0 + 7.0, at.1 - 7.0, 1.0)
}

/// The glyph shapes of the point layers: each layer has its own shape, so colour is never
/// the only cue.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Shape {
    /// Partner institutions.
    Circle,
    /// Workshops.
    Square,
    /// Service stations.
    Triangle,
    /// Centres.
    Diamond,
}

/// SVG path of a glyph shape centred on the origin, `r` pixels in radius.
pub fn shape_path(shape: Shape, r: f64) -> String {
    match shape {
        Shape::Square => format!("M{0},{0}h{1}v{1}h-{1}z", -r, 2.0 * r),
        Shape::Triangle => format!("M0,{}L{},{}L{},{}z", -r * 1.15, r, r * 0.85, -r, r * 0.85),
        Shape::Diamond => format!(
            "M0,{}L{},0L0,{}L{},0z",
            -r * 1.2,
            r * 1.2,
            r * 1.2,
            -r * 1.2
        ),
        Shape::Circle => format!(
            "M{},0a{r},{r} 0 1,0 {},0a{r},{r} 0 1,0 {},0",
            -r,
            2.0 * r,
            -2.0 * r
        ),
    }
}

/// The hub's star (Chongqing), around its centre.
pub const HUB_STAR: &str =
    "M0,-8L2.4,-2.5L8,-2.5L3.5,1.2L5,7L0,3.8L-5,7L-3.5,1.2L-8,-2.5L-2.4,-2.5Z";

/// A layer's legend glyph: its class and path, in a 16 × 16 box around the origin.
pub fn legend_glyph(layer: Layer) -> (&'static str, String) {
    match layer {
        Layer::Certifications => ("sa-legend-cert", "M-7,-5h14v10h-14z".into()),
        Layer::Partners => ("sa-glyph-partner", shape_path(Shape::Circle, 5.0)),
        Layer::Workshops => ("sa-glyph-workshop", shape_path(Shape::Square, 4.5)),
        Layer::Stations => ("sa-glyph-station", shape_path(Shape::Triangle, 5.0)),
        Layer::Flows => ("sa-legend-flow", "M-7,4Q0,-8 7,4".into()),
    }
}
