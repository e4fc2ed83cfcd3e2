//! The table view: the map's figures for the year shown, one row per country, sortable by
//! buttons in the column headers (`aria-sort` says the current order).

use super::map_state::MapCtx;
use crate::app::i18n::tr;
use crate::core::map_model::labels::count;
use crate::core::map_model::{rows_for_year, sort_rows, SortColumn, SortDirection, TableRow};
use leptos::prelude::*;

pub(super) fn column_key(c: SortColumn) -> &'static str {
    match c {
        SortColumn::Name => "map_table_country",
        SortColumn::Certifications => "map_fig_certifications",
        SortColumn::Partners => "map_fig_partners",
        SortColumn::Workshops => "map_fig_workshops",
        SortColumn::Trainers => "map_fig_trainers",
        SortColumn::Standards => "map_fig_standards",
        SortColumn::Trained => "map_fig_trained",
        SortColumn::SentAbroad => "map_fig_sent_abroad",
    }
}

/// The sortable table of countries.
#[component]
pub fn MapTable() -> impl IntoView {
    let ctx = expect_context::<MapCtx>();
    let lang = ctx.lang;
    let sort = RwSignal::new((SortColumn::Certifications, SortDirection::Descending));
    let rows = Memo::new(move |_| {
        let year = ctx.year.get();
        let lang_now = lang.get();
        let mut rows: Vec<TableRow> = ctx
            .model
            .with_value(|m| rows_for_year(&m.activity, &m.atlas, year, lang_now));
        let (c, d) = sort.get();
        sort_rows(&mut rows, c, d);
        rows
    });
    let headers = SortColumn::ALL
        .into_iter()
        .map(|c| {
            let aria = move || {
                let (col, dir) = sort.get();
                if col == c {
                    dir.aria()
                } else {
                    "none"
                }
            };
            let click = move |_| {
                sort.update(|(col, dir)| {
                    if *col == c {
                        *dir = match dir {
                            SortDirection::Ascending => SortDirection::Descending,
                            SortDirection::Descending => SortDirection::Ascending,
                        };
                    } else {
                        *col = c;
                        *dir = if c == SortColumn::Name {
                            SortDirection::Ascending
                        } else {
                            SortDirection::Descending
                        };
                    }
                })
            };
            let arrow = move || {
                // Arrows are symbols, not words: no translation needed.
                let (col, dir) = sort.get();
                match (col == c, dir) {
                    (false, _) => ' ',
                    (true, SortDirection::Ascending) => '▲',
                    (true, SortDirection::Descending) => '▼',
                }
                .to_string()
            };
            view! {
                <th scope="col" aria-sort=aria>
                    <button type="button" class="sa-sort" on:click=click>
                        {tr(column_key(c))}<span aria-hidden="true">{arrow}</span>
                    </button>
                </th>
            }
        })
        .collect_view();
    let select = move |id: String| ctx.select(Some(id));
    view! {
        <div class="sa-map-table-wrap">
            <table class="sa-map-table">
                <caption>{move || crate::app::i18n::tr_fmt(lang, "map_table_caption", &[("year", &ctx.year.get().to_string())])}</caption>
                <thead><tr>{headers}</tr></thead>
                <tbody>
                    <For each=move || rows.get() key=|r| (r.id.clone(), r.metrics, r.name.clone()) let:row>
                        {
                            let l = lang.get_untracked();
                            let m = row.metrics;
                            let id = row.id.clone();
                            view! {
                                <tr>
                                    <th scope="row"><button type="button" class="sa-link-button" on:click=move |_| select(id.clone())>{row.name.clone()}</button></th>
                                    <td>{count(m.certifications, l)}</td>
                                    <td>{count(m.partners, l)}</td>
                                    <td>{count(m.workshops, l)}</td>
                                    <td>{count(m.trainers, l)}</td>
                                    <td>{count(m.standards, l)}</td>
                                    <td>{count(m.trained, l)}</td>
                                    <td>{count(m.sent_abroad, l)}</td>
                                </tr>
                            }
                        }
                    </For>
                </tbody>
            </table>
        </div>
    }
}
