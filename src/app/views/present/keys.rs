//! The presenter's keyboard and on-screen controls.

use crate::app::i18n::{tr, tr_fmt, use_lang};
use crate::app::state::{ChartsState, Navigation};
use crate::core::charts::slides::{jump_target, presenter_key, PresenterKey};
use crate::core::url_state::View;
use leptos::prelude::*;
use wasm_bindgen::JsCast;

/// What the keys act on.
#[derive(Clone, Copy)]
pub struct PresenterControls {
    /// Current slide, 1-based.
    pub slide: Memo<usize>,
    /// Number of slides.
    pub total: usize,
    /// Digits typed for a jump.
    pub typed: RwSignal<String>,
    /// Animations paused (P).
    pub paused: RwSignal<bool>,
    /// The person prefers reduced motion: years step only on key presses.
    pub reduced: bool,
    /// The map slide is showing.
    pub on_map: Memo<bool>,
    /// First year of the map animation.
    pub first_year: u16,
    /// Last year of the map animation.
    pub last_year: u16,
    /// The presenter element (for full screen).
    pub root: NodeRef<leptos::html::Div>,
    /// The charts' part of the app state: slide and year (captured: key handlers run
    /// outside the component tree).
    pub state: ChartsState,
    /// Where leaving the presenter goes.
    pub nav: Navigation,
}

impl PresenterControls {
    fn go(self, n: usize) {
        let n = n.clamp(1, self.total);
        self.state.set_slide(n as u16);
    }

    /// Next slide, or — on the map when years step by hand — the next year first.
    fn next(self) {
        if self.on_map.get_untracked() && (self.reduced || self.paused.get_untracked()) {
            let year = self.state.year.get_untracked();
            if year.is_none_or(|y| y < self.last_year) {
                let next = year.map_or(self.first_year, |y| y + 1);
                self.state.set_year(Some(next));
                return;
            }
        }
        self.go(self.slide.get_untracked() + 1);
    }

    fn toggle_fullscreen(self) {
        let Some(document) = web_sys::window().and_then(|w| w.document()) else {
            return;
        };
        if document.fullscreen_element().is_some() {
            document.exit_fullscreen();
        } else if let Some(root) = self.root.get_untracked() {
            let _ = root.request_fullscreen();
        }
    }

    /// Back to the view the presenter was opened from (Charts when it was opened directly).
    fn leave(self) {
        let back = self
            .nav
            .previous_view()
            .filter(|v| *v != View::Present)
            .unwrap_or(View::Charts);
        self.nav.set_view(back);
    }

    fn act(self, key: PresenterKey) {
        match key {
            PresenterKey::Next => self.next(),
            PresenterKey::Previous => self.go(self.slide.get_untracked().saturating_sub(1)),
            PresenterKey::First => self.go(1),
            PresenterKey::Last => self.go(self.total),
            PresenterKey::Fullscreen => self.toggle_fullscreen(),
            PresenterKey::Leave => self.leave(),
            PresenterKey::Pause => self.paused.update(|p| *p = !*p),
            PresenterKey::Digit(d) => self.typed.update(|t| {
                if t.len() < 3 {
                    t.push(char::from(b'0' + d));
                }
            }),
            PresenterKey::Erase => self.typed.update(|t| {
                t.pop();
            }),
            PresenterKey::Jump => {
                if let Some(n) = jump_target(&self.typed.get_untracked(), self.total) {
                    self.go(n);
                }
                self.typed.set(String::new());
            }
        }
    }
}

/// Whether the key press belongs to a control that handles it itself.
fn target_handles(ev: &web_sys::KeyboardEvent, key: PresenterKey) -> bool {
    let Some(el) = ev
        .target()
        .and_then(|t| t.dyn_into::<web_sys::Element>().ok())
    else {
        return false;
    };
    let tag = el.tag_name().to_ascii_lowercase();
    if matches!(tag.as_str(), "input" | "select" | "textarea") {
        return true;
    }
    let activates =
        el.get_attribute("role").as_deref() == Some("button") || tag == "button" || tag == "a";
    activates
        && matches!(key, PresenterKey::Next | PresenterKey::Jump)
        && ev.key() != "PageDown"
        && ev.key() != "ArrowRight"
}

/// Listens for the presenter's keys while the view is shown.
pub fn use_presenter_keys(controls: PresenterControls) {
    let handle = window_event_listener(leptos::ev::keydown, move |ev| {
        if ev.ctrl_key() || ev.meta_key() || ev.alt_key() {
            return;
        }
        let Some(key) = presenter_key(&ev.key()) else {
            return;
        };
        if target_handles(&ev, key) || ev.default_prevented() {
            return;
        }
        ev.prevent_default();
        controls.act(key);
    });
    on_cleanup(move || handle.remove());
}

/// The on-screen controls: previous / next, counter, typed jump, full screen, leave.
#[component]
pub fn PresenterBar(
    /// What the buttons act on.
    controls: PresenterControls,
) -> impl IntoView {
    let lang = use_lang();
    let total = controls.total;
    let counter = move || {
        tr_fmt(
            lang,
            "charts_slide_counter",
            &[
                ("current", &controls.slide.get().to_string()),
                ("total", &total.to_string()),
            ],
        )
    };
    let typed = move || {
        let t = controls.typed.get();
        (!t.is_empty()).then(|| {
            view! { <span class="sa-present-typed" role="status">{tr_fmt(lang, "charts_present_jump", &[("typed", &t)])}</span> }
        })
    };
    view! {
        <div class="sa-present-bar">
            <button type="button" class="sa-button" on:click=move |_| controls.act(PresenterKey::Previous) aria-label=tr("charts_present_prev")>"←"</button>
            <span class="sa-present-counter">{counter}</span>
            <button type="button" class="sa-button" on:click=move |_| controls.act(PresenterKey::Next) aria-label=tr("charts_present_next")>"→"</button>
            {typed}
            <span class="sa-present-help">{tr("charts_present_help")}</span>
            <button type="button" class="sa-button" on:click=move |_| controls.act(PresenterKey::Fullscreen)>{tr("charts_present_fullscreen")}</button>
            <button type="button" class="sa-button" on:click=move |_| controls.act(PresenterKey::Leave)>{tr("charts_present_leave")}</button>
        </div>
    }
}
