//! Point layers, each with its own shape so colour is never the only cue: partner
//! institutions (circles sized by count), workshops (squares), service stations
//! (triangles), centres (diamonds), and the Chongqing hub (a star with its name).

use super::map_state::MapCtx;
use crate::core::data::PlatformKind;
use crate::core::map_model::marks::{glyph_at, partner_glyph_style, workshop_glyph_style};
use leptos::prelude::*;

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

/// Every point layer's glyphs. A layer is shown by a class on the `<svg>`; a country's
/// glyphs follow its figures through one style each, and the stations and centres are
/// grouped by the year they opened, so a year change toggles a group, not each glyph.
#[component]
pub fn Glyphs() -> impl IntoView {
    let ctx = expect_context::<MapCtx>();
    let model = ctx.model.get_value();
    let max_p = model.max_partners;
    let per_country = model
        .geometry
        .countries
        .iter()
        .enumerate()
        .map(|(index, c)| {
            let at = c.anchor;
            // Set only when this country's figures change in the year shown.
            let stats = move || ctx.stats_of(index).metrics;
            let partner = move || partner_glyph_style(at, stats().partners, max_p);
            let workshop = move || workshop_glyph_style(at, stats().workshops);
            view! {
                <path class="sa-glyph sa-glyph-partner" style=partner
                    d=shape_path(Shape::Circle, 1.0) vector-effect="non-scaling-stroke" />
                <path class="sa-glyph sa-glyph-workshop" style=workshop
                    d=shape_path(Shape::Square, 3.5) vector-effect="non-scaling-stroke" />
            }
        })
        .collect_view();
    let mut years: Vec<u16> = model.geometry.platforms.iter().map(|p| p.year).collect();
    years.sort_unstable();
    years.dedup();
    let platforms = years
        .into_iter()
        .map(|year| {
            let glyphs = model
                .geometry
                .platforms
                .iter()
                .filter(|p| p.year == year)
                .map(|p| {
                    let (shape, class) = match p.kind {
                        PlatformKind::StationExternal | PlatformKind::StationOverseas => {
                            (Shape::Triangle, "sa-glyph sa-glyph-station")
                        }
                        _ => (Shape::Diamond, "sa-glyph sa-glyph-centre"),
                    };
                    view! {
                        <path class=class style=glyph_at(p.at.0, p.at.1, 1.0)
                            d=shape_path(shape, 3.5) vector-effect="non-scaling-stroke" />
                    }
                })
                .collect_view();
            let not_yet = move || ctx.year.get() < year;
            view! {
                <g class="sa-platforms" class:sa-hidden=not_yet>{glyphs}</g>
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
        <g class="sa-hub" style=glyph_at(x, y, 1.0)>
            <path class="sa-hub-star" d=star vector-effect="non-scaling-stroke" />
            <text class="sa-hub-label" x="10" y="4">{hub_name}</text>
        </g>
    }
}
