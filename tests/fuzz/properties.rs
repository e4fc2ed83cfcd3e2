//! The properties the fuzz targets check, one plain function per target. The fuzz targets
//! (`tests/fuzz/fuzz_targets/*.rs`, libFuzzer, nightly) and the native replay test
//! (`tests/core/fuzz_replay.rs`, stable, `cargo test`) both include this file, so a corpus
//! or regression input fails the same assertion in both. Each function panics, with a
//! message saying which property broke, when the input breaks one.
//!
//! - [`dataset_load`]: bytes → the loader. The problem list stays within its cap; a load
//!   that succeeds revalidates without errors and, written back with the generator's
//!   writer, loads again to the same dataset; the JSON scanner builds the same tree as
//!   serde_json whenever it accepts the text.
//! - [`url_state`]: text → `AppState::from_query` → `to_query` → `from_query`: the same
//!   state, no warning on the written link, `to_query` a fixed point, warnings capped.
//! - [`search_query`]: queries (optionally after a link line carrying filters, sort and
//!   language) over the committed dataset's index: counts add up, every hit is a real
//!   record that passes the filter, in the promised order, with highlight ranges inside
//!   their field; the postings read stay within `MAX_POSTINGS_SCANNED` per scoring pass;
//!   and the result rows are well-formed markup.
//! - [`markup`]: text as names, labels and ids in every markup writer of the core: the
//!   output parses as XML and has exactly the elements and attributes of the same markup
//!   written with a harmless text of the same shape (no injected element or attribute).

use std::collections::HashSet;
use std::ops::Range;
use std::sync::OnceLock;

use skills_atlas::core::atlas_search::field_layout::title_field;
use skills_atlas::core::atlas_search::{filter_for, result_rows_markup, SearchCorpus, SearchSort};
use skills_atlas::core::charts::chart_markup::{bars_markup, matrix_markup};
use skills_atlas::core::charts::{
    compose_export_svg, layout_bars, layout_matrix, Arrangement, BarData, Category, ExportFrame,
    MatrixData, Orientation, Series,
};
use skills_atlas::core::data::dataset::LAST_YEAR;
use skills_atlas::core::data::generate::to_json;
use skills_atlas::core::data::json_scan;
use skills_atlas::core::data::json_tree::parse_with_serde;
use skills_atlas::core::data::validate::validate;
use skills_atlas::core::data::{load, load_bytes, Atlas, LoadOutcome, Problem, MAX_PROBLEMS};
use skills_atlas::core::geo::{Bins, World};
use skills_atlas::core::map_model::drawing_markup::{
    map_markup, static_map_markup, CountryLook, LookScales, MapMarkup,
};
use skills_atlas::core::map_model::{ActivityModel, CountryYear, MapGeometry};
use skills_atlas::core::search::{
    highlight, DocKind, Document, Filter, Hit, MatchMode, SearchResults, Text, MAX_POSTINGS_SCANNED,
};
use skills_atlas::core::url_state::{AppState, Lang, UrlWarning, WarningReason, MAX_WARNINGS};
use skills_atlas::core::xml_text::{push_attr, xml_escape};

/// The committed dataset (×1), the one the app ships.
pub const DATASET: &[u8] = include_bytes!("../../public/data/atlas.json");
/// The world geometry the map is drawn on.
const WORLD: &str = include_str!("../../public/data/world-110m.json");

/// The committed dataset, loaded once.
fn atlas() -> &'static Atlas {
    static ATLAS: OnceLock<Atlas> = OnceLock::new();
    ATLAS.get_or_init(|| match load_bytes(DATASET) {
        LoadOutcome::Loaded { atlas, .. } => atlas,
        LoadOutcome::Failed { problems, .. } => panic!("the committed dataset: {problems:?}"),
    })
}

// ---------------------------------------------------------------------------------------
// dataset_load

