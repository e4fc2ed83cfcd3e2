//! The facets: type, country, sector, trainer language, level and a year range. Counts
//! follow the query and the other facets (a facet's own choice does not shrink its list).

use super::results_list::kind_key;
use super::SearchCtx;
use crate::app::i18n::{tr, tr_fmt, use_lang};
use crate::app::state::AppStateCtx;
use crate::core::data::model::{FIRST_YEAR, LAST_YEAR};
use crate::core::search::DocKind;
use crate::core::search_docs::sector_name;
use crate::core::url_state::{Lang, SearchParams};
use leptos::prelude::*;

/// Adds `value` to `list` or removes it.
fn toggle<T: PartialEq>(list: &mut Vec<T>, value: T) {
    if let Some(at) = list.iter().position(|v| *v == value) {
        list.remove(at);
    } else {
        list.push(value);
    }
}

/// Names languages in `lang` with the browser's `Intl.DisplayNames` (created once per
/// render of the list, not per language: constructing one is the expensive part).
fn language_namer(lang: Lang) -> impl Fn(&str) -> String {
    let options = js_sys::Object::new();
    let _ = js_sys::Reflect::set(&options, &"type".into(), &"language".into());
    let locales = js_sys::Array::of1(&lang.tag().into());
    let names = js_sys::Intl::DisplayNames::new(&locales, &options);
    move |code| names.of(code).map_or_else(|| code.to_owned(), String::from)
}

/// One checkbox of a facet, with its count.
#[component]
fn FacetOption(
    /// The visible label.
    #[prop(into)]
    label: Signal<String>,
    /// Matches with this value.
    #[prop(into)]
    count: Signal<usize>,
    /// Whether the value is chosen.
    #[prop(into)]
    checked: Signal<bool>,
    /// Called when the person toggles it.
    on_toggle: Callback<()>,
) -> impl IntoView {
    view! {
        <li>
            <label class="sa-search-facet-option" class:sa-search-facet-empty=move || count.get() == 0>
                <input
                    type="checkbox"
                    prop:checked=move || checked.get()
                    on:change=move |_| on_toggle.run(())
                />
                <span>{move || label.get()}</span>
                <span class="sa-search-count">{move || count.get().to_string()}</span>
            </label>
        </li>
    }
}

