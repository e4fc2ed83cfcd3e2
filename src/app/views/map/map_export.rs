//! Downloads of the map: PNG (2×) and SVG with title, legend, source and notice, and the CSV
//! of exactly the figures behind it (the table view's rows for the year shown).

use super::map_state::MapCtx;
use super::map_table::column_key;
use crate::app::export::ExportMenu;
use crate::app::i18n::tr_fmt;
use crate::core::charts::ExportFrame;
use crate::core::i18n;
use crate::core::map_model::{csv_rows, rows_for_year, sort_rows, SortColumn, SortDirection};
use leptos::prelude::*;

/// The map's `<svg>`, shared between the drawing and the export buttons.
#[derive(Clone, Copy)]
pub struct MapSvgRef(pub NodeRef<leptos::svg::Svg>);

/// The PNG / SVG / CSV buttons of the map toolbar.
#[component]
pub fn MapExport() -> impl IntoView {
    let ctx = expect_context::<MapCtx>();
    let svg = expect_context::<MapSvgRef>().0;
    let lang = ctx.lang;
    let year = ctx.year;
    let frame = Signal::derive(move || {
        let lang_now = lang.get();
        ctx.model.with_value(|m| {
            let s = &m.atlas.meta.source;
            ExportFrame {
                title: tr_fmt(
                    lang,
                    "map_export_title",
                    &[("year", &year.get().to_string())],
                ),
                subtitle: i18n::text(lang_now, "map_export_subtitle").to_string(),
                legend: m
                    .bins
                    .labels()
                    .into_iter()
                    .zip(m.bins.colors().iter().map(|c| c.to_string()))
                    .collect(),
                source: tr_fmt(
                    lang,
                    "charts_source",
                    &[("who", &s.who), ("what", &s.what), ("when", &s.when)],
                ),
                notice: m.atlas.meta.notice.get(lang_now).to_string(),
            }
        })
    });
    let rows = Signal::derive(move || {
        let lang_now = lang.get();
        let headers: Vec<String> = SortColumn::ALL
            .into_iter()
            .map(|c| i18n::text(lang_now, column_key(c)).to_string())
            .collect();
        ctx.model.with_value(|m| {
            let mut rows = rows_for_year(&m.activity, &m.atlas, year.get(), lang_now);
            sort_rows(
                &mut rows,
                SortColumn::Certifications,
                SortDirection::Descending,
            );
            csv_rows(&rows, &headers, i18n::text(lang_now, "map_export_code"))
        })
    });
    let file_stem = Signal::derive(move || format!("cooperation-map-{}", year.get()));
    view! { <ExportMenu svg=svg frame=frame csv_rows=rows file_stem=file_stem /> }
}
