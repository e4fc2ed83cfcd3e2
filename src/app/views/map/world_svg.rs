//! The map drawing: ocean, background countries, partner countries (choropleth), arcs,
//! glyphs and the hub, all inside one zoom group. Strokes keep their screen width
//! (`vector-effect`), glyphs and labels are counter-scaled through `--sa-inv-k`. The
//! partner countries, arcs and glyphs are the core's markup ([`super::map_drawing`]); their
//! events are handled on their group ([`super::country_events`]).

use super::country_events as events;
use super::hub_mark::HubMark;
use super::map_drawing::{draw, DrawingGroups};
use super::map_state::MapCtx;
use super::map_view::MapParts;
use crate::app::markup_host::inner_markup;
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
    let svg_ref = expect_context::<super::map_export::MapSvgRef>().0;
    let groups = DrawingGroups {
        countries: NodeRef::new(),
        arcs: NodeRef::new(),
        glyphs: NodeRef::new(),
    };
    let markup = draw(ctx, groups);
    // While the app starts, the arcs and glyphs come a task after the countries.
    let later = use_context::<MapParts>().map(|p| p.0);
    view! {
        <svg
            node_ref=svg_ref
            class="sa-map-svg"
            class:sa-show-partners=move || layers.get().contains(Layer::Partners)
            class:sa-show-workshops=move || layers.get().contains(Layer::Workshops)
            class:sa-show-stations=move || layers.get().contains(Layer::Stations)
            class:sa-show-flows=move || layers.get().contains(Layer::Flows)
            viewBox=format!("0 0 {MAP_WIDTH} {MAP_HEIGHT}")
            preserveAspectRatio="xMidYMid slice"
            width="100%"
            role="presentation"
            data-export="whole"
        >
            <defs use:inner_markup=markup.defs></defs>
            <g transform=transform style=inv_k data-zoom="">
                <path class="sa-map-sphere" d=geo.sphere.clone() />
                <path
                    class="sa-map-background"
                    d=geo.background.clone()
                    vector-effect="non-scaling-stroke"
                />
                {geo.hub_country.clone().map(|d| view! {
                    <path class="sa-map-hub-country" d=d vector-effect="non-scaling-stroke" />
                })}
                <g
                    class="sa-map-countries"
                    class:sa-map-choropleth=move || layers.get().contains(Layer::Certifications)
                    node_ref=groups.countries
                    use:inner_markup=markup.countries
                    on:click=move |ev| events::on_click(ctx, &ev)
                    on:keydown=move |ev| events::on_keydown(ctx, &ev)
                    on:focusin=move |ev| events::on_focus(ctx, &ev)
                    on:focusout=move |ev| events::on_leave(ctx, &ev)
                    on:pointerover=move |ev| events::on_pointer_over(ctx, &ev)
                    on:pointerout=move |ev| events::on_leave(ctx, &ev)
                ></g>
                <Show when=move || later.is_none_or(|parts| parts.shown(1))>
                    <g class="sa-map-arcs" node_ref=groups.arcs use:inner_markup=markup.arcs.clone()></g>
                    <g
                        class="sa-glyphs"
                        aria-hidden="true"
                        node_ref=groups.glyphs
                        use:inner_markup=markup.glyphs.clone()
                    ></g>
                </Show>
                <HubMark />
            </g>
        </svg>
    }
}
