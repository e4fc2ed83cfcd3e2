//! The result rows written as one HTML string: one option per hit of the group's kind, marks
//! around matches, the arrow-key highlight, and dataset text that always stays text.

use skills_atlas::core::atlas_search::{
    controlled_lists, option_id, result_rows_markup, results_list_id, SearchCorpus, SearchSort,
};
use skills_atlas::core::data::{load, Atlas, LoadOutcome};
use skills_atlas::core::search::{DocKind, Document, Facets, Field, Filter, Hit, SearchResults};
use skills_atlas::core::url_state::Lang;

fn atlas() -> Atlas {
    let text = std::fs::read_to_string("public/data/atlas.json").unwrap();
    match load(&text) {
        LoadOutcome::Loaded { atlas, .. } => atlas,
        LoadOutcome::Failed { problems, .. } => panic!("{problems:?}"),
    }
}

fn count(haystack: &str, needle: &str) -> usize {
    haystack.matches(needle).count()
}

/// The committed dataset, its index and the results of one query (six hits per kind).
struct Searched {
    atlas: Atlas,
    corpus: SearchCorpus,
    results: SearchResults,
}

impl Searched {
    fn new(query: &str, lang: Lang) -> Searched {
        let atlas = atlas();
        let corpus = SearchCorpus::build(&atlas);
        let results = corpus.search(query, &Filter::default(), 6, SearchSort::Relevance, lang);
        Searched {
            atlas,
            corpus,
            results,
        }
    }

    /// The hits of `kind`, in order.
    fn hits_of(&self, kind: DocKind) -> Vec<&Hit> {
        let docs = self.corpus.index.documents();
        let hits = self.results.hits.iter();
        hits.filter(|h| docs[h.doc].kind == kind).collect()
    }

    /// The rows of the group of `kind`, read in `lang`.
    fn rows(&self, kind: DocKind, lang: Lang, selected: Option<usize>) -> String {
        let docs = self.corpus.index.documents();
        result_rows_markup(&self.atlas, docs, &self.results.hits, kind, lang, selected)
    }
}

#[test]
fn one_option_per_hit_of_the_kind_with_marks_and_ids() {
    let searched = Searched::new("Schweißer", Lang::De);
    let standards = searched.hits_of(DocKind::Standard);
    assert!(!standards.is_empty());
    let html = searched.rows(DocKind::Standard, Lang::De, None);
    assert_eq!(
        count(&html, r#"<li role="option""#),
        standards.len(),
        "{html}"
    );
    assert_eq!(count(&html, "</li>"), standards.len());
    let first = standards[0].doc;
    assert!(html.starts_with(&format!(
        r#"<li role="option" id="{}" class="sa-search-option" aria-selected="false" data-doc="{first}">"#,
        option_id(first)
    )));
    assert!(
        html.contains(r#"<mark class="sa-search-mark">Schweißer</mark>"#),
        "{html}"
    );
    assert_eq!(count(&html, r#"aria-selected="true""#), 0);
    // Another kind's rows are not in this group.
    let trainers = searched.rows(DocKind::Trainer, Lang::De, None);
    assert!(!trainers.contains(&format!(r#"data-doc="{first}""#)));
}

#[test]
fn the_match_elsewhere_is_shown_with_its_translated_label() {
    // Searched in German, read in English: the title has no match, the German title does.
    let searched = Searched::new("Schweißer", Lang::En);
    let en = searched.rows(DocKind::Standard, Lang::En, None);
    assert!(
        en.contains(r#"<span class="sa-search-context">Matched: "#),
        "{en}"
    );
    let zh = searched.rows(DocKind::Standard, Lang::ZhHans, None);
    assert!(zh.contains("匹配："), "{zh}");
}

#[test]
fn the_highlighted_document_is_selected() {
    let searched = Searched::new("", Lang::En);
    let second = searched.hits_of(DocKind::Partner)[1].doc;
    let html = searched.rows(DocKind::Partner, Lang::En, Some(second));
    assert_eq!(count(&html, r#"aria-selected="true""#), 1);
    assert!(html.contains(&format!(r#"aria-selected="true" data-doc="{second}""#)));
}

#[test]
fn dataset_text_and_highlights_stay_text() {
    let atlas = atlas();
    let hostile = Document {
        id: "X\"><img src=x onerror=alert(1)>".into(),
        kind: DocKind::Country,
        fields: vec![
            (Field::Title, "<script>alert('x')</script> & co".into()),
            (Field::Title, "<b>zh</b>".into()),
            (Field::Title, "<i>de</i>".into()),
            (Field::Code, "A\"B<".into()),
        ],
        facets: Facets::default(),
    };
    // A mark over "<script>", one across a multi-byte boundary that must not panic.
    let hit = Hit {
        doc: 0,
        score: 1.0,
        highlights: vec![(0, 0..8), (3, 1..3)],
    };
    let html = result_rows_markup(&atlas, &[hostile], &[hit], DocKind::Country, Lang::En, None);
    assert!(!html.contains("<script"), "{html}");
    assert!(!html.contains("<img"), "{html}");
    assert!(html.contains(r#"<mark class="sa-search-mark">&lt;script&gt;</mark>alert(&apos;x&apos;)&lt;/script&gt; &amp; co"#), "{html}");
    assert!(
        html.contains("A<mark class=\"sa-search-mark\">&quot;B</mark>&lt;"),
        "{html}"
    );
}

#[test]
fn the_search_box_controls_only_the_lists_shown() {
    assert_eq!(
        results_list_id(DocKind::Standard),
        "sa-search-results-standard"
    );
    // While the index is being prepared no list is in the page: no ids, no attribute.
    assert_eq!(controlled_lists([]), None);
    assert_eq!(
        controlled_lists([DocKind::Trainer]).as_deref(),
        Some("sa-search-results-trainer")
    );
    assert_eq!(
        controlled_lists(DocKind::ALL).as_deref(),
        Some(
            "sa-search-results-standard sa-search-results-trainer \
             sa-search-results-partner sa-search-results-country"
        )
    );
}
