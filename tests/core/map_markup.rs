//! The map's drawing as markup: one country mark, arc group and pair of glyphs per country,
//! in index order; gradients whose stops are their direct children (stops wrapped in
//! anything else leave the arcs unpainted); one tab stop; the selection marked; platforms
//! grouped by opening year; dataset text escaped, never markup.

use roxmltree::{Document, Node};
use skills_atlas::core::data::dataset::LAST_YEAR;
use skills_atlas::core::data::generate::{generate, DEFAULT_SEED};
use skills_atlas::core::data::Atlas;
use skills_atlas::core::geo::{Bins, World};
use skills_atlas::core::map_model::drawing_markup::{
    map_markup, CountryLook, LookScales, MapMarkup,
};
use skills_atlas::core::map_model::{ActivityModel, MapGeometry};
use skills_atlas::core::url_state::Lang;

fn world() -> World {
    World::from_json(include_str!("../../public/data/world-110m.json")).expect("world")
}

/// The looks of every country of `geo` in `year`, against fixed scales.
fn looks(geo: &MapGeometry, atlas: &Atlas, year: u16, bins: &Bins) -> Vec<CountryLook> {
    let activity = ActivityModel::build(atlas);
    let stats = activity.year_stats(geo.countries.iter().map(|c| c.id.as_str()), year);
    let scales = LookScales {
        bins,
        max_partners: 40,
        max_flow: 400,
    };
    geo.countries
        .iter()
        .zip(&stats)
        .map(|(shape, s)| {
            let name = atlas.country_name(&shape.id, Lang::En);
            CountryLook::new(shape, name, s, Lang::En, scales)
        })
        .collect()
}

fn drawn(
    atlas: &Atlas,
    year: u16,
    active: usize,
    selected: Option<usize>,
) -> (MapGeometry, MapMarkup) {
    let geo = MapGeometry::build(&world(), atlas);
    let bins = Bins::nice(&[0.0, 10.0, 100.0], 4);
    let looks = looks(&geo, atlas, year, &bins);
    let markup = map_markup(&geo, &looks, active, selected, year);
    (geo, markup)
}

/// Parses a group's markup as the children of one SVG element.
fn parse(markup: &str) -> String {
    format!("<svg xmlns=\"http://www.w3.org/2000/svg\">{markup}</svg>")
}

fn children<'a, 'i>(doc: &'a Document<'i>) -> Vec<Node<'a, 'i>> {
    doc.root_element()
        .children()
        .filter(Node::is_element)
        .collect()
}

fn class(node: &Node) -> String {
    node.attribute("class").unwrap_or_default().to_string()
}

#[test]
fn every_country_has_one_mark_one_arc_group_and_two_glyphs_in_index_order() {
    let atlas = generate(DEFAULT_SEED, 1);
    let (geo, markup) = drawn(&atlas, LAST_YEAR, 0, None);
    let n = geo.countries.len();
    assert!(n > 40);

    let text = parse(&markup.countries);
    let doc = Document::parse(&text).expect("countries markup is well-formed");
    let marks = children(&doc);
    assert_eq!(marks.len(), n);
    for (i, (mark, shape)) in marks.iter().zip(&geo.countries).enumerate() {
        assert_eq!(mark.attribute("data-i"), Some(i.to_string().as_str()));
        assert_eq!(mark.attribute("data-country"), Some(shape.id.as_str()));
        assert_eq!(mark.attribute("role"), Some("button"));
        let name = atlas.country_name(&shape.id, Lang::En);
        assert!(mark
            .attribute("aria-label")
            .unwrap()
            .starts_with(&format!("{name}: ")));
        let tag = mark.tag_name().name();
        assert_eq!(
            tag,
            if shape.d.is_some() { "path" } else { "circle" },
            "{}",
            shape.id
        );
    }

    let text = parse(&markup.arcs);
    let doc = Document::parse(&text).expect("arcs markup is well-formed");
    let groups = children(&doc);
    assert_eq!(groups.len(), n);
    for (group, shape) in groups.iter().zip(&geo.countries) {
        assert_eq!(group.attribute("data-arcs"), Some(shape.id.as_str()));
        let kinds: Vec<String> = group
            .children()
            .filter(Node::is_element)
            .map(|g| class(&g))
            .collect();
        assert_eq!(kinds, ["sa-arcs-coop", "sa-arcs-sent", "sa-arcs-trained"]);
        let coop = group
            .descendants()
            .find(|d| class(d) == "sa-arc sa-arc-coop")
            .unwrap();
        assert!(coop
            .attribute("style")
            .unwrap()
            .starts_with("stroke-width:"));
        assert_eq!(
            coop.attribute("stroke"),
            Some(format!("url(#sa-arc-{})", shape.id).as_str())
        );
    }

    let text = parse(&markup.glyphs);
    let doc = Document::parse(&text).expect("glyphs markup is well-formed");
    let glyphs = children(&doc);
    for i in 0..n {
        assert_eq!(class(&glyphs[2 * i]), "sa-glyph sa-glyph-partner");
        assert_eq!(class(&glyphs[2 * i + 1]), "sa-glyph sa-glyph-workshop");
    }
    let platforms: usize = glyphs[2 * n..]
        .iter()
        .inspect(|g| assert!(class(g).starts_with("sa-platforms"), "{}", class(g)))
        .map(|g| g.children().filter(Node::is_element).count())
        .sum();
    assert_eq!(platforms, geo.platforms.len());
}

