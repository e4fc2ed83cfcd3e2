//! Which part of the written markup an event happened on (step 3 of
//! [`crate::app::markup_host`]): the marks, rows and buttons carry a `data-*` attribute, and
//! one listener on their group reads it from the event, instead of one listener per element.

use wasm_bindgen::JsCast;

/// The attribute holding a mark's index: a country on the map, a bar or a cell of a chart.
pub const DATA_INDEX: &str = "data-i";
/// The attribute holding a search row's document number.
pub const DATA_DOC: &str = "data-doc";
/// The attribute naming what a button in a written panel does.
pub const DATA_ACTION: &str = "data-action";

/// The element an event happened on.
fn target(ev: &web_sys::Event) -> Option<web_sys::Element> {
    ev.target()?.dyn_into().ok()
}

/// The value of attribute `name` on the event's target or the nearest ancestor that has it.
fn closest_data(ev: &web_sys::Event, name: &str) -> Option<String> {
    target(ev)?
        .closest(&format!("[{name}]"))
        .ok()??
        .get_attribute(name)
}

/// The index ([`DATA_INDEX`]) of the mark an event happened on, if it happened on one: the
/// charts and the map write their marks as markup and handle their events on the group.
pub fn mark_index(ev: &web_sys::Event) -> Option<usize> {
    target(ev)?.get_attribute(DATA_INDEX)?.parse().ok()
}

/// The document number ([`DATA_DOC`]) of the search row an event happened in.
pub fn row_doc(ev: &web_sys::Event) -> Option<usize> {
    closest_data(ev, DATA_DOC)?.parse().ok()
}

/// The [`DATA_ACTION`] of the button an event happened in, for panels written as markup.
pub fn mark_action(ev: &web_sys::Event) -> Option<String> {
    closest_data(ev, DATA_ACTION)
}

/// Whether an event happened inside an element matching `selector`.
pub fn event_within(ev: &web_sys::Event, selector: &str) -> bool {
    target(ev).is_some_and(|el| el.closest(selector).ok().flatten().is_some())
}
