//! Language names in the interface language, for the trainer-language facet.

use crate::core::url_state::Lang;
use leptos::prelude::*;

/// Names languages with the browser's `Intl.DisplayNames`, one per interface language for
/// the whole list: constructing one is the expensive part (one per row cost ~35 ms when the
/// ×100 search view opened).
#[derive(Clone, Copy)]
pub struct LanguageNames(StoredValue<Option<(Lang, js_sys::Intl::DisplayNames)>, LocalStorage>);

impl LanguageNames {
    /// An empty cache: the first name asked for builds the formatter.
    pub fn new() -> LanguageNames {
        LanguageNames(StoredValue::new_local(None))
    }

    /// The name of language `code` in `lang`, or the code itself.
    pub fn name(self, lang: Lang, code: &str) -> String {
        let cached = self.0.with_value(|c| {
            c.as_ref()
                .filter(|(l, _)| *l == lang)
                .map(|(_, names)| names.clone())
        });
        let names = cached.unwrap_or_else(|| {
            let options = js_sys::Object::new();
            let _ = js_sys::Reflect::set(&options, &"type".into(), &"language".into());
            let locales = js_sys::Array::of1(&lang.tag().into());
            let names = js_sys::Intl::DisplayNames::new(&locales, &options);
            self.0.set_value(Some((lang, names.clone())));
            names
        });
        names.of(code).map_or_else(|| code.to_owned(), String::from)
    }
}
