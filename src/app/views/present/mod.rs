//! Presenter mode: full-screen slides driven from the keyboard (or a clicker sending
//! PageUp / PageDown): the key figures, the map growing year by year, then each chart.
//! The slide number lives in the URL (`slide=3`); everything is already in memory, so it
//! works offline after the first load.

mod key_figures;
mod keys;

use super::charts::{use_charts_model, ChartFigure};
use super::MapView;
use crate::app::i18n::{tr, tr_fmt, use_lang};
use crate::app::state::use_navigation;
use crate::core::charts::slides::{clamp_slide, deck, next_year, Slide};
use crate::core::charts::Facts;
use crate::core::i18n;
use key_figures::KeyFiguresSlide;
use keys::{use_presenter_keys, PresenterControls};
use leptos::prelude::*;
use std::sync::Arc;

/// The presenter view.
#[component]
pub fn PresentView() -> impl IntoView {
    let lang = use_lang();
    let model = use_charts_model();
    let state = model.state;
    let slides = deck();
    let total = slides.len();
    let slide = Memo::new(move |_| clamp_slide(state.slide.get(), total));
    let current = Memo::new(move |_| slides[slide.get() - 1]);
    let root = NodeRef::<leptos::html::Div>::new();
    let reduced = prefers_reduced_motion();
    let controls = PresenterControls {
        slide,
        total,
        typed: RwSignal::new(String::new()),
        paused: RwSignal::new(false),
        reduced,
        on_map: Memo::new(move |_| current.get() == Slide::Map),
        first_year: model.facts.first_year,
        last_year: model.facts.last_year,
        root,
        state,
        nav: use_navigation(),
    };
    use_presenter_keys(controls);
    use_presenter_focus(root);
    use_map_growth(controls);

    let title = move || i18n::text(lang.get(), current.get().title_key()).to_string();
    let announcement = move || {
        tr_fmt(
            lang,
            "charts_slide_announce",
            &[
                ("current", &slide.get().to_string()),
                ("total", &total.to_string()),
                ("title", &title()),
            ],
        )
    };
    let facts = StoredValue::new(model.facts.clone());
    let body = {
        let model = model.clone();
        move || match current.get() {
            Slide::KeyFigures => view! { <KeyFiguresSlide atlas=model.atlas.clone() /> }.into_any(),
            Slide::Map => map_slide(controls, facts, title).into_any(),
            Slide::Chart(kind) => {
                view! { <ChartFigure kind=kind model=model.clone() presenting=true /> }.into_any()
            }
        }
    };
    view! {
        <div class="sa-present" node_ref=root role="region" aria-label=tr("charts_present_label") tabindex="-1">
            <h1 class="sa-visually-hidden" id="sa-view-title">{tr("view_present_title")}</h1>
            <div class="sa-slide">{body}</div>
            <keys::PresenterBar controls=controls />
            <p class="sa-visually-hidden" aria-live="polite" aria-atomic="true">{announcement}</p>
        </div>
    }
}

/// Whether the person asked for reduced motion.
fn prefers_reduced_motion() -> bool {
    web_sys::window()
        .and_then(|w| {
            w.match_media("(prefers-reduced-motion: reduce)")
                .ok()
                .flatten()
        })
        .is_some_and(|m| m.matches())
}

/// Entering from a link leaves focus on it, and Enter (for "number + Enter") would follow
/// that link again: the presenter (`root`) takes focus, unless focus is already inside it.
fn use_presenter_focus(root: NodeRef<leptos::html::Div>) {
    Effect::new(move |_| {
        let Some(el) = root.get() else { return };
        let inside = web_sys::window()
            .and_then(|w| w.document())
            .and_then(|d| d.active_element())
            .is_some_and(|active| {
                let node: &web_sys::Node = &active;
                el.contains(Some(node))
            });
        if !inside {
            let _ = el.focus();
        }
    });
}

/// The map's growth animation: one year per tick while the map slide shows (none when the
/// person prefers reduced motion).
fn use_map_growth(controls: PresenterControls) {
    let PresenterControls {
        state,
        reduced,
        first_year: first,
        last_year: last,
        ..
    } = controls;
    // Entering the map starts its story at the first year; leaving it shows the charts
    // at the latest year again.
    Effect::new(move |was_on_map: Option<bool>| {
        let on_map = controls.on_map.get();
        if on_map && !reduced && was_on_map != Some(true) {
            state.set_year(Some(first));
        } else if !on_map && was_on_map == Some(true) {
            state.set_year(None);
        }
        on_map
    });
    if !reduced {
        let handle = set_interval_with_handle(
            move || {
                if controls.on_map.get_untracked() && !controls.paused.get_untracked() {
                    state.set_year(Some(next_year(state.year.get_untracked(), first, last)));
                }
            },
            std::time::Duration::from_millis(1400),
        );
        if let Ok(handle) = handle {
            on_cleanup(move || handle.clear());
        }
    }
}

/// The map slide: its title, the year shown, whether the years are playing, and the map.
fn map_slide(
    controls: PresenterControls,
    facts: StoredValue<Arc<Facts>>,
    title: impl Fn() -> String + Send + Sync + 'static,
) -> impl IntoView {
    let PresenterControls {
        state,
        reduced,
        last_year: last,
        ..
    } = controls;
    let lang = use_lang();
    let year_label = move || {
        let year = state.year.get();
        let y = facts.with_value(|f| f.clamp_year(year)).unwrap_or(last);
        tr_fmt(lang, "charts_present_year", &[("year", &y.to_string())])
    };
    let motion_status = move || {
        if reduced {
            tr("charts_present_reduced")()
        } else if controls.paused.get() {
            tr("charts_present_paused")()
        } else {
            tr("charts_present_playing")()
        }
    };
    view! {
        <div class="sa-slide-map">
            <h2 class="sa-slide-title">{title}</h2>
            <p class="sa-slide-year" aria-live="off">{year_label}</p>
            <p class="sa-slide-status">{motion_status}</p>
            <div class="sa-slide-map-body"><MapView /></div>
        </div>
    }
}