/// Bytes → [`load_bytes`]: never panics; at most [`MAX_PROBLEMS`] problems kept, each
/// located and worded; an outcome that failed has an error; one that loaded has none,
/// revalidates without errors and round-trips through the generator's writer; and the
/// JSON scanner agrees with serde_json on every text it accepts.
pub fn dataset_load(data: &[u8]) {
    let outcome = load_bytes(data);
    let problems = outcome.problems();
    assert!(
        problems.len() <= MAX_PROBLEMS,
        "{} problems kept, more than MAX_PROBLEMS ({MAX_PROBLEMS})",
        problems.len()
    );
    assert!(
        outcome.omitted() == 0 || problems.len() == MAX_PROBLEMS,
        "{} problems omitted while only {} are kept",
        outcome.omitted(),
        problems.len()
    );
    for p in problems {
        assert!(!p.path.is_empty(), "a problem without a path: {p:?}");
        assert!(!p.message.is_empty(), "a problem without a message: {p:?}");
    }
    match &outcome {
        LoadOutcome::Failed { problems, omitted } => assert!(
            *omitted > 0 || problems.iter().any(Problem::is_error),
            "the load failed without an error: {problems:?}"
        ),
        LoadOutcome::Loaded {
            atlas,
            warnings,
            omitted,
        } => {
            assert!(
                !warnings.iter().any(Problem::is_error),
                "loaded with an error among the warnings: {warnings:?}"
            );
            let again = validate(atlas);
            assert!(
                !again.has_errors(),
                "a loaded dataset revalidates with errors: {:?}",
                again.kept()
            );
            if *omitted == 0 && again.omitted() == 0 {
                assert!(
                    warnings.ends_with(again.kept()),
                    "revalidating gives other warnings: {:?} vs {warnings:?}",
                    again.kept()
                );
            }
            round_trips(atlas);
        }
    }
    scanner_agrees_with_serde(data);
}

/// A loaded dataset, written as the generator writes the file, loads again to the same
/// dataset (numbers within one unit in the last place: serde_json reads floats by default
/// to within that).
fn round_trips(atlas: &Atlas) {
    let text = to_json(atlas);
    let back = match load(&text) {
        LoadOutcome::Loaded { atlas, .. } => atlas,
        LoadOutcome::Failed { problems, .. } => {
            panic!("a loaded dataset, written back, does not load: {problems:?}")
        }
    };
    let a = serde_json::to_value(atlas).expect("the model serialises");
    let b = serde_json::to_value(&back).expect("the model serialises");
    same_json(&a, &b, "$");
}

/// `a` and `b` are the same JSON value, floats allowed one unit in the last place apart.
fn same_json(a: &serde_json::Value, b: &serde_json::Value, path: &str) {
    use serde_json::Value;
    match (a, b) {
        (Value::Number(x), Value::Number(y)) if x != y => {
            let (x, y) = (x.as_f64().unwrap(), y.as_f64().unwrap());
            let ulps = (x.to_bits() as i64).wrapping_sub(y.to_bits() as i64).abs();
            assert!(x == y || ulps <= 1, "{path}: {x:?} reads back as {y:?}");
        }
        (Value::Array(x), Value::Array(y)) => {
            assert_eq!(x.len(), y.len(), "{path}: list length changed on reload");
            for (i, (x, y)) in x.iter().zip(y).enumerate() {
                same_json(x, y, &format!("{path}[{i}]"));
            }
        }
        (Value::Object(x), Value::Object(y)) => {
            let keys = |m: &serde_json::Map<String, Value>| m.keys().cloned().collect::<Vec<_>>();
            assert_eq!(keys(x), keys(y), "{path}: fields changed on reload");
            for (k, v) in x {
                same_json(v, &y[k], &format!("{path}.{k}"));
            }
        }
        _ => assert_eq!(a, b, "{path}: changed on reload"),
    }
}

