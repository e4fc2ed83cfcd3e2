//! What one query term matches when it is not found as typed: a visitor writes another form
//! of a word, a word the dataset only has inside longer ones, a compound it never wrote, or
//! Chinese it words differently. The term's matches come in groups, scored on their own and
//! added up, so the scoring pass only runs the query.

use super::index::SearchIndex;
use super::query::QueryTerm;

/// Quality factor of a match found through a word's stem (`welding` → `welder`): below
/// the word's own matches, which it only stands in for when there are none.
const STEM: f32 = 0.8;
/// Quality factor of a match found through a part of a word that matched nothing whole
/// (`schweisstechnik` → `schweiss…`): as for a stem.
const PART: f32 = 0.8;
/// Shortest word looked up inside longer ones: a shorter one is inside many by chance
/// (`urin` in `manufacturing`).
const MIN_INSIDE_BYTES: usize = 6;

/// The dictionary terms one query term matches, as (term id, quality), in groups: one for a
/// word found whole, by its stem or inside longer words, one per part for a word found by
/// its parts. A document scores its best match of each group, and the groups add up, so a
/// document with more of a compound's parts ranks first; it matches the term with any.
#[derive(Default)]
pub(crate) struct TermMatches {
    /// The groups' expansions, one group after the other.
    expansions: Vec<(u64, f32)>,
    /// Where each group ends in `expansions`.
    ends: Vec<usize>,
    /// A part's expansions, before they join `expansions`.
    part: Vec<(u64, f32)>,
}

impl TermMatches {
    /// The groups, in order; a term that matched nothing has none, or only empty ones.
    pub(crate) fn groups(&self) -> impl Iterator<Item = &[(u64, f32)]> {
        let starts = std::iter::once(0).chain(self.ends.iter().copied());
        starts
            .zip(&self.ends)
            .map(|(start, &end)| &self.expansions[start..end])
    }

    /// How many groups there are.
    pub(crate) fn group_count(&self) -> usize {
        self.ends.len()
    }
}

impl SearchIndex {
    /// Fills `out` with what `term` matches: the dictionary terms it expands to (see
    /// [`SearchIndex::expand`]); if none, those of its stem (`welding` → `weld…`); if none
    /// or only typos (`mechaniker` is two letters from `techniker`), also the longer words
    /// holding it (`werkzeugmechaniker`, for a word of [`MIN_INSIDE_BYTES`]); if still none,
    /// its parts, a group each (see [`SearchIndex::word_parts`]).
    pub(crate) fn term_matches(&self, term: &QueryTerm, out: &mut TermMatches) {
        out.ends.clear();
        let expansions = &mut out.expansions;
        let itself = self.expand(term, expansions);
        let typos_only = !itself && !expansions.is_empty();
        if expansions.is_empty() {
            if let Some(stem) = term.stem() {
                self.expand(&stem, expansions);
                scale(expansions, STEM);
            }
        }
        if (typos_only || expansions.is_empty())
            && term.required
            && term.text.len() >= MIN_INSIDE_BYTES
        {
            self.expand_inside(&term.text, expansions);
        }
        if !expansions.is_empty() {
            out.ends.push(expansions.len());
            return;
        }
        for part in self.word_parts(term) {
            self.expand_part(&part, &mut out.part);
            scale(&mut out.part, PART);
            out.expansions.append(&mut out.part);
            out.ends.push(out.expansions.len());
        }
    }
}

/// Multiplies every quality in `expansions` by `factor`.
fn scale(expansions: &mut [(u64, f32)], factor: f32) {
    expansions
        .iter_mut()
        .for_each(|(_, quality)| *quality *= factor);
}
