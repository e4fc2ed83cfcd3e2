//! The results of the last few searches, so clearing the box (back to browsing everything,
//! the costliest search of all at ×100) or retyping a query shows its results at once.

/// Up to `capacity` values by key, the most recently used first.
#[derive(Debug)]
pub struct Recent<K, V> {
    capacity: usize,
    entries: Vec<(K, V)>,
}

impl<K: PartialEq, V: Clone> Recent<K, V> {
    /// An empty store keeping up to `capacity` values (at least one).
    pub fn new(capacity: usize) -> Self {
        Recent {
            capacity: capacity.max(1),
            entries: Vec::new(),
        }
    }

    /// The value kept for `key`, or `make()` kept from now on (dropping the least recently
    /// used value when full).
    pub fn get_or_insert_with(&mut self, key: K, make: impl FnOnce() -> V) -> V {
        let value = match self.entries.iter().position(|(k, _)| *k == key) {
            Some(at) => self.entries.remove(at).1,
            None => {
                self.entries.truncate(self.capacity - 1);
                make()
            }
        };
        self.entries.insert(0, (key, value.clone()));
        value
    }

    /// Number of values kept.
    pub fn len(&self) -> usize {
        self.entries.len()
    }

    /// True if nothing is kept.
    pub fn is_empty(&self) -> bool {
        self.entries.is_empty()
    }
}

#[cfg(test)]
mod tests {
    use super::Recent;

    #[test]
    fn keeps_the_most_recently_used_values() {
        let mut recent = Recent::new(2);
        let made = std::cell::Cell::new(0);
        let mut get = |key: &'static str| {
            recent.get_or_insert_with(key, || {
                made.set(made.get() + 1);
                key.to_uppercase()
            })
        };
        assert_eq!(get("a"), "A");
        assert_eq!(get("b"), "B");
        assert_eq!(get("a"), "A"); // kept: not made again
        assert_eq!(get("c"), "C"); // drops "b", the least recently used
        assert_eq!(get("a"), "A");
        assert_eq!(get("b"), "B");
        assert_eq!(made.get(), 4);
        assert_eq!(recent.len(), 2);
    }
}
