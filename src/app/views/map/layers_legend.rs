//! The legend that is also the layer control: one checkbox per layer, each with its glyph,
//! and the choropleth's classes under the certifications layer.

use super::map_state::MapCtx;
use crate::app::i18n::tr;
use crate::core::map_model::marks::{legend_glyph, shape_path, Shape};
use crate::core::map_model::Layer;
use leptos::prelude::*;

/// A small legend glyph.
fn swatch(class: &'static str, d: String) -> impl IntoView {
    view! {
        <svg class="sa-legend-swatch" viewBox="-8 -8 16 16" width="16" height="16" aria-hidden="true">
            <path class=class d=d />
        </svg>
    }
}

/// The layers legend.
#[component]
pub fn LayersLegend() -> impl IntoView {
    let ctx = expect_context::<MapCtx>();
    let toggle = move |layer: Layer, on: bool| ctx.state.set_layer(layer, on);
    let bins = ctx.model.with_value(|m| {
        let b = &m.bins;
        b.colors()
            .iter()
            .zip(b.labels())
            .map(|(c, l)| view! { <li><span class="sa-bin-swatch" style=format!("background:{c}")></span>{l}</li> })
            .collect_view()
    });
    let items = Layer::ALL
        .into_iter()
        .map(|layer| {
            let checked = move || ctx.layers.get().contains(layer);
            let (class, d) = legend_glyph(layer);
            let glyph = swatch(class, d);
            let extra = match layer {
                Layer::Stations => Some(view! {
                    <p class="sa-legend-note">{swatch("sa-glyph-centre", shape_path(Shape::Diamond, 4.5))}{tr("map_legend_centres")}</p>
                }.into_any()),
                Layer::Flows => Some(view! {
                    <p class="sa-legend-note"><span class="sa-flow-key sa-flow-sent"></span>{tr("map_legend_sent")}</p>
                    <p class="sa-legend-note"><span class="sa-flow-key sa-flow-trained"></span>{tr("map_legend_trained")}</p>
                }.into_any()),
                Layer::Partners => Some(view! {
                    <p class="sa-legend-note">{tr("map_legend_arcs")}</p>
                }.into_any()),
                _ => None,
            };
            view! {
                <li class="sa-legend-item">
                    <label>
                        <input type="checkbox" prop:checked=checked
                            on:change=move |ev| toggle(layer, event_target_checked(&ev)) />
                        {glyph}
                        <span>{tr(layer.label_key())}</span>
                    </label>
                    {extra}
                </li>
            }
        })
        .collect_view();
    view! {
        <fieldset class="sa-map-legend">
            <legend>{tr("map_layers_title")}</legend>
            <ul class="sa-legend-list">{items}</ul>
            <div class="sa-bins" class:sa-dim=move || !ctx.layers.get().contains(Layer::Certifications)>
                <p id="sa-bins-title">{tr("map_bins_title")}</p>
                <ul class="sa-bins-list" aria-labelledby="sa-bins-title">{bins}</ul>
                <p class="sa-legend-note"><span class="sa-bin-swatch sa-bin-nodata"></span>{tr("map_bins_nodata")}</p>
            </div>
        </fieldset>
    }
}
