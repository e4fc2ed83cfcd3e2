//! The map's drawing as SVG markup: the arc gradients, the partner countries, their arcs and
//! glyphs, and the platforms, written once when the map is built and set with one
//! `innerHTML` per group. Built element by element from wasm, the same ~1,400 elements and
//! their ~600 reactive attributes were most of the map's first draw; afterwards only what a
//! year, language or selection change alters is set on the elements (see [`CountryLook`]).
//!
//! Every dataset text (ids, names in labels) is escaped; elements carry their country's
//! index in `data-i`, so one listener on the group serves them all.

use super::activity::CountryYear;
use super::geometry::{CountryShape, MapGeometry};
use super::labels::country_label;
use super::marks::{
    arc_style, arc_widths, glyph_at, partner_glyph_style, shape_path, workshop_glyph_style, Shape,
};
use crate::core::data::PlatformKind;
use crate::core::geo::Bins;
use crate::core::lang::Lang;
use crate::core::xml_text::{push_attr, xml_escape_into};
use std::fmt::Write;

/// Radius in screen pixels of a country drawn as a point.
pub const POINT_RADIUS: f64 = 4.5;

/// What one country's marks show in the year drawn and the interface language: its
/// choropleth colour, accessible name, arc widths and glyph placement. Written into the
/// markup at first; after a change, only the fields that differ are set on the elements.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct CountryLook {
    /// Choropleth fill (the certifications class colour).
    pub fill: &'static str,
    /// Accessible name, with the country's figures.
    pub label: String,
    /// Styles of the cooperation, "sent abroad" and "trained" arcs ([`arc_style`]).
    pub arcs: [String; 3],
    /// Style of the partner-institutions circle ([`partner_glyph_style`]).
    pub partner: String,
    /// Style of the workshop square ([`workshop_glyph_style`]).
    pub workshop: String,
}

/// The scales every country's look is measured against, fixed for the map's lifetime.
#[derive(Clone, Copy, Debug)]
pub struct LookScales<'a> {
    /// Choropleth classes.
    pub bins: &'a Bins,
    /// Largest partner count of any country (arc widths, circle sizes).
    pub max_partners: u64,
    /// Largest talent flow of any country (flow arc widths).
    pub max_flow: u64,
}

impl CountryLook {
    /// The look of `shape`, called `name`, with figures `stats`, labelled in `lang`.
    pub fn new(
        shape: &CountryShape,
        name: &str,
        stats: &CountryYear,
        lang: Lang,
        scales: LookScales,
    ) -> Self {
        let m = &stats.metrics;
        CountryLook {
            fill: scales.bins.color_of(m.certifications as f64),
            label: country_label(name, m, stats.workshop_since, lang),
            arcs: arc_widths(m, scales.max_partners, scales.max_flow).map(arc_style),
            partner: partner_glyph_style(shape.anchor, m.partners, scales.max_partners),
            workshop: workshop_glyph_style(shape.anchor, m.workshops),
        }
    }
}

/// The markup of each group of the drawing.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct MapMarkup {
    /// Inside `<defs>`: three gradients per country (cooperation, sent abroad, trained).
    pub defs: String,
    /// Inside the countries group: one shape (or point) per country, in index order.
    pub countries: String,
    /// Inside the arcs group: one arc group per country, in index order.
    pub arcs: String,
    /// Inside the glyphs group: a partner circle and a workshop square per country (in
    /// index order), then one group of platforms per opening year.
    pub glyphs: String,
}

/// Writes the drawing of `geo`: `looks[i]` for country `i`, `active` holding the tab stop,
/// `selected` marked as chosen, platforms opened after `year` hidden.
pub fn map_markup(
    geo: &MapGeometry,
    looks: &[CountryLook],
    active: usize,
    selected: Option<usize>,
    year: u16,
) -> MapMarkup {
    write_markup(geo, looks, Some((active, selected)), year)
}