/// Whenever the hand-written scanner accepts a text, serde_json accepts it too and builds
/// the same tree (the scanner's promise, see `core::data::json_scan`).
fn scanner_agrees_with_serde(data: &[u8]) {
    let Ok(text) = std::str::from_utf8(data) else {
        return;
    };
    let arena = bumpalo::Bump::new();
    let Some(scanned) = json_scan::parse(text, &arena) else {
        return;
    };
    let reference_arena = bumpalo::Bump::new();
    match parse_with_serde(text, &reference_arena) {
        Ok(reference) => assert!(
            scanned == reference,
            "the scanner's tree differs from serde_json's"
        ),
        Err(e) => panic!("the scanner accepted a text serde_json refuses: {e}"),
    }
}

// ---------------------------------------------------------------------------------------
// url_state

/// Text → `from_query` → `to_query` → `from_query`: the second state equals the first,
/// the written link parses without warnings, writing is a fixed point, and a link gives
/// at most [`MAX_WARNINGS`] warnings, each short.
pub fn url_state(data: &[u8]) {
    let link = String::from_utf8_lossy(data);
    let (state, warnings) = AppState::from_query(&link);
    check_warnings(&warnings);
    let written = state.to_query();
    assert!(
        written.is_empty() || written.starts_with('?'),
        "to_query wrote {written:?}"
    );
    let (again, warnings_again) = AppState::from_query(&written);
    assert_eq!(
        state, again,
        "the state of {link:?}, written as {written:?}, reads back as another state"
    );
    assert!(
        warnings_again.is_empty(),
        "the written link {written:?} gives warnings: {warnings_again:?}"
    );
    assert_eq!(again.to_query(), written, "to_query is not a fixed point");
}

fn check_warnings(warnings: &[UrlWarning]) {
    assert!(
        warnings.len() <= MAX_WARNINGS,
        "{} warnings, more than MAX_WARNINGS ({MAX_WARNINGS})",
        warnings.len()
    );
    for (i, w) in warnings.iter().enumerate() {
        // Echoed keys and values are shortened to 40 characters and an ellipsis.
        assert!(w.key.chars().count() <= 41, "a long key echoed: {w:?}");
        match &w.reason {
            WarningReason::InvalidValue(v) => {
                assert!(v.chars().count() <= 41, "a long value echoed: {w:?}")
            }
            WarningReason::More(n) => {
                assert!(i + 1 == warnings.len() && *n > 0, "misplaced count: {w:?}")
            }
            _ => {}
        }
    }
}

// ---------------------------------------------------------------------------------------
// search_query

/// The committed dataset's search index, and the ids of its records.
struct Searchable {
    corpus: SearchCorpus,
    ids: HashSet<String>,
}

fn searchable() -> &'static Searchable {
    static SEARCHABLE: OnceLock<Searchable> = OnceLock::new();
    SEARCHABLE.get_or_init(|| {
        let atlas = atlas();
        let ids = (atlas.standards.iter().map(|s| s.code.to_string()))
            .chain(atlas.trainers.iter().map(|t| t.id.to_string()))
            .chain(atlas.partners.iter().map(|p| p.id.to_string()))
            .chain(atlas.countries.iter().map(|c| c.id.to_string()))
            .collect();
        Searchable {
            corpus: SearchCorpus::build(atlas),
            ids,
        }
    })
}

/// A query over the committed dataset. The input is the query; or, when its first line
/// starts with `?`, that line is a link whose state gives the filter, sort and language,
/// and the rest is the query. The search view's search (grouped by kind, in the link's
/// sort) and the engine's plain search both return well-formed results.
pub fn search_query(data: &[u8]) {
    let text = String::from_utf8_lossy(data);
    let (state, query) = match text.split_once('\n') {
        Some((link, query)) if link.starts_with('?') => (AppState::from_query(link).0, query),
        _ => (AppState::default(), &*text),
    };
    let s = searchable();
    let index = &s.corpus.index;
    let filter = filter_for(&state.search, state.country.as_deref());
    let lang = state.lang.unwrap_or_default();
    let sort = state.search.sort;
    let per_kind = 6;
    let grouped = s.corpus.search(query, &filter, per_kind, sort, lang);
    let rank = match sort {
        SearchSort::Relevance => None,
        SearchSort::Name => Some(s.corpus.name_rank(lang)),
        SearchSort::Year => Some(s.corpus.year_rank()),
    };
    check_results(s, &grouped, &filter, per_kind, true, rank);
    for kind in DocKind::ALL {
        rows_are_markup(index.documents(), &grouped.hits, kind, lang);
    }

    let plain = index.search(query, &Filter::default(), 10);
    check_results(s, &plain, &Filter::default(), 10, false, None);
}

