//! The selected country's panel: its figures for the year shown, certifications by year as
//! a small bar chart, and a button into the search view filtered to the country, written by
//! the core ([`country_panel_markup`], which also writes the first view's panels). Esc, its
//! close button, or (on a phone, where it is a bottom sheet) a downward swipe on its head
//! closes it and returns focus to the country on the map.

use super::country_events::focus_country;
use super::map_state::MapCtx;
use crate::app::markup_host::{event_within, inner_markup, mark_action};
use crate::core::map_model::panel_markup::{
    country_panel_markup, Dock, ACTION_CLOSE, ACTION_SEARCH, PANEL_TITLE_ID,
};
use leptos::prelude::*;

/// How far down a swipe on the panel's head must go to close it, in CSS pixels.
const SWIPE_CLOSE_PX: f64 = 48.0;

/// The panel, shown while a country on the map is selected.
#[component]
pub fn CountryPanel() -> impl IntoView {
    let ctx = expect_context::<MapCtx>();
    let close = move || {
        let id = ctx.state.country.get_untracked();
        ctx.select(None);
        if let Some(id) = id {
            focus_country(&id);
        }
    };
    let on_key = move |ev: leptos::ev::KeyboardEvent| {
        if ev.key() == "Escape" {
            ev.prevent_default();
            close();
        }
    };
    // A swipe down on the sheet's head: where it started, while a pointer is down there.
    let swipe_from = StoredValue::new(None::<f64>);
    let on_pointer_down = move |ev: leptos::ev::PointerEvent| {
        let on_head = event_within(&ev, ".sa-map-panel-head");
        swipe_from.set_value(on_head.then(|| f64::from(ev.client_y())));
    };
    let on_pointer_up = move |ev: leptos::ev::PointerEvent| {
        if let Some(from) = swipe_from.get_value() {
            swipe_from.set_value(None);
            if f64::from(ev.client_y()) - from > SWIPE_CLOSE_PX {
                close();
            }
        }
    };
    let on_click = move |ev: leptos::ev::MouseEvent| match mark_action(&ev).as_deref() {
        Some(ACTION_CLOSE) => close(),
        Some(ACTION_SEARCH) => {
            if let Some(id) = ctx.state.country.get_untracked() {
                ctx.state.open_in_search(id);
            }
        }
        _ => {}
    };
    move || {
        let index = ctx.selected.get()?;
        let (year, lang) = (ctx.year.get(), ctx.lang.get());
        let (id, dock, markup) = ctx.model.with_value(|m| {
            let markup = country_panel_markup(m, index, year, lang)?;
            let dock = Dock::of(m, index).slug();
            Some((m.geometry.countries[index].id.clone(), dock, markup))
        })?;
        Some(view! {
            <aside class="sa-map-panel" aria-labelledby=PANEL_TITLE_ID data-dock=dock data-country=id
                on:keydown=on_key on:click=on_click on:pointerdown=on_pointer_down
                on:pointerup=on_pointer_up on:pointercancel=move |_| swipe_from.set_value(None)
                use:inner_markup=markup></aside>
        })
    }
}
