//! The recognition matrix drawn as plain SVG: one focusable square per recognition.

use super::bars::focus_mark;
use super::marks::{MarkTooltip, Tip};
use crate::core::charts::{layout_matrix, move_in_grid, series_colour, ChartBody, ChartData};
use crate::core::i18n;
use leptos::prelude::*;

/// The matrix's SVG.
#[component]
pub fn MatrixSvg(
    /// The chart's data.
    data: Memo<ChartData>,
    /// The `<svg>` element, for export.
    svg: NodeRef<leptos::svg::Svg>,
    /// Id of the element naming the chart.
    labelled_by: String,
    /// Called with a country code when its column is chosen.
    on_select: Callback<String>,
) -> impl IntoView {
    let lang = crate::app::i18n::use_lang();
    let matrix = Memo::new(move |_| {
        data.with(|d| match &d.body {
            ChartBody::Matrix(m) => Some(m.clone()),
            ChartBody::Bars(_) => None,
        })
    });
    let layout = Memo::new(move |_| matrix.with(|m| m.as_ref().map(layout_matrix)));
    let cells = Memo::new(move |_| {
        layout.with(|l| {
            l.as_ref()
                .map(|l| {
                    l.marks
                        .iter()
                        .map(|m| (m.row, m.column))
                        .collect::<Vec<_>>()
                })
                .unwrap_or_default()
        })
    });
    let (active, set_active) = signal(0usize);
    let (tip, set_tip) = signal(None::<Tip>);
    let name = move |row: usize, column: usize| {
        matrix.with_untracked(|m| {
            let m = m.as_ref()?;
            Some(i18n::format(
                lang.get_untracked(),
                "charts_matrix_cell",
                &[
                    ("standard", m.rows.get(row)?.label.as_str()),
                    ("country", m.columns.get(column)?.label.as_str()),
                ],
            ))
        })
    };
    let choose = move |i: usize| {
        let code = cells
            .with_untracked(|c| c.get(i).copied())
            .and_then(|(_, col)| {
                matrix.with_untracked(|m| Some(m.as_ref()?.columns.get(col)?.key.clone()))
            });
        if let Some(code) = code {
            on_select.run(code);
        }
    };
    let on_keydown = move |ev: leptos::ev::KeyboardEvent| {
        let key = ev.key();
        if key == "Enter" || key == " " {
            ev.prevent_default();
            choose(active.get_untracked());
            return;
        }
        let next = cells.with_untracked(|c| move_in_grid(&key, active.get_untracked(), c));
        if let Some(next) = next {
            ev.prevent_default();
            ev.stop_propagation();
            set_active.set(next);
            focus_mark(svg, next);
        }
    };
    let show_tip = move |i: usize| {
        let t = layout.with_untracked(|l| {
            let l = l.as_ref()?;
            let m = l.marks.get(i)?;
            Some(Tip {
                left: (m.x + m.size / 2.0) / l.width * 100.0,
                top: m.y / l.height * 100.0,
                text: name(m.row, m.column)?,
            })
        });
        set_tip.set(t);
    };
    let drawing = move || {
        let (Some(l), Some(m)) = (layout.get(), matrix.get()) else {
            return ().into_any();
        };
        lang.track();
        let grid_w = l.cell * m.columns.len() as f64;
        let grid_h = l.cell * m.rows.len() as f64;
        let row_labels = l
            .row_labels
            .iter()
            .map(|r| view! { <text class="sa-cat" x=l.origin.0 - 6.0 y=r.pos + 3.5 text-anchor="end">{r.text.clone()}</text> })
            .collect_view();
        let col_labels = l
            .column_labels
            .iter()
            .map(|c| {
                let transform = format!("rotate(-60 {} {})", c.pos, l.origin.1 - 4.0);
                let strong = m.columns.iter().any(|col| col.highlight && col.key == c.text);
                view! {
                    <text class="sa-cat sa-cat-small" class:sa-cat-strong=strong x=c.pos y=l.origin.1 - 4.0 transform=transform>{c.text.clone()}</text>
                }
            })
            .collect_view();
        let highlight_col = m.columns.iter().position(|c| c.highlight).map(|i| {
            view! {
                <rect class="sa-matrix-highlight" x=l.origin.0 + l.cell * i as f64 y=l.origin.1 width=l.cell height=grid_h />
            }
        });
        let marks = l
            .marks
            .iter()
            .enumerate()
            .map(|(i, c)| {
                let label = name(c.row, c.column).unwrap_or_default();
                view! {
                    <rect
                        class="sa-mark sa-cell"
                        data-i=i
                        x=c.x + 0.5
                        y=c.y + 0.5
                        width=(c.size - 1.0).max(1.0)
                        height=(c.size - 1.0).max(1.0)
                        fill=series_colour(0)
                        role="button"
                        aria-label=label
                        tabindex=move || if active.get() == i { "0" } else { "-1" }
                        on:click=move |_| {
                            set_active.set(i);
                            choose(i);
                        }
                        on:focus=move |_| {
                            set_active.set(i);
                            show_tip(i);
                        }
                        on:blur=move |_| set_tip.set(None)
                        on:mouseenter=move |_| show_tip(i)
                        on:mouseleave=move |_| set_tip.set(None)
                    />
                }
            })
            .collect_view();
        view! {
            <rect class="sa-matrix-bg" x=l.origin.0 y=l.origin.1 width=grid_w height=grid_h />
            {highlight_col}
            {row_labels}
            {col_labels}
            <g class="sa-marks">{marks}</g>
        }
        .into_any()
    };
    let size = move || layout.with(|l| l.as_ref().map_or((640.0, 200.0), |l| (l.width, l.height)));
    view! {
        <div class="sa-chart-canvas">
            <svg
                node_ref=svg
                class="sa-chart-svg"
                width=move || size().0
                height=move || size().1
                viewBox=move || format!("0 0 {} {}", size().0, size().1)
                role="group"
                aria-labelledby=labelled_by
                on:keydown=on_keydown
            >
                {drawing}
            </svg>
            <MarkTooltip tip=tip />
        </div>
    }
}