fn check_results(
    s: &Searchable,
    results: &SearchResults,
    filter: &Filter,
    limit: usize,
    per_kind: bool,
    rank: Option<&[u32]>,
) {
    let docs = s.corpus.index.documents();
    assert!(results.total <= docs.len(), "more matches than documents");
    assert!(results.hits.len() <= docs.len(), "more hits than documents");
    assert_eq!(
        results.total_by_kind.iter().sum::<usize>(),
        results.total,
        "the counts by kind do not add up"
    );
    assert!(
        results.suggestions.is_empty() || results.total == 0,
        "suggestions although something matched"
    );
    // One scoring pass, or two for a Chinese query that found nothing by words.
    assert!(
        results.postings_scanned <= 2 * MAX_POSTINGS_SCANNED,
        "{} postings read, more than two passes of MAX_POSTINGS_SCANNED ({MAX_POSTINGS_SCANNED})",
        results.postings_scanned
    );
    assert!(
        results.mode != MatchMode::Browse || results.postings_scanned == 0,
        "browsing read {} postings",
        results.postings_scanned
    );
    let mut seen = HashSet::new();
    for hit in &results.hits {
        assert!(
            hit.doc < docs.len(),
            "hit on document {} of {}",
            hit.doc,
            docs.len()
        );
        assert!(seen.insert(hit.doc), "document {} hit twice", hit.doc);
        let doc = &docs[hit.doc];
        assert!(s.ids.contains(&doc.id), "hit {:?} is no record", doc.id);
        assert!(
            passes(filter, doc),
            "hit {:?} does not pass {filter:?}",
            doc.id
        );
        assert!(
            hit.score.is_finite() && hit.score >= 0.0,
            "score {}",
            hit.score
        );
        check_highlights(doc, hit);
    }
    // How many hits of each kind (or in all), and in which order.
    let groups: Vec<Vec<&Hit>> = if per_kind {
        DocKind::ALL
            .iter()
            .map(|k| {
                results
                    .hits
                    .iter()
                    .filter(|h| docs[h.doc].kind == *k)
                    .collect()
            })
            .collect()
    } else {
        vec![results.hits.iter().collect()]
    };
    if per_kind {
        let kinds: Vec<usize> = results
            .hits
            .iter()
            .map(|h| docs[h.doc].kind.index())
            .collect();
        assert!(
            kinds.windows(2).all(|w| w[0] <= w[1]),
            "hits not grouped by kind"
        );
        for (k, group) in groups.iter().enumerate() {
            assert_eq!(
                group.len(),
                limit.min(results.total_by_kind[k]),
                "hits of kind {k}"
            );
        }
    } else {
        assert_eq!(results.hits.len(), limit.min(results.total), "hits in all");
    }
    for group in &groups {
        for pair in group.windows(2) {
            let (a, b) = (pair[0], pair[1]);
            let in_order = match (rank, results.mode) {
                (Some(rank), _) => {
                    let r = |d: usize| rank.get(d).copied().unwrap_or(u32::MAX);
                    (r(a.doc), a.doc) < (r(b.doc), b.doc)
                }
                (None, MatchMode::Browse) => a.doc < b.doc,
                (None, _) => a.score > b.score || (a.score == b.score && a.doc < b.doc),
            };
            assert!(in_order, "hits {} and {} out of order", a.doc, b.doc);
        }
    }
}

