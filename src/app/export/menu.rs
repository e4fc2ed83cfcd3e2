//! The download menu of every chart and of the map: one quiet "Download" button that opens
//! PNG, SVG and CSV (a disclosure: the choices are ordinary buttons in the tab order).

use super::browser::{download_text, serialize_svg, svg_to_png_download};
use crate::app::i18n::{tr, tr_fmt, use_lang};
use crate::core::charts::{compose_export_svg, write_csv, ExportFrame};
use leptos::prelude::*;
use std::sync::atomic::{AtomicUsize, Ordering};
use wasm_bindgen::JsCast;

/// Numbers the menus on a page, so each button names its own list (`aria-controls`).
static NEXT_MENU: AtomicUsize = AtomicUsize::new(0);

/// What a menu exports: the drawn chart, its frame, its data and the files' name.
#[derive(Clone, Copy)]
struct ExportSource {
    svg: NodeRef<leptos::svg::Svg>,
    frame: Signal<ExportFrame>,
    csv_rows: Signal<Vec<Vec<String>>>,
    file_stem: Signal<String>,
}

impl ExportSource {
    /// The drawing composed with its frame: markup, width and height.
    fn composed(self) -> Result<(String, f64, f64), String> {
        let element: web_sys::Element = self
            .svg
            .get_untracked()
            .ok_or("chart not drawn")?
            .unchecked_into();
        let (inner, w, h) = serialize_svg(&element)?;
        Ok(compose_export_svg(
            &self.frame.get_untracked(),
            &inner,
            w,
            h,
        ))
    }

    fn name(self, extension: &str) -> String {
        format!("{}.{extension}", self.file_stem.get_untracked())
    }

    /// PNG at 2×; a failure while drawing it later is reported through `failed`.
    fn png(self, failed: impl Fn(String) + 'static) -> Result<(), String> {
        let (markup, w, h) = self.composed()?;
        svg_to_png_download(&markup, w, h, self.name("png"), failed)
    }

    fn svg_file(self) -> Result<(), String> {
        let (markup, _, _) = self.composed()?;
        let doc = format!("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n{markup}");
        download_text(&doc, "image/svg+xml;charset=utf-8", &self.name("svg"))
    }

    fn csv(self) -> Result<(), String> {
        let text = write_csv(&self.csv_rows.get_untracked());
        download_text(&text, "text/csv;charset=utf-8", &self.name("csv"))
    }
}

/// Closes the list `open` when a pointer goes down outside `root`, while the view lives.
fn close_on_press_outside(open: RwSignal<bool>, root: NodeRef<leptos::html::Div>) {
    let listener = window_event_listener(leptos::ev::pointerdown, move |ev| {
        if !open.get_untracked() {
            return;
        }
        let inside = match (root.get_untracked(), ev.target()) {
            (Some(root), Some(target)) => root.contains(target.dyn_ref::<web_sys::Node>()),
            _ => false,
        };
        if !inside {
            open.set(false);
        }
    });
    on_cleanup(move || listener.remove());
}

/// A "Download" button opening PNG (2×), SVG and CSV of the chart in `svg`. Reusable by any
/// view that draws an `<svg>` (the map too). The list closes on Esc (focus back on the
/// button), on a press outside it, and once a file is chosen.
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
    let source = ExportSource {
        svg,
        frame,
        csv_rows,
        file_stem,
    };
    let (error, set_error) = signal(None::<String>);
    let open = RwSignal::new(false);
    let list_id = format!("sa-export-{}", NEXT_MENU.fetch_add(1, Ordering::Relaxed));
    let root = NodeRef::<leptos::html::Div>::new();
    let toggle = NodeRef::<leptos::html::Button>::new();
    close_on_press_outside(open, root);
    let report = move |r: Result<(), String>| {
        open.set(false);
        set_error.set(r.err());
    };
    let on_key = move |ev: leptos::ev::KeyboardEvent| {
        if ev.key() == "Escape" && open.get_untracked() {
            // The list closes, not the map's panel or the page's dialog around it.
            ev.prevent_default();
            ev.stop_propagation();
            open.set(false);
            if let Some(button) = toggle.get_untracked() {
                let _ = button.focus();
            }
        }
    };
    view! {
        <div class="sa-export" node_ref=root on:keydown=on_key>
            <button type="button" class="sa-button sa-button-quiet sa-export-toggle" node_ref=toggle
                aria-expanded=move || open.get().to_string() aria-controls=list_id.clone()
                on:click=move |_| open.update(|o| *o = !*o)>
                {tr("charts_export_label")}
                <span class="sa-chevron" aria-hidden="true"></span>
            </button>
            <div id=list_id class="sa-export-list" role="group" aria-label=tr("charts_export_label")
                hidden=move || !open.get()>
                <button type="button" class="sa-menu-item"
                    on:click=move |_| report(source.png(move |e| set_error.set(Some(e))))>
                    {tr("charts_export_png")}
                </button>
                <button type="button" class="sa-menu-item" on:click=move |_| report(source.svg_file())>
                    {tr("charts_export_svg")}
                </button>
                <button type="button" class="sa-menu-item" on:click=move |_| report(source.csv())>
                    {tr("charts_export_csv")}
                </button>
            </div>
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
