//! The selected country's panel as markup: its figures for the year shown, certifications
//! by year as a small bar chart, and the way into the search view filtered to it. One
//! writer serves the app (which sets it into its panel and handles the buttons by their
//! `data-action`) and the build, which writes every partner country's panel beside the
//! first view so a click opens it before the app has loaded (`core::first_view`).

use super::labels::{count, figure_rows, workshop_phrase};
use super::{MapModel, Metrics, YEARS};
use crate::core::data::dataset::FIRST_YEAR;
use crate::core::i18n;
use crate::core::lang::Lang;
use crate::core::xml_text::{push_attr, xml_escape_into};
use std::fmt::Write;

/// The panel heading's id: the panel is labelled by it, and focus moves to it on opening.
pub const PANEL_TITLE_ID: &str = "sa-map-panel-title";

/// The `data-action` of the panel's close button.
pub const ACTION_CLOSE: &str = "close";

/// The `data-action` of the panel's button that opens the search view on the country.
pub const ACTION_SEARCH: &str = "search";

/// Size of the certifications chart (its viewBox) and the width of one year's bar.
const CHART: (f64, f64, f64) = (220.0, 70.0, 20.0);

/// What a country's panel shows: its name, its figures up to the year shown, the year its
/// first workshop opened by then, and its certifications in each year.
#[derive(Clone, Debug, PartialEq)]
pub struct PanelFigures<'a> {
    /// The country's name in the panel's language.
    pub name: &'a str,
    /// Running totals up to `year`.
    pub metrics: Metrics,
    /// The year of its first workshop, if it had one by `year`.
    pub since: Option<u16>,
    /// Certifications in each year, from the first year.
    pub yearly: Vec<u64>,
    /// The year shown.
    pub year: u16,
}

/// The panel's figures for the country at `index` on the map, up to `year`, named in
/// `lang`; `None` if there is no such country.
pub fn panel_figures(
    model: &MapModel,
    index: usize,
    year: u16,
    lang: Lang,
) -> Option<PanelFigures<'_>> {
    let id = &model.geometry.countries.get(index)?.id;
    let activity = model.activity.country(id);
    Some(PanelFigures {
        name: model.atlas.country_name(id, lang),
        metrics: activity.map(|a| a.upto(year)).unwrap_or_default(),
        since: activity.and_then(|a| a.workshop_since_by(year)),
        yearly: activity.map_or_else(
            || vec![0; YEARS],
            |a| a.yearly.iter().map(|y| y.certifications).collect(),
        ),
        year,
    })
}

/// The panel's content for the country at `index` on the map, with its figures up to
/// `year`, in `lang`; `None` if there is no such country.
pub fn country_panel_markup(
    model: &MapModel,
    index: usize,
    year: u16,
    lang: Lang,
) -> Option<String> {
    Some(panel_content(
        &panel_figures(model, index, year, lang)?,
        lang,
    ))
}

/// Where a country's panel lies over the map on a wide screen (`data-dock`, style/map.css):
/// in the map's top left corner, or its top right one for a country that the left one
/// would hide (the Americas), so the country stays in view.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Dock {
    /// Top left.
    Left,
    /// Top right.
    Right,
}

impl Dock {
    /// Share of the map's width from its left edge that a panel docked left covers.
    const LEFT_COVERS: f64 = 0.4;

    /// Where country `index`'s panel docks.
    pub fn of(model: &MapModel, index: usize) -> Dock {
        match model.geometry.countries.get(index) {
            Some(c) if c.anchor.0 < super::MAP_WIDTH * Self::LEFT_COVERS => Dock::Right,
            _ => Dock::Left,
        }
    }

    /// The value of `data-dock`.
    pub fn slug(self) -> &'static str {
        match self {
            Dock::Left => "left",
            Dock::Right => "right",
        }
    }
}

/// The whole panel element around [`country_panel_markup`], as the app lays it out.
pub fn country_panel_html(model: &MapModel, index: usize, year: u16, lang: Lang) -> Option<String> {
    let figures = panel_figures(model, index, year, lang)?;
    Some(panel_html(
        &model.geometry.countries[index].id,
        Dock::of(model, index),
        &figures,
        lang,
    ))
}

/// The panel element of country `id` showing `figures`, in `lang`, docked at `dock`.
pub fn panel_html(id: &str, dock: Dock, figures: &PanelFigures, lang: Lang) -> String {
    let content = panel_content(figures, lang);
    let mut out = String::with_capacity(content.len() + 128);
    let _ = write!(
        out,
        "<aside class=\"sa-map-panel\" aria-labelledby=\"{PANEL_TITLE_ID}\" data-dock=\"{}\"",
        dock.slug()
    );
    push_attr(&mut out, "data-country", id);
    out.push('>');
    out.push_str(&content);
    out.push_str("</aside>");
    out
}

