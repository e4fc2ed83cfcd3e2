//! Point layers, each with its own shape so colour is never the only cue: partner
//! institutions (circles sized by count), workshops (squares), service stations
//! (triangles), centres (diamonds), and the Chongqing hub (a star with its name).

use super::map_state::MapCtx;
use crate::core::data::PlatformKind;
use crate::core::map_model::Layer;
use leptos::prelude::*;

/// A style placing a glyph at `(x, y)` of the map, counter-scaled to keep its screen size.
fn at(x: f64, y: f64) -> String {
    format!("transform:translate({x:.1}px,{y:.1}px) scale(var(--sa-inv-k,1))")
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

/// The glyph shapes of the point layers.
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

/// Every point layer's glyphs, shown or hidden by the layer set and the year.
#[component]
pub fn Glyphs() -> impl IntoView {
    let ctx = expect_context::<MapCtx>();
    let model = ctx.model.get_value();
    let max_p = model.max_partners.max(1) as f64;
    let per_country = model
        .geometry
        .countries
        .iter()
        .enumerate()
        .map(|(index, c)| {
            let (x, y) = c.anchor;
            let stats = move || ctx.stats_of(index).metrics;
            let partner_d = move || {
                let p = stats().partners;
                shape_path(Shape::Circle, 2.0 + 5.0 * (p as f64 / max_p).sqrt())
            };
            let show_p = move || ctx.layers.get().contains(Layer::Partners) && stats().partners > 0;
            let show_w =
                move || ctx.layers.get().contains(Layer::Workshops) && stats().workshops > 0;
            view! {
                <path class="sa-glyph sa-glyph-partner" class:sa-hidden=move || !show_p()
                    style=at(x, y) d=partner_d vector-effect="non-scaling-stroke" />
                <path class="sa-glyph sa-glyph-workshop" class:sa-hidden=move || !show_w()
                    style=at(x + 7.0, y - 7.0) d=shape_path(Shape::Square, 3.5)
                    vector-effect="non-scaling-stroke" />
            }
        })
        .collect_view();
    let platforms = model
        .geometry
        .platforms
        .iter()
        .map(|p| {
            let (shape, class) = match p.kind {
                PlatformKind::StationExternal | PlatformKind::StationOverseas => {
                    (Shape::Triangle, "sa-glyph sa-glyph-station")
                }
                _ => (Shape::Diamond, "sa-glyph sa-glyph-centre"),
            };
            let year = p.year;
            let show = move || ctx.layers.get().contains(Layer::Stations) && year <= ctx.year.get();
            view! {
                <path class=class class:sa-hidden=move || !show() style=at(p.at.0, p.at.1)
                    d=shape_path(shape, 3.5) vector-effect="non-scaling-stroke" />
            }
        })
        .collect_view();
    view! {
        <g class="sa-glyphs" aria-hidden="true">{per_country}{platforms}</g>
    }
}

/// Chongqing: a star and its name, always shown.
#[component]
pub fn HubMark() -> impl IntoView {
    let ctx = expect_context::<MapCtx>();
    let (x, y) = ctx.model.with_value(|m| m.geometry.hub);
    let hub_name = move || {
        let tag = ctx.lang.get().tag();
        ctx.model
            .with_value(|m| m.atlas.hub.name.get(tag).to_string())
    };
    let star = "M0,-8L2.4,-2.5L8,-2.5L3.5,1.2L5,7L0,3.8L-5,7L-3.5,1.2L-8,-2.5L-2.4,-2.5Z";
    view! {
        <g class="sa-hub" style=at(x, y)>
            <path class="sa-hub-star" d=star vector-effect="non-scaling-stroke" />
            <text class="sa-hub-label" x="10" y="4">{hub_name}</text>
        </g>
    }
}
