#![cfg(target_arch = "wasm32")]
//! The search view in headless Chromium: grouped results with counts, highlighted matches as
//! `<mark>` text (never markup), facets that filter, and "no results" with suggestions.

use leptos::prelude::*;
use skills_atlas::app::views::SearchView;
use skills_atlas::app::{provide_app_state, LoadedData};
use skills_atlas::core::data::generate::{generate, DEFAULT_SEED};
use std::sync::Arc;
use wasm_bindgen::JsCast;
use wasm_bindgen_test::*;

mod web_support;

use web_support::host_at;

wasm_bindgen_test_configure!(run_in_browser);

fn mount_search(host: &web_sys::HtmlElement) -> impl Drop {
    mount_with(host, LoadedData::new(Arc::new(generate(DEFAULT_SEED, 1))))
}

fn mount_with(host: &web_sys::HtmlElement, data: LoadedData) -> impl Drop {
    leptos::mount::mount_to(host.clone(), move || {
        provide_app_state();
        provide_context(data);
        view! { <div class="skills-atlas"><SearchView /></div> }
    })
}

/// Waits until the view's index is built (a slice at a time, between tasks) and shown.
async fn until_searchable(host: &web_sys::HtmlElement) {
    until(
        host,
        ".sa-search-preparing",
        false,
        "the search index was built",
    )
    .await;
}

/// Waits (up to 5 s) until `selector` is in `host` (`present`) or gone from it.
async fn until(host: &web_sys::HtmlElement, selector: &str, present: bool, what: &str) {
    for _ in 0..500 {
        leptos::task::tick().await;
        if host.query_selector(selector).unwrap().is_some() == present {
            return;
        }
        web_support::sleep(10).await;
    }
    panic!("not within 5 s: {what}");
}

fn texts(host: &web_sys::HtmlElement, selector: &str) -> Vec<String> {
    let list = host.query_selector_all(selector).unwrap();
    (0..list.length())
        .map(|i| list.item(i).unwrap().text_content().unwrap_or_default())
        .collect()
}

#[wasm_bindgen_test]
async fn renders_grouped_results_with_counts_and_marks() {
    let host = host_at("?view=search&q=Schwei%C3%9Fer");
    let _mounted = mount_search(&host);
    until_searchable(&host).await;
    let headings = texts(
        &host,
        ".sa-search-group:not([hidden]) .sa-search-group-title",
    );
    assert!(
        headings.iter().any(|h| h.starts_with("Standards")),
        "{headings:?}"
    );
    let titles = texts(&host, "[role=option] .sa-search-title");
    assert_eq!(titles.first().map(String::as_str), Some("Welder"));
    let marks = texts(&host, "[role=option] mark");
    assert!(marks.iter().any(|m| m == "Schweißer"), "{marks:?}");
    // Every listbox is labelled by its group heading.
    let listbox = host.query_selector("[role=listbox]").unwrap().unwrap();
    assert!(listbox.get_attribute("aria-labelledby").is_some());
}

#[wasm_bindgen_test]
async fn an_empty_query_browses_every_kind() {
    let host = host_at("?view=search");
    let _mounted = mount_search(&host);
    until_searchable(&host).await;
    let headings = texts(
        &host,
        ".sa-search-group:not([hidden]) .sa-search-group-title",
    );
    assert_eq!(headings.len(), 4, "{headings:?}");
    let status = texts(&host, "[role=status]").join(" ");
    assert!(status.contains("Browsing all"), "{status}");
}

#[wasm_bindgen_test]
async fn a_type_facet_in_the_url_narrows_to_one_group() {
    let host = host_at("?view=search&q=automotive&type=trainer");
    let _mounted = mount_search(&host);
    until_searchable(&host).await;
    let headings = texts(
        &host,
        ".sa-search-group:not([hidden]) .sa-search-group-title",
    );
    assert_eq!(headings.len(), 1, "{headings:?}");
    assert!(headings[0].starts_with("Trainers"));
    // The facets are drawn in the task after the results.
    until(
        &host,
        ".sa-search-facets input",
        true,
        "the facets were drawn",
    )
    .await;
    let checked: web_sys::HtmlInputElement = host
        .query_selector(".sa-search-facets input[type=checkbox]:checked")
        .unwrap()
        .unwrap()
        .unchecked_into();
    let label = checked.parent_element().unwrap().text_content().unwrap();
    assert!(label.starts_with("Trainers"), "{label}");
}

#[wasm_bindgen_test]
async fn markup_in_the_query_stays_text() {
    let host = host_at("?view=search&q=%3Cimg%20zzqxj%3E");
    let _mounted = mount_search(&host);
    until_searchable(&host).await;
    assert!(host
        .query_selector(".sa-search-results img")
        .unwrap()
        .is_none());
    let empty = texts(&host, ".sa-search-empty p").join(" ");
    assert!(empty.contains("<img zzqxj>"), "{empty}");
}

