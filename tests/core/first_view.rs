//! The first view the build writes into each page: the map of the latest year as static
//! markup, every text in each language, countries named by `<title>` in the page's own
//! language, nothing interactive, and a page template it refuses when it cannot fill it.

use roxmltree::Document;
use skills_atlas::core::data::{load_bytes, LoadOutcome};
use skills_atlas::core::first_view::{
    page, page_file, FIRST_VIEW_END_ID, MOUNT_ELEMENT, PICK_SCRIPT,
};
use skills_atlas::core::geo::World;
use skills_atlas::core::map_model::MapModel;
use skills_atlas::core::url_state::Lang;
use std::sync::Arc;

const DATASET: &str = include_str!("../../public/data/atlas.json");
const TEMPLATE: &str = "<!DOCTYPE html>\n<html lang=\"en\">\n<head><meta charset=\"utf-8\" /><title>Skills Atlas</title></head>\n<body><div id=\"skills-atlas\"></div></body></html>";

fn model() -> MapModel {
    let world = World::from_json(include_str!("../../public/data/world-110m.json")).expect("world");
    let LoadOutcome::Loaded { atlas, .. } = load_bytes(DATASET.as_bytes()) else {
        panic!("the committed dataset loads");
    };
    MapModel::build(&world, Arc::new(atlas))
}

/// The page's `<svg class="sa-map-svg">`, parsed as XML.
fn map_svg(html: &str) -> String {
    let start = html
        .find("<svg class=\"sa-map-svg")
        .expect("the page has the map");
    let end = start + html[start..].find("</svg>").expect("the map ends") + "</svg>".len();
    html[start..end].to_string()
}

/// The dataset's own record of country `id` (read with serde_json, not the app's loader).
fn dataset_country(id: &str) -> serde_json::Value {
    let json: serde_json::Value = serde_json::from_str(DATASET).unwrap();
    json["countries"]
        .as_array()
        .unwrap()
        .iter()
        .find(|c| c["id"] == id)
        .cloned()
        .unwrap_or_else(|| panic!("{id} is in the dataset"))
}

#[test]
fn each_page_names_the_countries_in_its_own_language() {
    let model = model();
    for (lang, key) in [
        (Lang::En, "en"),
        (Lang::De, "de"),
        (Lang::ZhHans, "zh-Hans"),
    ] {
        let html = page(TEMPLATE, &model, lang).unwrap();
        assert!(html.contains(&format!("<html lang=\"{}\">", lang.tag())));
        let svg = map_svg(&html);
        let doc = Document::parse(&svg).expect("the static map is well-formed XML");
        let shapes: Vec<_> = doc
            .descendants()
            .filter(|n| n.attribute("data-country").is_some())
            .collect();
        assert!(
            shapes.len() >= 40,
            "{} partner countries drawn",
            shapes.len()
        );
        for shape in &shapes {
            let id = shape.attribute("data-country").unwrap();
            let title = shape
                .children()
                .find(|c| c.has_tag_name("title"))
                .and_then(|t| t.text())
                .unwrap_or_else(|| panic!("{id} has a <title>"));
            let name = dataset_country(id)["name"][key]
                .as_str()
                .unwrap()
                .to_string();
            assert!(
                title.starts_with(&name),
                "{id} in {key}: {title:?} names {name:?}"
            );
            // Inert until the app takes over: no buttons, no tab stops.
            for attr in ["role", "tabindex", "aria-pressed"] {
                assert!(shape.attribute(attr).is_none(), "{id} has {attr}");
            }
        }
        let arcs = doc
            .descendants()
            .filter(|n| n.attribute("class") == Some("sa-arc sa-arc-coop"))
            .count();
        assert!(
            arcs >= shapes.len(),
            "{arcs} cooperation arcs for {} countries",
            shapes.len()
        );
        let hub: Vec<_> = doc
            .descendants()
            .filter(|n| n.has_tag_name("tspan"))
            .map(|n| (n.attribute("lang").unwrap(), n.text().unwrap()))
            .collect();
        assert_eq!(
            hub,
            [
                ("en", "Chongqing"),
                ("zh-Hans", "重庆"),
                ("de", "Chongqing")
            ]
        );
    }
}

