//! The recognition matrix drawn as plain SVG: one focusable square per recognition.

use super::marks::{MarksCanvas, Tip};
use crate::app::markup_host::focus_mark;
use crate::core::charts::chart_markup::{cell_name, matrix_markup};
use crate::core::charts::{layout_matrix, move_in_grid, ChartBody, ChartData, CHART_WIDTH};
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
    let active = RwSignal::new(0usize);
    let name = move |row: usize, column: usize| {
        matrix.with_untracked(|m| cell_name(m.as_ref()?, row, column, lang.get_untracked()))
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
    let on_keydown = move |ev: web_sys::KeyboardEvent| {
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
            active.set(next);
            if let Some(svg) = svg.get_untracked() {
                focus_mark(&svg, next);
            }
        }
    };
    let tip_for = move |i: usize| {
        layout.with_untracked(|l| {
            let l = l.as_ref()?;
            let m = l.marks.get(i)?;
            Some(Tip {
                left: (m.x + m.size / 2.0) / l.width * 100.0,
                top: m.y / l.height * 100.0,
                text: name(m.row, m.column)?,
            })
        })
    };
    let markup = Memo::new(move |_| {
        let lang = lang.get();
        layout.with(|l| {
            matrix.with(|m| match (l, m) {
                (Some(l), Some(m)) => matrix_markup(m, l, lang, active.get_untracked()),
                _ => String::new(),
            })
        })
    });
    let size = Signal::derive(move || {
        layout.with(|l| {
            l.as_ref()
                .map_or((CHART_WIDTH, 200.0), |l| (l.width, l.height))
        })
    });
    view! {
        <MarksCanvas
            svg=svg
            size=size
            labelled_by=labelled_by
            active=active
            on_keydown=Callback::new(on_keydown)
            choose=Callback::new(choose)
            tip_for=Callback::new(tip_for)
            markup=markup
        />
    }
}
