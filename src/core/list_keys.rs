//! Keyboard movement through an ordered list: which item an arrow key, Home or End lands
//! on. One rule for every list the app moves through by keyboard: a chart's marks (and a
//! matrix row), the map's countries in west-to-east order, and the search results.

/// A movement through a list.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ListMove {
    /// One item on (→ or ↓).
    Next,
    /// One item back (← or ↑).
    Previous,
    /// The first item (Home).
    First,
    /// The last item (End).
    Last,
}

/// Which keys move through a list.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ListKeys {
    /// All four arrows, Home and End: a list that holds the focus itself.
    All,
    /// Only ↑ and ↓: a list driven from a text field, which keeps ←, →, Home and End for
    /// its caret.
    UpDown,
}

impl ListMove {
    /// The movement `key` (a `KeyboardEvent.key`) means among `keys`; `None` for any other
    /// key.
    pub fn from_key(key: &str, keys: ListKeys) -> Option<Self> {
        match (key, keys) {
            ("ArrowDown", _) => Some(Self::Next),
            ("ArrowUp", _) => Some(Self::Previous),
            ("ArrowRight", ListKeys::All) => Some(Self::Next),
            ("ArrowLeft", ListKeys::All) => Some(Self::Previous),
            ("Home", ListKeys::All) => Some(Self::First),
            ("End", ListKeys::All) => Some(Self::Last),
            _ => None,
        }
    }

    /// The position reached from `current` in a list of `len` items. With nothing current
    /// yet, Next starts at the first item and Previous at the last. Movement stops at the
    /// ends (it does not wrap), and a position past the end counts as the last item.
    /// `None` for an empty list.
    pub fn apply(self, current: Option<usize>, len: usize) -> Option<usize> {
        let last = len.checked_sub(1)?;
        let current = current.map(|c| c.min(last));
        Some(match (self, current) {
            (Self::First, _) | (Self::Next, None) => 0,
            (Self::Last, _) | (Self::Previous, None) => last,
            (Self::Next, Some(c)) => (c + 1).min(last),
            (Self::Previous, Some(c)) => c.saturating_sub(1),
        })
    }
}