/// The same drawing as [`map_markup`], but inert: the static map written into the page
/// before the app starts. Countries are not buttons and take no focus; each is named by
/// an SVG `<title>` (read without JavaScript, and by link previews).
pub fn static_map_markup(geo: &MapGeometry, looks: &[CountryLook], year: u16) -> MapMarkup {
    write_markup(geo, looks, None, year)
}

/// `focus`: the tab stop and the selection of an interactive drawing, `None` for an inert one.
fn write_markup(
    geo: &MapGeometry,
    looks: &[CountryLook],
    focus: Option<(usize, Option<usize>)>,
    year: u16,
) -> MapMarkup {
    let mut out = MapMarkup::default();
    let (hx, hy) = geo.hub;
    for (i, (shape, look)) in geo.countries.iter().zip(looks).enumerate() {
        gradients(&mut out.defs, &shape.id, (hx, hy), shape.anchor);
        let role = focus.map(|(active, selected)| (i == active, selected == Some(i)));
        country(&mut out.countries, i, shape, look, role);
        arcs(&mut out.arcs, shape, look);
        glyphs(&mut out.glyphs, look);
    }
    platforms(&mut out.glyphs, geo, year);
    out
}

/// One gradient line from the hub to the country: arcs fade in towards where they go, so
/// direction reads without motion. Cooperation and "sent abroad" run hub → country;
/// "trained" runs country → hub (its stops are reversed). The flow gradients take the line
/// from the first (`href`) and only set their own colours.
fn gradients(out: &mut String, id: &str, (hx, hy): (f64, f64), (x, y): (f64, f64)) {
    out.push_str("<linearGradient");
    push_attr(out, "id", &format!("sa-arc-{id}"));
    let _ = write!(
        out,
        " gradientUnits=\"userSpaceOnUse\" x1=\"{hx:.1}\" y1=\"{hy:.1}\" x2=\"{x:.1}\" y2=\"{y:.1}\">"
    );
    out.push_str(
        "<stop offset=\"0\" class=\"sa-arc-stop-start\"/><stop offset=\"1\" class=\"sa-arc-stop-end\"/></linearGradient>",
    );
    for (kind, first, second) in [
        ("sent", "sa-sent-stop-start", "sa-sent-stop-end"),
        ("trained", "sa-trained-stop-end", "sa-trained-stop-start"),
    ] {
        out.push_str("<linearGradient");
        push_attr(out, "id", &format!("sa-{kind}-{id}"));
        push_attr(out, "href", &format!("#sa-arc-{id}"));
        let _ = write!(
            out,
            "><stop offset=\"0\" class=\"{first}\"/><stop offset=\"1\" class=\"{second}\"/></linearGradient>"
        );
    }
}

/// A partner country: a `<path>`, or a `<circle>` when the world geometry has no shape.
/// Interactive (`role` is `(active, selected)`): a button named with its figures, on the
/// roving tab stop when `active`. Inert: a shape with a `<title>`.
fn country(
    out: &mut String,
    i: usize,
    shape: &CountryShape,
    look: &CountryLook,
    role: Option<(bool, bool)>,
) {
    let selected = role.is_some_and(|(_, selected)| selected);
    let class = match (&shape.d, selected) {
        (Some(_), false) => "sa-map-country",
        (Some(_), true) => "sa-map-country sa-selected",
        (None, false) => "sa-map-country sa-map-country-point",
        (None, true) => "sa-map-country sa-map-country-point sa-selected",
    };
    match &shape.d {
        Some(d) => {
            let _ = write!(out, "<path class=\"{class}\" d=\"{d}\"");
        }
        None => {
            let (x, y) = shape.anchor;
            let _ = write!(
                out,
                "<circle class=\"{class}\" r=\"{POINT_RADIUS}\" style=\"{}\"",
                glyph_at(x, y, 1.0)
            );
        }
    }
    let _ = write!(
        out,
        " fill=\"{}\" vector-effect=\"non-scaling-stroke\"",
        look.fill
    );
    if let Some((active, selected)) = role {
        let _ = write!(out, " role=\"button\" aria-pressed=\"{selected}\"");
        push_attr(out, "aria-label", &look.label);
        let tabindex = if active { "0" } else { "-1" };
        let _ = write!(out, " tabindex=\"{tabindex}\"");
    }
    let _ = write!(out, " data-i=\"{i}\"");
    push_attr(out, "data-country", &shape.id);
    match role {
        Some(_) => out.push_str("/>"),
        None => {
            out.push_str("><title>");
            xml_escape_into(out, &look.label);
            out.push_str(if shape.d.is_some() {
                "</title></path>"
            } else {
                "</title></circle>"
            });
        }
    }
}

