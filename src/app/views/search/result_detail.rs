//! The details of the open result: a standard's recognising countries, a trainer's country,
//! specialisms and standards, a partner's type and country, a country's counts; every
//! country links to the map with that country selected.

use super::SearchCtx;
use crate::app::i18n::{tr, tr_fmt, use_lang};
use crate::app::markup_host::{focus_by_id, focus_by_id_soon};
use crate::app::state::{plain_click, use_navigation};
use crate::core::atlas_search::{partner_type_key, sector_name};
use crate::core::data::{Atlas, StandardStatus};
use crate::core::url_state::{Lang, View};
use leptos::prelude::*;
use std::sync::Arc;

/// The DOM id of the detail heading, focused when a result is opened.
pub const DETAIL_HEADING_ID: &str = "sa-search-detail-title";

/// Moves focus to the detail heading once it has rendered (after the current event).
pub fn focus_detail_soon() {
    focus_by_id_soon(DETAIL_HEADING_ID);
}

/// A link to the map with `country` selected.
#[component]
fn MapLink(
    /// ISO alpha-3 id.
    country: String,
) -> impl IntoView {
    let nav = use_navigation();
    let ctx = expect_context::<SearchCtx>();
    let lang = use_lang();
    let href = {
        let country = country.clone();
        move || {
            nav.href_with(|next| {
                next.view = View::Map;
                next.country = Some(country.clone());
            })
        }
    };
    let name = {
        let country = country.clone();
        move || {
            ctx.atlas
                .with_value(|a| a.country_name(&country, lang.get()).to_owned())
        }
    };
    let label = {
        let name = name.clone();
        move || tr_fmt(lang, "search_on_map", &[("country", &name())])
    };
    let on_click = move |ev: leptos::ev::MouseEvent| {
        if plain_click(&ev) {
            ev.prevent_default();
            ctx.state.open_in_map(country.clone());
        }
    };
    let title = label.clone();
    view! { <a href=href aria-label=label title=title on:click=on_click>{name}</a> }
}

/// The detail panel of the open result.
#[component]
pub fn ResultDetail() -> impl IntoView {
    let ctx = expect_context::<SearchCtx>();
    let lang = use_lang();
    let open = ctx.state.open;
    let close = move || {
        ctx.state.close_result();
        focus_by_id("sa-search-input");
    };
    let body = move || {
        let id = open.get().unwrap_or_default();
        let lang = lang.get();
        let atlas: Arc<Atlas> = ctx.atlas.get_value();
        detail_body(&atlas, &id, lang)
    };
    view! {
        <aside
            class="sa-search-detail"
            aria-labelledby=DETAIL_HEADING_ID
            on:keydown=move |ev| {
                if ev.key() == "Escape" {
                    ev.prevent_default();
                    close();
                }
            }
        >
            <button
                type="button"
                class="sa-button sa-search-detail-close"
                aria-label=tr("search_detail_close")
                title=tr("search_detail_close")
                on:click=move |_| close()
            >
                "×"
            </button>
            {body}
        </aside>
    }
}

/// A heading plus a definition list of facts.
fn heading(title: String) -> impl IntoView {
    view! { <h2 id=DETAIL_HEADING_ID tabindex="-1">{title}</h2> }
}

fn fact(key: &'static str, value: impl IntoView + 'static) -> impl IntoView {
    view! {
        <dt>{tr(key)}</dt>
        <dd>{value}</dd>
    }
}

