//! Which mark an event happened on, for the views that write their marks as markup.

/// The index (`data-i`) of the mark an event happened on, if it happened on one: the
/// charts and the map write their marks as markup and handle their events on the group.
pub fn mark_index(ev: &web_sys::Event) -> Option<usize> {
    use wasm_bindgen::JsCast;
    let target: web_sys::Element = ev.target()?.dyn_into().ok()?;
    target.get_attribute("data-i")?.parse().ok()
}