#[test]
fn gradient_stops_are_direct_children_of_their_gradient() {
    // Leptos once wrapped static <stop>s in <g>: the gradients then had no stops and every
    // arc was painted with nothing.
    let atlas = generate(DEFAULT_SEED, 1);
    let (geo, markup) = drawn(&atlas, LAST_YEAR, 0, None);
    let text = parse(&markup.defs);
    let doc = Document::parse(&text).expect("defs markup is well-formed");
    let gradients = children(&doc);
    assert_eq!(gradients.len(), 3 * geo.countries.len());
    for gradient in &gradients {
        assert_eq!(gradient.tag_name().name(), "linearGradient");
        let stops: Vec<Node> = gradient.children().filter(Node::is_element).collect();
        assert_eq!(stops.len(), 2, "{:?}", gradient.attribute("id"));
        assert!(stops.iter().all(|s| s.tag_name().name() == "stop"));
    }
    assert_eq!(
        doc.descendants()
            .filter(|d| d.tag_name().name() == "stop")
            .count(),
        6 * geo.countries.len()
    );
    // The flow gradients take their line from the cooperation gradient of the same country.
    let first = &geo.countries[0].id;
    let sent = gradients
        .iter()
        .find(|g| g.attribute("id") == Some(&format!("sa-sent-{first}")))
        .unwrap();
    assert_eq!(
        sent.attribute("href"),
        Some(format!("#sa-arc-{first}").as_str())
    );
}

#[test]
fn one_tab_stop_and_the_selected_country_is_marked() {
    let atlas = generate(DEFAULT_SEED, 1);
    let (_, markup) = drawn(&atlas, LAST_YEAR, 3, Some(5));
    let text = parse(&markup.countries);
    let doc = Document::parse(&text).unwrap();
    let marks = children(&doc);
    let stops: Vec<usize> = marks
        .iter()
        .enumerate()
        .filter(|(_, m)| m.attribute("tabindex") == Some("0"))
        .map(|(i, _)| i)
        .collect();
    assert_eq!(stops, [3]);
    assert!(marks
        .iter()
        .all(|m| matches!(m.attribute("tabindex"), Some("0" | "-1"))));
    for (i, mark) in marks.iter().enumerate() {
        let chosen = i == 5;
        assert_eq!(
            mark.attribute("aria-pressed"),
            Some(if chosen { "true" } else { "false" })
        );
        assert_eq!(class(mark).split(' ').any(|c| c == "sa-selected"), chosen);
    }
}

#[test]
fn platforms_that_open_later_are_hidden_by_their_year_group() {
    let atlas = generate(DEFAULT_SEED, 1);
    let first_year = atlas.platforms.iter().map(|p| p.year).min().unwrap();
    let (_, markup) = drawn(&atlas, first_year, 0, None);
    let text = parse(&markup.glyphs);
    let doc = Document::parse(&text).unwrap();
    let groups: Vec<Node> = children(&doc)
        .into_iter()
        .filter(|g| class(g).starts_with("sa-platforms"))
        .collect();
    assert!(groups.len() > 1);
    for g in &groups {
        let opened: u16 = g.attribute("data-year").unwrap().parse().unwrap();
        assert_eq!(
            class(g).contains("sa-hidden"),
            opened > first_year,
            "{opened}"
        );
    }
    let (_, markup) = drawn(&atlas, LAST_YEAR, 0, None);
    assert!(!markup.glyphs.contains("sa-hidden"));
}

#[test]
fn dataset_text_is_escaped_never_markup() {
    let mut atlas = generate(DEFAULT_SEED, 1);
    let hostile = "K\"><script>alert(1)</script>";
    atlas.countries[0].name.en = hostile.to_string();
    let id = atlas.countries[0].id.clone();
    let (_, markup) = drawn(&atlas, LAST_YEAR, 0, None);
    assert!(!markup.countries.contains("<script>"));
    let text = parse(&markup.countries);
    let doc = Document::parse(&text).unwrap();
    let mark = children(&doc)
        .into_iter()
        .find(|m| m.attribute("data-country") == Some(&id))
        .unwrap();
    assert!(mark
        .attribute("aria-label")
        .unwrap()
        .starts_with(&format!("{hostile}: ")));
    assert_eq!(
        doc.descendants()
            .filter(|d| d.tag_name().name() == "script")
            .count(),
        0
    );
}

#[test]
fn a_country_look_follows_its_figures() {
    let atlas = generate(DEFAULT_SEED, 1);
    let geo = MapGeometry::build(&world(), &atlas);
    let bins = Bins::nice(&[0.0, 10.0, 100.0], 4);
    let early = looks(&geo, &atlas, 2015, &bins);
    let late = looks(&geo, &atlas, LAST_YEAR, &bins);
    // The network grows: some country has more in the last year than in the first.
    assert!(early
        .iter()
        .zip(&late)
        .any(|(a, b)| a.label != b.label && a.arcs != b.arcs));
    // Without any figures a country has no arcs and no glyphs, and the lowest class.
    let activity = ActivityModel::build(&atlas);
    let none = activity.year_stats(std::iter::once("ZZZ"), LAST_YEAR);
    let scales = LookScales {
        bins: &bins,
        max_partners: 10,
        max_flow: 10,
    };
    let look = CountryLook::new(&geo.countries[0], "Nowhere", &none[0], Lang::De, scales);
    assert_eq!(look.fill, bins.color_of(0.0));
    assert_eq!(look.arcs, ["stroke-width:0.00"; 3].map(String::from));
    assert_eq!(look.partner, "display:none");
    assert_eq!(look.workshop, "display:none");
    assert!(look.label.starts_with("Nowhere: 0 "), "{}", look.label);
}