fn detail_body(atlas: &Atlas, id: &str, lang: Lang) -> AnyView {
    let text = |key: &str| crate::core::i18n::text(lang, key).to_owned();
    if let Some(s) = atlas.standards.iter().find(|s| s.code == id) {
        let status = match s.status {
            StandardStatus::Recognised => "search_status_recognised",
            StandardStatus::InDevelopment => "search_status_in_development",
        };
        let count = s.countries.len().to_string();
        let mut countries = s.countries.clone();
        countries.sort_by_key(|c| atlas.country_name(c, lang).to_owned());
        return view! {
            {heading(s.title.get(lang).to_owned())}
            <dl class="sa-search-facts">
                {fact("search_detail_code", s.code.to_string())}
                {fact("search_detail_sector", sector_name(&s.sector, lang))}
                {fact("search_detail_level", s.level.to_string())}
                {fact("search_detail_year", s.year.to_string())}
                {fact("search_detail_status", text(status))}
            </dl>
            <h3>{crate::core::i18n::format_count(lang, "search_detail_recognised_in", s.countries.len() as u64, &[("count", &count)])}</h3>
            <ul class="sa-search-countries">
                {countries.into_iter().map(|c| view! { <li><MapLink country=c.to_string() /></li> }).collect_view()}
            </ul>
        }
        .into_any();
    }
    if let Some(t) = atlas.trainers.iter().find(|t| t.id == id) {
        let specialisms: Vec<String> = t.specialisms.iter().map(|s| sector_name(s, lang)).collect();
        let standards = t
            .standards
            .iter()
            .map(|code| {
                let title = atlas
                    .standards
                    .iter()
                    .find(|s| s.code == code)
                    .map_or(String::new(), |s| s.title.get(lang).to_owned());
                view! { <li><OpenLink id=code.to_string() label=format!("{title} ({code})") /></li> }
            })
            .collect_view();
        return view! {
            {heading(t.display_name.to_string())}
            <dl class="sa-search-facts">
                {fact("search_detail_country", view! { <MapLink country=t.country.to_string() /> })}
                {fact("search_detail_specialisms", specialisms.join(", "))}
                {fact("search_detail_languages", t.languages.join(", "))}
                {fact("search_detail_trained", t.year.to_string())}
            </dl>
            <h3>{tr("search_detail_standards")}</h3>
            <ul>{standards}</ul>
        }
        .into_any();
    }
    if let Some(p) = atlas.partners.iter().find(|p| p.id == id) {
        let since = atlas
            .partnerships
            .iter()
            .filter(|ps| ps.partner == p.id)
            .map(|ps| ps.since)
            .min();
        return view! {
            {heading(p.name.get(lang).to_owned())}
            <dl class="sa-search-facts">
                {fact("search_detail_type", text(partner_type_key(p.kind)))}
                {fact("search_detail_country", view! { <MapLink country=p.country.to_string() /> })}
                {since.map(|y| fact("search_detail_since", y.to_string()))}
            </dl>
        }
        .into_any();
    }
    if let Some(c) = atlas.country(id) {
        let standards = atlas
            .standards
            .iter()
            .filter(|s| s.countries.iter().any(|x| *x == c.id))
            .count();
        let trainers = atlas.trainers.iter().filter(|t| t.country == c.id).count();
        let partners = atlas.partners.iter().filter(|p| p.country == c.id).count();
        let summary = crate::core::i18n::format(
            lang,
            "search_detail_country_summary",
            &[
                ("standards", &standards.to_string()),
                ("trainers", &trainers.to_string()),
                ("partners", &partners.to_string()),
            ],
        );
        return view! {
            {heading(c.name.get(lang).to_owned())}
            <p>{summary}</p>
            <p><MapLink country=c.id.clone() /></p>
        }
        .into_any();
    }
    view! {
        {heading(text("search_detail_not_found"))}
    }
    .into_any()
}

/// A button that opens another result's details (a trainer's standards).
#[component]
fn OpenLink(
    /// The result to open.
    id: String,
    /// Its visible label.
    label: String,
) -> impl IntoView {
    let state = expect_context::<SearchCtx>().state;
    view! {
        <button
            type="button"
            class="sa-link-button"
            on:click=move |_| {
                state.open_result(id.clone());
                focus_detail_soon();
            }
        >
            {label}
        </button>
    }
}
