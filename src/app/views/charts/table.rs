//! The chart as a real table: caption, column and row headers with scope.

use crate::core::charts::ChartTable;
use leptos::prelude::*;

/// A chart's data table.
#[component]
pub fn ChartDataTable(
    /// The rows and header.
    table: Signal<ChartTable>,
    /// The caption (the chart's title).
    #[prop(into)]
    caption: Signal<String>,
) -> impl IntoView {
    view! {
        <div class="sa-table-wrap" tabindex="0" role="region" aria-label=move || caption.get()>
            <table class="sa-table">
                <caption>{move || caption.get()}</caption>
                <thead>
                    <tr>
                        {move || {
                            table
                                .with(|t| t.header.clone())
                                .into_iter()
                                .map(|h| view! { <th scope="col">{h}</th> })
                                .collect_view()
                        }}
                    </tr>
                </thead>
                <tbody>
                    {move || {
                        table
                            .with(|t| t.rows.clone())
                            .into_iter()
                            .map(|row| {
                                let mut cells = row.into_iter();
                                let head = cells.next().unwrap_or_default();
                                view! {
                                    <tr>
                                        <th scope="row">{head}</th>
                                        {cells.map(|c| view! { <td>{c}</td> }).collect_view()}
                                    </tr>
                                }
                            })
                            .collect_view()
                    }}
                </tbody>
            </table>
        </div>
    }
}
