//! The year slider with play/pause: the network grows year by year. Under
//! `prefers-reduced-motion` the years still step; only the CSS transitions stop.

use super::map_state::MapCtx;
use crate::app::i18n::tr;
use crate::core::data::dataset::{FIRST_YEAR, LAST_YEAR};
use leptos::prelude::*;

/// Milliseconds per year while playing.
const STEP_MS: u64 = 900;

/// The timeline.
#[component]
pub fn Timeline() -> impl IntoView {
    let ctx = expect_context::<MapCtx>();
    let playing = RwSignal::new(false);
    let timer = StoredValue::new(None::<IntervalHandle>);
    let set_year = move |y: u16| {
        let y = y.clamp(FIRST_YEAR, LAST_YEAR);
        // The latest year is the default: keep the URL clean.
        ctx.state.set_year((y != LAST_YEAR).then_some(y));
    };
    let stop = move || {
        if let Some(h) = timer.get_value() {
            h.clear();
        }
        timer.set_value(None);
        playing.set(false);
    };
    let play = move || {
        if ctx.year.get_untracked() >= LAST_YEAR {
            set_year(FIRST_YEAR);
        }
        playing.set(true);
        let handle = set_interval_with_handle(
            move || {
                let y = ctx.year.get_untracked();
                if y >= LAST_YEAR {
                    stop();
                } else {
                    set_year(y + 1);
                    if y + 1 >= LAST_YEAR {
                        stop();
                    }
                }
            },
            std::time::Duration::from_millis(STEP_MS),
        )
        .ok();
        timer.set_value(handle);
    };
    on_cleanup(move || {
        if let Some(h) = timer.get_value() {
            h.clear();
        }
    });
    view! {
        <div class="sa-timeline">
            <button
                type="button"
                class="sa-button sa-play"
                aria-pressed=move || playing.get().to_string()
                on:click=move |_| if playing.get_untracked() { stop() } else { play() }
            >
                {move || if playing.get() { tr("map_pause")() } else { tr("map_play")() }}
            </button>
            <label for="sa-year">{tr("map_year_label")}</label>
            <input
                id="sa-year"
                type="range"
                min=FIRST_YEAR
                max=LAST_YEAR
                step="1"
                prop:value=move || ctx.year.get().to_string()
                on:input=move |ev| {
                    stop();
                    if let Ok(y) = event_target_value(&ev).parse::<u16>() {
                        set_year(y);
                    }
                }
            />
            <output for="sa-year" class="sa-year-value" aria-live="off">{move || ctx.year.get().to_string()}</output>
            <span class="sa-year-range" aria-hidden="true">{format!("{FIRST_YEAR}–{LAST_YEAR}")}</span>
        </div>
    }
}
