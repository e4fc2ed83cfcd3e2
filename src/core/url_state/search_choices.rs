//! URL spellings of the search view's choices (result kinds, sort orders), shared by the URL
//! state and the view.

use crate::core::search::DocKind;

/// How search results are ordered.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum SearchSort {
    /// Best match first.
    #[default]
    Relevance,
    /// Alphabetically by name in the interface language.
    Name,
    /// Newest first.
    Year,
}

impl SearchSort {
    /// Every sort, in menu order.
    pub const ALL: [SearchSort; 3] = [SearchSort::Relevance, SearchSort::Name, SearchSort::Year];

    /// The URL spelling.
    pub fn slug(self) -> &'static str {
        match self {
            SearchSort::Relevance => "relevance",
            SearchSort::Name => "name",
            SearchSort::Year => "year",
        }
    }

    /// Parses the URL spelling.
    pub fn from_slug(s: &str) -> Option<SearchSort> {
        SearchSort::ALL.into_iter().find(|v| v.slug() == s)
    }
}

/// The URL spelling of a document kind.
pub fn kind_slug(kind: DocKind) -> &'static str {
    match kind {
        DocKind::Standard => "standard",
        DocKind::Trainer => "trainer",
        DocKind::Partner => "partner",
        DocKind::Country => "country",
    }
}

/// Parses the URL spelling of a document kind.
pub fn kind_from_slug(s: &str) -> Option<DocKind> {
    DocKind::ALL.into_iter().find(|&k| kind_slug(k) == s)
}
