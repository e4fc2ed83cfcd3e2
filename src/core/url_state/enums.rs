//! The small enumerated parameters: view, language, theme.

/// Which top-level view is shown.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash)]
pub enum View {
    /// The cooperation map (the landing view).
    #[default]
    Map,
    /// Interactive charts.
    Charts,
    /// Search over standards, trainers and partners.
    Search,
    /// Presenter mode: full-screen slides driven from the keyboard.
    Present,
    /// About the data: figures, sources, schema, downloads.
    About,
}

impl View {
    /// Every view, in navigation order.
    pub const ALL: [View; 5] = [
        View::Map,
        View::Charts,
        View::Search,
        View::Present,
        View::About,
    ];

    /// The value used in the URL (`view=…`).
    pub fn slug(self) -> &'static str {
        match self {
            View::Map => "map",
            View::Charts => "charts",
            View::Search => "search",
            View::Present => "present",
            View::About => "about",
        }
    }

    pub(crate) fn from_slug(s: &str) -> Option<View> {
        View::ALL.into_iter().find(|v| v.slug() == s)
    }

    /// The i18n key of the view's name in the navigation.
    pub fn nav_label_key(self) -> &'static str {
        match self {
            View::Map => "nav_map",
            View::Charts => "nav_charts",
            View::Search => "nav_search",
            View::Present => "nav_present",
            View::About => "nav_about",
        }
    }

    /// The i18n key of the view's page title.
    pub fn title_key(self) -> &'static str {
        match self {
            View::Map => "view_map_title",
            View::Charts => "view_charts_title",
            View::Search => "view_search_title",
            View::Present => "view_present_title",
            View::About => "view_about_title",
        }
    }
}

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

/// Colour theme.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash)]
pub enum Theme {
    /// Follow the operating system (`prefers-color-scheme`).
    #[default]
    System,
    /// Light.
    Light,
    /// Dark.
    Dark,
}

impl Theme {
    /// Every theme, in the switcher's order.
    pub const ALL: [Theme; 3] = [Theme::System, Theme::Light, Theme::Dark];

    /// The value used in the URL (`theme=auto|light|dark`).
    pub fn slug(self) -> &'static str {
        match self {
            Theme::System => "auto",
            Theme::Light => "light",
            Theme::Dark => "dark",
        }
    }

    pub(crate) fn from_slug(s: &str) -> Option<Theme> {
        match s {
            "auto" | "system" => Some(Theme::System),
            "light" => Some(Theme::Light),
            "dark" => Some(Theme::Dark),
            _ => None,
        }
    }
}
