//! The download menu under every chart: PNG, SVG and CSV buttons.

use super::browser::{download_text, serialize_svg, svg_to_png_download};
use crate::app::i18n::{tr, tr_fmt, use_lang};
use crate::core::charts::{compose_export_svg, write_csv, ExportFrame};
use leptos::prelude::*;
use wasm_bindgen::JsCast;

/// Buttons that download the chart in `svg` as PNG (2×), SVG and CSV. Reusable by any
/// view that draws an `<svg>` (the map too).
#[component]
pub fn ExportMenu(
    /// The drawn `<svg>` to export.
    svg: NodeRef<leptos::svg::Svg>,
    /// Title, legend, source and notice framing the export.
    #[prop(into)]
    frame: Signal<ExportFrame>,
    /// Exactly the data behind the chart, header row first.
    #[prop(into)]
    csv_rows: Signal<Vec<Vec<String>>>,
    /// File name without extension, e.g. `certifications-by-country-2025`.
    #[prop(into)]
    file_stem: Signal<String>,
) -> impl IntoView {
    let lang = use_lang();
    let (error, set_error) = signal(None::<String>);
    let composed = move || -> Result<(String, f64, f64), String> {
        let element: web_sys::Element = svg
            .get_untracked()
            .ok_or("chart not drawn")?
            .unchecked_into();
        let (inner, w, h) = serialize_svg(&element)?;
        Ok(compose_export_svg(&frame.get_untracked(), &inner, w, h))
    };
    let report = move |r: Result<(), String>| set_error.set(r.err());
    let png = move |_| {
        report(composed().and_then(|(markup, w, h)| {
            let name = format!("{}.png", file_stem.get_untracked());
            svg_to_png_download(&markup, w, h, name, move |e| set_error.set(Some(e)))
        }))
    };
    let svg_file = move |_| {
        report(composed().and_then(|(markup, _, _)| {
            let doc = format!("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n{markup}");
            let name = format!("{}.svg", file_stem.get_untracked());
            download_text(&doc, "image/svg+xml;charset=utf-8", &name)
        }))
    };
    let csv = move |_| {
        let name = format!("{}.csv", file_stem.get_untracked());
        report(download_text(
            &write_csv(&csv_rows.get_untracked()),
            "text/csv;charset=utf-8",
            &name,
        ))
    };
    view! {
        <div class="sa-export" role="group" aria-label=tr("charts_export_label")>
            <span class="sa-export-label" aria-hidden="true">{tr("charts_export_label")}</span>
            <button type="button" class="sa-button sa-button-small" on:click=png>
                {tr("charts_export_png")}
            </button>
            <button type="button" class="sa-button sa-button-small" on:click=svg_file>
                {tr("charts_export_svg")}
            </button>
            <button type="button" class="sa-button sa-button-small" on:click=csv>
                {tr("charts_export_csv")}
            </button>
            {move || {
                error
                    .get()
                    .map(|e| {
                        view! {
                            <p class="sa-export-error" role="alert">
                                {tr_fmt(lang, "charts_export_failed", &[("detail", &e)])}
                            </p>
                        }
                    })
            }}
        </div>
    }
}
