//! The facets: type, country, sector, trainer language, level and a year range. Counts
//! follow the query and the other facets (a facet's own choice does not shrink its list).

use super::country_facet::CountryFacet;
use super::facet_lists::{counted_option, FacetLists, FacetOption};
use super::facet_rows::{CountedRows, Shown};
use super::language_names::LanguageNames;
use super::results_list::kind_key;
use super::year_facet::YearFacet;
use crate::app::i18n::{tr, tr_fmt};
use crate::app::start_tasks::from_next_task;
use crate::core::atlas_search::sector_name;
use crate::core::search::DocKind;
use leptos::prelude::*;

/// The facet panel. Its groups are drawn in the task after the results, which the person
/// came for (one task for both was a long one). On a narrow screen, where it lies above
/// the results, it is closed behind a "Filter results" button.
#[component]
pub fn FacetsPanel() -> impl IntoView {
    let lists = FacetLists::new();
    let drawn = from_next_task();
    let open = RwSignal::new(false);
    view! {
        <aside class="sa-search-facets" aria-labelledby="sa-search-facets-title"
            class:sa-search-facets-open=move || open.get()>
            <h2 id="sa-search-facets-title">{tr("search_facets_title")}</h2>
            <button type="button" class="sa-button sa-button-quiet sa-search-facets-toggle"
                aria-expanded=move || open.get().to_string() aria-controls="sa-search-facet-groups"
                on:click=move |_| open.update(|o| *o = !*o)>
                {tr("search_facets_title")}
                {move || lists.chosen_count()}
                <span class="sa-chevron" aria-hidden="true"></span>
            </button>
            <div id="sa-search-facet-groups" class="sa-search-facet-groups">
                <Show when=move || drawn.get()>
                    <TypeFacet lists />
                    <CountryFacet />
                    <SectorFacet lists />
                    <LevelFacet lists />
                    <YearFacet />
                    <LanguageFacet lists />
                    <ClearFilters lists />
                </Show>
            </div>
        </aside>
    }
}

/// The type facet: one checkbox per kind of result, always shown.
#[component]
fn TypeFacet(
    /// What the facet lists share.
    lists: FacetLists,
) -> impl IntoView {
    let FacetLists {
        ctx, lang, params, ..
    } = lists;
    let kinds = DocKind::ALL
        .into_iter()
        .map(|kind| {
            let count = Signal::derive(move || {
                ctx.results.with(|r| {
                    r.facet_counts
                        .kinds
                        .iter()
                        .find(|(k, _)| *k == kind)
                        .map_or(0, |(_, n)| *n)
                })
            });
            let checked = Signal::derive(move || params.with(|p| p.kinds.contains(&kind)));
            let label = Signal::derive(move || {
                crate::core::i18n::text(lang.get(), kind_key(kind)).to_owned()
            });
            let on_toggle = Callback::new(move |_| lists.ctx.state.toggle_kind(kind));
            view! { <FacetOption label count checked on_toggle /> }
        })
        .collect_view();
    view! {
        <fieldset>
            <legend>{tr("search_facet_type")}</legend>
            <ul>{kinds}</ul>
        </fieldset>
    }
}

/// The sector facet: every sector of the dataset, with its count for the current query.
#[component]
fn SectorFacet(
    /// What the facet lists share.
    lists: FacetLists,
) -> impl IntoView {
    let FacetLists { lang, params, .. } = lists;
    let sectors = lists.counted(|c| &c.sectors, |p, v| p.sectors.iter().any(|s| s == v));
    let sector_rows = move || {
        lists
            .values(|c| &c.sectors, |p| &p.sectors)
            .into_iter()
            .map(|(id, _)| id)
            .collect::<Vec<_>>()
    };
    let sector_row = move |id: String| {
        let chosen = id.clone();
        let checked = Signal::derive(move || params.with(|p| p.sectors.contains(&chosen)));
        let label = Signal::derive({
            let id = id.clone();
            move || sector_name(&id, lang.get())
        });
        let on_toggle = Callback::new({
            let id = id.clone();
            move |_| lists.ctx.state.toggle_sector(id.clone())
        });
        counted_option(sectors, id, label, checked, on_toggle)
    };
    view! {
        <fieldset>
            <legend>{tr("search_facet_sector")}</legend>
            <ul>
                <For each=sector_rows key=|id| id.clone() children=sector_row />
            </ul>
        </fieldset>
    }
}

