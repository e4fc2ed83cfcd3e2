//! The results, grouped by kind (standards, trainers, partners, countries) with counts, each
//! group a listbox whose options the search box walks with the arrow keys.

use super::result_detail::focus_detail_soon;
use super::{HighlightText, SearchCtx};
use crate::app::i18n::{tr, tr_fmt, use_lang};
use crate::app::state::AppStateCtx;
use crate::core::search::{DocKind, Document, Hit, MatchMode};
use crate::core::search_docs::{present_hit, sector_name, SearchSort};
use crate::core::url_state::Lang;
use leptos::prelude::*;

/// The i18n key of a kind's group heading.
pub fn kind_key(kind: DocKind) -> &'static str {
    match kind {
        DocKind::Standard => "search_kind_standard",
        DocKind::Trainer => "search_kind_trainer",
        DocKind::Partner => "search_kind_partner",
        DocKind::Country => "search_kind_country",
    }
}

fn sort_key(sort: SearchSort) -> &'static str {
    match sort {
        SearchSort::Relevance => "search_sort_relevance",
        SearchSort::Name => "search_sort_name",
        SearchSort::Year => "search_sort_year",
    }
}

/// The result list with its summary line, sort menu and "no results" help.
#[component]
pub fn ResultsList() -> impl IntoView {
    let app = expect_context::<AppStateCtx>();
    let ctx = expect_context::<SearchCtx>();
    let lang = use_lang();
    let results = ctx.results;
    let summary = move || {
        let (total, mode) = results.with(|r| (r.total, r.mode));
        let count = total.to_string();
        match mode {
            MatchMode::Browse => tr_fmt(lang, "search_results_browse", &[("count", &count)]),
            _ => tr_fmt(lang, "search_results_count", &[("count", &count)]),
        }
    };
    let partial = move || results.with(|r| r.mode == MatchMode::Any && r.total > 0);
    let sort = Memo::new(move |_| app.state.with(|s| s.search.sort));
    // Keyed by kind, so a keystroke updates the groups in place instead of rebuilding them.
    let kinds = move || {
        results.with(|r| {
            DocKind::ALL
                .into_iter()
                .filter(|&k| r.total_of(k) > 0)
                .collect::<Vec<_>>()
        })
    };

    view! {
        <div class="sa-search-results">
            <div class="sa-search-summary">
                <p role="status" aria-live="polite" aria-atomic="true">{summary}</p>
                <label class="sa-search-sort">
                    {tr("search_sort_label")}
                    <select on:change=move |ev| {
                        if let Some(s) = SearchSort::from_slug(&event_target_value(&ev)) {
                            app.update(|st| st.search.sort = s);
                        }
                    }>
                        {SearchSort::ALL
                            .into_iter()
                            .map(|s| {
                                view! {
                                    <option value=s.slug() selected=move || sort.get() == s>
                                        {tr(sort_key(s))}
                                    </option>
                                }
                            })
                            .collect_view()}
                    </select>
                </label>
            </div>
            <Show when=partial>
                <p class="sa-search-note">{tr("search_results_partial")}</p>
            </Show>
            <Show when=move || results.with(|r| r.total == 0)>
                <NoResults />
            </Show>
            <For each=kinds key=|kind| *kind let:kind>
                <ResultGroup kind=kind />
            </For>
        </div>
    }
}

/// One kind's hits under a heading with its count.
#[component]
fn ResultGroup(
    /// The kind listed.
    kind: DocKind,
) -> impl IntoView {
    let app = expect_context::<AppStateCtx>();
    let ctx = expect_context::<SearchCtx>();
    let lang = use_lang();
    let slug = crate::core::search_docs::kind_slug(kind);
    let heading_id = format!("sa-search-group-{slug}");
    let total = move || ctx.results.with(|r| r.total_of(kind));
    let shown = move || {
        ctx.results
            .with(|r| r.hits.iter().filter(|h| doc_kind(&ctx, h) == kind).count())
    };
    let more = move || total() > shown();
    let focused = move || app.state.with(|s| s.search.kinds.len() == 1);
    // Keyed by what a row shows (document, language, highlights): rows still listed after a
    // keystroke stay in the DOM, only new or changed ones are built.
    let hits = move || {
        let lang = lang.get();
        ctx.results.with(|r| {
            r.hits
                .iter()
                .filter(|h| doc_kind(&ctx, h) == kind)
                .map(|h| (h.clone(), lang))
                .collect::<Vec<_>>()
        })
    };
    let row_key = |(hit, lang): &(Hit, Lang)| (hit.doc, *lang, hit.highlights.clone());

    let (section_label, list_label) = (heading_id.clone(), heading_id.clone());
    view! {
        <section class="sa-search-group" aria-labelledby=section_label>
            <h2 id=heading_id class="sa-search-group-title">
                {tr(kind_key(kind))}
                " "
                <span class="sa-search-count">{move || total().to_string()}</span>
            </h2>
            <ul id=format!("sa-search-results-{slug}") role="listbox" aria-labelledby=list_label>
                <For
                    each=hits
                    key=row_key
                    children=|(hit, lang)| view! { <ResultOption hit=hit lang=lang /> }
                />
            </ul>
            <Show when=move || more() && !focused()>
                <button
                    type="button"
                    class="sa-button sa-search-more"
                    on:click=move |_| app.update(|s| s.search.kinds = vec![kind])
                >
                    {move || tr_fmt(lang, "search_show_all", &[("count", &total().to_string())])}
                </button>
            </Show>
        </section>
    }
}

