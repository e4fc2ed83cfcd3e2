//! The country facet: the shared country selection, as a menu with counts that follow the
//! query (see `facet_rows`).

use super::facet_rows::{CountedRows, Shown};
use super::SearchCtx;
use crate::app::i18n::{tr, use_lang};
use crate::core::search::FacetCounts;
use crate::core::url_state::Lang;
use leptos::prelude::*;

/// The country facet: the shared country selection, as a menu with counts.
#[component]
pub(super) fn CountryFacet() -> impl IntoView {
    let ctx = expect_context::<SearchCtx>();
    let lang = use_lang();
    let selected = ctx.state.country;
    // Every country of the dataset, by name in the UI language (plus a chosen one it lacks).
    // The menu changes only with the language and the choice; each option's text (name and
    // count) follows the query in place, and options without matches are hidden.
    let totals = StoredValue::new(
        ctx.with_corpus(|c| c.facet_totals().countries.clone())
            .unwrap_or_default(),
    );
    let name_of = move |id: &str, lang: Lang| {
        ctx.atlas
            .with_value(|a| a.country_name(id, lang).to_owned())
    };
    let options = move || {
        let lang = lang.get();
        let mut list: Vec<(String, String)> = totals.with_value(|all| {
            all.iter()
                .map(|(id, _)| (name_of(id, lang), id.clone()))
                .collect()
        });
        if let Some(sel) = selected.get() {
            if !list.iter().any(|(_, id)| *id == sel) {
                list.push((name_of(&sel, lang), sel));
            }
        }
        list.sort();
        list.into_iter().map(|(_, id)| id).collect::<Vec<_>>()
    };
    let rows = CountedRows::new(
        move |id| {
            let count = ctx
                .results
                .with(|r| FacetCounts::count(&r.facet_counts.countries, id));
            let chosen = selected.with(|s| s.as_deref() == Some(id));
            Shown {
                count,
                hidden: count == 0 && !chosen,
                lang: lang.get(),
            }
        },
        move |id, shown| format!("{} ({})", name_of(id, shown.lang), shown.count),
    );
    let option = move |id: String| {
        let (row_id, shown, text) = rows.start(&id);
        let node = NodeRef::<leptos::html::Option_>::new();
        let value = id.clone();
        node.on_load(move |option| {
            let option: web_sys::Element = option.into();
            rows.add(row_id, value, option.clone(), option, shown);
        });
        let is_selected = {
            let id = id.clone();
            Memo::new(move |_| selected.with(|s| s.as_deref() == Some(id.as_str())))
        };
        view! {
            <option
                node_ref=node
                value=id
                selected=move || is_selected.get()
                hidden=shown.hidden
            >
                {text}
            </option>
        }
    };
    view! {
        <label class="sa-search-facet-select">
            <span class="sa-search-facet-legend">{tr("search_facet_country")}</span>
            <select on:change=move |ev| {
                let value = event_target_value(&ev);
                ctx.state.select_country((!value.is_empty()).then_some(value));
            }>
                <option value="" selected=move || selected.get().is_none()>
                    {tr("search_all_countries")}
                </option>
                <For each=options key=|id| id.clone() children=option />
            </select>
        </label>
    }
}
