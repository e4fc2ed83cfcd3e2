//! One chart as a figure: title, units, options, legend, the drawing or its table,
//! source line, illustrative notice, and downloads.

use super::bars::{series_of, BarChartSvg};
use super::matrix::MatrixSvg;
use super::table::ChartDataTable;
use super::use_charts_model::ChartsModel;
use crate::app::export::ExportMenu;
use crate::app::i18n::{tr, tr_fmt, use_lang};
use crate::app::state::{use_charts_state, ChartsState};
use crate::core::charts::{
    chart_table, export_file_stem, table_csv_rows, ChartBody, ChartData, ChartKind, ExportFrame,
    GrowthMode, DEFAULT_TOP,
};
use crate::core::data::Atlas;
use crate::core::figure_text::format_number;
use crate::core::i18n;
use crate::core::url_state::Lang;
use leptos::prelude::*;
use std::sync::Arc;

/// A chart with everything around it.
#[component]
pub fn ChartFigure(
    /// Which chart.
    kind: ChartKind,
    /// Shared data and filter.
    model: ChartsModel,
    /// Heading level 2 in the charts view; the presenter passes its own.
    #[prop(default = false)]
    presenting: bool,
) -> impl IntoView {
    let state = model.state;
    let lang = use_lang();
    let data = model.chart(kind);
    let svg = NodeRef::<leptos::svg::Svg>::new();
    let (as_table, set_as_table) = signal(false);
    let title_id = format!("sa-chart-title-{}", kind.slug());
    let facts = model.facts.clone();
    let filter = model.filter;
    let year = Memo::new(move |_| filter.with(|f| f.year).unwrap_or(facts.last_year));
    let title = Signal::derive(move || i18n::text(lang.get(), kind.title_key()).to_string());
    let table = Signal::derive(move || {
        let lang = lang.get();
        data.with(|d| chart_table(d, i18n::text(lang, kind.category_axis_key()), lang))
    });
    let subtitle = subtitle_text(kind, lang, year);
    let source = source_text(model.atlas.clone(), lang);
    let notice = notice_text(model.atlas.clone(), lang);
    let legend = legend_entries(kind, data);
    let frame = export_frame(title, subtitle, legend, source.clone(), notice.clone());
    let csv_rows = Signal::derive(move || table.with(table_csv_rows));
    let file_stem = export_stem(state, kind, year);
    let on_select = Callback::new(move |code: String| state.select_country(Some(code)));
    let empty = Memo::new(move |_| data.with(|d| d.is_empty()));
    // A chart never changes between bars and matrix. A matrix keeps its width on a narrow
    // card, and scrolls sideways (see charts.css).
    let matrix = data.with_untracked(|d| matches!(d.body, ChartBody::Matrix(_)));
    let drawing = chart_drawing(matrix, data, svg, title_id.clone(), on_select);
    let targets = matches!(
        kind,
        ChartKind::TargetCertifications | ChartKind::TargetStandards
    );
    view! {
        <figure class="sa-chart" class:sa-chart-presenting=presenting id=format!("sa-chart-{}", kind.slug())>
            <figcaption class="sa-chart-head">
                {chart_heading(title_id, presenting, title)}
                <p class="sa-chart-sub">{subtitle}</p>
            </figcaption>
            <ChartOptions kind=kind />
            <Legend entries=legend />
            <Show
                when=move || !empty.get()
                fallback=move || {
                    view! {
                        <p class="sa-chart-empty" role="status">
                            {move || tr_fmt(lang, "charts_no_data", &[("year", &year.get().to_string())])}
                        </p>
                    }
                }
            >
                <div class="sa-chart-body" class:sa-hidden=move || as_table.get() class:sa-chart-wide=matrix>
                    {drawing.clone()}
                </div>
                <Show when=move || as_table.get()>
                    <ChartDataTable table=table caption=title />
                </Show>
            </Show>
            {capped_note(data, lang)}
            <Show when=move || targets>
                <p class="sa-chart-note">{tr("charts_target_note")}</p>
            </Show>
            <p class="sa-chart-source">{source}</p>
            <p class="sa-chart-notice">{notice}</p>
            <div class="sa-chart-actions">
                <button
                    type="button"
                    class="sa-button sa-button-quiet sa-button-small"
                    aria-pressed=move || as_table.get().to_string()
                    on:click=move |_| set_as_table.update(|t| *t = !*t)
                >
                    {move || if as_table.get() { tr("charts_show_chart")() } else { tr("charts_show_table")() }}
                </button>
                <ExportMenu svg=svg frame=frame csv_rows=csv_rows file_stem=file_stem />
            </div>
        </figure>
    }
}

