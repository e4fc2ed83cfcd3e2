#![cfg(target_arch = "wasm32")]
//! Component test in headless Chromium: the certifications chart renders one focusable,
//! named mark per bar (top 10 + "others") for the bundled dataset.

use leptos::context::Provider;
use leptos::prelude::*;
use skills_atlas::app::data_gate::parse_body;
use skills_atlas::app::provide_app_state;
use skills_atlas::app::views::ChartsView;
use wasm_bindgen::JsCast;
use wasm_bindgen_test::*;

wasm_bindgen_test_configure!(run_in_browser);

#[wasm_bindgen_test]
async fn the_certifications_chart_renders_named_focusable_bars() {
    let window = web_sys::window().unwrap();
    let path = window.location().pathname().unwrap();
    let url = format!("{path}?view=charts&chart=certifications-by-country");
    window
        .history()
        .unwrap()
        .replace_state_with_url(&wasm_bindgen::JsValue::NULL, "", Some(&url))
        .unwrap();
    let document = window.document().unwrap();
    let host: web_sys::HtmlElement = document.create_element("div").unwrap().unchecked_into();
    document.body().unwrap().append_child(&host).unwrap();
    let data = parse_body("atlas.json", include_bytes!("../public/data/atlas.json"))
        .ok()
        .unwrap();
    let _handle = leptos::mount::mount_to(host.clone(), move || {
        provide_app_state();
        view! { <Provider value=data.clone()><ChartsView /></Provider> }
    });
    leptos::task::tick().await;
    let marks = host.query_selector_all("rect.sa-mark").unwrap();
    assert_eq!(marks.length(), 11, "top 10 + others");
    let mark = |i: u32| -> web_sys::Element { marks.item(i).unwrap().unchecked_into() };
    let first = mark(0);
    assert_eq!(first.get_attribute("role").as_deref(), Some("button"));
    assert_eq!(first.get_attribute("tabindex").as_deref(), Some("0"));
    assert!(first
        .get_attribute("aria-label")
        .unwrap()
        .contains("Press Enter"));
    let others = mark(10);
    assert_eq!(others.get_attribute("role").as_deref(), Some("img"));
    assert_eq!(others.get_attribute("tabindex").as_deref(), Some("-1"));
    assert!(others
        .get_attribute("aria-label")
        .unwrap()
        .starts_with("Others ("));
    let width = |e: &web_sys::Element| e.get_attribute("width").unwrap().parse::<f64>().unwrap();
    assert!(width(&first) >= width(&mark(1)), "sorted, largest first");
    assert_eq!(host.query_selector_all("figure").unwrap().length(), 1);
}
