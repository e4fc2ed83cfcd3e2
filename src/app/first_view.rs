//! The hand-over from the first view (the static map the build writes into the page, see
//! `core::first_view`) to the app. The app mounts beside it, laid out but invisible
//! (`style/first-view.css`); once the view the visitor asked for is drawn, or a message
//! took its place, the first view is removed and the app shows in the same frame.

/// The first view's class in the page.
const FIRST_VIEW: &str = ".sa-first-view";

/// Removes the first view, if the page still has one: the app shows in its place.
pub fn take_over() {
    let Some(document) = web_sys::window().and_then(|w| w.document()) else {
        return;
    };
    if let Ok(Some(first)) = document.query_selector(FIRST_VIEW) {
        first.remove();
    }
}
