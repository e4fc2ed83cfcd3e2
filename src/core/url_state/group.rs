//! A feature's own URL parameters, parsed and written by the feature's own file, so the map,
//! search, charts and embedding each own their part of the one shared state.

/// What a group made of one `key=value` pair.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Parsed {
    /// The key is not this group's.
    NotMine,
    /// The key is this group's and the value was taken.
    Taken,
    /// The key is this group's but the value is invalid; the state is unchanged.
    Invalid,
}

/// A group of URL parameters belonging to one feature.
pub trait ParamGroup: Default + Clone + PartialEq {
    /// Reads one `key=value` pair (already percent-decoded). Must not panic on any input.
    fn parse(&mut self, key: &str, value: &str) -> Parsed;

    /// Appends the group's non-default parameters, in a stable order.
    fn write(&self, out: &mut Vec<(&'static str, String)>);
}

/// Reads a comma-separated list where every item must be accepted by `item`; `None` if any
/// item is not (then the whole parameter is invalid and ignored).
pub fn parse_list<T>(value: &str, item: impl Fn(&str) -> Option<T>) -> Option<Vec<T>> {
    if value.is_empty() {
        return Some(Vec::new());
    }
    value.split(',').map(|v| item(v.trim())).collect()
}
