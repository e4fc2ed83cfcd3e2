//! Attributes patched in place (step 4 of [`crate::app::markup_host`]): markup is written
//! once, then a change sets only the attributes it alters, on elements found by their
//! `data-*` attribute.

use super::delegated_events::DATA_INDEX;

/// Sets `name` on `el` to `now` when it differs from `before`, the value written last.
pub fn set_if_changed(el: &web_sys::Element, name: &str, before: &str, now: &str) {
    if before != now {
        let _ = el.set_attribute(name, now);
    }
}

/// An attribute that one element of a group holds at a time, with the value the others have.
#[derive(Clone, Copy, Debug)]
pub struct HeldAttribute {
    /// The attribute.
    pub name: &'static str,
    /// Its value on the elements that do not hold it.
    pub off: &'static str,
    /// Its value on the element that holds it.
    pub on: &'static str,
}

/// The roving tab stop: the one mark of a group that Tab lands on.
pub const TAB_STOP: HeldAttribute = HeldAttribute {
    name: "tabindex",
    off: "-1",
    on: "0",
};

/// The option highlighted in a listbox.
pub const SELECTED_OPTION: HeldAttribute = HeldAttribute {
    name: "aria-selected",
    off: "false",
    on: "true",
};

/// The pressed toggle of a group (the selected country on the map).
pub const PRESSED: HeldAttribute = HeldAttribute {
    name: "aria-pressed",
    off: "false",
    on: "true",
};

impl HeldAttribute {
    /// Takes the attribute from `from` and gives it to `to` (either may be missing: nothing
    /// held it, or the element is not drawn), in that order; the other elements keep theirs.
    pub fn hand_over(self, from: Option<&web_sys::Element>, to: Option<&web_sys::Element>) {
        for (el, value) in [(from, self.off), (to, self.on)] {
            if let Some(el) = el {
                let _ = el.set_attribute(self.name, value);
            }
        }
    }
}

/// `[name="value"]`, the selector of the elements whose attribute `name` is `value`; `None`
/// for a value other than ASCII letters and digits (ids come from the dataset, and only
/// plain ones go into a selector unescaped).
pub fn data_selector(name: &str, value: &str) -> Option<String> {
    value
        .bytes()
        .all(|b| b.is_ascii_alphanumeric())
        .then(|| format!("[{name}=\"{value}\"]"))
}

/// The first element inside `root` whose attribute `name` is `value`.
pub fn find_by_data(root: &web_sys::Element, name: &str, value: &str) -> Option<web_sys::Element> {
    root.query_selector(&data_selector(name, value)?)
        .ok()
        .flatten()
}

/// Mark `index` ([`DATA_INDEX`]) inside `root`, if it is drawn.
pub fn find_mark(root: &web_sys::Element, index: usize) -> Option<web_sys::Element> {
    find_by_data(root, DATA_INDEX, &index.to_string())
}