#[wasm_bindgen_test]
async fn a_misspelling_without_results_suggests_terms() {
    let host = host_at("?view=search&q=weldqq");
    let _mounted = mount_search(&host);
    until_searchable(&host).await;
    let buttons = texts(&host, ".sa-search-suggestion");
    assert!(buttons.iter().any(|b| b == "welder"), "{buttons:?}");
}

/// Mounts the view at `query` while its index is still being built (by someone else, as by
/// the prebuild), and checks that it says so; then `finish` hands the index over.
async fn mount_preparing(query: &str) -> Preparing {
    let host = host_at(query);
    let data = LoadedData::new(Arc::new(generate(DEFAULT_SEED, 1)));
    assert!(data.derived.start_search_corpus());
    let mounted = Box::new(mount_with(&host, data.clone()));
    leptos::task::tick().await;
    let status = texts(&host, "[role=status]").join(" ");
    assert!(status.contains("Preparing search"), "{status}");
    Preparing {
        host,
        data,
        _mounted: mounted,
    }
}

/// A search view mounted while its index is built ([`mount_preparing`]).
struct Preparing {
    host: web_sys::HtmlElement,
    data: LoadedData,
    _mounted: Box<dyn std::any::Any>,
}

impl Preparing {
    /// Hands the built index to the view and waits until it searches.
    async fn finish(&self) {
        self.data
            .search_corpus
            .set(Some(self.data.derived.search_corpus()));
        until_searchable(&self.host).await;
    }
}

#[wasm_bindgen_test]
async fn while_the_index_builds_the_view_says_so_and_searches_once_it_is_built() {
    let view = mount_preparing("?view=search&q=Schwei%C3%9Fer").await;
    let host = &view.host;
    assert!(host.query_selector("[role=searchbox]").unwrap().is_some());
    assert!(texts(host, "[role=option]").is_empty());
    view.finish().await;
    let titles = texts(host, "[role=option] .sa-search-title");
    assert_eq!(titles.first().map(String::as_str), Some("Welder"));
}

/// The ids the search box's `aria-controls` names, and those of them not in `host` (an ARIA
/// error: `aria-controls` must name elements that exist).
fn controlled_ids(host: &web_sys::HtmlElement) -> (Vec<String>, Vec<String>) {
    let input = host.query_selector("#sa-search-input").unwrap().unwrap();
    let names: Vec<String> = input
        .get_attribute("aria-controls")
        .unwrap_or_default()
        .split_whitespace()
        .map(str::to_string)
        .collect();
    let missing = names
        .iter()
        .filter(|id| host.query_selector(&format!("#{id}")).unwrap().is_none())
        .cloned()
        .collect();
    (names, missing)
}

/// The ids of the result lists a person can see (their group is not hidden).
fn shown_list_ids(host: &web_sys::HtmlElement) -> Vec<String> {
    let lists = host
        .query_selector_all(".sa-search-group:not([hidden]) [role=listbox]")
        .unwrap();
    (0..lists.length())
        .map(|i| {
            let list: web_sys::Element = lists.item(i).unwrap().unchecked_into();
            list.id()
        })
        .collect()
}

#[wasm_bindgen_test]
async fn the_search_box_controls_only_result_lists_in_the_page() {
    let view = mount_preparing("?view=search&q=Schwei%C3%9Fer").await;
    let host = &view.host;
    // Preparing: no list is in the page, so the box names none (it named all four).
    let (names, missing) = controlled_ids(host);
    assert_eq!(missing, Vec::<String>::new(), "preparing, names {names:?}");
    assert!(names.is_empty(), "{names:?}");
    view.finish().await;
    // Results (some kinds have none, and their groups are hidden): the lists shown.
    let (names, missing) = controlled_ids(host);
    assert_eq!(
        missing,
        Vec::<String>::new(),
        "with results, names {names:?}"
    );
    assert!(!names.is_empty());
    assert!(
        names.len() < 4,
        "a kind without hits is not named: {names:?}"
    );
    assert_eq!(names, shown_list_ids(host));
}

#[wasm_bindgen_test]
async fn the_search_box_names_no_list_when_nothing_is_found() {
    let host = host_at("?view=search&q=weldqq");
    let _mounted = mount_search(&host);
    until_searchable(&host).await;
    let (names, missing) = controlled_ids(&host);
    assert_eq!(missing, Vec::<String>::new());
    assert!(names.is_empty(), "{names:?}");
    assert_eq!(
        host.query_selector("#sa-search-input")
            .unwrap()
            .unwrap()
            .get_attribute("aria-controls"),
        None
    );
}
