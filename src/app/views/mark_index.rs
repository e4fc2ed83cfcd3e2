//! Which mark an event happened on, for the views that write their marks as markup.

/// The index (`data-i`) of the mark an event happened on, if it happened on one: the
/// charts and the map write their marks as markup and handle their events on the group.
pub fn mark_index(ev: &web_sys::Event) -> Option<usize> {
    use wasm_bindgen::JsCast;
    let target: web_sys::Element = ev.target()?.dyn_into().ok()?;
    target.get_attribute("data-i")?.parse().ok()
}

/// The `data-action` of the button an event happened in, for panels written as markup.
pub fn mark_action(ev: &web_sys::Event) -> Option<String> {
    use wasm_bindgen::JsCast;
    let target: web_sys::Element = ev.target()?.dyn_into().ok()?;
    target
        .closest("[data-action]")
        .ok()??
        .get_attribute("data-action")
}
