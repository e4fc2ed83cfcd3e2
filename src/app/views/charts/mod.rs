//! The charts view: the year and selection shared with the map, a list of the charts,
//! and each chart as an accessible, exportable figure.
//!
//! Charts are plain SVG drawn from `crate::core::charts` (scales, ticks, layout) rather
//! than a charting crate: that keeps the wasm small and lets every mark be a focusable
//! element with its own accessible name.

mod bars;
mod figure;
mod marks;
mod matrix;
mod table;
mod use_charts_model;

pub use figure::ChartFigure;
pub use use_charts_model::{use_charts_model, ChartsModel};

use crate::app::i18n::{tr, tr_count, tr_fmt, use_lang};
use crate::app::state::{plain_click, use_charts_state, use_navigation};
use crate::core::charts::ChartKind;
use crate::core::url_state::View;
use leptos::prelude::*;

/// The charts view.
#[component]
pub fn ChartsView() -> impl IntoView {
    let nav = use_navigation();
    let lang = use_lang();
    let views = ChartKind::ALL.len();
    let model = use_charts_model();
    let only = model.state.chart;
    let shown = move || match only.get() {
        Some(kind) => vec![kind],
        None => ChartKind::ALL.to_vec(),
    };
    let figures = {
        let model = model.clone();
        move || {
            shown()
                .into_iter()
                .map(|kind| view! { <ChartFigure kind=kind model=model.clone() /> })
                .collect_view()
        }
    };
    // The benchmark's "all charts drawn" moment: once, after the first render.
    request_animation_frame(|| {
        if let Some(perf) = web_sys::window().and_then(|w| w.performance()) {
            let _ = perf.mark("atlas:charts-drawn");
        }
    });
    view! {
        <section class="sa-view sa-charts" aria-labelledby="sa-view-title">
            <h1 id="sa-view-title">{tr("view_charts_title")}</h1>
            <p class="sa-charts-intro">{move || tr_count(lang, "charts_intro", views, &[("count", &views.to_string())])}</p>
            <ChartsToolbar model=model.clone() />
            <ChartsNav />
            <p class="sa-hint" id="sa-charts-hint">{tr("charts_keyboard_hint")}</p>
            <div class="sa-chart-list">{figures}</div>
            <p>
                <a
                    class="sa-button"
                    href=move || nav.href_for_view(View::Present)
                    on:click=nav.on_link_click(View::Present)
                >
                    {tr("charts_present_button")}
                </a>
            </p>
        </section>
    }
}

/// Year picker and the current selection, shared with the map.
#[component]
fn ChartsToolbar(
    /// Shared data and filter.
    model: ChartsModel,
) -> impl IntoView {
    let state = model.state;
    let lang = use_lang();
    let (first, last) = (model.facts.first_year, model.facts.last_year);
    let facts = model.facts.clone();
    let year = Memo::new(move |_| facts.clamp_year(state.year.get()));
    let atlas = model.atlas.clone();
    let selected = move || {
        let code = state.country.get()?;
        let name = atlas.country_name(&code, lang.get()).to_string();
        Some(view! {
            <p class="sa-selected" role="status">
                {tr_fmt(lang, "charts_selected", &[("country", &name)])}
                " "
                <button type="button" class="sa-button sa-button-quiet sa-button-small" on:click=move |_| state.select_country(None)>
                    {tr("charts_clear_selection")}
                </button>
            </p>
        })
    };
    let on_change = move |ev: leptos::ev::Event| {
        let value = event_target_value(&ev);
        let parsed = value
            .parse::<u16>()
            .ok()
            .filter(|y| (first..=last).contains(y));
        state.set_year(parsed);
    };
    view! {
        <div class="sa-charts-toolbar">
            <label class="sa-field">
                <span>{tr("charts_year_label")}</span>
                <select on:change=on_change prop:value=move || year.get().map(|y| y.to_string()).unwrap_or_default()>
                    <option value="" selected=move || year.get().is_none()>
                        {move || tr_fmt(lang, "charts_year_latest", &[("year", &last.to_string())])}
                    </option>
                    {(first..=last)
                        .rev()
                        .map(|y| {
                            view! {
                                <option value=y.to_string() selected=move || year.get() == Some(y)>
                                    {y.to_string()}
                                </option>
                            }
                        })
                        .collect_view()}
                </select>
            </label>
            {selected}
        </div>
    }
}

/// Links to each chart; `chart=` in the URL shows one alone.
#[component]
fn ChartsNav() -> impl IntoView {
    let nav = use_navigation();
    let state = use_charts_state();
    let only = state.chart;
    let link = move |kind: Option<ChartKind>, key: &'static str| {
        let href = move || nav.href_with(|next| next.charts.chart = kind);
        view! {
            <li>
                <a
                    href=href
                    aria-current=move || (only.get() == kind).then_some("page")
                    on:click=move |ev: leptos::ev::MouseEvent| {
                        if plain_click(&ev) {
                            ev.prevent_default();
                            state.show_chart(kind);
                        }
                    }
                >
                    {tr(key)}
                </a>
            </li>
        }
    };
    view! {
        <nav class="sa-charts-nav" aria-label=tr("charts_nav_label")>
            <ul>
                {link(None, "charts_all")}
                {ChartKind::ALL.into_iter().map(|k| link(Some(k), k.title_key())).collect_view()}
            </ul>
        </nav>
    }
}
