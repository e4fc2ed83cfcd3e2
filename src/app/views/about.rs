//! About the data: the published figures, what is illustrative, the schema, downloads.

use crate::app::data_gate::LoadedData;
use crate::app::i18n::{tr, tr_fmt, use_lang};
use crate::core::data::{recompute, FigureKind, KeyFigure};
use crate::core::figure_text::{format_number, qualified_value};
use crate::core::url_state::Lang;
use leptos::prelude::*;

/// The About/Data page.
#[component]
pub fn AboutView() -> impl IntoView {
    let data = expect_context::<LoadedData>();
    let lang = use_lang();
    let atlas = data.atlas.clone();
    let meta = atlas.meta.clone();
    let notice = meta.notice.clone();
    let notes = meta.notes.clone();
    let source = meta.source.clone();
    let licence = meta.licence.clone();
    let (as_of, seed) = (meta.as_of.clone(), meta.seed.to_string());
    let version = atlas.schema_version.to_string();
    let records = record_counts(&atlas);

    view! {
        <article class="sa-view sa-about" aria-labelledby="sa-view-title">
            <h1 id="sa-view-title">{tr("view_about_title")}</h1>
            <p class="sa-lead">{tr("about_intro")}</p>
            <section class="sa-notice" role="note" aria-labelledby="sa-about-notice">
                <h2 id="sa-about-notice">{tr("about_notice_heading")}</h2>
                <p>{move || notice.get(lang.get()).to_string()}</p>
                <p>{tr("about_shape")}</p>
            </section>

            <h2>{tr("about_figures_heading")}</h2>
            <FiguresTable atlas=data.clone() kind=FigureKind::Achievement />
            <h2>{tr("about_targets_heading")}</h2>
            <p>{tr("about_targets_intro")}</p>
            <FiguresTable atlas=data.clone() kind=FigureKind::Target />

            <h2>{tr("about_source_heading")}</h2>
            <p>
                {move || {
                    tr_fmt(
                        lang,
                        "about_source_line",
                        &[("who", &source.who), ("what", &source.what), ("when", &source.when)],
                    )
                }}
            </p>
            <p>{move || tr_fmt(lang, "about_licence", &[("licence", &licence)])}</p>
            <p>{move || tr_fmt(lang, "about_as_of", &[("date", &as_of), ("seed", &seed)])}</p>

            <h2>{tr("about_notes_heading")}</h2>
            <p>{move || notes.get(lang.get()).to_string()}</p>

            <h2>{tr("about_records_heading")}</h2>
            <p>{tr("about_records_intro")}</p>
            <div class="sa-table-scroll" tabindex="0" role="region" aria-label=tr("about_records_caption")>
            <table class="sa-table">
                <caption>{tr("about_records_caption")}</caption>
                <thead>
                    <tr>
                        <th scope="col">{tr("about_col_type")}</th>
                        <th scope="col" class="sa-num">{tr("about_col_count")}</th>
                    </tr>
                </thead>
                <tbody>
                    {records
                        .into_iter()
                        .map(|(key, count)| {
                            view! {
                                <tr>
                                    <th scope="row">{tr(key)}</th>
                                    <td class="sa-num">
                                        {move || format_number(count as f64, lang.get())}
                                    </td>
                                </tr>
                            }
                        })
                        .collect_view()}
                </tbody>
            </table>
            </div>

            <h2>{tr("about_schema_heading")}</h2>
            <p>{move || tr_fmt(lang, "about_schema_text", &[("version", &version)])}</p>
            <ul class="sa-downloads">
                <li>
                    <a href="data/atlas.json" download="atlas.json">{tr("about_download_data")}</a>
                </li>
                <li>
                    <a href="data/atlas.schema.json" download="atlas.schema.json">
                        {tr("about_download_schema")}
                    </a>
                </li>
            </ul>

            <h2>{tr("about_geometry_heading")}</h2>
            <p>{tr("about_geometry_text")}</p>
        </article>
    }
}

/// How many records of each type the dataset holds, with the i18n key naming the type.
fn record_counts(atlas: &crate::core::data::Atlas) -> Vec<(&'static str, usize)> {
    vec![
        ("about_rec_countries", atlas.countries.len()),
        ("about_rec_platforms", atlas.platforms.len()),
        ("about_rec_institutions", atlas.institutions.len()),
        ("about_rec_partners", atlas.partners.len()),
        ("about_rec_partnerships", atlas.partnerships.len()),
        ("about_rec_workshops", atlas.workshops.len()),
        ("about_rec_standards", atlas.standards.len()),
        ("about_rec_trainers", atlas.trainers.len()),
        ("about_rec_certifications", atlas.certifications.len()),
        ("about_rec_flows", atlas.talent_flows.len()),
    ]
}

/// The published figures of one kind, with their qualifier and what the records add up to.
#[component]
fn FiguresTable(
    /// The loaded dataset.
    atlas: LoadedData,
    /// Achievements or targets.
    kind: FigureKind,
) -> impl IntoView {
    let lang = use_lang();
    let recomputed = recompute(&atlas.atlas);
    let figures: Vec<KeyFigure> = atlas
        .atlas
        .key_figures
        .iter()
        .filter(|f| f.kind == kind)
        .cloned()
        .collect();
    let is_target = kind == FigureKind::Target;
    let rows = figures
        .into_iter()
        .map(|figure| {
            let actual =
                recomputed.iter().find(|(id, _)| *id == figure.id).map(|(_, value)| *value);
            let label = figure.label.clone();
            let value = move || {
                let lang: Lang = lang.get();
                let text = qualified_value(&figure, lang);
                if figure.per_year {
                    crate::core::i18n::format(lang, "about_per_year", &[("value", &text)])
                } else {
                    text
                }
            };
            view! {
                <tr>
                    <th scope="row">
                        {move || label.get(lang.get()).to_string()}
                        {is_target.then(|| view! { " " <span class="sa-badge">{tr("about_target_badge")}</span> })}
                    </th>
                    <td class="sa-num">{value}</td>
                    {(!is_target)
                        .then(|| {
                            view! {
                                <td class="sa-num">
                                    {move || actual.map(|v| format_number(v, lang.get())).unwrap_or_default()}
                                </td>
                            }
                        })}
                </tr>
            }
        })
        .collect_view();
    let caption = tr(if is_target {
        "about_targets_caption"
    } else {
        "about_figures_caption"
    });
    view! {
        <div class="sa-table-scroll" tabindex="0" role="region" aria-label=caption>
        <table class="sa-table" class:sa-targets=is_target>
            <caption>{caption}</caption>
            <thead>
                <tr>
                    <th scope="col">{tr("about_col_figure")}</th>
                    <th scope="col" class="sa-num">{tr("about_col_value")}</th>
                    {(!is_target)
                        .then(|| view! { <th scope="col" class="sa-num">{tr("about_col_records")}</th> })}
                </tr>
            </thead>
            <tbody>{rows}</tbody>
        </table>
        </div>
    }
}