/// The facet panel.
#[component]
pub fn FacetsPanel() -> impl IntoView {
    let app = expect_context::<AppStateCtx>();
    let ctx = expect_context::<SearchCtx>();
    let lang = use_lang();
    let counts = Memo::new(move |_| ctx.results.with(|r| r.facet_counts.clone()));
    let params = Memo::new(move |_| app.state.with(|s| s.search.clone()));
    let edit = move |f: Box<dyn FnOnce(&mut SearchParams)>| app.update(|s| f(&mut s.search));

    let kinds = DocKind::ALL
        .into_iter()
        .map(|kind| {
            let count = Signal::derive(move || {
                counts.with(|c| {
                    c.kinds
                        .iter()
                        .find(|(k, _)| *k == kind)
                        .map_or(0, |(_, n)| *n)
                })
            });
            let checked = Signal::derive(move || params.with(|p| p.kinds.contains(&kind)));
            let label = Signal::derive(move || {
                crate::core::i18n::text(lang.get(), kind_key(kind)).to_owned()
            });
            let on_toggle =
                Callback::new(move |_| edit(Box::new(move |p| toggle(&mut p.kinds, kind))));
            view! { <FacetOption label count checked on_toggle /> }
        })
        .collect_view();

    // Values with matches, plus chosen ones that have none (so they can be unticked).
    let value_list = move |pick: fn(&crate::core::search::FacetCounts) -> &Vec<(String, usize)>,
                           chosen: fn(&SearchParams) -> &Vec<String>| {
        let mut list: Vec<(String, usize)> = counts.with(|c| pick(c).clone());
        params.with(|p| {
            for v in chosen(p) {
                if !list.iter().any(|(x, _)| x == v) {
                    list.push((v.clone(), 0));
                }
            }
        });
        list
    };
    // A value's count, read from the current counts (0 when it has none).
    let count_of = move |pick: fn(&crate::core::search::FacetCounts) -> &Vec<(String, usize)>,
                         value: String| {
        Signal::derive(move || {
            counts.with(|c| {
                pick(c)
                    .iter()
                    .find(|(x, _)| *x == value)
                    .map_or(0, |(_, n)| *n)
            })
        })
    };
    // Facet rows are keyed by their value and their counts are reactive: a keystroke moves
    // rows and updates count texts in place, building only rows for values new to the list.
    let sector_rows = move || {
        value_list(|c| &c.sectors, |p| &p.sectors)
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
        let count = count_of(|c| &c.sectors, id.clone());
        let on_toggle = Callback::new(move |_| {
            let id = id.clone();
            edit(Box::new(move |p| toggle(&mut p.sectors, id)))
        });
        view! { <FacetOption label count checked on_toggle /> }
    };
    let language_rows = move || {
        let mut list = value_list(|c| &c.languages, |p| &p.languages);
        list.sort_by(|a, b| b.1.cmp(&a.1).then(a.0.cmp(&b.0)));
        list.into_iter().map(|(code, _)| code).collect::<Vec<_>>()
    };
    let language_row = move |code: String| {
        let chosen = code.clone();
        let checked = Signal::derive(move || params.with(|p| p.languages.contains(&chosen)));
        let label = Signal::derive({
            let code = code.clone();
            move || language_namer(lang.get())(&code)
        });
        let count = count_of(|c| &c.languages, code.clone());
        let on_toggle = Callback::new(move |_| {
            let code = code.clone();
            edit(Box::new(move |p| toggle(&mut p.languages, code)))
        });
        view! { <FacetOption label count checked on_toggle /> }
    };
    let level_rows = move || counts.with(|c| c.levels.iter().map(|(l, _)| *l).collect::<Vec<_>>());
    let level_row = move |level: u8| {
        let checked = Signal::derive(move || params.with(|p| p.levels.contains(&level)));
        let label = Signal::derive(move || {
            tr_fmt(lang, "search_level_n", &[("level", &level.to_string())])
        });
        let count = Signal::derive(move || {
            counts.with(|c| {
                c.levels
                    .iter()
                    .find(|(l, _)| *l == level)
                    .map_or(0, |(_, n)| *n)
            })
        });
        let on_toggle =
            Callback::new(move |_| edit(Box::new(move |p| toggle(&mut p.levels, level))));
        view! { <FacetOption label count checked on_toggle /> }
    };
    let any_filter = move || {
        params.with(|p| {
            !(p.kinds.is_empty()
                && p.sectors.is_empty()
                && p.languages.is_empty()
                && p.levels.is_empty()
                && p.years.is_none())
        }) || app.state.with(|s| s.country.is_some())
    };

    view! {
        <aside class="sa-search-facets" aria-labelledby="sa-search-facets-title">
            <h2 id="sa-search-facets-title">{tr("search_facets_title")}</h2>
            <fieldset>
                <legend>{tr("search_facet_type")}</legend>
                <ul>{kinds}</ul>
            </fieldset>
            <CountryFacet />
            <fieldset>
                <legend>{tr("search_facet_sector")}</legend>
                <ul>
                    <For each=sector_rows key=|id| id.clone() children=sector_row />
                </ul>
            </fieldset>
            <fieldset>
                <legend>{tr("search_facet_level")}</legend>
                <ul>
                    <For each=level_rows key=|level| *level children=level_row />
                </ul>
            </fieldset>
            <YearFacet />
            <details class="sa-search-languages">
                <summary>{tr("search_facet_language")}</summary>
                <fieldset>
                    <legend class="sa-visually-hidden">{tr("search_facet_language")}</legend>
                    <ul>
                        <For each=language_rows key=|code| code.clone() children=language_row />
                    </ul>
                </fieldset>
            </details>
            <Show when=any_filter>
                <button
                    type="button"
                    class="sa-button"
                    on:click=move |_| {
                        app.update(|s| {
                            let keep = (s.search.sort, s.search.open.take());
                            s.search = SearchParams { sort: keep.0, open: keep.1, ..Default::default() };
                            s.country = None;
                        })
                    }
                >
                    {tr("search_clear_filters")}
                </button>
            </Show>
        </aside>
    }
}

