//! An embedded app tells its host page how tall its content is, whenever that changes, so
//! the loader script (`public/embed.js`) can size the iframe. The app only posts: it
//! listens to no messages, so a host cannot make it do anything.

use crate::core::embed::RESIZE_MESSAGE_TYPE;
use leptos::html::Div;
use leptos::prelude::*;
use wasm_bindgen::prelude::*;

fn post(window: &web_sys::Window, parent: &web_sys::Window, height: f64) {
    let message = js_sys::Object::new();
    let name = window.name().unwrap_or_default();
    let _ = js_sys::Reflect::set(&message, &"type".into(), &RESIZE_MESSAGE_TYPE.into());
    let _ = js_sys::Reflect::set(&message, &"id".into(), &name.into());
    let _ = js_sys::Reflect::set(&message, &"height".into(), &height.ceil().into());
    // The height is not a secret and the host's origin is unknown: "*" is right here. The
    // loader checks the message's origin and source on its side.
    let _ = parent.post_message(&message, "*");
}

/// When the app runs inside an iframe, observes `root` and posts its height to the parent.
pub fn post_height_to_parent(root: NodeRef<Div>) {
    let Some(window) = web_sys::window() else {
        return;
    };
    let parent = match window.parent() {
        Ok(Some(parent)) if parent != window => parent,
        _ => return,
    };
    Effect::new(move |observer: Option<Option<web_sys::ResizeObserver>>| {
        if let Some(Some(observer)) = observer {
            return Some(observer);
        }
        let element = root.get()?;
        let (window, parent) = (window.clone(), parent.clone());
        let callback = Closure::<dyn FnMut(js_sys::Array)>::new(move |entries: js_sys::Array| {
            let height = entries
                .get(0)
                .dyn_into::<web_sys::ResizeObserverEntry>()
                .map(|entry| entry.target().scroll_height() as f64)
                .unwrap_or(0.0);
            post(&window, &parent, height);
        });
        let observer = web_sys::ResizeObserver::new(callback.as_ref().unchecked_ref()).ok()?;
        // The observer lives as long as the page: the app is never unmounted in an iframe.
        callback.forget();
        observer.observe(&element);
        Some(observer)
    });
}