/// Whether `doc` passes `filter`, read from the document's own facets: the engine's
/// filter, written again without its interned tables.
fn passes(filter: &Filter, doc: &Document) -> bool {
    let f = &doc.facets;
    let any = |want: &[String], have: &[Text]| {
        want.is_empty() || have.iter().any(|h| want.iter().any(|w| **w == **h))
    };
    (filter.kinds.is_empty() || filter.kinds.contains(&doc.kind))
        && any(&filter.countries, &f.country)
        && any(&filter.sectors, f.sector.as_slice())
        && any(&filter.languages, &f.language)
        && (filter.levels.is_empty() || f.level.is_some_and(|l| filter.levels.contains(&l)))
        && filter
            .year_range
            .as_ref()
            .is_none_or(|r| f.year.is_some_and(|y| r.contains(&y)))
}

/// Highlight ranges are in their field, on character boundaries, sorted and disjoint per
/// field, and the highlighted segments spell the field's text exactly.
fn check_highlights(doc: &Document, hit: &Hit) {
    for pair in hit.highlights.windows(2) {
        let ((fa, a), (fb, b)) = (&pair[0], &pair[1]);
        assert!(
            fa < fb || (fa == fb && a.end < b.start),
            "highlights not sorted and merged: {:?}",
            hit.highlights
        );
    }
    for (f, range) in &hit.highlights {
        let Some((_, text)) = doc.fields.get(*f) else {
            panic!("highlight in field {f} of {} fields", doc.fields.len());
        };
        let text: &str = text;
        assert!(
            range.start < range.end
                && range.end <= text.len()
                && text.is_char_boundary(range.start)
                && text.is_char_boundary(range.end),
            "highlight {range:?} in {text:?}"
        );
    }
    for (f, (_, text)) in doc.fields.iter().enumerate() {
        let spelled: String = highlight(text, &hit.ranges_in(f))
            .iter()
            .map(|s| s.text)
            .collect();
        assert_eq!(spelled, &**text, "highlight segments do not spell the text");
    }
}

/// A kind's result rows are well-formed markup: one `<li>` per hit of that kind, and only
/// the row's own elements and attributes.
fn rows_are_markup(docs: &[Document], hits: &[Hit], kind: DocKind, lang: Lang) {
    let html = result_rows_markup(atlas(), docs, hits, kind, lang, hits.first().map(|h| h.doc));
    if !hits.iter().any(|h| docs[h.doc].kind == kind) {
        assert!(html.is_empty(), "rows without hits: {html}");
        return;
    }
    let shape = shape_of(&html, "search rows");
    let rows = shape.iter().filter(|e| e.depth == 1).count();
    let of_kind = hits.iter().filter(|h| docs[h.doc].kind == kind).count();
    assert_eq!(rows, of_kind, "one row per hit of the kind: {html}");
    for e in &shape {
        let allowed: &[&str] = match e.name.as_str() {
            "li" => &["role", "id", "class", "aria-selected", "data-doc"],
            "span" | "mark" => &["class"],
            other => panic!("element <{other}> in the result rows: {html}"),
        };
        assert!(
            e.attributes.iter().all(|a| allowed.contains(&a.as_str())),
            "attributes {:?} on <{}>: {html}",
            e.attributes,
            e.name
        );
    }
}

// ---------------------------------------------------------------------------------------
// markup

/// One element of parsed markup: its depth, name and attribute names.
#[derive(Debug, PartialEq)]
struct Element {
    depth: usize,
    name: String,
    attributes: Vec<String>,
}

