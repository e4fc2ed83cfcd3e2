//! Start-up cut into browser tasks. Until the app takes over from the static first view, the visitor
//! sees and uses the static first view; whatever the app does meanwhile must leave the
//! page free to answer a tap. So the work before the hand-over (mounting the shell,
//! parsing the dataset and the world, building the map model, drawing the map) runs as a
//! chain of tasks of a few ms each, never as one task of a few hundred: at a phone's CPU
//! speed that one task was ~250 ms in which a tap on the static map waited (Lighthouse's
//! total blocking time counts exactly this).
//!
//! Only the start-up is cut: once the first view is gone, a view renders whole, at once,
//! but for a part it asks to draw a task later ([`from_next_task`]).

use leptos::prelude::*;
use std::time::Duration;

/// Resolves in a later browser task (a zero timeout), so what follows runs after the
/// browser has had the chance to handle input and paint.
pub async fn next_task() {
    let (done, wait) = futures_oneshot();
    set_timeout(done, Duration::ZERO);
    let _ = wait.await;
}

thread_local! {
    /// Work waiting for the start-up to end ([`after_start`]).
    static WAITING: std::cell::RefCell<Vec<Box<dyn FnOnce()>>> = const { std::cell::RefCell::new(Vec::new()) };
}

/// Runs `f` once the app has started (the first view is gone): now, if it has; otherwise in
/// the task after the hand-over, so work that may take many tasks (the search index)
/// never runs between the start-up's own.
pub fn after_start(f: impl FnOnce() + 'static) {
    if starting() {
        WAITING.with_borrow_mut(|waiting| waiting.push(Box::new(f)));
    } else {
        f();
    }
}

/// The start-up has ended (called by the hand-over once the first view is gone): what waited runs, in the
/// next task.
pub fn started() {
    let waiting = WAITING.with_borrow_mut(std::mem::take);
    if !waiting.is_empty() {
        set_timeout(
            move || {
                for f in waiting {
                    f();
                }
            },
            Duration::ZERO,
        );
    }
}

/// False now, true from the next browser task on: a part of a view drawn one task after
/// the rest, so the two never make one long task (the search's facets come after its
/// results).
pub fn from_next_task() -> ReadSignal<bool> {
    let (later, set_later) = signal(false);
    set_timeout(
        move || {
            // The view may be gone by then: nothing to draw.
            let _ = set_later.try_set(true);
        },
        Duration::ZERO,
    );
    later
}

/// The static first view's class in the page.
pub const FIRST_VIEW: &str = ".sa-first-view";

/// Whether the static first view is still in the page: start-up is still under way.
pub fn starting() -> bool {
    web_sys::window()
        .and_then(|w| w.document())
        .and_then(|d| d.query_selector(FIRST_VIEW).ok())
        .flatten()
        .is_some()
}

/// How many parts of a view are drawn: all of them at once when the app is running, one
/// more per browser task while it is starting. A view wraps its later parts in
/// `<Show when=move || parts.shown(n)>`, and hands over to it once
/// [`Parts::all_shown`].
#[derive(Clone, Copy)]
pub struct Parts {
    shown: RwSignal<u8>,
    count: u8,
}

impl Parts {
    /// `count` parts: the first is drawn at once, each other one in the next task after
    /// the one before (or all at once, when start-up is over).
    pub fn new(count: u8) -> Parts {
        let shown = RwSignal::new(if starting() { 1 } else { count });
        let parts = Parts { shown, count };
        Effect::new(move |_| {
            let now = shown.get();
            if now < count {
                set_timeout(
                    move || shown.update(|s| *s = (*s + 1).min(count)),
                    Duration::ZERO,
                );
            }
        });
        parts
    }

    /// Whether part `n` (0 is the first) is drawn.
    pub fn shown(&self, n: u8) -> bool {
        self.shown.get() > n
    }

    /// Whether every part is drawn (tracked: an effect that reads it reruns when the last
    /// part comes).
    pub fn all_shown(&self) -> bool {
        self.shown.get() >= self.count
    }
}

/// A one-shot signal from a callback to a future, from a JS promise (no extra crate).
fn futures_oneshot() -> (impl FnOnce(), wasm_bindgen_futures::JsFuture) {
    let mut resolve = None;
    let promise = js_sys::Promise::new(&mut |ok, _| resolve = Some(ok));
    let done = move || {
        if let Some(ok) = resolve {
            let _ = ok.call0(&wasm_bindgen::JsValue::NULL);
        }
    };
    (done, wasm_bindgen_futures::JsFuture::from(promise))
}
