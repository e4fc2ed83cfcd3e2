//! The `markup` property: see the parent module.

use std::ops::Range;
use std::sync::OnceLock;

use super::{atlas, WORLD};
use skills_atlas::core::atlas_search::field_layout::title_field;
use skills_atlas::core::atlas_search::result_rows_markup;
use skills_atlas::core::charts::chart_markup::{bars_markup, matrix_markup};
use skills_atlas::core::charts::{
    compose_export_svg, layout_bars, layout_matrix, Arrangement, BarData, Category, ExportFrame,
    MatrixData, Orientation, Series, CHART_WIDTH,
};
use skills_atlas::core::data::dataset::LAST_YEAR;
use skills_atlas::core::geo::{Bins, World};
use skills_atlas::core::map_model::drawing_markup::{
    map_markup, static_map_markup, CountryLook, LookScales, MapMarkup,
};
use skills_atlas::core::map_model::panel_markup::{panel_html, Dock, PanelFigures};
use skills_atlas::core::map_model::{ActivityModel, CountryYear, MapGeometry, Metrics, YEARS};
use skills_atlas::core::search::{DocKind, Document, Hit, Text};
use skills_atlas::core::url_state::Lang;
use skills_atlas::core::xml_text::{push_attr, xml_escape};

/// One element of parsed markup: its depth, name and attribute names.
#[derive(Debug, PartialEq)]
pub struct Element {
    pub depth: usize,
    pub name: String,
    pub attributes: Vec<String>,
}

/// Parses `fragment` (children of one root) and lists its elements in document order.
pub fn shape_of(fragment: &str, what: &str) -> Vec<Element> {
    let text = format!("<root xmlns=\"http://www.w3.org/2000/svg\">{fragment}</root>");
    let doc = match roxmltree::Document::parse(&text) {
        Ok(doc) => doc,
        Err(e) => panic!("{what} is not well-formed XML ({e}): {fragment}"),
    };
    let root = doc.root_element();
    root.descendants()
        .filter(|n| n.is_element() && *n != root)
        .map(|n| Element {
            depth: n.ancestors().filter(|a| a.is_element()).count() - 1,
            name: n.tag_name().name().to_string(),
            attributes: n.attributes().map(|a| a.name().to_string()).collect(),
        })
        .collect()
}

/// A harmless text of the same shape as `text`: every character replaced by a letter of
/// the same UTF-8 length and display width (whitespace kept), so wrapping, truncation,
/// excerpts and highlight ranges fall at the same places.
fn benign(text: &str) -> String {
    text.chars()
        .map(|c| match c.len_utf8() {
            _ if c.is_whitespace() => c,
            1 => 'a',
            2 => 'é',
            3 if (c as u32) < 0x2E80 => '€',
            3 => '汉',
            _ => '𠀀',
        })
        .collect()
}

/// `text` as XML reads it back after escaping: the characters XML cannot hold and the
/// bidirectional controls dropped, line ends normalised (see [`line_ends`]).
fn read_back(text: &str, attribute: bool) -> String {
    let kept: String = text
        .chars()
        .filter(|&c| {
            !(((c as u32) < 0x20 && !matches!(c, '\t' | '\n' | '\r'))
                || matches!(c, '\u{FFFE}' | '\u{FFFF}' | '\u{202A}'..='\u{202E}' | '\u{2066}'..='\u{2069}'))
        })
        .collect();
    line_ends(&kept, attribute)
}

/// `\r\n` and `\r` as `\n` and, in an attribute, `\t` and `\n` as spaces, as XML reads
/// them. Applied to both sides of a comparison: roxmltree leaves a `\r` before a
/// character reference (`\r&quot;`) as it is.
fn line_ends(text: &str, attribute: bool) -> String {
    let lines = text.replace("\r\n", "\n").replace('\r', "\n");
    if attribute {
        lines.replace(['\t', '\n'], " ")
    } else {
        lines
    }
}

/// The markup writers one input goes through; [`writers`] writes with the one chosen.
const WRITERS: usize = 8;

/// The fuzz target: `xml_escape` and `push_attr` keep the text text that reads back as
/// written, and one markup writer (with one interface language), chosen by the input's
/// length, written with it as names, labels and ids, parses as XML with exactly the
/// elements and attributes it has with a harmless text of the same shape.
pub fn markup(data: &[u8]) {
    let text = String::from_utf8_lossy(data);
    escaping_reads_back(&text);
    let writer = data.len() % WRITERS;
    let lang = Lang::ALL[data.len() / WRITERS % Lang::ALL.len()];
    same_shape(writer, &text, lang);
}

/// [`markup`] through every writer in every language (the replay's second pass).
pub fn markup_all(data: &[u8]) {
    let text = String::from_utf8_lossy(data);
    escaping_reads_back(&text);
    for writer in 0..WRITERS {
        for lang in Lang::ALL {
            same_shape(writer, &text, lang);
        }
    }
}

