//! The markup host: how the map, the charts and the search results, written by the core as
//! markup, live in the page. One system in five steps:
//!
//! 1. **The core writes escaped strings.** The map (`core::map_model::drawing_markup`,
//!    `core::map_model::panel_markup`), the charts (`core::charts::chart_markup`) and the
//!    search rows (`core::atlas_search::row_markup`) are built natively and tested by parsing
//!    them; every dataset text in them is escaped.
//! 2. **They are set through the Trusted Types policy** ([`set_markup`], or the directive
//!    [`inner_markup`]), the only way markup reaches `innerHTML`
//!    ([`trusted_types`]).
//! 3. **Events are delegated.** Hundreds of marks get no listener each: a mark carries its
//!    index in [`DATA_INDEX`] (a search row its document in [`DATA_DOC`], a panel's button its
//!    [`DATA_ACTION`]), and one listener on the group reads it from the event
//!    ([`mark_index`], [`row_doc`], [`mark_action`]).
//! 4. **Attributes are patched in place.** A new year, selection or highlight changes only
//!    the attributes that differ ([`set_if_changed`]), and an attribute that one element of
//!    a group holds at a time (the roving tab stop, the selected option, the pressed
//!    country) is handed from one element to the next ([`HeldAttribute::hand_over`]).
//! 5. **Focus is kept.** Keyboard focus moves to a mark, an id or a selector ([`focus_mark`],
//!    [`focus_by_id`], [`focus_by_selector`]), and markup replaced under a focused mark
//!    gives focus back to the mark with the same index ([`KeptFocus`]).

mod attribute_patch;
mod delegated_events;
mod kept_focus;
pub mod trusted_types;

pub use attribute_patch::{
    data_selector, find_by_data, find_mark, set_if_changed, HeldAttribute, PRESSED,
    SELECTED_OPTION, TAB_STOP,
};
pub use delegated_events::{
    event_within, mark_action, mark_index, row_doc, DATA_ACTION, DATA_DOC, DATA_INDEX,
};
pub use kept_focus::{
    focus, focus_by_id, focus_by_id_soon, focus_by_selector, focus_mark, KeptFocus,
};
pub use trusted_types::{inner_markup, set_markup};