fn doc_kind(ctx: &SearchCtx, hit: &Hit) -> DocKind {
    ctx.corpus.with_value(|c| c.index.documents()[hit.doc].kind)
}

/// One result: title, facts and, when the match is elsewhere, where it matched.
#[component]
fn ResultOption(
    /// The hit.
    hit: Hit,
    /// The display language.
    lang: Lang,
) -> impl IntoView {
    let app = expect_context::<AppStateCtx>();
    let ctx = expect_context::<SearchCtx>();
    let doc: Document = ctx
        .corpus
        .with_value(|c| c.index.documents()[hit.doc].clone());
    let shown = present_hit(&doc, &hit, lang);
    let meta = ctx.atlas.with_value(|atlas| meta_line(atlas, &doc, lang));
    let d = hit.doc;
    let id = doc.id.clone();
    let selected = move || ctx.active.get() == Some(d);
    let open = move |_| {
        ctx.active.set(Some(d));
        let id = id.clone();
        app.update(|s| s.search.open = Some(id));
        focus_detail_soon();
    };
    let context = shown.context.map(|c| {
        view! {
            <span class="sa-search-context">
                {tr("search_match_in")} " " <HighlightText text=c />
            </span>
        }
    });
    view! {
        <li
            role="option"
            id=SearchCtx::option_id(d)
            class="sa-search-option"
            aria-selected=move || if selected() { "true" } else { "false" }
            on:click=open
        >
            <span class="sa-search-title"><HighlightText text=shown.title /></span>
            <span class="sa-search-meta">
                <span class="sa-search-code"><HighlightText text=shown.code /></span>
                {meta.map(|m| view! { <span>" · "{m}</span> })}
            </span>
            {context}
        </li>
    }
}

/// The facts under a result's title, in `lang`.
fn meta_line(atlas: &crate::core::data::Atlas, doc: &Document, lang: Lang) -> Option<String> {
    let f = &doc.facets;
    let country = || {
        f.country
            .first()
            .map(|c| atlas.country_name(c, lang.tag()).to_owned())
    };
    let mut parts: Vec<String> = Vec::new();
    match doc.kind {
        DocKind::Standard => {
            parts.extend(f.sector.as_deref().map(|s| sector_name(s, lang)));
            if let Some(level) = f.level {
                let level = level.to_string();
                parts.push(crate::core::i18n::format(
                    lang,
                    "search_level_n",
                    &[("level", &level)],
                ));
            }
        }
        DocKind::Trainer => {
            parts.extend(country());
            parts.extend(f.sector.as_deref().map(|s| sector_name(s, lang)));
        }
        DocKind::Partner => parts.extend(country()),
        DocKind::Country => {}
    }
    parts.extend(f.year.map(|y| y.to_string()));
    (!parts.is_empty()).then(|| parts.join(" · "))
}

/// "No results", with the closest dictionary terms as one-click corrections.
#[component]
fn NoResults() -> impl IntoView {
    let app = expect_context::<AppStateCtx>();
    let ctx = expect_context::<SearchCtx>();
    let lang = use_lang();
    let query = move || app.state.with(|s| s.query.clone());
    let message = move || {
        let q = query();
        if q.trim().is_empty() {
            tr_fmt(lang, "search_no_results_filters", &[])
        } else {
            tr_fmt(lang, "search_no_results", &[("query", &q)])
        }
    };
    let suggestions = move || ctx.results.with(|r| r.suggestions.clone());
    view! {
        <div class="sa-search-empty">
            <p>{message}</p>
            <Show when=move || !suggestions().is_empty()>
                <p>
                    {tr("search_did_you_mean")}
                    " "
                    {move || {
                        suggestions()
                            .into_iter()
                            .map(|term| {
                                let label = term.clone();
                                view! {
                                    <button
                                        type="button"
                                        class="sa-button sa-search-suggestion"
                                        on:click=move |_| {
                                            ctx.draft.set(term.clone());
                                            let term = term.clone();
                                            app.update(|s| s.query = term);
                                        }
                                    >
                                        {label}
                                    </button>
                                }
                            })
                            .collect_view()
                    }}
                </p>
            </Show>
        </div>
    }
}