/// The chart's title, `id` for the drawing to be named by (styled as a slide title when
/// presenting).
fn chart_heading(id: String, presenting: bool, title: Signal<String>) -> impl IntoView {
    move || {
        if presenting {
            view! { <h2 id=id.clone() class="sa-chart-title sa-slide-title">{move || title.get()}</h2> }.into_any()
        } else {
            view! { <h2 id=id.clone() class="sa-chart-title">{move || title.get()}</h2> }.into_any()
        }
    }
}

/// The line under the title: what the values count, through which year.
fn subtitle_text(
    kind: ChartKind,
    lang: Memo<Lang>,
    year: Memo<u16>,
) -> impl Fn() -> String + Copy + Send + Sync + 'static {
    move || {
        format!(
            "{} · {}",
            i18n::text(lang.get(), kind.value_axis_key()),
            tr_fmt(
                lang,
                "charts_year_through",
                &[("year", &year.get().to_string())]
            )
        )
    }
}

/// The dataset's source line.
fn source_text(
    atlas: Arc<Atlas>,
    lang: Memo<Lang>,
) -> impl Fn() -> String + Clone + Send + Sync + 'static {
    move || {
        let s = &atlas.meta.source;
        tr_fmt(
            lang,
            "charts_source",
            &[("who", &s.who), ("what", &s.what), ("when", &s.when)],
        )
    }
}

/// The dataset's notice (its figures are illustrative).
fn notice_text(
    atlas: Arc<Atlas>,
    lang: Memo<Lang>,
) -> impl Fn() -> String + Clone + Send + Sync + 'static {
    move || atlas.meta.notice.get(lang.get()).to_string()
}

/// The colour key's entries: the series of a bar chart with several (and always of the
/// talent flows), none otherwise.
fn legend_entries(kind: ChartKind, data: Memo<ChartData>) -> Memo<Vec<(String, &'static str)>> {
    Memo::new(move |_| {
        data.with(|d| match &d.body {
            ChartBody::Bars(b) if b.series.len() > 1 || kind == ChartKind::TalentFlows => {
                series_of(b)
            }
            _ => Vec::new(),
        })
    })
}

/// What an exported image shows around the drawing.
fn export_frame(
    title: Signal<String>,
    subtitle: impl Fn() -> String + Send + Sync + 'static,
    legend: Memo<Vec<(String, &'static str)>>,
    source: impl Fn() -> String + Send + Sync + 'static,
    notice: impl Fn() -> String + Send + Sync + 'static,
) -> Signal<ExportFrame> {
    Signal::derive(move || ExportFrame {
        title: title.get(),
        subtitle: subtitle(),
        legend: legend
            .get()
            .into_iter()
            .map(|(l, c)| (l, c.to_string()))
            .collect(),
        source: source(),
        notice: notice(),
    })
}

/// The exported files' name: the chart, its variant (counting mode, all countries) and year.
fn export_stem(state: ChartsState, kind: ChartKind, year: Memo<u16>) -> Signal<String> {
    Signal::derive(move || {
        let variant = match kind {
            ChartKind::Growth => Some(state.mode.get().slug()),
            ChartKind::CertificationsByCountry if state.top.get().is_none() => Some("all"),
            _ => None,
        };
        export_file_stem(kind.slug(), variant, year.get())
    })
}

/// The drawing, a `matrix` or bars, named by the element `labelled`.
fn chart_drawing(
    matrix: bool,
    data: Memo<ChartData>,
    svg: NodeRef<leptos::svg::Svg>,
    labelled: String,
    on_select: Callback<String>,
) -> impl Fn() -> AnyView + Clone + Send + Sync + 'static {
    move || {
        let labelled = labelled.clone();
        // Decided once: new data must not rebuild the component (its marks update in place).
        if matrix {
            view! { <MatrixSvg data=data svg=svg labelled_by=labelled on_select=on_select /> }
                .into_any()
        } else {
            view! { <BarChartSvg data=data svg=svg labelled_by=labelled on_select=on_select /> }
                .into_any()
        }
    }
}

