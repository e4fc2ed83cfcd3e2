//! Facet rows whose counts follow every keystroke, written by one effect per list.
//!
//! A list holds every value of the dataset, so its rows stay put while the person types; only
//! each row's count and whether it is hidden (no matches, not chosen) change. Three reactive
//! effects per row (count text, hidden, dimmed) over 250 rows cost about a quarter of a
//! keystroke at ×100; one effect that walks the rows and touches only what changed does not.

use crate::core::url_state::Lang;
use leptos::prelude::*;
use web_sys::Element;

/// What a row shows for the current query.
#[derive(Clone, Copy, PartialEq)]
pub(super) struct Shown {
    /// Matches with the row's value.
    pub count: usize,
    /// Hidden: no matches and not chosen.
    pub hidden: bool,
    /// The language its text is written in.
    pub lang: Lang,
}

struct FacetRow {
    id: u32,
    value: String,
    /// The row (hidden and dimmed as a whole).
    row: Element,
    /// The element whose text shows the count.
    text: Element,
    shown: Shown,
}

/// What a row of a value shows for the current query.
type ShownFn = Box<dyn Fn(&str) -> Shown>;
/// A row's text (its count, or a name and count) for what it shows.
type TextFn = Box<dyn Fn(&str, Shown) -> String>;

/// The rows of one facet list. Copy: rows, cleanups and the effect share it.
#[derive(Clone, Copy)]
pub(super) struct CountedRows {
    rows: StoredValue<Vec<FacetRow>, LocalStorage>,
    next_id: StoredValue<u32, LocalStorage>,
    shown: StoredValue<ShownFn, LocalStorage>,
    text: StoredValue<TextFn, LocalStorage>,
}

impl CountedRows {
    /// Rows showing `shown(value)` as `text(value, shown)`, refreshed whenever what `shown`
    /// reads changes. `shown` must read its signals whatever the value (it is also called
    /// with no rows, so that the effect knows what to follow).
    pub fn new(
        shown: impl Fn(&str) -> Shown + 'static,
        text: impl Fn(&str, Shown) -> String + 'static,
    ) -> CountedRows {
        let this = CountedRows {
            rows: StoredValue::new_local(Vec::new()),
            next_id: StoredValue::new_local(0),
            shown: StoredValue::new_local(Box::new(shown)),
            text: StoredValue::new_local(Box::new(text)),
        };
        Effect::new(move || {
            this.shown.with_value(|shown| {
                shown("");
                this.rows.update_value(|rows| {
                    for row in rows.iter_mut() {
                        let now = shown(&row.value);
                        this.write(row, now);
                    }
                })
            })
        });
        this
    }

    /// Starts a row of `value` in the current owner (the row's): its id, and what it shows
    /// now, for its first render. The row leaves the list when the owner is cleaned up.
    pub fn start(self, value: &str) -> (u32, Shown, String) {
        let id = self.next_id.with_value(|n| *n);
        self.next_id.set_value(id + 1);
        on_cleanup(move || {
            self.rows
                .try_update_value(|rows| rows.retain(|r| r.id != id));
        });
        let shown = untrack(|| self.shown.with_value(|f| f(value)));
        (id, shown, self.text.with_value(|f| f(value, shown)))
    }

    /// Keeps row `id` (element `row`, its count in `text`) up to date from now on. `rendered`
    /// is what it was first rendered with. A row already taken out of the page is ignored.
    pub fn add(self, id: u32, value: String, row: Element, text: Element, rendered: Shown) {
        if !row.is_connected() {
            return;
        }
        let mut entry = FacetRow {
            id,
            value,
            row,
            text,
            shown: rendered,
        };
        let now = untrack(|| self.shown.with_value(|f| f(&entry.value)));
        self.write(&mut entry, now);
        self.rows.update_value(|rows| rows.push(entry));
    }

    fn write(self, row: &mut FacetRow, now: Shown) {
        let before = row.shown;
        if (now.count, now.lang) != (before.count, before.lang) {
            let text = self.text.with_value(|f| f(&row.value, now));
            row.text.set_text_content(Some(&text));
        }
        if now.hidden != before.hidden {
            let _ = row.row.toggle_attribute_with_force("hidden", now.hidden);
        }
        if (now.count == 0) != (before.count == 0) {
            let _ = row
                .row
                .class_list()
                .toggle_with_force("sa-search-facet-empty", now.count == 0);
        }
        row.shown = now;
    }
}
