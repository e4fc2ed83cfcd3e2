//! The hand-over from the first view (the static map the build writes into the page, see
//! `core::first_view`) to the app. The app mounts beside it, laid out but invisible
//! (`style/first-view.css`); once the view the visitor asked for is drawn, or a message
//! took its place, the first view is removed and the app shows in the same frame. A country
//! panel opened in the first view is already in the URL (the boot script wrote it there),
//! so the app shows the same panel; focus inside the first view moves to its twin.

use crate::app::start_tasks::FIRST_VIEW;
use crate::core::map_model::panel_markup::PANEL_TITLE_ID;
use std::cell::Cell;
use wasm_bindgen::JsCast;

thread_local! {
    /// Whether the app's shell (header, footer) is drawn, and whether a view asked to take
    /// over before it was.
    static SHELL: Cell<(bool, bool)> = const { Cell::new((false, false)) };
}

/// Says the app's shell is drawn: a view that asked to take over meanwhile does now.
pub fn shell_drawn() {
    let (_, asked) = SHELL.get();
    SHELL.set((true, asked));
    if asked {
        take_over();
    }
}

/// Removes the first view, if the page still has one: the app shows in its place. Until
/// the shell is drawn ([`shell_drawn`]) this only records the wish.
pub fn take_over() {
    let (drawn, _) = SHELL.get();
    if !drawn {
        SHELL.set((false, true));
        return;
    }
    let Some(document) = web_sys::window().and_then(|w| w.document()) else {
        return;
    };
    let Ok(Some(first)) = document.query_selector(FIRST_VIEW) else {
        return;
    };
    let focused = document
        .active_element()
        .is_some_and(|el| first.contains(Some(&el)));
    let panel_focused = focused
        && document
            .active_element()
            .is_some_and(|el| el.closest(".sa-map-panel").ok().flatten().is_some());
    first.remove();
    crate::app::start_tasks::started();
    if focused {
        let target = if panel_focused {
            document.get_element_by_id(PANEL_TITLE_ID)
        } else {
            None
        }
        .or_else(|| document.get_element_by_id("sa-main"));
        if let Some(el) = target.and_then(|el| el.dyn_into::<web_sys::HtmlElement>().ok()) {
            let _ = el.focus();
        }
    }
}
