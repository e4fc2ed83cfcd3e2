//! The country panel's markup, one writer for the app's panel and the first view's panels:
//! the country's name and figures up to the year shown, in each language; buttons the app
//! and the boot script handle by their `data-action`; dataset text always as text.

use roxmltree::Document;
use skills_atlas::core::data::dataset::{FIRST_YEAR, LAST_YEAR};
use skills_atlas::core::data::{load_bytes, LoadOutcome};
use skills_atlas::core::first_view::{panels_file, panels_html};
use skills_atlas::core::geo::World;
use skills_atlas::core::i18n;
use skills_atlas::core::map_model::labels::{count, figure_rows};
use skills_atlas::core::map_model::panel_markup::{
    country_panel_html, country_panel_markup, Dock, ACTION_CLOSE, ACTION_SEARCH, PANEL_TITLE_ID,
};
use skills_atlas::core::map_model::{MapModel, YEARS};
use skills_atlas::core::url_state::Lang;
use std::collections::HashSet;
use std::sync::Arc;

const DATASET: &str = include_str!("../../public/data/atlas.json");

fn model_of(dataset: &str) -> MapModel {
    let world = World::from_json(include_str!("../../public/data/world-110m.json")).expect("world");
    let LoadOutcome::Loaded { atlas, .. } = load_bytes(dataset.as_bytes()) else {
        panic!("the dataset loads");
    };
    MapModel::build(&world, Arc::new(atlas))
}

fn index_of(model: &MapModel, id: &str) -> usize {
    model
        .index_of(id)
        .unwrap_or_else(|| panic!("{id} is on the map"))
}

/// The texts of every element named `tag`, in document order.
fn texts(doc: &Document, tag: &str) -> Vec<String> {
    doc.descendants()
        .filter(|n| n.has_tag_name(tag))
        .map(|n| {
            n.descendants()
                .filter(|t| t.is_text())
                .filter_map(|t| t.text())
                .collect()
        })
        .collect()
}

#[test]
fn the_panel_names_the_country_and_lists_its_figures_in_each_language() {
    let model = model_of(DATASET);
    let kenya = index_of(&model, "KEN");
    for (lang, name) in [
        (Lang::En, "Kenya"),
        (Lang::De, "Kenia"),
        (Lang::ZhHans, "肯尼亚"),
    ] {
        let html = country_panel_html(&model, kenya, LAST_YEAR, lang).unwrap();
        let doc = Document::parse(&html).expect("the panel is well-formed XML");
        let aside = doc.root_element();
        assert_eq!(aside.attribute("data-country"), Some("KEN"));
        assert_eq!(aside.attribute("aria-labelledby"), Some(PANEL_TITLE_ID));
        let heading = doc.descendants().find(|n| n.has_tag_name("h2")).unwrap();
        assert_eq!(heading.attribute("id"), Some(PANEL_TITLE_ID));
        assert_eq!(heading.text(), Some(name));
        let metrics = model.activity.country("KEN").unwrap().upto(LAST_YEAR);
        let rows = figure_rows(&metrics);
        assert_eq!(
            texts(&doc, "dt"),
            rows.iter()
                .map(|(k, _)| i18n::text(lang, k).to_string())
                .collect::<Vec<_>>()
        );
        assert_eq!(
            texts(&doc, "dd"),
            rows.iter()
                .map(|&(_, v)| count(v, lang))
                .collect::<Vec<_>>()
        );
        assert!(
            metrics.certifications > 0,
            "Kenya has certifications by {LAST_YEAR}"
        );
        let actions: Vec<_> = doc
            .descendants()
            .filter_map(|n| n.attribute("data-action"))
            .collect();
        assert_eq!(actions, [ACTION_CLOSE, ACTION_SEARCH]);
        let close = doc
            .descendants()
            .find(|n| n.attribute("data-action") == Some(ACTION_CLOSE))
            .unwrap();
        assert_eq!(
            close.attribute("aria-label"),
            Some(i18n::text(lang, "map_panel_close"))
        );
    }
}

