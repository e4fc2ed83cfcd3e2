//! Embedding: the snippets a site owner pastes, built from the current state.
//!
//! Pure string building. Every value that goes into an HTML attribute is escaped here, and
//! the app shows the snippets as text, never as markup.

use crate::core::url_state::AppState;

include!(concat!(env!("OUT_DIR"), "/embed_loader.rs"));

/// The `type` of the height messages the embedded app posts to its parent page.
pub const RESIZE_MESSAGE_TYPE: &str = "skills-atlas:resize";
/// The iframe's height before the loader script adjusts it, in CSS pixels.
pub const INITIAL_HEIGHT: u32 = 640;

/// The two snippets of the embed dialog.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct EmbedSnippets {
    /// The iframe, with the state in its URL.
    pub iframe: String,
    /// The one-line loader script that resizes atlas iframes to their content.
    pub script: String,
    /// The URL the iframe shows.
    pub src: String,
}

/// Escapes text for a double-quoted HTML attribute value.
pub fn escape_attribute(value: &str) -> String {
    let mut out = String::with_capacity(value.len());
    for c in value.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '"' => out.push_str("&quot;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '\'' => out.push_str("&#39;"),
            _ => out.push(c),
        }
    }
    out
}

/// The state an embedded copy of the current view gets: embed mode on.
pub fn embedded_state(state: &AppState) -> AppState {
    AppState {
        embed: true,
        ..state.clone()
    }
}

/// The state the "open in the full atlas" link of an embed carries: the same view, not embedded.
pub fn full_atlas_state(state: &AppState) -> AppState {
    AppState {
        embed: false,
        ..state.clone()
    }
}

/// A stable, readable frame name for a view (`skills-atlas-map`), used by the loader to
/// match height messages to their iframe.
pub fn frame_name(state: &AppState) -> String {
    format!("skills-atlas-{}", state.view.slug())
}

/// Builds the snippets. `base_url` is the atlas's own address without query
/// (`https://example.org/atlas/`); `title` is the iframe's accessible title.
pub fn snippets(base_url: &str, state: &AppState, title: &str) -> EmbedSnippets {
    let src = format!("{base_url}{}", embedded_state(state).to_query());
    // The versioned file with its hash: a host page runs exactly the loader it was given.
    let script_src = format!("{base_url}{LOADER_FILE}");
    let iframe = format!(
        "<iframe src=\"{}\" name=\"{}\" title=\"{}\" width=\"100%\" height=\"{INITIAL_HEIGHT}\" \
         loading=\"lazy\" style=\"border:0;max-width:100%\" data-skills-atlas></iframe>",
        escape_attribute(&src),
        escape_attribute(&frame_name(state)),
        escape_attribute(title),
    );
    let script = format!(
        "<script src=\"{}\" integrity=\"{LOADER_INTEGRITY}\" crossorigin=\"anonymous\" async></script>",
        escape_attribute(&script_src)
    );
    EmbedSnippets {
        iframe,
        script,
        src,
    }
}

/// The page's base URL from its full address: drops query and fragment and the last path
/// segment if it is a file (`…/atlas/index.html?x` → `…/atlas/`).
pub fn base_url(href: &str) -> String {
    let end = href.find(['?', '#']).unwrap_or(href.len());
    let without_query = &href[..end];
    let path_start = without_query.find("://").map_or(0, |i| i + 3);
    match without_query[path_start..].rfind('/') {
        Some(slash) => without_query[..=path_start + slash].to_string(),
        None => format!("{without_query}/"),
    }
}