/// The panel's content: heading and close button, what the figures count to, the figures,
/// the workshop, the chart, and the button into the search view.
pub fn panel_content(figures: &PanelFigures, lang: Lang) -> String {
    let PanelFigures {
        name,
        metrics,
        since,
        yearly,
        year,
    } = figures;
    let mut out = String::with_capacity(2048);
    let _ = write!(
        out,
        "<div class=\"sa-map-panel-head\"><h2 id=\"{PANEL_TITLE_ID}\" tabindex=\"-1\">"
    );
    xml_escape_into(&mut out, name);
    let _ = write!(
        out,
        "</h2><button type=\"button\" class=\"sa-button sa-button-quiet sa-map-panel-close\" data-action=\"{ACTION_CLOSE}\""
    );
    push_attr(&mut out, "aria-label", i18n::text(lang, "map_panel_close"));
    out.push_str(">\u{d7}</button></div><p class=\"sa-map-panel-sub\">");
    let upto = year.to_string();
    xml_escape_into(
        &mut out,
        &i18n::format(lang, "map_panel_upto", &[("year", &upto)]),
    );
    out.push_str("</p><dl class=\"sa-map-figures\">");
    for (key, value) in figure_rows(metrics) {
        out.push_str("<div><dt>");
        xml_escape_into(&mut out, i18n::text(lang, key));
        out.push_str("</dt><dd>");
        xml_escape_into(&mut out, &count(value, lang));
        out.push_str("</dd></div>");
    }
    out.push_str("</dl><p>");
    xml_escape_into(&mut out, &workshop_phrase(*since, lang));
    out.push_str("</p>");
    chart(&mut out, yearly, *year, lang);
    let _ = write!(
        out,
        "<button type=\"button\" class=\"sa-button sa-map-panel-link\" data-action=\"{ACTION_SEARCH}\">"
    );
    xml_escape_into(
        &mut out,
        &i18n::format(lang, "map_panel_search", &[("name", name)]),
    );
    out.push_str("</button>");
    out
}

/// Certifications per year as small bars; years after `upto` are faded. The chart is an
/// image whose name lists every bar's value.
fn chart(out: &mut String, yearly: &[u64], upto: u16, lang: Lang) {
    let (w, h, bar) = CHART;
    let max = yearly.iter().copied().max().unwrap_or(0).max(1) as f64;
    let values: Vec<String> = yearly
        .iter()
        .zip(FIRST_YEAR..)
        .map(|(v, y)| format!("{y}: {}", count(*v, lang)))
        .collect();
    out.push_str("<figure class=\"sa-map-chart\"><figcaption>");
    xml_escape_into(out, i18n::text(lang, "map_panel_chart_title"));
    let _ = write!(
        out,
        "</figcaption><svg viewBox=\"0 0 {w} {h}\" width=\"100%\" role=\"img\""
    );
    let label = i18n::format(
        lang,
        "map_panel_chart_label",
        &[("values", &values.join(", "))],
    );
    push_attr(out, "aria-label", &label);
    out.push('>');
    for ((i, &v), y) in yearly.iter().enumerate().zip(FIRST_YEAR..) {
        let bh = (v as f64 / max * (h - 14.0)).max(if v > 0 { 1.0 } else { 0.0 });
        let future = if y > upto { " sa-future" } else { "" };
        let _ = write!(
            out,
            "<rect class=\"sa-map-bar{future}\" x=\"{}\" y=\"{}\" width=\"{}\" height=\"{}\"/>",
            round(i as f64 * bar + 2.0),
            round(h - 12.0 - bh),
            bar - 4.0,
            round(bh)
        );
    }
    let last = FIRST_YEAR + YEARS as u16 - 1;
    let _ = write!(
        out,
        "<text x=\"2\" y=\"{}\" class=\"sa-map-axis\">{FIRST_YEAR}</text><text x=\"{}\" y=\"{}\" class=\"sa-map-axis\" text-anchor=\"end\">{last}</text></svg></figure>",
        h - 1.0,
        w - 2.0,
        h - 1.0
    );
}

/// A coordinate to two decimals, without trailing zeros.
fn round(v: f64) -> f64 {
    (v * 100.0).round() / 100.0
}
