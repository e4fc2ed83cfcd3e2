//! The selected country's panel: its figures for the year shown, certifications by year as
//! a small bar chart, and links into the search view filtered to the country. Esc closes
//! it and returns focus to the country on the map.

use super::map_state::{focus_country, MapCtx};
use crate::app::i18n::{tr, tr_fmt};
use crate::core::data::dataset::FIRST_YEAR;
use crate::core::i18n;
use crate::core::map_model::labels::{count, figure_rows, workshop_phrase};
use crate::core::map_model::YEARS;
use leptos::prelude::*;

/// The panel, shown while a country on the map is selected.
#[component]
pub fn CountryPanel() -> impl IntoView {
    let ctx = expect_context::<MapCtx>();
    let lang = ctx.lang;
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
    move || {
        let index = ctx.selected.get()?;
        let year = ctx.year.get();
        let (id, name, metrics, since, yearly) = ctx.model.with_value(|m| {
            let id = m.geometry.countries[index].id.clone();
            let name = m.atlas.country_name(&id, lang.get()).to_string();
            let a = m.activity.country(&id);
            let metrics = a.map(|a| a.upto(year)).unwrap_or_default();
            let since = a.and_then(|a| a.workshop_since_by(year));
            let yearly: Vec<u64> = a
                .map(|a| a.yearly.iter().map(|y| y.certifications).collect())
                .unwrap_or_else(|| vec![0; YEARS]);
            (id, name, metrics, since, yearly)
        });
        let l = lang.get();
        let rows = figure_rows(&metrics)
            .into_iter()
            .map(|(key, v)| view! { <div><dt>{i18n::text(l, key).to_string()}</dt><dd>{count(v, l)}</dd></div> })
            .collect_view();
        let search_id = id.clone();
        let to_search = move |_| {
            ctx.state.open_in_search(search_id.clone());
        };
        let heading = name.clone();
        let subtitle = tr_fmt(lang, "map_panel_upto", &[("year", &year.to_string())]);
        let search_label = tr_fmt(lang, "map_panel_search", &[("name", &name)]);
        Some(view! {
            <aside class="sa-map-panel" aria-labelledby="sa-map-panel-title" on:keydown=on_key data-country=id>
                <div class="sa-map-panel-head">
                    <h2 id="sa-map-panel-title" tabindex="-1">{heading}</h2>
                    <button type="button" class="sa-button sa-map-panel-close" on:click=move |_| close()
                        aria-label=tr("map_panel_close")>"×"</button>
                </div>
                <p class="sa-map-panel-sub">{subtitle}</p>
                <dl class="sa-map-figures">{rows}</dl>
                <p>{workshop_phrase(since, l)}</p>
                <CertificationsChart yearly=yearly upto=year />
                <button type="button" class="sa-button sa-map-panel-link" on:click=to_search>{search_label}</button>
            </aside>
        })
    }
}

/// Certifications per year as small bars; years after the one shown are faded. The chart
/// is an image whose name lists every bar's value.
#[component]
fn CertificationsChart(
    /// Certifications in each year, from the first year.
    yearly: Vec<u64>,
    /// The year shown on the map.
    upto: u16,
) -> impl IntoView {
    let lang = expect_context::<MapCtx>().lang;
    let max = yearly.iter().copied().max().unwrap_or(0).max(1) as f64;
    let (w, h, bar) = (220.0, 70.0, 20.0);
    let summary = {
        let yearly = yearly.clone();
        move || {
            let parts: Vec<String> = yearly
                .iter()
                .enumerate()
                .map(|(i, v)| format!("{}: {}", FIRST_YEAR + i as u16, count(*v, lang.get())))
                .collect();
            tr_fmt(
                lang,
                "map_panel_chart_label",
                &[("values", &parts.join(", "))],
            )
        }
    };
    let bars = yearly
        .iter()
        .enumerate()
        .map(|(i, &v)| {
            let bh = (v as f64 / max * (h - 14.0)).max(if v > 0 { 1.0 } else { 0.0 });
            let x = i as f64 * bar;
            let future = FIRST_YEAR + i as u16 > upto;
            view! {
                <rect class="sa-map-bar" class:sa-future=future x=x + 2.0 y=h - 12.0 - bh width=bar - 4.0 height=bh />
            }
        })
        .collect_view();
    view! {
        <figure class="sa-map-chart">
            <figcaption>{tr("map_panel_chart_title")}</figcaption>
            <svg viewBox=format!("0 0 {w} {h}") width="100%" role="img" aria-label=summary>
                {bars}
                <text x="2" y=h - 1.0 class="sa-map-axis">{FIRST_YEAR.to_string()}</text>
                <text x=w - 2.0 y=h - 1.0 class="sa-map-axis" text-anchor="end">{(FIRST_YEAR + YEARS as u16 - 1).to_string()}</text>
            </svg>
        </figure>
    }
}
