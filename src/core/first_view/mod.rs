//! The first view, written as static HTML and SVG into `index.html` by the build (the
//! `first_view` binary, run by the post-build hook), so a visitor sees the map of the
//! latest year with the first response instead of a blank page while the app's
//! WebAssembly downloads.
//!
//! It is laid out with the app's own classes (header, map, headline figures, legend,
//! footer), so the app can take its place in one frame without a visible shift. Every
//! text is written in each interface language (`<span lang>`): the small script at its top
//! ([`PICK_SCRIPT`]) picks the language the app would pick, and whether the link asks for
//! the default map at all, before anything below it is parsed; the stylesheet
//! (`style/first-view.css`) shows only the chosen language. Without JavaScript the page's
//! own language shows (`index.html` English, `index.de.html` German, `index.zh.html`
//! Chinese), and the countries' names and figures are SVG `<title>`s.

mod page;
mod panels;

pub use page::{first_view_html, page_file, FIRST_VIEW_END_ID};
pub use panels::{panels_file, panels_html};

use crate::core::lang::Lang;
use crate::core::map_model::MapModel;

/// The script at the top of the first view: reads `lang`, `theme`, `view`, `embed` and the
/// browser's languages as the app does, and marks the first view with the language, the
/// theme and whether to show the map (`data-sa-first="map"`) or only the frame while the
/// app opens another view (`"wait"`). Its hash goes into the Content-Security-Policy.
pub const PICK_SCRIPT: &str = include_str!("pick.js");

/// The app's empty mount element in the built `index.html`, which the first view fills.
pub const MOUNT_ELEMENT: &str = "<div id=\"skills-atlas\"></div>";

/// The built page `template` (Trunk's `index.html`) with the first view in its mount
/// element and `lang` as the page's language. (No `hreflang` links: they must be absolute
/// URLs, and `dist/` may be served from any address; the first view links the twins for
/// visitors without JavaScript instead.)
/// Fails when the template has no empty mount element or no `<html lang="en">`.
pub fn page(template: &str, model: &MapModel, lang: Lang) -> Result<String, String> {
    if template.matches(MOUNT_ELEMENT).count() != 1 {
        return Err(format!("the page has no single {MOUNT_ELEMENT} to fill"));
    }
    let html_tag = "<html lang=\"en\">";
    if !template.contains(html_tag) {
        return Err(format!("the page does not start with {html_tag}"));
    }
    let filled = format!(
        "<div id=\"skills-atlas\">{}</div>",
        first_view_html(model, lang, PICK_SCRIPT)
    );
    Ok(template
        .replacen(html_tag, &format!("<html lang=\"{}\">", lang.tag()), 1)
        .replacen(MOUNT_ELEMENT, &filled, 1))
}
