#![cfg(target_arch = "wasm32")]
//! Component tests in headless Chromium: the shell mounts, the language switch changes the
//! visible text, and the error state renders for a dataset that cannot load.

use leptos::prelude::*;
use skills_atlas::app::data_gate::{DataError, DataErrorView, DataGate};
use skills_atlas::app::{provide_app_state, App};
use wasm_bindgen::JsCast;
use wasm_bindgen_test::*;

mod web_support;

use web_support::{host_at, sleep};

fn fresh_host() -> web_sys::HtmlElement {
    host_at("")
}

wasm_bindgen_test_configure!(run_in_browser);

/// Polls until `check` holds (the data fetch is asynchronous), for at most ~5 s.
async fn eventually(host: &web_sys::HtmlElement, check: impl Fn(&str) -> bool) -> String {
    for _ in 0..250 {
        let text = host.text_content().unwrap_or_default();
        if check(&text) {
            return text;
        }
        sleep(20).await;
    }
    host.text_content().unwrap_or_default()
}

#[wasm_bindgen_test]
async fn shell_mounts_with_navigation_and_footer() {
    let host = fresh_host();
    let _handle = leptos::mount::mount_to(host.clone(), App);
    leptos::task::tick().await;
    let nav = host
        .query_selector("nav[aria-label]")
        .unwrap()
        .expect("navigation");
    let links = nav.query_selector_all("a").unwrap();
    assert_eq!(links.length(), 5);
    assert_eq!(
        nav.text_content().unwrap(),
        "MapChartsSearchPresentAbout the data"
    );
    let footer = host.query_selector("footer").unwrap().expect("footer");
    assert!(footer.text_content().unwrap().contains("illustrative"));
}

#[wasm_bindgen_test]
async fn switching_language_changes_the_visible_text() {
    let host = fresh_host();
    let _handle = leptos::mount::mount_to(host.clone(), App);
    leptos::task::tick().await;
    let select: web_sys::HtmlSelectElement = host
        .query_selector("select")
        .unwrap()
        .expect("language select")
        .unchecked_into();
    select.set_value("de");
    select
        .dispatch_event(&web_sys::Event::new("change").unwrap())
        .unwrap();
    leptos::task::tick().await;
    let nav = host.query_selector("nav").unwrap().unwrap();
    assert!(
        nav.text_content().unwrap().contains("Karte"),
        "{:?}",
        nav.text_content()
    );
    assert!(nav.get_attribute("aria-label").unwrap() == "Hauptnavigation");

    select.set_value("zh");
    select
        .dispatch_event(&web_sys::Event::new("change").unwrap())
        .unwrap();
    leptos::task::tick().await;
    assert!(nav.text_content().unwrap().contains("地图"));
}

#[wasm_bindgen_test]
async fn a_missing_dataset_renders_the_error_with_retry() {
    let host = fresh_host();
    let _handle = leptos::mount::mount_to(host.clone(), || {
        provide_app_state();
        view! { <DataGate url="no-such-dir/atlas.json"><p id="gated-content">"the app itself"</p></DataGate> }
    });
    let text = eventually(&host, |t| t.contains("could not be loaded")).await;
    assert!(text.contains("could not be loaded"), "{text}");
    assert!(text.contains("404"), "{text}");
    // The gate shows the error instead of what it guards, never both.
    assert!(!text.contains("the app itself"), "{text}");
    assert!(host.query_selector("#gated-content").unwrap().is_none());
    let alert = host
        .query_selector("[role=alert]")
        .unwrap()
        .expect("alert role");
    assert!(
        alert.query_selector("button").unwrap().is_some(),
        "retry button"
    );
}

#[wasm_bindgen_test]
async fn an_invalid_dataset_lists_every_problem_as_text() {
    let host = fresh_host();
    let problems = vec![
        (
            "trainers[17].country".to_string(),
            "\"XXZ\" is not a known country".to_string(),
        ),
        (
            "schema_version".to_string(),
            "<b>expected 1</b>".to_string(),
        ),
    ];
    let _handle = leptos::mount::mount_to(host.clone(), move || {
        provide_app_state();
        view! {
            <DataErrorView
                error=DataError::Invalid { url: "data/atlas.json".into(), problems: problems.clone(), omitted: 0 }
                on_retry=Callback::new(|_| ())
            />
        }
    });
    leptos::task::tick().await;
    let items = host.query_selector_all("li").unwrap();
    assert_eq!(items.length(), 2);
    let text = host.text_content().unwrap();
    assert!(text.contains("has 2 problems:"), "{text}");
    assert!(text.contains("trainers[17].country: \"XXZ\" is not a known country"));
    // Dataset text is rendered as text: the markup shows literally, no <b> element exists.
    assert!(text.contains("<b>expected 1</b>"));
    assert!(host.query_selector("b").unwrap().is_none());
}

/// Three parts, each marked by an element of its own.
#[component]
fn ThreeParts() -> impl IntoView {
    let parts = skills_atlas::app::start_tasks::Parts::new(3);
    view! {
        <p class="part-0">"first"</p>
        <Show when=move || parts.shown(1)><p class="part-1">"second"</p></Show>
        <Show when=move || parts.shown(2)><p class="part-2">"third"</p></Show>
        <Show when=move || parts.all_shown()><p class="all-parts">"all"</p></Show>
    }
}

fn parts_drawn(host: &web_sys::HtmlElement) -> Vec<bool> {
    ["part-0", "part-1", "part-2", "all-parts"]
        .iter()
        .map(|c| host.query_selector(&format!(".{c}")).unwrap().is_some())
        .collect()
}

#[wasm_bindgen_test]
async fn while_the_first_view_is_there_a_view_draws_its_parts_one_task_at_a_time() {
    let document = web_sys::window().unwrap().document().unwrap();
    let first_view = document.create_element("div").unwrap();
    first_view.set_class_name("sa-first-view");
    document.body().unwrap().append_child(&first_view).unwrap();

    let host = fresh_host();
    let _handle = leptos::mount::mount_to(host.clone(), ThreeParts);
    leptos::task::tick().await;
    // Microtasks ran (effects included), but no other task: only the first part is drawn.
    assert_eq!(parts_drawn(&host), [true, false, false, false]);
    for _ in 0..50 {
        sleep(0).await;
        if parts_drawn(&host)[3] {
            break;
        }
    }
    assert_eq!(parts_drawn(&host), [true, true, true, true]);
    first_view.remove();

    // Once the app has started (no first view), a view draws whole at once.
    let host = fresh_host();
    let _handle = leptos::mount::mount_to(host.clone(), ThreeParts);
    assert_eq!(parts_drawn(&host), [true, true, true, true]);
}
