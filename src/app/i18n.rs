//! Reactive access to the interface strings of `crate::core::i18n`.

use crate::core::i18n;
use crate::core::url_state::Lang;
use leptos::prelude::*;

/// The effective interface language (the URL's choice, else the browser's).
pub fn use_lang() -> Memo<Lang> {
    super::state::effective_lang()
}

/// A reactive text for `key`: re-renders when the language changes.
pub fn tr(key: &'static str) -> impl Fn() -> String + Copy + Send + Sync + 'static {
    let lang = use_lang();
    move || i18n::text(lang.get(), key).to_string()
}

/// The text for `key` with `{name}` placeholders filled, in `lang`.
/// Call it inside a reactive closure so it follows language changes.
pub fn tr_fmt(lang: Memo<Lang>, key: &'static str, args: &[(&str, &str)]) -> String {
    i18n::format(lang.get(), key, args)
}

/// [`tr_fmt`] for a text about `count` things: its `_one` form where the language puts
/// `count` in the plural category "one" ([`i18n::format_count`]).
pub fn tr_count(
    lang: Memo<Lang>,
    key: &'static str,
    count: usize,
    args: &[(&str, &str)],
) -> String {
    i18n::format_count(lang.get(), key, count as u64, args)
}
