//! The map drawing: ocean, background countries, partner countries (choropleth), arcs,
//! glyphs and the hub, all inside one zoom group. Strokes keep their screen width
//! (`vector-effect`), glyphs and labels are counter-scaled through `--sa-inv-k`.

use super::country_mark::CountryMark;
use super::glyphs::{Glyphs, HubMark};
use super::map_state::MapCtx;
use crate::core::map_model::marks::arcs_style;
use crate::core::map_model::{Layer, MAP_HEIGHT, MAP_WIDTH};
use leptos::prelude::*;

/// The SVG map. Expects a [`MapCtx`] in context.
#[component]
pub fn WorldSvg() -> impl IntoView {
    let ctx = expect_context::<MapCtx>();
    let model = ctx.model.get_value();
    let geo = &model.geometry;
    let layers = ctx.layers;
    let transform = move || ctx.zoom.get().to_svg_transform();
    let inv_k = move || format!("--sa-inv-k:{}", 1.0 / ctx.zoom.get().k);
    let (hx, hy) = geo.hub;
    // One gradient line per country, from the hub to the country: arcs fade in towards
    // where they go, so direction reads without motion. Cooperation and "sent abroad" run
    // hub → country; "trained" runs country → hub (its stops are reversed). The flow
    // gradients take the line from the first (`href`) and only set their own colours.
    let gradients = geo
        .countries
        .iter()
        .map(|c| {
            let (x, y) = c.anchor;
            let line = format!("#sa-arc-{}", c.id);
            view! {
                <linearGradient
                    id=format!("sa-arc-{}", c.id)
                    gradientUnits="userSpaceOnUse"
                    x1=hx y1=hy x2=x y2=y
                >
                    <stop offset="0" class="sa-arc-stop-start" />
                    <stop offset="1" class="sa-arc-stop-end" />
                </linearGradient>
                <linearGradient id=format!("sa-sent-{}", c.id) href=line.clone()>
                    <stop offset="0" class="sa-sent-stop-start" />
                    <stop offset="1" class="sa-sent-stop-end" />
                </linearGradient>
                <linearGradient id=format!("sa-trained-{}", c.id) href=line>
                    <stop offset="0" class="sa-trained-stop-end" />
                    <stop offset="1" class="sa-trained-stop-start" />
                </linearGradient>
            }
        })
        .collect_view();
    let svg_ref = expect_context::<super::map_export::MapSvgRef>().0;
    let marks = (0..geo.countries.len())
        .map(|i| view! { <CountryMark index=i /> })
        .collect_view();
    let arcs = (0..geo.countries.len())
        .map(|i| view! { <CountryArcs index=i /> })
        .collect_view();
    view! {
        <svg
            node_ref=svg_ref
            class="sa-map-svg"
            class:sa-show-partners=move || layers.get().contains(Layer::Partners)
            class:sa-show-workshops=move || layers.get().contains(Layer::Workshops)
            class:sa-show-stations=move || layers.get().contains(Layer::Stations)
            class:sa-show-flows=move || layers.get().contains(Layer::Flows)
            viewBox=format!("0 0 {MAP_WIDTH} {MAP_HEIGHT}")
            width="100%"
            role="presentation"
        >
            <defs>{gradients}</defs>
            <g transform=transform style=inv_k>
                <path class="sa-map-sphere" d=geo.sphere.clone() />
                <path
                    class="sa-map-background"
                    d=geo.background.clone()
                    vector-effect="non-scaling-stroke"
                />
                {geo.hub_country.clone().map(|d| view! {
                    <path class="sa-map-hub-country" d=d vector-effect="non-scaling-stroke" />
                })}
                <g class="sa-map-countries" class:sa-map-choropleth=move || layers.get().contains(Layer::Certifications)>
                    {marks}
                </g>
                <g class="sa-map-arcs">{arcs}</g>
                <Glyphs />
                <HubMark />
            </g>
        </svg>
    }
}

/// The arcs of one country: cooperation (partners layer) and talent flows (flows layer).
/// Their widths come from one style on the group, zero until the country has that
/// activity by the year shown; the layers are classes on the `<svg>`.
#[component]
fn CountryArcs(
    /// Index into the geometry's countries.
    index: usize,
) -> impl IntoView {
    let ctx = expect_context::<MapCtx>();
    let model = ctx.model.get_value();
    let shape = &model.geometry.countries[index];
    let id = shape.id.clone();
    let (max_p, max_f) = (model.max_partners, model.max_flow);
    // Set only when this country's figures change in the year shown (see `MapCtx::stats`).
    let style = move || arcs_style(&ctx.stats_of(index).metrics, max_p, max_f);
    let pieces = |pieces: &[String], class: &'static str, stroke: String| {
        pieces
            .iter()
            .map(|d| {
                view! {
                    <path class=class d=d.clone() stroke=stroke.clone()
                        vector-effect="non-scaling-stroke" />
                }
            })
            .collect_view()
    };
    let coop = pieces(
        &shape.arc_out,
        "sa-arc sa-arc-coop",
        format!("url(#sa-arc-{id})"),
    );
    let sent = pieces(
        &shape.arc_out,
        "sa-arc sa-arc-sent",
        format!("url(#sa-sent-{id})"),
    );
    let trained = pieces(
        &shape.arc_in,
        "sa-arc sa-arc-trained",
        format!("url(#sa-trained-{id})"),
    );
    view! {
        <g class="sa-arc-group" data-arcs=id aria-hidden="true" style=style>
            <g class="sa-arcs-coop">{coop}</g>
            <g class="sa-arcs-sent">{sent}</g>
            <g class="sa-arcs-trained">{trained}</g>
        </g>
    }
}
