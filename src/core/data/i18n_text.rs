//! A text in the atlas's three languages.

use serde::{Deserialize, Serialize};

/// The languages every text comes in, as written in the JSON file.
pub const LANGS: [&str; 3] = ["en", "zh-Hans", "de"];

/// One text in English, Simplified Chinese and German.
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize)]
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

    /// The text in `lang` (`"en"`, `"zh-Hans"` or `"de"`), falling back to English when
    /// the language is unknown or its text is empty.
    pub fn get(&self, lang: &str) -> &str {
        let text = match lang {
            "zh-Hans" | "zh" => &self.zh_hans,
            "de" => &self.de,
            _ => &self.en,
        };
        if text.is_empty() {
            &self.en
        } else {
            text
        }
    }
}
