//! Moving between views, and links to other states.

use super::{app_state, field, previous_view};
use crate::core::url_state::{AppState, View};
use leptos::prelude::*;

/// Which view shows, the one before it, and links to other views and states.
#[derive(Clone, Copy)]
pub struct Navigation {
    /// The whole state, written only through the methods below.
    state: RwSignal<AppState>,
    /// The view shown.
    pub view: Memo<View>,
    /// The last view shown before the current one.
    previous: StoredValue<Option<View>>,
}

/// The navigation handle of the app state.
pub fn use_navigation() -> Navigation {
    let state = app_state();
    Navigation {
        state,
        view: field(state, |s| s.view),
        previous: previous_view(),
    }
}

/// Whether a link's click is a plain one, which the app handles in place: a click with a
/// modifier or another button is left to the browser, so "open in a new tab" works.
pub fn plain_click(ev: &leptos::ev::MouseEvent) -> bool {
    ev.button() == 0 && !(ev.ctrl_key() || ev.meta_key() || ev.shift_key())
}

impl Navigation {
    /// The view shown before the current one (so leaving the presenter returns there).
    pub fn previous_view(&self) -> Option<View> {
        self.previous.get_value()
    }

    /// Shows `view`, keeping the rest of the state.
    pub fn set_view(&self, view: View) {
        self.state.update(|s| s.view = view);
    }

    /// A link's click handler: a plain click ([`plain_click`]) changes the view in place
    /// (keeping the rest of the state); any other click is left to the browser.
    pub fn on_link_click(self, view: View) -> impl Fn(leptos::ev::MouseEvent) + Copy {
        move |ev| {
            if plain_click(&ev) {
                ev.prevent_default();
                self.set_view(view);
            }
        }
    }

    /// The query string a link to `view` would carry (everything else kept).
    pub fn href_for_view(&self, view: View) -> String {
        self.href_with(|s| s.view = view)
    }

    /// The query string of a link to the current state changed by `change` (`?` when that
    /// is the default state). Follows the whole state, as a link's target does.
    pub fn href_with(&self, change: impl FnOnce(&mut AppState)) -> String {
        let mut next = self.state.get();
        change(&mut next);
        let q = next.to_query();
        if q.is_empty() {
            "?".to_string()
        } else {
            q
        }
    }
}