/// The country facet: the shared country selection, as a menu with counts.
#[component]
fn CountryFacet() -> impl IntoView {
    let app = expect_context::<AppStateCtx>();
    let ctx = expect_context::<SearchCtx>();
    let lang = use_lang();
    let selected = Memo::new(move |_| app.state.with(|s| s.country.clone()));
    // Menu order: by name in the UI language; each option's text (name and count) and
    // selection are reactive, so a keystroke updates them in place.
    let options = move || {
        let tag = lang.get().tag();
        let mut list: Vec<(String, String)> = ctx.atlas.with_value(|atlas| {
            ctx.results.with(|r| {
                r.facet_counts
                    .countries
                    .iter()
                    .map(|(id, _)| (atlas.country_name(id, tag).to_owned(), id.clone()))
                    .collect()
            })
        });
        if let Some(sel) = selected.get() {
            if !list.iter().any(|(_, id)| *id == sel) {
                let name = ctx
                    .atlas
                    .with_value(|a| a.country_name(&sel, tag).to_owned());
                list.push((name, sel));
            }
        }
        list.sort();
        list.into_iter().map(|(_, id)| id).collect::<Vec<_>>()
    };
    let option = move |id: String| {
        let text = {
            let id = id.clone();
            move || {
                let tag = lang.get().tag();
                let name = ctx
                    .atlas
                    .with_value(|a| a.country_name(&id, tag).to_owned());
                let n = ctx.results.with(|r| {
                    r.facet_counts
                        .countries
                        .iter()
                        .find(|(x, _)| *x == id)
                        .map_or(0, |(_, n)| *n)
                });
                format!("{name} ({n})")
            }
        };
        let is_selected = {
            let id = id.clone();
            move || selected.get().as_deref() == Some(id.as_str())
        };
        view! { <option value=id selected=is_selected>{text}</option> }
    };
    view! {
        <label class="sa-search-facet-select">
            <span class="sa-search-facet-legend">{tr("search_facet_country")}</span>
            <select on:change=move |ev| {
                let value = event_target_value(&ev);
                app.update(|s| s.country = (!value.is_empty()).then_some(value));
            }>
                <option value="" selected=move || selected.get().is_none()>
                    {tr("search_all_countries")}
                </option>
                <For each=options key=|id| id.clone() children=option />
            </select>
        </label>
    }
}

/// The year range: two menus, "from" and "to".
#[component]
fn YearFacet() -> impl IntoView {
    let app = expect_context::<AppStateCtx>();
    let years = Memo::new(move |_| app.state.with(|s| s.search.years.clone()));
    let set = move |from: Option<u16>, to: Option<u16>| {
        app.update(|s| {
            s.search.years = match (from, to) {
                (None, None) => None,
                (from, to) => {
                    let (a, b) = (from.unwrap_or(FIRST_YEAR), to.unwrap_or(LAST_YEAR));
                    Some(a.min(b)..=a.max(b))
                }
            }
        })
    };
    let menu = move |is_from: bool| {
        let current = move || {
            years
                .get()
                .map(|r| if is_from { *r.start() } else { *r.end() })
        };
        view! {
            <select on:change=move |ev| {
                let value = event_target_value(&ev).parse::<u16>().ok();
                let other = years.get_untracked().map(|r| if is_from { *r.end() } else { *r.start() });
                if is_from { set(value, other) } else { set(other, value) }
            }>
                <option value="" selected=move || current().is_none()>{tr("search_years_any")}</option>
                {(FIRST_YEAR..=LAST_YEAR)
                    .map(|y| view! { <option value=y.to_string() selected=move || current() == Some(y)>{y.to_string()}</option> })
                    .collect_view()}
            </select>
        }
    };
    view! {
        <fieldset class="sa-search-years">
            <legend>{tr("search_facet_years")}</legend>
            <label>{tr("search_years_from")} " " {menu(true)}</label>
            <label>{tr("search_years_to")} " " {menu(false)}</label>
        </fieldset>
    }
}