#[test]
fn every_text_is_there_in_each_language() {
    let html = page(TEMPLATE, &model(), Lang::En).unwrap();
    for (lang, title, certifications) in [
        ("en", "Cooperation map", "more than 500"),
        ("de", "Kooperationskarte", "mehr als 500"),
        ("zh-Hans", "合作地图", "超过 500"),
    ] {
        let span = |text: &str| format!("<span lang=\"{lang}\">{text}");
        assert!(html.contains(&span(title)), "{lang}: the view's title");
        assert!(
            html.contains(&span(certifications)),
            "{lang}: the certifications figure"
        );
    }
    let count = |tag: &str| html.matches(&format!("<span lang=\"{tag}\">")).count();
    assert_eq!(count("en"), count("de"));
    assert_eq!(count("en"), count("zh-Hans"));
}

#[test]
fn the_side_is_written_in_the_order_it_shows_legend_then_figures() {
    // A phone may draw the page before its last bytes are in: a legend arriving above
    // figures already drawn would push them off the screen (a layout shift).
    let html = page(TEMPLATE, &model(), Lang::En).unwrap();
    let side = html.find("class=\"sa-map-side\"").expect("the map's side");
    let legend = html[side..]
        .find("class=\"sa-map-legend\"")
        .expect("the legend");
    let figures = html[side..]
        .find("class=\"sa-headline\"")
        .expect("the figures");
    assert!(legend < figures, "the legend comes before the figures");
}

#[test]
fn the_page_is_painted_only_once_the_whole_first_view_is_parsed() {
    // index.html holds back the first paint (`<link rel="expect" blocking="render">`) until
    // the element it names is parsed: the first view's last element.
    let template = include_str!("../../index.html");
    let expect = template
        .find("rel=\"expect\"")
        .map(|i| &template[template[..i].rfind('<').unwrap()..i + template[i..].find('>').unwrap()])
        .expect("index.html holds back the first paint");
    assert!(expect.contains("blocking=\"render\""), "{expect}");
    assert!(
        expect.contains(&format!("href=\"#{FIRST_VIEW_END_ID}\"")),
        "{expect}"
    );
    let html = page(TEMPLATE, &model(), Lang::En).unwrap();
    let end = html
        .find(&format!("id=\"{FIRST_VIEW_END_ID}\""))
        .expect("the first view has the element");
    for part in [
        "class=\"sa-map-svg",
        "class=\"sa-map-legend\"",
        "class=\"sa-headline\"",
    ] {
        assert!(
            html.find(part).unwrap() < end,
            "{part} comes before the end"
        );
    }
}

#[test]
fn the_pick_script_is_at_the_top_and_the_page_links_its_twins_without_scripts() {
    let html = page(TEMPLATE, &model(), Lang::De).unwrap();
    let root = html.find("class=\"skills-atlas sa-first-view\"").unwrap();
    let script = html
        .find(&format!("<script>{PICK_SCRIPT}</script>"))
        .unwrap();
    let header = html.find("<header").unwrap();
    assert!(
        root < script && script < header,
        "the script runs before anything is drawn"
    );
    for lang in Lang::ALL {
        let link = format!(
            "<a href=\"{}\" hreflang=\"{}\"",
            page_file(lang),
            lang.tag()
        );
        assert!(html.contains(&link), "{link}");
    }
    assert!(!html.contains(MOUNT_ELEMENT), "the mount element is filled");
}

#[test]
fn a_page_without_a_single_empty_mount_element_is_refused() {
    let model = model();
    let none = TEMPLATE.replace(MOUNT_ELEMENT, "");
    assert!(page(&none, &model, Lang::En).is_err());
    let two = TEMPLATE.replace(MOUNT_ELEMENT, &MOUNT_ELEMENT.repeat(2));
    assert!(page(&two, &model, Lang::En).is_err());
    let other_lang = TEMPLATE.replace("<html lang=\"en\">", "<html>");
    assert!(page(&other_lang, &model, Lang::En).is_err());
}