/// The level facet: every level of the dataset, with its count for the current query.
#[component]
fn LevelFacet(
    /// What the facet lists share.
    lists: FacetLists,
) -> impl IntoView {
    let FacetLists {
        ctx,
        lang,
        params,
        totals,
        ..
    } = lists;
    // Levels are numbers; their rows are keyed by the number's text.
    let levels = CountedRows::new(
        move |value| {
            let level = value.parse::<u8>().ok();
            let count = ctx.results.with(|r| {
                r.facet_counts
                    .levels
                    .iter()
                    .find(|(l, _)| Some(*l) == level)
                    .map_or(0, |(_, n)| *n)
            });
            let chosen = params.with(|p| level.is_some_and(|l| p.levels.contains(&l)));
            Shown {
                count,
                hidden: count == 0 && !chosen,
                lang: lang.get(),
            }
        },
        |_, shown| shown.count.to_string(),
    );
    let level_rows = move || {
        let mut levels: Vec<u8> = totals.with_value(|t| t.levels.iter().map(|(l, _)| *l).collect());
        params.with(|p| {
            for &level in &p.levels {
                if !levels.contains(&level) {
                    levels.push(level);
                }
            }
        });
        levels
    };
    let level_row = move |level: u8| {
        let checked = Signal::derive(move || params.with(|p| p.levels.contains(&level)));
        let label = Signal::derive(move || {
            tr_fmt(lang, "search_level_n", &[("level", &level.to_string())])
        });
        let on_toggle = Callback::new(move |_| lists.ctx.state.toggle_level(level));
        counted_option(levels, level.to_string(), label, checked, on_toggle)
    };
    view! {
        <fieldset>
            <legend>{tr("search_facet_level")}</legend>
            <ul>
                <For each=level_rows key=|level| *level children=level_row />
            </ul>
        </fieldset>
    }
}

/// The trainer-language facet, folded away: every language of the dataset, most spoken
/// first, with its count for the current query.
#[component]
fn LanguageFacet(
    /// What the facet lists share.
    lists: FacetLists,
) -> impl IntoView {
    let FacetLists { lang, params, .. } = lists;
    let languages = lists.counted(|c| &c.languages, |p, v| p.languages.iter().any(|l| l == v));
    // Most spoken first, over the whole dataset: the order stays put while typing.
    let language_rows = move || {
        let mut list = lists.values(|c| &c.languages, |p| &p.languages);
        list.sort_by(|a, b| b.1.cmp(&a.1).then(a.0.cmp(&b.0)));
        list.into_iter().map(|(code, _)| code).collect::<Vec<_>>()
    };
    let language_names = LanguageNames::new();
    let language_row = move |code: String| {
        let chosen = code.clone();
        let checked = Signal::derive(move || params.with(|p| p.languages.contains(&chosen)));
        let label = Signal::derive({
            let code = code.clone();
            move || language_names.name(lang.get(), &code)
        });
        let on_toggle = Callback::new({
            let code = code.clone();
            move |_| lists.ctx.state.toggle_language(code.clone())
        });
        counted_option(languages, code, label, checked, on_toggle)
    };
    // The list (a hundred rows and more) is drawn when first opened; a chosen language opens it.
    let opened = RwSignal::new(params.with_untracked(|p| !p.languages.is_empty()));
    let on_toggle = move |ev: leptos::ev::Event| {
        let open = event_target::<web_sys::Element>(&ev).has_attribute("open");
        if open && !opened.get_untracked() {
            opened.set(true);
        }
    };
    view! {
        <details class="sa-search-languages" open=opened.get_untracked() on:toggle=on_toggle>
            <summary>{tr("search_facet_language")}</summary>
            <fieldset>
                <legend class="sa-visually-hidden">{tr("search_facet_language")}</legend>
                <Show when=move || opened.get()>
                    <ul>
                        <For each=language_rows key=|code| code.clone() children=language_row />
                    </ul>
                </Show>
            </fieldset>
        </details>
    }
}

/// "Clear filters", while any facet or the country narrows the results: empties them all
/// and keeps the sort and the open result.
#[component]
fn ClearFilters(
    /// What the facet lists share.
    lists: FacetLists,
) -> impl IntoView {
    let state = lists.ctx.state;
    view! {
        <Show when=move || lists.any_filter()>
            <button
                type="button"
                class="sa-button sa-button-quiet"
                on:click=move |_| {
                    state.clear_filters()
                }
            >
                {tr("search_clear_filters")}
            </button>
        </Show>
    }
}
