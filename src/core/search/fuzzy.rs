//! Typo tolerance: an edit-distance automaton that walks the term dictionary (`fst::Map`).
//!
//! Why not fst's own `Levenshtein`: it builds a whole DFA before the search starts, which costs
//! milliseconds for distance 2 and fails past 10,000 states. This automaton computes one row of
//! the edit-distance table per character, lazily, only along paths the dictionary really has,
//! and it also counts a swap of two neighbours (`wleding` → `welding`) as one edit (optimal
//! string alignment) and can match prefixes for the term being typed.

use fst::Automaton;

use super::token::MAX_TERM_CHARS;

const WIDTH: usize = MAX_TERM_CHARS + 1;

/// Matches dictionary terms within `max` edits of a query term (or of one of its prefixes, in
/// prefix mode).
#[derive(Debug, Clone)]
pub struct Fuzzy {
    query: Vec<char>,
    max: u8,
    prefix: bool,
}

/// Automaton state: the last two rows of the edit-distance table plus an incomplete UTF-8 char.
#[derive(Debug, Clone, Copy)]
pub struct FuzzyState {
    row: [u8; WIDTH],
    previous_row: [u8; WIDTH],
    previous_char: char,
    consumed: u16,
    pending: [u8; 4],
    pending_len: u8,
    /// Prefix mode: some prefix of the path is already close enough, so everything below matches.
    reached: bool,
    dead: bool,
}

impl Fuzzy {
    /// An automaton for terms within `max` edits of `query` (truncated to the term length cap);
    /// with `prefix`, terms that merely start with something that close also match.
    pub fn new(query: &str, max: u8, prefix: bool) -> Fuzzy {
        Fuzzy {
            query: query.chars().take(MAX_TERM_CHARS).collect(),
            max,
            prefix,
        }
    }

    /// The edit distance between the query and `term` (in prefix mode: the smallest distance to
    /// any prefix of `term`), or `None` if it exceeds the automaton's maximum.
    pub fn distance(&self, term: &str) -> Option<u8> {
        let m = self.query.len();
        let mut state = self.start();
        let mut best = state.row[m];
        for c in term.chars() {
            state = self.step(&state, c);
            if self.prefix {
                best = best.min(state.row[m]);
            }
        }
        let d = if self.prefix { best } else { state.row[m] };
        (d <= self.max).then_some(d)
    }

    /// Feeds one whole character: computes the next row of the table.
    fn step(&self, state: &FuzzyState, c: char) -> FuzzyState {
        let q = &self.query;
        let cap = self.max.saturating_add(1);
        let i = state.consumed as usize + 1;
        let mut next = *state;
        // Values above max + 1 never matter, and capping keeps the u8 arithmetic safe.
        next.row[0] = i.min(cap as usize) as u8;
        for j in 1..=q.len() {
            let substitute = state.row[j - 1].saturating_add(u8::from(q[j - 1] != c));
            let mut v = substitute
                .min(state.row[j].saturating_add(1))
                .min(next.row[j - 1].saturating_add(1));
            if i >= 2 && j >= 2 && c == q[j - 2] && state.previous_char == q[j - 1] {
                v = v.min(state.previous_row[j - 2].saturating_add(1));
            }
            next.row[j] = v.min(cap);
        }
        next.previous_row = state.row;
        next.previous_char = c;
        next.consumed = state.consumed.saturating_add(1);
        next.pending_len = 0;
        if self.prefix && next.row[q.len()] <= self.max {
            next.reached = true;
        }
        next
    }
}

impl Automaton for Fuzzy {
    type State = FuzzyState;

    fn start(&self) -> FuzzyState {
        let mut row = [0u8; WIDTH];
        let cap = self.max.saturating_add(1);
        for (j, cell) in row.iter_mut().enumerate() {
            *cell = j.min(cap as usize) as u8;
        }
        FuzzyState {
            row,
            previous_row: row,
            previous_char: '\0',
            consumed: 0,
            pending: [0; 4],
            pending_len: 0,
            reached: self.prefix && self.query.len() <= self.max as usize,
            dead: false,
        }
    }

    fn is_match(&self, state: &FuzzyState) -> bool {
        !state.dead
            && state.pending_len == 0
            && (state.reached || state.row[self.query.len()] <= self.max)
    }

    fn can_match(&self, state: &FuzzyState) -> bool {
        !state.dead
            && (state.reached
                || state.row[..=self.query.len()]
                    .iter()
                    .any(|&v| v <= self.max))
    }

    fn will_always_match(&self, state: &FuzzyState) -> bool {
        state.reached && !state.dead
    }

    fn accept(&self, state: &FuzzyState, byte: u8) -> FuzzyState {
        if state.dead || state.reached {
            return *state;
        }
        let mut next = *state;
        next.pending[next.pending_len as usize] = byte;
        next.pending_len += 1;
        let needed = match next.pending[0] {
            0x00..=0x7F => 1,
            0xC0..=0xDF => 2,
            0xE0..=0xEF => 3,
            _ => 4,
        };
        if (next.pending_len as usize) < needed {
            return next;
        }
        match std::str::from_utf8(&next.pending[..needed])
            .ok()
            .and_then(|s| s.chars().next())
        {
            Some(c) => self.step(&next, c),
            None => FuzzyState { dead: true, ..next },
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn measures_edits() {
        let fuzzy = Fuzzy::new("welding", 2, false);
        assert_eq!(fuzzy.distance("welding"), Some(0));
        assert_eq!(fuzzy.distance("weldin"), Some(1));
        assert_eq!(fuzzy.distance("wleding"), Some(1), "a swap is one edit");
        assert_eq!(fuzzy.distance("wending"), Some(1));
        assert_eq!(fuzzy.distance("bending"), Some(2));
        assert_eq!(fuzzy.distance("reading"), Some(2));
        assert_eq!(fuzzy.distance("reader"), None);
    }

    #[test]
    fn prefix_mode_matches_continuations() {
        let fuzzy = Fuzzy::new("mechtr", 1, true);
        assert_eq!(fuzzy.distance("mechatronics"), Some(1));
        assert_eq!(
            Fuzzy::new("mechtr", 1, false).distance("mechatronics"),
            None
        );
    }

    #[test]
    fn walks_an_fst_dictionary() {
        let map = fst::Map::from_iter([
            ("schweissen", 0),
            ("schweisser", 1),
            ("wasser", 2),
            ("ärztin", 3),
        ])
        .unwrap();
        use fst::{IntoStreamer, Streamer};
        let mut stream = map.search(Fuzzy::new("schweisen", 1, false)).into_stream();
        let mut found = Vec::new();
        while let Some((key, _)) = stream.next() {
            found.push(String::from_utf8(key.to_vec()).unwrap());
        }
        assert_eq!(found, ["schweissen"]);
        let mut stream = map.search(Fuzzy::new("arztin", 1, false)).into_stream();
        assert!(
            stream.next().is_some(),
            "multi-byte characters count as one edit"
        );
    }
}
