//! The interface languages: English, Simplified Chinese and German. The bottom of the core,
//! so the dataset's texts, the interface strings and the URL state all name the same `Lang`.

/// The interface language.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash)]
pub enum Lang {
    /// English.
    #[default]
    En,
    /// Simplified Chinese.
    ZhHans,
    /// German.
    De,
}

impl Lang {
    /// Every language, in the switcher's order.
    pub const ALL: [Lang; 3] = [Lang::En, Lang::ZhHans, Lang::De];

    /// The short value used in the URL (`lang=en|zh|de`).
    pub fn slug(self) -> &'static str {
        match self {
            Lang::En => "en",
            Lang::ZhHans => "zh",
            Lang::De => "de",
        }
    }

    /// The BCP 47 tag, used for `<html lang>` and for the dataset's translated fields.
    pub fn tag(self) -> &'static str {
        match self {
            Lang::En => "en",
            Lang::ZhHans => "zh-Hans",
            Lang::De => "de",
        }
    }

    /// The language's own name, shown in the switcher whatever the current language.
    pub fn endonym(self) -> &'static str {
        match self {
            Lang::En => "English",
            Lang::ZhHans => "简体中文",
            Lang::De => "Deutsch",
        }
    }

    /// Reads a URL value or a browser language tag (`zh-CN`, `de-AT`, `en-GB`, `zh-Hans`).
    pub fn from_tag(s: &str) -> Option<Lang> {
        let primary = s.split(['-', '_']).next()?.to_ascii_lowercase();
        match primary.as_str() {
            "en" => Some(Lang::En),
            "zh" => Some(Lang::ZhHans),
            "de" => Some(Lang::De),
            _ => None,
        }
    }
}
