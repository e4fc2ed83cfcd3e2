//! What the facet lists share: the chosen facets, every value of the dataset with its
//! count, and the rows (checkboxes with counts) the facets are made of.

use super::facet_rows::{CountedRows, Shown};
use super::SearchCtx;
use crate::app::i18n::use_lang;
use crate::core::search::FacetCounts;
use crate::core::url_state::{Lang, SearchParams};
use leptos::prelude::*;

/// One checkbox of the type facet, with its count (four rows, always shown).
#[component]
pub(super) fn FacetOption(
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

/// One checkbox of a value facet (sector, level, language) in `rows`, which keeps its
/// count and visibility up to date.
pub(super) fn counted_option(
    rows: CountedRows,
    value: String,
    label: Signal<String>,
    checked: Signal<bool>,
    on_toggle: Callback<()>,
) -> impl IntoView {
    let (id, shown, count) = rows.start(&value);
    let row = NodeRef::<leptos::html::Li>::new();
    row.on_load(move |li| {
        if let Ok(Some(text)) = li.query_selector(".sa-search-count") {
            rows.add(id, value, li.into(), text, shown);
        }
    });
    view! {
        <li node_ref=row hidden=shown.hidden class:sa-search-facet-empty=shown.count == 0>
            <label class="sa-search-facet-option">
                <input
                    type="checkbox"
                    prop:checked=move || checked.get()
                    on:change=move |_| on_toggle.run(())
                />
                <span>{move || label.get()}</span>
                <span class="sa-search-count">{count}</span>
            </label>
        </li>
    }
}

/// Which list of [`FacetCounts`] a facet reads.
pub(super) type Pick = fn(&FacetCounts) -> &Vec<(String, usize)>;

/// What the facet lists share: the chosen facets, every value of the dataset, the results
/// they count, and the interface language.
#[derive(Clone, Copy)]
pub(super) struct FacetLists {
    /// The search view's index, results and state (which holds the choice).
    pub(super) ctx: SearchCtx,
    /// The interface language.
    pub(super) lang: Memo<Lang>,
    /// The chosen facets.
    pub(super) params: Memo<SearchParams>,
    /// Every value of each facet in the dataset, with its count over the whole dataset.
    pub(super) totals: StoredValue<FacetCounts>,
}

impl FacetLists {
    /// The lists' inputs, from the app state and the search view.
    pub(super) fn new() -> FacetLists {
        let ctx = expect_context::<SearchCtx>();
        let lang = use_lang();
        let params = ctx.state.params;
        // Each list holds every value of the dataset (plus chosen values it lacks, so they can
        // be unticked) and changes only with the choice. A keystroke changes counts in place
        // and hides values without matches (see `facet_rows`), instead of building and dropping
        // rows: that was a third of a keystroke's script time at ×100.
        let totals = StoredValue::new(
            ctx.with_corpus(|c| c.facet_totals().clone())
                .unwrap_or_default(),
        );
        FacetLists {
            ctx,
            lang,
            params,
            totals,
        }
    }

    /// The values of the list `pick` over the whole dataset, then the `chosen` values it lacks.
    pub(super) fn values(
        self,
        pick: Pick,
        chosen: fn(&SearchParams) -> &Vec<String>,
    ) -> Vec<(String, usize)> {
        let mut list: Vec<(String, usize)> = self.totals.with_value(|t| pick(t).clone());
        self.params.with(|p| {
            for v in chosen(p) {
                if !list.iter().any(|(x, _)| x == v) {
                    list.push((v.clone(), 0));
                }
            }
        });
        list
    }

    /// Rows of a value facet: the value's count for the current query; hidden while it has
    /// none and is not chosen.
    pub(super) fn counted(
        self,
        pick: Pick,
        chosen: fn(&SearchParams, &str) -> bool,
    ) -> CountedRows {
        let FacetLists {
            ctx, lang, params, ..
        } = self;
        CountedRows::new(
            move |value| {
                let count = ctx
                    .results
                    .with(|r| FacetCounts::count(pick(&r.facet_counts), value));
                let chosen = params.with(|p| chosen(p, value));
                Shown {
                    count,
                    hidden: count == 0 && !chosen,
                    lang: lang.get(),
                }
            },
            |_, shown| shown.count.to_string(),
        )
    }

    /// How many filters narrow the results: chosen facet values, the year range and the
    /// country.
    pub(super) fn chosen(self) -> usize {
        self.params.with(SearchParams::filter_count)
            + self.ctx.state.country.with(|c| usize::from(c.is_some()))
    }

    /// " (n)" after the narrow screen's button while `n` filters are chosen, else nothing.
    pub(super) fn chosen_count(self) -> String {
        match self.chosen() {
            0 => String::new(),
            n => format!(" ({n})"),
        }
    }

    /// Whether any facet, or the country, narrows the results.
    pub(super) fn any_filter(self) -> bool {
        self.chosen() > 0
    }
}