/// `xml_escape` and `push_attr` keep `text` text that reads back as written.
fn escaping_reads_back(text: &str) {
    let mut escaped = String::from("<r");
    push_attr(&mut escaped, "a", text);
    escaped.push('>');
    escaped.push_str(&xml_escape(text));
    escaped.push_str("</r>");
    let doc = match roxmltree::Document::parse(&escaped) {
        Ok(doc) => doc,
        Err(e) => panic!("escaped text is not well-formed XML ({e}): {escaped}"),
    };
    let r = doc.root_element();
    assert_eq!(r.descendants().filter(|n| n.is_element()).count(), 1);
    assert_eq!(r.attributes().len(), 1, "{escaped}");
    let attribute = line_ends(r.attribute("a").unwrap_or_default(), true);
    assert_eq!(attribute, read_back(text, true), "attribute");
    let body: String = r.children().filter_map(|n| n.text()).collect();
    assert_eq!(line_ends(&body, false), read_back(text, false), "text");
}

/// Writer `writer` with `text` has the elements and attributes it has with a harmless
/// text of the same shape.
fn same_shape(writer: usize, text: &str, lang: Lang) {
    let written = writers(writer, text, lang);
    let reference = writers(writer, &benign(text), lang);
    assert_eq!(written.len(), reference.len());
    for (i, (w, r)) in written.iter().zip(&reference).enumerate() {
        let what = format!("writer {writer} ({lang:?}) #{i}");
        assert_eq!(
            shape_of(w, &what),
            shape_of(r, &what),
            "{what}: other elements than with a harmless text: {w}"
        );
    }
}

/// The markup of writer `writer` (of [`WRITERS`]) with `text` as its names, labels and
/// ids, in `lang`: the map (drawn, or static), a bar chart, a column chart, a matrix, an
/// export frame, the search result rows, or a country's panel.
fn writers(writer: usize, text: &str, lang: Lang) -> Vec<String> {
    match writer {
        0 => map_writer(text, lang, false),
        1 => map_writer(text, lang, true),
        2 => vec![bars_writer(text, lang, Orientation::Horizontal)],
        3 => vec![bars_writer(text, lang, Orientation::Vertical)],
        4 => vec![matrix_writer(text, lang)],
        5 => vec![export_writer(text)],
        6 => row_writers(text, lang),
        _ => vec![panel_writer(text, lang)],
    }
}

/// Two countries of the committed dataset on the map (one drawn as a shape, one as a
/// point), and their figures in the last year. Platforms carry no text: none are drawn.
struct SmallMap {
    geo: MapGeometry,
    stats: Vec<CountryYear>,
    bins: Bins,
}

fn small_map() -> &'static SmallMap {
    static MAP: OnceLock<SmallMap> = OnceLock::new();
    MAP.get_or_init(|| {
        let world = World::from_json(WORLD).expect("the world geometry");
        let atlas = atlas();
        let mut geo = MapGeometry::build(&world, atlas);
        let shapes = geo.countries.iter().filter(|c| c.d.is_some()).take(1);
        let points = geo.countries.iter().filter(|c| c.d.is_none()).take(1);
        geo.countries = shapes.chain(points).cloned().collect();
        geo.platforms.clear();
        // Short paths: the geometry is not what is checked, and parsing it was most of
        // the work of each run.
        for c in &mut geo.countries {
            c.d = c.d.as_ref().map(|_| "M0 0L9 0L9 9Z".to_string());
            for arc in c.arc_out.iter_mut().chain(&mut c.arc_in) {
                *arc = "M0 0Q5 5 9 9".to_string();
            }
        }
        let activity = ActivityModel::build(atlas);
        let stats = activity.year_stats(geo.countries.iter().map(|c| c.id.as_str()), LAST_YEAR);
        SmallMap {
            geo,
            stats,
            bins: Bins::nice(&[0.0, 10.0, 100.0], 4),
        }
    })
}

/// The map, drawn (or `fixed`: the static map of the first view), with `text` as every
/// country's name and the first country's id (the glyphs carry neither, and are left
/// out).
fn map_writer(text: &str, lang: Lang, fixed: bool) -> Vec<String> {
    let m = small_map();
    let mut geo = m.geo.clone();
    geo.countries[0].id = text.to_string();
    let scales = LookScales {
        bins: &m.bins,
        max_partners: 40,
        max_flow: 400,
    };
    let looks: Vec<CountryLook> = geo
        .countries
        .iter()
        .zip(&m.stats)
        .map(|(shape, stats)| CountryLook::new(shape, text, stats, lang, scales))
        .collect();
    let markup = if fixed {
        static_map_markup(&geo, &looks, LAST_YEAR)
    } else {
        map_markup(&geo, &looks, 0, Some(0), LAST_YEAR)
    };
    let MapMarkup {
        defs,
        countries,
        arcs,
        ..
    } = markup;
    vec![defs, countries, arcs]
}

/// A country's panel (the app's, and the first view's), with `text` as its name and id.
fn panel_writer(text: &str, lang: Lang) -> String {
    let figures = PanelFigures {
        name: text,
        metrics: Metrics::default(),
        since: Some(LAST_YEAR),
        yearly: vec![1; YEARS],
        year: LAST_YEAR,
    };
    panel_html(text, Dock::Left, &figures, lang)
}