/// "Showing n of m rows", under a matrix cut to its first rows.
fn capped_note(data: Memo<ChartData>, lang: Memo<Lang>) -> impl IntoView {
    move || {
        data.with(|d| match &d.body {
            ChartBody::Matrix(m) if m.total_rows > m.rows.len() => Some(tr_fmt(
                lang,
                "charts_matrix_capped",
                &[
                    ("shown", &m.rows.len().to_string()),
                    ("total", &format_number(m.total_rows as f64, lang.get())),
                ],
            )),
            _ => None,
        })
    }
}

/// The colour key of a multi-series chart.
#[component]
fn Legend(
    /// Label and colour of each series.
    entries: Memo<Vec<(String, &'static str)>>,
) -> impl IntoView {
    move || {
        let entries = entries.get();
        (!entries.is_empty()).then(|| {
            view! {
                <ul class="sa-legend">
                    {entries
                        .into_iter()
                        .map(|(label, colour)| {
                            view! {
                                <li>
                                    <span class="sa-swatch" style=format!("background:{colour}") aria-hidden="true"></span>
                                    {label}
                                </li>
                            }
                        })
                        .collect_view()}
                </ul>
            }
        })
    }
}

/// The options a chart has: counting mode for growth, top N for countries.
#[component]
fn ChartOptions(
    /// Which chart.
    kind: ChartKind,
) -> impl IntoView {
    let state = use_charts_state();
    let lang = use_lang();
    match kind {
        ChartKind::Growth => {
            let mode = state.mode;
            let button = move |m: GrowthMode, key: &'static str| {
                view! {
                    <button
                        type="button"
                        class="sa-toggle"
                        aria-pressed=move || (mode.get() == m).to_string()
                        on:click=move |_| state.set_mode(m)
                    >
                        {tr(key)}
                    </button>
                }
            };
            view! {
                <div class="sa-chart-options" role="group" aria-label=tr("charts_mode_label")>
                    {button(GrowthMode::Cumulative, "charts_mode_cumulative")}
                    {button(GrowthMode::Yearly, "charts_mode_yearly")}
                </div>
            }
            .into_any()
        }
        ChartKind::CertificationsByCountry => {
            let top = state.top;
            let total = expect_context::<crate::app::data_gate::LoadedData>()
                .atlas
                .certifications
                .iter()
                .map(|c| c.country.as_str())
                .collect::<std::collections::BTreeSet<_>>()
                .len();
            view! {
                <div class="sa-chart-options" role="group" aria-label=tr("charts_top_label")>
                    <button
                        type="button"
                        class="sa-toggle"
                        aria-pressed=move || top.get().is_some().to_string()
                        on:click=move |_| state.set_top(Some(DEFAULT_TOP))
                    >
                        {move || tr_fmt(lang, "charts_top_n", &[("count", &DEFAULT_TOP.to_string())])}
                    </button>
                    <button
                        type="button"
                        class="sa-toggle"
                        aria-pressed=move || top.get().is_none().to_string()
                        on:click=move |_| state.set_top(None)
                    >
                        {move || tr_fmt(lang, "charts_top_all", &[("count", &format_number(total as f64, lang.get()))])}
                    </button>
                </div>
            }
            .into_any()
        }
        _ => ().into_any(),
    }
}
