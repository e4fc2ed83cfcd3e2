//! One partner country on the map: its shape (or a point for micro-states), filled by the
//! choropleth, focusable with a roving tab stop, named with its figures.

use super::labels::country_label;
use super::map_state::{focus_country, focus_panel, MapCtx};
use crate::core::map_model::{neighbour, Direction};
use leptos::prelude::*;

/// Radius in screen pixels of a country drawn as a point.
const POINT_RADIUS: f64 = 4.5;

/// A partner country: a `<path>`, or a `<circle>` when the world geometry has no shape.
#[component]
pub fn CountryMark(
    /// Index into the geometry's countries.
    index: usize,
) -> impl IntoView {
    let ctx = expect_context::<MapCtx>();
    let model = ctx.model.get_value();
    let shape = model.geometry.countries[index].clone();
    let id = shape.id.clone();
    // Set only when this country's figures change in the year shown (see `MapCtx::stats`).
    let stats = move || ctx.stats_of(index);
    // The class colour always; with the certifications layer off, the stylesheet paints
    // every country plain land instead (`.sa-map-countries:not(.sa-map-choropleth)`).
    let fill = {
        let model = model.clone();
        move || model.bins.color_of(stats().metrics.certifications as f64)
    };
    let label = {
        let model = model.clone();
        let id = id.clone();
        move || {
            let lang = ctx.label_lang.get();
            let s = stats();
            country_label(
                model.atlas.country_name(&id, lang.tag()),
                &s.metrics,
                s.workshop_since,
                lang,
            )
        }
    };
    let tabindex = move || if ctx.active.get() == index { "0" } else { "-1" };
    let selected = move || ctx.selected.get() == Some(index);
    let pressed = move || selected().to_string();
    let select = {
        let id = id.clone();
        move || {
            ctx.select(Some(id.clone()));
            // Move focus into the panel once it is drawn; Esc there brings it back.
            leptos::task::spawn_local(async {
                leptos::task::tick().await;
                focus_panel();
            });
        }
    };
    let on_key = {
        let select = select.clone();
        move |ev: leptos::ev::KeyboardEvent| {
            let dir = match ev.key().as_str() {
                "ArrowRight" => Some(Direction::East),
                "ArrowLeft" => Some(Direction::West),
                "ArrowUp" => Some(Direction::North),
                "ArrowDown" => Some(Direction::South),
                "Home" => Some(Direction::First),
                "End" => Some(Direction::Last),
                "Escape" => {
                    ctx.select(None);
                    None
                }
                "Enter" | " " => {
                    ev.prevent_default();
                    select();
                    None
                }
                _ => None,
            };
            if let Some(dir) = dir {
                ev.prevent_default();
                // Arrows move between countries here; on the bare map they pan.
                ev.stop_propagation();
                let next = ctx.model.with_value(|m| {
                    let anchors: Vec<(f64, f64)> =
                        m.geometry.countries.iter().map(|c| c.anchor).collect();
                    neighbour(&anchors, &m.order, index, dir)
                });
                ctx.active.set(next);
                let next_id = ctx
                    .model
                    .with_value(|m| m.geometry.countries[next].id.clone());
                focus_country(&next_id);
            }
        }
    };
    let on_click = move |_| {
        if !ctx.dragged.get_value() {
            select();
        }
    };
    let on_focus = move |_| {
        ctx.active.set(index);
        ctx.hovered.set(Some(index));
    };
    let on_blur = move |_| ctx.hovered.set(None);
    let enter = move |_| ctx.hovered.set(Some(index));
    let leave = move |_| ctx.hovered.set(None);
    match shape.d {
        Some(d) => view! {
            <path
                class="sa-map-country"
                class:sa-selected=selected
                d=d
                fill=fill
                vector-effect="non-scaling-stroke"
                role="button"
                aria-pressed=pressed
                aria-label=label
                tabindex=tabindex
                data-country=id
                on:click=on_click
                on:keydown=on_key
                on:focus=on_focus
                on:blur=on_blur
                on:pointerenter=enter
                on:pointerleave=leave
            />
        }
        .into_any(),
        None => {
            let (x, y) = shape.anchor;
            view! {
                <circle
                    class="sa-map-country sa-map-country-point"
                    class:sa-selected=selected
                    r=POINT_RADIUS
                    style=format!("transform:translate({x:.1}px,{y:.1}px) scale(var(--sa-inv-k,1))")
                    fill=fill
                    vector-effect="non-scaling-stroke"
                    role="button"
                    aria-pressed=pressed
                    aria-label=label
                    tabindex=tabindex
                    data-country=id
                    on:click=on_click
                    on:keydown=on_key
                    on:focus=on_focus
                    on:blur=on_blur
                    on:pointerenter=enter
                    on:pointerleave=leave
                />
            }
            .into_any()
        }
    }
}