/// Category `i` of the charts, labelled `label`: the first highlighted and selecting a
/// country, the third a target, the fourth a remainder ("Others", longer than the axis).
fn category(i: usize, label: &str) -> Category {
    let mut c = Category::new(format!("k{i}"), label);
    c.highlight = i == 0;
    c.selects_country = i == 0;
    c.target = i == 2;
    c.remainder = i == 3;
    c
}

/// A bar chart (horizontal, grouped) or a column chart (vertical, stacked) with `text` as
/// labels and keys, and a remainder cut at the axis's end.
fn bars_writer(text: &str, lang: Lang, orientation: Orientation) -> String {
    let bars = BarData {
        categories: vec![
            category(0, text),
            category(1, "Kenya"),
            category(2, text),
            category(3, text),
        ],
        series: vec![
            Series {
                key: "a".into(),
                label: text.into(),
                values: vec![52.0, 20.0, 7.0, 900.0],
            },
            Series {
                key: "b".into(),
                label: "Trained".into(),
                values: vec![3.0, 0.0, 12.5, 40.0],
            },
        ],
        arrangement: match orientation {
            Orientation::Horizontal => Arrangement::Grouped,
            Orientation::Vertical => Arrangement::Stacked,
        },
        orientation,
    };
    bars_markup(&bars, &layout_bars(&bars, lang, CHART_WIDTH), lang, text, 1)
}

/// A matrix with `text` as a row's and a column's label and key.
fn matrix_writer(text: &str, lang: Lang) -> String {
    let matrix = MatrixData {
        rows: vec![category(0, text), category(1, "Welder")],
        columns: vec![
            {
                let mut c = Category::new(text, text);
                c.highlight = true;
                c
            },
            Category::new("KEN", "Kenya"),
        ],
        cells: vec![vec![1.0, 0.0], vec![0.0, 3.0]],
        total_rows: 2,
    };
    matrix_markup(&matrix, &layout_matrix(&matrix), lang, 0)
}

/// An export frame with `text` as title, subtitle, legend, source and notice.
fn export_writer(text: &str) -> String {
    let inner = "<svg width=\"640\" height=\"320\"><rect width=\"9\" height=\"9\"/></svg>";
    let frame = ExportFrame {
        title: text.into(),
        subtitle: text.into(),
        legend: vec![
            (text.into(), text.into()),
            ("Trained".into(), "#0b5fa5".into()),
        ],
        source: text.into(),
        notice: format!("{text} {text}"),
    };
    compose_export_svg(&frame, inner, 640.0, 320.0).0
}

/// One search document of each kind from the committed dataset with `text` in every
/// field and as its country, and hits marking parts of it, as the result rows write them
/// in `lang`.
fn row_writers(text: &str, lang: Lang) -> Vec<String> {
    static DOCS: OnceLock<Vec<Document>> = OnceLock::new();
    let all = DOCS.get_or_init(|| skills_atlas::core::atlas_search::documents(atlas()));
    let docs: Vec<Document> = DocKind::ALL
        .iter()
        .flat_map(|k| all.iter().filter(move |d| d.kind == *k).take(2))
        .map(|d| {
            let mut d = d.clone();
            for (_, t) in &mut d.fields {
                *t = Text::from(text);
            }
            if let Some(c) = d.facets.country.first_mut() {
                *c = Text::from(text);
            }
            d
        })
        .collect();
    let ranges = marks(text);
    let hits: Vec<Hit> = docs
        .iter()
        .enumerate()
        .map(|(i, d)| {
            // Even documents: marks everywhere. Odd ones: not in the title shown, so the
            // row adds an excerpt of the field that matched.
            let title = title_field(d.kind, lang);
            let highlights = (0..d.fields.len())
                .filter(|&f| i % 2 == 0 || f != title)
                .flat_map(|f| ranges.iter().map(move |r| (f, r.clone())))
                .collect();
            Hit {
                doc: i,
                score: 1.0,
                highlights,
            }
        })
        .collect();
    DocKind::ALL
        .iter()
        .map(|&kind| result_rows_markup(atlas(), &docs, &hits, kind, lang, Some(0)))
        .collect()
}

/// Byte ranges to mark in `text`: the first and last characters, two overlapping ranges in
/// the middle, and one past the end (clamped by `highlight`). Few, so the rows stay short.
fn marks(text: &str) -> Vec<Range<usize>> {
    let mut bounds: Vec<usize> = text.char_indices().map(|(i, _)| i).collect();
    bounds.push(text.len());
    let n = bounds.len() - 1;
    let at = |i: usize| bounds[i.min(n)];
    vec![
        at(0)..at(1),
        at(n / 3)..at(n / 2),
        at(n / 2)..at(n / 2 + 2),
        at(n.saturating_sub(1))..at(n),
        text.len() + 1..text.len() + 5,
    ]
}