/// The arcs of one country: cooperation (partners layer) and talent flows (flows layer),
/// a group of pieces each (an arc crossing the antimeridian has two). Their widths are
/// their styles, zero until the country has that activity by the year shown; the layers
/// are classes on the `<svg>`.
fn arcs(out: &mut String, shape: &CountryShape, look: &CountryLook) {
    out.push_str("<g class=\"sa-arc-group\"");
    push_attr(out, "data-arcs", &shape.id);
    out.push_str(" aria-hidden=\"true\">");
    let kinds = [
        ("coop", "sa-arc", &shape.arc_out),
        ("sent", "sa-sent", &shape.arc_out),
        ("trained", "sa-trained", &shape.arc_in),
    ];
    for ((kind, gradient, pieces), style) in kinds.into_iter().zip(&look.arcs) {
        let _ = write!(out, "<g class=\"sa-arcs-{kind}\">");
        for d in pieces {
            let _ = write!(
                out,
                "<path class=\"sa-arc sa-arc-{kind}\" d=\"{d}\" style=\"{style}\""
            );
            push_attr(out, "stroke", &format!("url(#{gradient}-{})", shape.id));
            out.push_str(" vector-effect=\"non-scaling-stroke\"/>");
        }
        out.push_str("</g>");
    }
    out.push_str("</g>");
}

/// A country's partner circle and workshop square, placed by their styles.
fn glyphs(out: &mut String, look: &CountryLook) {
    for (class, shape, style) in [
        (
            "sa-glyph sa-glyph-partner",
            shape_path(Shape::Circle, 1.0),
            &look.partner,
        ),
        (
            "sa-glyph sa-glyph-workshop",
            shape_path(Shape::Square, 3.5),
            &look.workshop,
        ),
    ] {
        let _ = write!(out, "<path class=\"{class}\" style=\"{style}\" d=\"{shape}\" vector-effect=\"non-scaling-stroke\"/>");
    }
}

/// The years platforms opened in, in order: one group each, so a year change shows or
/// hides a group, not each glyph.
pub fn platform_years(geo: &MapGeometry) -> Vec<u16> {
    let mut years: Vec<u16> = geo.platforms.iter().map(|p| p.year).collect();
    years.sort_unstable();
    years.dedup();
    years
}

/// Stations (triangles) and centres (diamonds), grouped by the year they opened; groups
/// of years after `year` are hidden.
fn platforms(out: &mut String, geo: &MapGeometry, year: u16) {
    for opened in platform_years(geo) {
        let hidden = if year < opened { " sa-hidden" } else { "" };
        let _ = write!(
            out,
            "<g class=\"sa-platforms{hidden}\" data-year=\"{opened}\">"
        );
        for p in geo.platforms.iter().filter(|p| p.year == opened) {
            let (shape, class) = match p.kind {
                PlatformKind::StationExternal | PlatformKind::StationOverseas => {
                    (Shape::Triangle, "sa-glyph sa-glyph-station")
                }
                _ => (Shape::Diamond, "sa-glyph sa-glyph-centre"),
            };
            let _ = write!(
                out,
                "<path class=\"{class}\" style=\"{}\" d=\"{}\" vector-effect=\"non-scaling-stroke\"/>",
                glyph_at(p.at.0, p.at.1, 1.0),
                shape_path(shape, 3.5)
            );
        }
        out.push_str("</g>");
    }
}
