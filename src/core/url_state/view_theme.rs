//! The small enumerated parameters: view and theme (the language has its own module,
//! [`crate::core::lang`]).

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