#[test]
fn the_chart_has_a_bar_per_year_and_fades_the_years_after_the_one_shown() {
    let model = model_of(DATASET);
    let kenya = index_of(&model, "KEN");
    let yearly: Vec<u64> = model
        .activity
        .country("KEN")
        .unwrap()
        .yearly
        .iter()
        .map(|y| y.certifications)
        .collect();
    for year in [FIRST_YEAR, 2020, LAST_YEAR] {
        let html = country_panel_markup(&model, kenya, year, Lang::En).unwrap();
        let wrapped = format!("<div>{html}</div>");
        let doc = Document::parse(&wrapped).unwrap();
        let bars: Vec<_> = doc
            .descendants()
            .filter(|n| n.has_tag_name("rect"))
            .collect();
        assert_eq!(bars.len(), YEARS);
        let faded = bars
            .iter()
            .filter(|b| b.attribute("class") == Some("sa-map-bar sa-future"))
            .count();
        assert_eq!(faded, usize::from(LAST_YEAR - year));
        let tallest = yearly
            .iter()
            .position(|&v| v == *yearly.iter().max().unwrap())
            .unwrap();
        let height = |i: usize| bars[i].attribute("height").unwrap().parse::<f64>().unwrap();
        assert!(bars
            .iter()
            .enumerate()
            .all(|(i, _)| height(i) <= height(tallest)));
        let chart = doc.descendants().find(|n| n.has_tag_name("svg")).unwrap();
        let label = chart.attribute("aria-label").unwrap();
        assert!(
            label.contains(&format!("{FIRST_YEAR}: {}", yearly[0])),
            "{label}"
        );
        assert!(
            label.contains(&format!("{LAST_YEAR}: {}", yearly[YEARS - 1])),
            "{label}"
        );
        let subtitle = i18n::format(Lang::En, "map_panel_upto", &[("year", &year.to_string())]);
        assert!(texts(&doc, "p").contains(&subtitle));
    }
}

#[test]
fn a_country_not_on_the_map_has_no_panel() {
    let model = model_of(DATASET);
    let outside = model.geometry.countries.len();
    assert!(country_panel_markup(&model, outside, LAST_YEAR, Lang::En).is_none());
    assert!(country_panel_html(&model, outside, LAST_YEAR, Lang::De).is_none());
}

#[test]
fn dataset_text_in_a_panel_stays_text() {
    let hostile = "Ke<img src=x onerror=alert(1)>nya & \"co\"";
    let dataset = DATASET.replacen(
        "\"name\":{\"en\":\"Kenya\"",
        &format!(
            "\"name\":{{\"en\":{}",
            serde_json::to_string(hostile).unwrap()
        ),
        1,
    );
    assert_ne!(dataset, DATASET, "the dataset names Kenya");
    let model = model_of(&dataset);
    let html = country_panel_html(&model, index_of(&model, "KEN"), LAST_YEAR, Lang::En).unwrap();
    assert!(!html.contains("<img"), "{html}");
    let doc = Document::parse(&html).unwrap();
    assert!(doc.descendants().all(|n| !n.has_tag_name("img")));
    let heading = doc.descendants().find(|n| n.has_tag_name("h2")).unwrap();
    assert_eq!(heading.text(), Some(hostile));
}

#[test]
fn the_first_view_has_every_partner_countrys_panel_once_in_each_language() {
    let model = model_of(DATASET);
    let mut files = HashSet::new();
    for lang in Lang::ALL {
        assert!(files.insert(panels_file(lang)));
        let html = panels_html(&model, lang);
        assert!(html.starts_with(&format!("<!DOCTYPE html><html lang=\"{}\">", lang.tag())));
        let body = &html[html.find("<body>").unwrap()..];
        let doc = Document::parse(body.trim_end_matches("</html>")).expect("well-formed");
        let ids: Vec<&str> = doc
            .root_element()
            .children()
            .filter_map(|n| n.attribute("data-country"))
            .collect();
        let expected: Vec<&str> = model
            .geometry
            .countries
            .iter()
            .map(|c| c.id.as_str())
            .collect();
        assert_eq!(ids, expected);
        let kenya = index_of(&model, "KEN");
        assert!(html.contains(&country_panel_html(&model, kenya, LAST_YEAR, lang).unwrap()));
    }
    assert_eq!(files.len(), 3);
}

#[test]
fn a_panel_docks_on_the_side_of_the_map_away_from_its_country() {
    let model = model_of(DATASET);
    for (id, dock) in [
        ("BRA", Dock::Right),
        ("CHL", Dock::Right),
        ("KEN", Dock::Left),
        ("GBR", Dock::Left),
        ("THA", Dock::Left),
    ] {
        let index = index_of(&model, id);
        assert_eq!(Dock::of(&model, index), dock, "{id}");
        let html = country_panel_html(&model, index, LAST_YEAR, Lang::En).unwrap();
        assert!(
            html.contains(&format!("data-dock=\"{}\"", dock.slug())),
            "{id}: {html}"
        );
    }
}
