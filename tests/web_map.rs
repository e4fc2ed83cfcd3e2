#![cfg(target_arch = "wasm32")]
//! The map component in headless Chromium, with the real world geometry and the generated
//! dataset: it draws one mark per country, arcs and points, and selecting a country fills
//! the panel.

use leptos::prelude::*;
use skills_atlas::app::provide_app_state;
use skills_atlas::app::views::CooperationMap;
use skills_atlas::core::data::generate::{generate, DEFAULT_SEED};
use skills_atlas::core::geo::World;
use skills_atlas::core::map_model::MapModel;
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
    let model = Arc::new(MapModel::build(&world(), Arc::new(atlas)));
    let handle = leptos::mount::mount_to(host.clone(), move || {
        provide_app_state();
        view! { <CooperationMap model=model.clone() /> }
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
    // Every country has its arc group; those with partners give their arc a width.
    assert_eq!(count(&host, ".sa-arc-group"), n);
    assert!(count(&host, ".sa-arc-coop:not([style='stroke-width:0.00'])") >= n - 5);
    // The layers shown are classes on the map: talent flows are off by default.
    assert_eq!(count(&host, ".sa-map-svg.sa-show-partners"), 1);
    assert_eq!(count(&host, ".sa-map-svg.sa-show-flows"), 0);
    assert_eq!(
        count(
            &host,
            ".sa-glyphs .sa-glyph-station, .sa-glyphs .sa-glyph-centre"
        ),
        platforms
    );
    assert!(
        count(
            &host,
            ".sa-glyphs .sa-glyph-workshop:not([style='display:none'])"
        ) >= 30
    );
    assert!(host.text_content().unwrap().contains("Chongqing"));
}

/// Runs `script` in the page with `el` bound to the element. Leptos delegates events to
/// the root, so events dispatched this way must bubble.
fn run_on(el: &web_sys::Element, script: &str) {
    js_sys::Function::new_with_args("el", script)
        .call1(&wasm_bindgen::JsValue::NULL, el)
        .unwrap();
}

/// Moves the year slider to `year`, as dragging it would.
fn set_year(host: &web_sys::HtmlElement, year: u16) {
    let slider = host
        .query_selector("#sa-year")
        .unwrap()
        .expect("year slider");
    run_on(
        &slider,
        &format!("el.value = '{year}'; el.dispatchEvent(new Event('input', {{bubbles: true}}))"),
    );
}

/// Arc groups whose cooperation arc has a width (the country has partners by the year).
fn arcs_drawn(host: &web_sys::HtmlElement) -> u32 {
    count(host, ".sa-arc-coop:not([style='stroke-width:0.00'])")
}

/// Workshop squares placed (not taken out with `display:none`).
fn workshops_drawn(host: &web_sys::HtmlElement) -> u32 {
    count(host, ".sa-glyph-workshop:not([style='display:none'])")
}

#[wasm_bindgen_test]
async fn moving_the_slider_back_draws_the_network_of_that_year() {
    let host = fresh_host("");
    mount(&host, generate(DEFAULT_SEED, 1));
    leptos::task::tick().await;
    let (arcs, workshops) = (arcs_drawn(&host), workshops_drawn(&host));
    assert_eq!(
        count(&host, ".sa-platforms.sa-hidden"),
        0,
        "all opened by the last year"
    );
    set_year(&host, 2016);
    leptos::task::tick().await;
    assert!(arcs_drawn(&host) < arcs, "fewer partner countries in 2016");
    assert!(
        workshops_drawn(&host) < workshops,
        "fewer workshops in 2016"
    );
    assert!(
        count(&host, ".sa-platforms.sa-hidden") > 0,
        "stations opened later are hidden"
    );
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
    run_on(
        &kenya,
        "el.dispatchEvent(new KeyboardEvent('keydown', {key: 'Enter', bubbles: true}))",
    );
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

/// The style of every "sent abroad" arc piece, in drawing order.
fn sent_styles(host: &web_sys::HtmlElement) -> Vec<String> {
    let list = host.query_selector_all(".sa-arc-sent").unwrap();
    (0..list.length())
        .map(|i| {
            let el: web_sys::Element = list.item(i).unwrap().unchecked_into();
            el.get_attribute("style").unwrap_or_default()
        })
        .collect()
}

#[wasm_bindgen_test]
async fn flows_turned_on_after_a_year_change_show_that_year() {
    // The arcs of a layer that is off are brought up to date when it is turned on.
    let reference = fresh_host("?year=2016&layers=partners,flows");
    mount(&reference, generate(DEFAULT_SEED, 1));
    leptos::task::tick().await;
    let expected = sent_styles(&reference);
    reference.remove();
    assert!(expected.iter().any(|s| s != "stroke-width:0.00"));

    let host = fresh_host("?layers=partners");
    mount(&host, generate(DEFAULT_SEED, 1));
    leptos::task::tick().await;
    set_year(&host, 2016);
    leptos::task::tick().await;
    assert_ne!(
        sent_styles(&host),
        expected,
        "flows stay as drawn while off"
    );
    let flows = host
        .query_selector(".sa-legend-item:last-child input")
        .unwrap()
        .expect("flows checkbox");
    run_on(&flows, "el.click()");
    leptos::task::tick().await;
    assert_eq!(count(&host, ".sa-map-svg.sa-show-flows"), 1);
    assert_eq!(sent_styles(&host), expected);
}
