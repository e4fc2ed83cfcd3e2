//! What the page around the views reads and sets: theme, language, embedding.

use super::{app_state, field};
use crate::core::url_state::{AppState, Lang, Theme};
use leptos::prelude::*;

/// The page's settings: theme, language choice and the embedding options.
#[derive(Clone, Copy)]
pub struct PageState {
    /// The whole state, written only through the methods below.
    state: RwSignal<AppState>,
    /// The colour theme.
    pub theme: Memo<Theme>,
    /// Embed mode: only the view, without site header and navigation.
    pub embed: Memo<bool>,
    /// The embedding page's accent colour, if it set one.
    pub accent: Memo<Option<String>>,
    /// Whether an embed shows the view's controls.
    pub controls: Memo<bool>,
}

/// The page settings handle of the app state.
pub fn use_page_state() -> PageState {
    let state = app_state();
    PageState {
        state,
        theme: field(state, |s| s.theme),
        embed: field(state, |s| s.embed),
        accent: field(state, |s| s.embed_params.accent.clone()),
        controls: field(state, |s| s.embed_params.controls),
    }
}

impl PageState {
    /// Chooses the interface language explicitly.
    pub fn set_lang(&self, lang: Lang) {
        self.state.update(|s| s.lang = Some(lang));
    }

    /// Chooses the colour theme.
    pub fn set_theme(&self, theme: Theme) {
        self.state.update(|s| s.theme = theme);
    }

    /// Reads the whole state (tracked), for what shares a view as a whole: the embed
    /// snippets and the embed's link to the full atlas.
    pub fn with_whole<R>(&self, read: impl FnOnce(&AppState) -> R) -> R {
        self.state.with(read)
    }
}
