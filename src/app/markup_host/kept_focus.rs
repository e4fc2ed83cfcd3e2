//! Keyboard focus in written markup (step 5 of [`crate::app::markup_host`]): moving it to a
//! mark, an id or a selector, and keeping it on the same mark when markup is replaced.

use super::attribute_patch::find_mark;
use super::delegated_events::DATA_INDEX;
use wasm_bindgen::JsCast;

/// Focuses `el`, an HTML or an SVG element.
pub fn focus(el: &web_sys::Element) {
    if let Some(el) = el.dyn_ref::<web_sys::HtmlElement>() {
        let _ = el.focus();
    } else if let Some(el) = el.dyn_ref::<web_sys::SvgElement>() {
        let _ = el.focus();
    }
}

/// The page's document.
fn document() -> Option<web_sys::Document> {
    web_sys::window()?.document()
}

/// Focuses the element with `id`, if present.
pub fn focus_by_id(id: &str) {
    if let Some(el) = document().and_then(|d| d.get_element_by_id(id)) {
        focus(&el);
    }
}

/// Focuses the element with `id` once it has rendered (after the current event).
pub fn focus_by_id_soon(id: &'static str) {
    leptos::prelude::set_timeout(move || focus_by_id(id), std::time::Duration::from_millis(0));
}

/// Focuses the first element of the page matching `selector`, if there is one.
pub fn focus_by_selector(selector: &str) {
    if let Ok(Some(el)) = document().map_or(Ok(None), |d| d.query_selector(selector)) {
        focus(&el);
    }
}

/// Focuses mark `index` ([`DATA_INDEX`]) inside `root`, if it is drawn.
pub fn focus_mark(root: &web_sys::Element, index: usize) {
    if let Some(mark) = find_mark(root, index) {
        focus(&mark);
    }
}

/// The index of the mark that had keyboard focus inside a container before its markup was
/// replaced, so the mark with the same index in the new markup gets it back.
#[derive(Clone, Copy, Debug)]
#[must_use = "focus comes back only through `restore`"]
pub struct KeptFocus(Option<usize>);

impl KeptFocus {
    /// Notes the focused mark inside `container`, if focus is on a mark there.
    pub fn inside(container: &web_sys::Element) -> KeptFocus {
        KeptFocus(
            document()
                .and_then(|d| d.active_element())
                .filter(|e| container.contains(Some(e)))
                .and_then(|e| e.get_attribute(DATA_INDEX))
                .and_then(|i| i.parse().ok()),
        )
    }

    /// Focuses the mark with the noted index inside `root`, if one was focused.
    pub fn restore(self, root: &web_sys::Element) {
        if let Some(index) = self.0 {
            focus_mark(root, index);
        }
    }
}
