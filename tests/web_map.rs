#![cfg(target_arch = "wasm32")]
//! The map component in headless Chromium, with the real world geometry and the generated
//! dataset: it draws one mark per country, arcs and points, and selecting a country fills
//! the panel.

use leptos::prelude::*;
use skills_atlas::app::provide_app_state;
use skills_atlas::app::views::CooperationMap;
use skills_atlas::core::data::generate::{generate, DEFAULT_SEED};
use skills_atlas::core::geo::World;
use std::sync::Arc;
use wasm_bindgen::JsCast;
use wasm_bindgen_test::*;

mod web_support;

use web_support::{host_at as fresh_host, sleep};

wasm_bindgen_test_configure!(run_in_browser);

fn world() -> Arc<World> {
    Arc::new(World::from_json(include_str!("../public/data/world-110m.json")).unwrap())
}

fn count(host: &web_sys::HtmlElement, selector: &str) -> u32 {
    host.query_selector_all(selector).unwrap().length()
}

fn mount(host: &web_sys::HtmlElement, atlas: skills_atlas::core::data::Atlas) {
    let atlas = Arc::new(atlas);
    let w = world();
    let handle = leptos::mount::mount_to(host.clone(), move || {
        provide_app_state();
        view! { <CooperationMap world=w.clone() atlas=atlas.clone() /> }
    });
    handle.forget();
}

#[wasm_bindgen_test]
async fn draws_one_mark_per_country_with_arcs_and_points() {
    let host = fresh_host("");
    let atlas = generate(DEFAULT_SEED, 1);
    let n = atlas.countries.len() as u32;
    let platforms = atlas.platforms.len() as u32;
    mount(&host, atlas);
    leptos::task::tick().await;
    assert_eq!(count(&host, ".sa-map-svg [data-country]"), n);
    // Singapore, Bahrain and the Maldives have no 110m shape: drawn as points.
    assert_eq!(count(&host, "circle.sa-map-country-point"), 3);
    assert_eq!(
        count(&host, "[data-country][tabindex='0']"),
        1,
        "one tab stop"
    );
    // Every country has its cooperation arc group; those with partners show it.
    assert_eq!(count(&host, ".sa-arc-group"), n);
    assert!(count(&host, ".sa-arcs-coop:not(.sa-hidden) path") >= n - 5);
    // Talent flows are off by default.
    assert_eq!(count(&host, ".sa-arcs-sent:not(.sa-hidden)"), 0);
    assert_eq!(
        count(
            &host,
            ".sa-glyphs .sa-glyph-station, .sa-glyphs .sa-glyph-centre"
        ),
        platforms
    );
    assert!(count(&host, ".sa-glyphs .sa-glyph-workshop:not(.sa-hidden)") >= 30);
    assert!(host.text_content().unwrap().contains("Chongqing"));
}

#[wasm_bindgen_test]
async fn selecting_a_country_with_enter_fills_the_panel() {
    let host = fresh_host("");
    mount(&host, generate(DEFAULT_SEED, 1));
    leptos::task::tick().await;
    assert!(host.query_selector("aside").unwrap().is_none());
    let kenya: web_sys::Element = host
        .query_selector(".sa-map-svg [data-country='KEN']")
        .unwrap()
        .expect("Kenya drawn");
    let label = kenya.get_attribute("aria-label").unwrap();
    assert!(label.starts_with("Kenya: "), "{label}");
    kenya
        .unchecked_ref::<web_sys::SvgElement>()
        .focus()
        .unwrap();
    // Leptos delegates events to the root, so the key event must bubble.
    js_sys::Function::new_with_args(
        "el",
        "el.dispatchEvent(new KeyboardEvent('keydown', {key: 'Enter', bubbles: true}))",
    )
    .call1(&wasm_bindgen::JsValue::NULL, &kenya)
    .unwrap();
    leptos::task::tick().await;
    let panel = host.query_selector("aside").unwrap().expect("panel open");
    let text = panel.text_content().unwrap();
    assert!(text.contains("Kenya"), "{text}");
    let certs = label.split(": ").nth(1).unwrap().split(' ').next().unwrap();
    assert!(text.contains(&format!("Certifications{certs}")), "{text}");
    // The URL follows the state once per task (writes are batched): wait a moment for it.
    let search = || web_sys::window().unwrap().location().search().unwrap();
    for _ in 0..50 {
        if search().contains("country=KEN") {
            break;
        }
        sleep(10).await;
    }
    assert!(search().contains("country=KEN"), "{}", search());
}

#[wasm_bindgen_test]
async fn a_dataset_with_no_countries_still_renders_and_says_so() {
    let host = fresh_host("");
    let mut atlas = generate(DEFAULT_SEED, 1);
    atlas.countries.clear();
    mount(&host, atlas);
    leptos::task::tick().await;
    assert_eq!(count(&host, ".sa-map-svg [data-country]"), 0);
    assert!(host
        .text_content()
        .unwrap()
        .contains("no partner countries"));
}
