//! The results, grouped by kind (standards, trainers, partners, countries) with counts, each
//! group a listbox whose options the search box walks with the arrow keys. The rows are set,
//! read and patched through the [markup host](crate::app::markup_host).

use super::result_detail::focus_detail_soon;
use super::SearchCtx;
use crate::app::i18n::{tr, tr_count, tr_fmt, use_lang};
use crate::app::markup_host::{find_by_data, row_doc, set_markup, DATA_DOC, SELECTED_OPTION};
use crate::core::atlas_search::{result_rows_markup, results_list_id, SearchSort};
use crate::core::figure_text::format_number;
use crate::core::search::{DocKind, Hit, MatchMode};
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
    let ctx = expect_context::<SearchCtx>();
    let state = ctx.state;
    let lang = use_lang();
    let results = ctx.results;
    let summary = move || {
        let (total, mode) = results.with(|r| (r.total, r.mode));
        let count = format_number(total as f64, lang.get());
        match mode {
            MatchMode::Browse => tr_fmt(lang, "search_results_browse", &[("count", &count)]),
            _ => tr_count(lang, "search_results_count", total, &[("count", &count)]),
        }
    };
    let partial = move || results.with(|r| r.mode == MatchMode::Any && r.total > 0);
    let sort = state.sort;
    view! {
        <div class="sa-search-results">
            <div class="sa-search-summary">
                <p role="status" aria-live="polite" aria-atomic="true">{summary}</p>
                <label class="sa-search-sort">
                    {tr("search_sort_label")}
                    <select on:change=move |ev| {
                        if let Some(s) = SearchSort::from_slug(&event_target_value(&ev)) {
                            state.set_sort(s);
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
            // Every group is built once and hidden while it has no hits: a keystroke that
            // empties or fills a group then changes one attribute, not a whole component.
            {DocKind::ALL.into_iter().map(|kind| view! { <ResultGroup kind=kind /> }).collect_view()}
        </div>
    }
}

/// One kind's hits under a heading with its count. The rows are written by the core as one
/// escaped string ([`result_rows_markup`]) and set in one step; a click on a row is read
/// from its `data-doc`, and the arrow-key highlight is kept in `aria-selected`.
#[component]
fn ResultGroup(
    /// The kind listed.
    kind: DocKind,
) -> impl IntoView {
    let ctx = expect_context::<SearchCtx>();
    let state = ctx.state;
    let lang = use_lang();
    let slug = crate::core::atlas_search::kind_slug(kind);
    let heading_id = format!("sa-search-group-{slug}");
    let total = move || ctx.results.with(|r| r.total_of(kind));
    let shown = move || {
        ctx.results.with(|r| {
            r.hits
                .iter()
                .filter(|h| doc_kind(&ctx, h) == Some(kind))
                .count()
        })
    };
    let more = move || total() > shown();
    let focused = move || state.kinds.with(|k| k.len() == 1);
    let list = NodeRef::<leptos::html::Ul>::new();
    use_result_rows(ctx, kind, lang, list);
    use_selected_option(ctx, list);

    let (section_label, list_label) = (heading_id.clone(), heading_id.clone());
    view! {
        <section
            class="sa-search-group"
            aria-labelledby=section_label
            hidden=move || !ctx.group_shown(kind)
        >
            <h2 id=heading_id class="sa-search-group-title">
                {tr(kind_key(kind))}
                " "
                <span class="sa-search-count">{move || total().to_string()}</span>
            </h2>
            <ul
                id=results_list_id(kind)
                role="listbox"
                aria-labelledby=list_label
                node_ref=list
                on:click=move |ev| open_clicked(ev, ctx)
            ></ul>
            <Show when=move || more() && !focused()>
                <button
                    type="button"
                    class="sa-button sa-button-quiet sa-search-more"
                    on:click=move |_| state.show_only_kind(kind)
                >
                    {move || tr_fmt(lang, "search_show_all", &[("count", &format_number(total() as f64, lang.get()))])}
                </button>
            </Show>
        </section>
    }
}

/// Writes the rows of `kind` into `list` whenever the results or the language change.
fn use_result_rows(
    ctx: SearchCtx,
    kind: DocKind,
    lang: Memo<Lang>,
    list: NodeRef<leptos::html::Ul>,
) {
    let rows = Memo::new(move |_| {
        let lang = lang.get();
        let selected = ctx.active.get_untracked();
        ctx.results.with(|r| {
            ctx.atlas.with_value(|atlas| {
                ctx.with_corpus(|c| {
                    result_rows_markup(atlas, c.index.documents(), &r.hits, kind, lang, selected)
                })
                .unwrap_or_default()
            })
        })
    });
    Effect::new(move || {
        let html = rows.get();
        if let Some(ul) = list.get() {
            set_markup(&ul, &html);
        }
    });
}

/// Keeps `aria-selected` on the highlighted option in `list`: rows are written with it, so
/// a change of highlight only touches the option that loses it and the one that gains it.
fn use_selected_option(ctx: SearchCtx, list: NodeRef<leptos::html::Ul>) {
    let previous = StoredValue::new(None::<usize>);
    Effect::new(move || {
        let active = ctx.active.get();
        let Some(ul) = list.get() else {
            return;
        };
        let option = |doc: Option<usize>| find_by_data(&ul, DATA_DOC, &doc?.to_string());
        SELECTED_OPTION.hand_over(
            option(previous.get_value()).as_ref(),
            option(active).as_ref(),
        );
        previous.set_value(active);
    });
}

/// Opens the result whose row was clicked (read from its `data-doc`).
fn open_clicked(ev: leptos::ev::MouseEvent, ctx: SearchCtx) {
    let Some(doc) = row_doc(&ev) else {
        return;
    };
    let Some(id) = ctx
        .with_corpus(|c| c.index.documents().get(doc).map(|d| d.id.clone()))
        .flatten()
    else {
        return;
    };
    ctx.active.set(Some(doc));
    ctx.state.open_result(id);
    focus_detail_soon();
}

fn doc_kind(ctx: &SearchCtx, hit: &Hit) -> Option<DocKind> {
    ctx.with_corpus(|c| c.index.documents()[hit.doc].kind)
}

/// "No results", with the closest dictionary terms as one-click corrections.
#[component]
fn NoResults() -> impl IntoView {
    let ctx = expect_context::<SearchCtx>();
    let lang = use_lang();
    let query = move || ctx.state.query.get();
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
                                            ctx.state.set_query(term.clone());
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
