//! What the partner countries do when used, handled once on their group (every country's
//! mark carries its index in `data-i`): click or Enter opens the country panel, the arrow
//! keys and Home/End move between countries, Esc clears the selection, and hover or focus
//! shows the tooltip. The events are read through the [markup host](crate::app::markup_host).

use super::map_state::MapCtx;
use crate::app::markup_host::{data_selector, focus_by_id, focus_by_selector, mark_index};
use crate::core::map_model::panel_markup::PANEL_TITLE_ID;
use crate::core::map_model::{neighbour, Direction};
use leptos::prelude::*;

/// Moves keyboard focus to the map mark of country `id`, if it is drawn (and `id` is a plain
/// code: ids come from the dataset).
pub fn focus_country(id: &str) {
    if let Some(mark) = data_selector("data-country", id) {
        focus_by_selector(&format!(".sa-map-svg {mark}"));
    }
}

/// Selects country `index` and moves focus into its panel once it is drawn (Esc there
/// brings it back).
fn open(ctx: MapCtx, index: usize) {
    let id = ctx
        .model
        .with_value(|m| m.geometry.countries.get(index).map(|c| c.id.clone()));
    let Some(id) = id else {
        return;
    };
    ctx.select(Some(id));
    leptos::task::spawn_local(async {
        leptos::task::tick().await;
        focus_by_id(PANEL_TITLE_ID);
    });
}

/// A click on a country (not the end of a drag) opens it.
pub fn on_click(ctx: MapCtx, ev: &web_sys::Event) {
    if let Some(index) = mark_index(ev) {
        if !ctx.dragged.get_value() {
            open(ctx, index);
        }
    }
}

/// Keys on a focused country.
pub fn on_keydown(ctx: MapCtx, ev: &web_sys::KeyboardEvent) {
    let Some(index) = mark_index(ev) else {
        return;
    };
    let key = ev.key();
    let dir = match key.as_str() {
        "Escape" => {
            ctx.select(None);
            return;
        }
        "Enter" | " " => {
            ev.prevent_default();
            open(ctx, index);
            return;
        }
        key => match Direction::from_key(key) {
            Some(dir) => dir,
            None => return,
        },
    };
    ev.prevent_default();
    // Arrows move between countries here; on the bare map they pan.
    ev.stop_propagation();
    let (next, next_id) = ctx.model.with_value(|m| {
        let anchors: Vec<(f64, f64)> = m.geometry.countries.iter().map(|c| c.anchor).collect();
        let next = neighbour(&anchors, &m.order, index, dir);
        (next, m.geometry.countries[next].id.clone())
    });
    ctx.active.set(next);
    focus_country(&next_id);
}

/// Focus on a country makes it the tab stop and shows its tooltip.
pub fn on_focus(ctx: MapCtx, ev: &web_sys::Event) {
    if let Some(index) = mark_index(ev) {
        ctx.active.set(index);
        ctx.hovered.set(Some(index));
    }
}

/// The pointer over a country shows its tooltip.
pub fn on_pointer_over(ctx: MapCtx, ev: &web_sys::Event) {
    if let Some(index) = mark_index(ev) {
        ctx.hovered.set(Some(index));
    }
}

/// Focus or pointer leaving a country hides the tooltip.
pub fn on_leave(ctx: MapCtx, ev: &web_sys::Event) {
    if mark_index(ev).is_some() {
        ctx.hovered.set(None);
    }
}