/// Parses `fragment` (children of one root) and lists its elements in document order.
fn shape_of(fragment: &str, what: &str) -> Vec<Element> {
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

/// Text in the core's markup writers: `xml_escape` and `push_attr` keep it text that
/// reads back as written; the map, the charts (drawing and export) and the search rows
/// written with it as names, labels and ids parse as XML with exactly the elements and
/// attributes they have with a harmless text of the same shape.
pub fn markup(data: &[u8]) {
    let text = String::from_utf8_lossy(data);
    let harmless = benign(&text);
    // One interface language per input (all three over a corpus): a third of the work.
    let lang = Lang::ALL[data.len() % Lang::ALL.len()];

    let mut escaped = String::from("<r");
    push_attr(&mut escaped, "a", &text);
    escaped.push('>');
    escaped.push_str(&xml_escape(&text));
    escaped.push_str("</r>");
    let doc = match roxmltree::Document::parse(&escaped) {
        Ok(doc) => doc,
        Err(e) => panic!("escaped text is not well-formed XML ({e}): {escaped}"),
    };
    let r = doc.root_element();
    assert_eq!(r.descendants().filter(|n| n.is_element()).count(), 1);
    assert_eq!(r.attributes().len(), 1, "{escaped}");
    let attribute = line_ends(r.attribute("a").unwrap_or_default(), true);
    assert_eq!(attribute, read_back(&text, true), "attribute");
    let body: String = r.children().filter_map(|n| n.text()).collect();
    assert_eq!(line_ends(&body, false), read_back(&text, false), "text");

    for (what, written, reference) in [
        ("map", map_writers(&text), map_writers(&harmless)),
        ("charts", chart_writers(&text), chart_writers(&harmless)),
        (
            "search rows",
            row_writers(&text, lang),
            row_writers(&harmless, lang),
        ),
    ] {
        assert_eq!(written.len(), reference.len());
        for (i, (w, r)) in written.iter().zip(&reference).enumerate() {
            let what = format!("{what} #{i}");
            assert_eq!(
                shape_of(w, &what),
                shape_of(r, &what),
                "{what}: other elements than with a harmless text: {w}"
            );
        }
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

/// The map drawn with `text` as every country's name and the first country's id (the
/// glyphs carry neither, and are left out).
fn map_writers(text: &str) -> Vec<String> {
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
        .enumerate()
        .map(|(i, (shape, stats))| {
            let lang = Lang::ALL[i % Lang::ALL.len()];
            CountryLook::new(shape, text, stats, lang, scales)
        })
        .collect();
    let groups = |m: MapMarkup| [m.defs, m.countries, m.arcs];
    let mut out = Vec::new();
    out.extend(groups(map_markup(&geo, &looks, 0, Some(0), LAST_YEAR)));
    out.extend(groups(static_map_markup(&geo, &looks, LAST_YEAR)));
    out
}

/// A bar chart, a matrix and an export frame with `text` as labels, keys and titles.
fn chart_writers(text: &str) -> Vec<String> {
    let category = |i: usize, label: &str| {
        let mut c = Category::new(format!("k{i}"), label);
        c.highlight = i == 0;
        c.selects_country = i == 0;
        c.target = i == 2;
        c
    };
    let bars = BarData {
        categories: vec![category(0, text), category(1, "Kenya"), category(2, text)],
        series: vec![
            Series {
                key: "a".into(),
                label: text.into(),
                values: vec![52.0, 20.0, 7.0],
            },
            Series {
                key: "b".into(),
                label: "Trained".into(),
                values: vec![3.0, 0.0, 12.5],
            },
        ],
        orientation: Orientation::Horizontal,
        arrangement: Arrangement::Grouped,
    };
    let mut columns = bars.clone();
    columns.orientation = Orientation::Vertical;
    columns.arrangement = Arrangement::Stacked;
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
    let mut out = Vec::new();
    for (i, data) in [&bars, &columns].into_iter().enumerate() {
        let layout = layout_bars(data);
        out.push(bars_markup(data, &layout, Lang::ALL[i], text, 1));
    }
    let drawing = matrix_markup(&matrix, &layout_matrix(&matrix), Lang::De, 0);
    let inner = "<svg width=\"640\" height=\"320\"><rect width=\"9\" height=\"9\"/></svg>";
    out.push(drawing);
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
    out.push(compose_export_svg(&frame, inner, 640.0, 320.0).0);
    out
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
