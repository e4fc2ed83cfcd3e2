//! A text in the atlas's three languages.

use serde::Serialize;

use crate::core::lang::Lang;

/// One text in English, Simplified Chinese and German.
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize)]
pub struct I18nText {
    /// English, always present; the fallback for the others.
    pub en: String,
    /// Simplified Chinese.
    #[serde(rename = "zh-Hans")]
    pub zh_hans: String,
    /// German.
    pub de: String,
}

impl I18nText {
    /// Builds a text from its three languages.
    pub fn new(en: impl Into<String>, zh_hans: impl Into<String>, de: impl Into<String>) -> Self {
        Self {
            en: en.into(),
            zh_hans: zh_hans.into(),
            de: de.into(),
        }
    }

    /// The text in `lang`, falling back to English when its text is empty.
    pub fn get(&self, lang: Lang) -> &str {
        let text = match lang {
            Lang::En => &self.en,
            Lang::ZhHans => &self.zh_hans,
            Lang::De => &self.de,
        };
        if text.is_empty() {
            &self.en
        } else {
            text
        }
    }
}
