//! The inverted index: a term dictionary in an `fst::Map` (term → term id, which gives prefix
//! ranges and automaton search for free), flat posting lists with per-field term frequencies,
//! and per-document field-length factors for BM25F.

use std::collections::HashMap;

use fst::Map;

use super::document::{Document, Field};
use super::facets::FacetTables;
use super::tokenize::{for_each_token, TokenKind};
use crate::core::fast_hash::FastHash;

/// BM25 length normalisation strength.
const B: f32 = 0.75;

/// A built, immutable search index over a slice of documents.
pub struct SearchIndex {
    pub(crate) docs: Vec<Document>,
    /// Normalized term → term id; ids follow the dictionary's sort order.
    pub(crate) terms: Map<Vec<u8>>,
    /// Postings of term `t` are `offsets[t]..offsets[t + 1]` in the two arrays below.
    pub(crate) offsets: Vec<u32>,
    pub(crate) posting_docs: Vec<u32>,
    /// Term frequency per [`Field`], saturating at 255 (beyond that BM25 is flat anyway).
    pub(crate) posting_tfs: Vec<[u8; 4]>,
    /// Per document and field: field weight / BM25 length normalisation, precomputed so a
    /// posting is scored with four multiplications.
    pub(crate) field_factors: Vec<[f32; 4]>,
    pub(crate) facets: FacetTables,
}

/// Sizes of an index, for the benchmark and for budgeting.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct IndexStats {
    /// Number of documents.
    pub documents: usize,
    /// Number of distinct terms.
    pub terms: usize,
    /// Number of (term, document) postings.
    pub postings: usize,
    /// Bytes of the fst term dictionary.
    pub dictionary_bytes: usize,
    /// Bytes of posting lists, offsets and field-length factors.
    pub postings_bytes: usize,
}

impl SearchIndex {
    /// Indexes `docs`. Hits refer to documents by their position in this slice.
    pub fn build(docs: &[Document]) -> SearchIndex {
        SearchIndex::from_documents(docs.to_vec())
    }

    /// [`SearchIndex::build`] over documents the index may keep, saving a copy of them all.
    pub fn from_documents(docs: Vec<Document>) -> SearchIndex {
        // Sized for a typical dataset up front: growing these maps rehashed every key
        // several times over a ×100 build.
        let mut ids: HashMap<String, u32, FastHash> =
            HashMap::with_capacity_and_hasher(docs.len() * 2, FastHash::default());
        // Every term occurrence in document order, as (term id, document << 2 | field); a
        // counting sort by term then gives each term's postings in document order, without
        // growing 60,000 little vectors (that pointer chasing dominated the build).
        let mut occurrences: Vec<(u32, u32)> = Vec::with_capacity(docs.len() * 24);
        let mut lengths: Vec<[f32; 4]> = Vec::with_capacity(docs.len());
        // Texts repeat a lot (country names, sectors, titles of ×N variants): each distinct
        // text is tokenized once, as a range of term ids in `text_ids` and its length in words.
        let mut tokenized: HashMap<&str, (u32, u32, f32), FastHash> =
            HashMap::with_capacity_and_hasher(docs.len() * 4, FastHash::default());
        let mut text_ids: Vec<u32> = Vec::new();
        // Words repeat even more across distinct texts (a Zipf vocabulary), so each distinct
        // space-separated chunk is tokenized once too; its term ids live in `chunk_ids`.
        let mut chunks: HashMap<&str, (u32, u32, f32), FastHash> =
            HashMap::with_capacity_and_hasher(docs.len() * 2, FastHash::default());
        let mut chunk_ids: Vec<u32> = Vec::new();
        for (d, doc) in docs.iter().enumerate() {
            let d = d as u32;
            let mut tokens = [0f32; 4];
            let mut instances = [0u32; 4];
            for (field, text) in &doc.fields {
                let f = field.index();
                instances[f] += 1;
                let &mut (start, end, words) =
                    tokenized.entry(text.as_str()).or_insert_with(|| {
                        let start = text_ids.len() as u32;
                        let mut words = 0.0;
                        for chunk in space_chunks(text).flat_map(han_chunks) {
                            let &mut (from, to, chunk_words) =
                                chunks.entry(chunk).or_insert_with(|| {
                                    let from = chunk_ids.len() as u32;
                                    let words = tokenize_into(chunk, &mut ids, &mut chunk_ids);
                                    (from, chunk_ids.len() as u32, words)
                                });
                            text_ids.extend_from_slice(&chunk_ids[from as usize..to as usize]);
                            words += chunk_words;
                        }
                        (start, text_ids.len() as u32, words)
                    });
                tokens[f] += words;
                occurrences.extend(
                    text_ids[start as usize..end as usize]
                        .iter()
                        .map(|&id| (id, d << 2 | f as u32)),
                );
            }
            // A standard with titles in three languages is not "longer" than one with a single
            // title, so a field's length is the mean over its instances.
            lengths.push(std::array::from_fn(|f| {
                tokens[f] / instances[f].max(1) as f32
            }));
        }

        let by_term = sort_by_term(&occurrences, ids.len());
        drop(occurrences);
        let mut sorted: Vec<(String, u32)> = ids.into_iter().collect();
        sorted.sort_unstable();
        let mut offsets = Vec::with_capacity(sorted.len() + 1);
        let mut posting_docs = Vec::new();
        let mut posting_tfs = Vec::new();
        let terms = Map::from_iter(sorted.iter().enumerate().map(|(new_id, (term, old_id))| {
            let first = posting_docs.len();
            offsets.push(first as u32);
            let range = by_term.starts[*old_id as usize] as usize
                ..by_term.starts[*old_id as usize + 1] as usize;
            for &df in &by_term.fields[range] {
                let (d, f) = (df >> 2, (df & 3) as usize);
                // A new posting per document, not continuing the previous term's last one.
                if posting_docs.len() == first || posting_docs.last() != Some(&d) {
                    posting_docs.push(d);
                    posting_tfs.push([0u8; 4]);
                }
                let tfs = posting_tfs.last_mut().expect("pushed above");
                tfs[f] = tfs[f].saturating_add(1);
            }
            (term.as_bytes(), new_id as u64)
        }))
        .expect("terms are unique and sorted");
        offsets.push(posting_docs.len() as u32);

        SearchIndex {
            facets: FacetTables::build(&docs),
            docs,
            terms,
            offsets,
            posting_docs,
            posting_tfs,
            field_factors: field_factors(&lengths),
        }
    }

    /// Number of indexed documents.
    pub fn len(&self) -> usize {
        self.docs.len()
    }

    /// True if no documents were indexed.
    pub fn is_empty(&self) -> bool {
        self.docs.is_empty()
    }

    /// The indexed documents, in the order given to [`SearchIndex::build`].
    pub fn documents(&self) -> &[Document] {
        &self.docs
    }

    /// Sizes of the index's parts.
    pub fn stats(&self) -> IndexStats {
        IndexStats {
            documents: self.docs.len(),
            terms: self.terms.len(),
            postings: self.posting_docs.len(),
            dictionary_bytes: self.terms.as_fst().as_bytes().len(),
            postings_bytes: self.offsets.len() * 4
                + self.posting_docs.len() * 4
                + self.posting_tfs.len() * 4
                + self.field_factors.len() * 16,
        }
    }

    /// Postings of term `id`: document numbers and their per-field term frequencies.
    pub(crate) fn postings(&self, id: u64) -> (&[u32], &[[u8; 4]]) {
        let range = self.offsets[id as usize] as usize..self.offsets[id as usize + 1] as usize;
        (&self.posting_docs[range.clone()], &self.posting_tfs[range])
    }
}

/// Term occurrences grouped by term: those of term `t` are `fields[starts[t]..starts[t + 1]]`,
/// each `document << 2 | field`, in document order.
struct ByTerm {
    starts: Vec<u32>,
    fields: Vec<u32>,
}

/// Counting sort of `(term id, document << 2 | field)` occurrences by term id; stable, so
/// each term's occurrences stay in document order.
fn sort_by_term(occurrences: &[(u32, u32)], terms: usize) -> ByTerm {
    let mut starts = vec![0u32; terms + 1];
    for &(id, _) in occurrences {
        starts[id as usize + 1] += 1;
    }
    for t in 0..terms {
        starts[t + 1] += starts[t];
    }
    let mut next = starts.clone();
    let mut fields = vec![0u32; occurrences.len()];
    for &(id, df) in occurrences {
        let at = &mut next[id as usize];
        fields[*at as usize] = df;
        *at += 1;
    }
    ByTerm { starts, fields }
}

/// Tokenizes `text`, appending its term ids to `out` (new terms get the next free id), and returns its length in words.
fn tokenize_into(text: &str, ids: &mut HashMap<String, u32, FastHash>, out: &mut Vec<u32>) -> f32 {
    let mut words = 0.0;
    for_each_token(text, |term, _, kind| {
        // Bigrams and compounds repeat characters already counted once. A Chinese word is
        // about two characters: counting each character as a word would make a Chinese title
        // look three times longer than its English one and skew length normalisation.
        match kind {
            TokenKind::Word => words += 1.0,
            TokenKind::CjkUnigram => words += 0.5,
            _ => {}
        }
        let id = match ids.get(term) {
            Some(&id) => id,
            None => {
                let id = ids.len() as u32;
                ids.insert(term.to_owned(), id);
                id
            }
        };
        out.push(id);
    });
    words
}

/// Splits `text` at runs of ASCII spaces into chunks that tokenize exactly as they do inside
/// the whole text: a space always ends a word, a code and a CJK run, and Unicode word
/// boundaries (UAX #29) only glue a space to what follows when that is a combining mark or
/// a format character, so a run is only cut before a character that cannot be one.
fn space_chunks(text: &str) -> impl Iterator<Item = &str> {
    let bytes = text.as_bytes();
    let mut at = 0;
    std::iter::from_fn(move || {
        while at < bytes.len() && bytes[at] == b' ' {
            at += 1;
        }
        if at >= bytes.len() {
            return None;
        }
        let start = at;
        loop {
            match bytes[at..].iter().position(|&b| b == b' ') {
                None => {
                    at = bytes.len();
                    return Some(&text[start..]);
                }
                Some(p) => {
                    let end = at + p;
                    let mut next = end;
                    while next < bytes.len() && bytes[next] == b' ' {
                        next += 1;
                    }
                    let safe = text[next..].chars().next().is_none_or(never_extends);
                    at = next;
                    if safe {
                        return Some(&text[start..end]);
                    }
                }
            }
        }
    })
}

/// Cuts a chunk after each Han character that is followed by something other than CJK or a
/// combining mark: a Han character is a word of its own in UAX #29 and ends the CJK run there,
/// so the pieces tokenize as the whole does. Chinese names have no spaces but share long
/// stems (`达累斯萨拉姆太阳能工程有限公司（第5校区）`, `…（第6校区）`), and each piece is
/// tokenized once however many texts it appears in.
fn han_chunks(chunk: &str) -> impl Iterator<Item = &str> {
    let mut rest = chunk;
    std::iter::from_fn(move || {
        if rest.is_empty() {
            return None;
        }
        // Every Han character's UTF-8 lead byte is 0xE3 or above; most text has none.
        if rest.bytes().all(|b| b < 0xE3) {
            return Some(std::mem::take(&mut rest));
        }
        let mut after_han = false;
        let cut = rest.char_indices().find_map(|(i, c)| {
            let cut = after_han && !super::tokenize::is_cjk(c) && never_extends_cjk_text(c);
            after_han = is_han(c);
            cut.then_some(i)
        });
        let (piece, tail) = rest.split_at(cut.unwrap_or(rest.len()));
        rest = tail;
        Some(piece)
    })
}

/// Han ideographs (UAX #29 `Other`: a word boundary on both sides but before `Extend`).
fn is_han(c: char) -> bool {
    matches!(c,
        '\u{4E00}'..='\u{9FFF}' | '\u{3400}'..='\u{4DBF}' | '\u{20000}'..='\u{3FFFF}' | '\u{F900}'..='\u{FAFF}')
}

/// [`never_extends`], plus the CJK punctuation and full-width forms Chinese text uses
/// (`（`, `）`, `、`, `。`), none of which is a combining mark.
fn never_extends_cjk_text(c: char) -> bool {
    never_extends(c)
        || ('\u{3000}'..='\u{3029}').contains(&c)
        || ('\u{3030}'..='\u{303F}').contains(&c)
        || ('\u{FF01}'..='\u{FF5E}').contains(&c)
}

/// Characters that are never a combining mark, joiner or format character (UAX #29 `Extend`,
/// `Format`, `ZWJ`): ASCII, Latin-1 and Latin Extended letters, and CJK but the combining
/// kana voicing marks.
fn never_extends(c: char) -> bool {
    c.is_ascii()
        || ('\u{C0}'..='\u{24F}').contains(&c)
        || (super::tokenize::is_cjk(c) && !matches!(c, '\u{3099}' | '\u{309A}'))
}

/// Field weight over BM25 length normalisation `1 - b + b * len / avg_len`, per document.
fn field_factors(lengths: &[[f32; 4]]) -> Vec<[f32; 4]> {
    let averages: [f32; 4] = std::array::from_fn(|f| {
        let present: Vec<f32> = lengths.iter().map(|l| l[f]).filter(|&l| l > 0.0).collect();
        (present.iter().sum::<f32>() / present.len().max(1) as f32).max(1.0)
    });
    lengths
        .iter()
        .map(|l| {
            std::array::from_fn(|f| Field::ALL[f].weight() / (1.0 - B + B * l[f] / averages[f]))
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::core::search::{DocKind, Facets};

    fn doc(fields: &[(Field, &str)]) -> Document {
        Document {
            id: String::new(),
            kind: DocKind::Standard,
            fields: fields.iter().map(|(f, t)| (*f, t.to_string())).collect(),
            facets: Facets::default(),
        }
    }

    #[test]
    fn postings_keep_per_field_frequencies() {
        let index = SearchIndex::build(&[
            doc(&[
                (Field::Title, "Repair repair"),
                (Field::Body, "repair of cars"),
            ]),
            doc(&[(Field::Body, "cars")]),
        ]);
        let (docs, tfs) = index.postings(index.terms.get("repair").unwrap());
        assert_eq!(docs, [0]);
        assert_eq!(tfs, [[2, 0, 0, 1]]);
        let (docs, _) = index.postings(index.terms.get("cars").unwrap());
        assert_eq!(docs, [0, 1]);
        assert_eq!(index.stats().postings, index.posting_docs.len());
    }

    #[test]
    fn space_chunks_tokenize_like_the_whole_text() {
        let terms = |text: &str| {
            let mut out = Vec::new();
            for_each_token(text, |t, _, kind| out.push((t.to_owned(), kind)));
            out
        };
        for text in [
            "  BRS-AUTO-003 Kfz-Mechatroniker  汽车 维修 a - b",
            "Schweißen in Türkiye · 焊接技术 · Deutschland",
            "x \u{0301}y e\u{0301} \u{3099}か 한국 어 U.S. 3.5 can't",
            "达累斯萨拉姆太阳能工程有限公司（第5校区）、汽车。维修A-1汉\u{0301}x汉\u{200D}y",
            "한a汉b 汉한 カ汉ナ 汉々x 汉-BRS-1 x汉 汉\u{302A}。 汉\u{FF9E}",
            "",
            "   ",
        ] {
            let chunked: Vec<_> = space_chunks(text)
                .flat_map(han_chunks)
                .flat_map(terms)
                .collect();
            assert_eq!(chunked, terms(text), "{text:?}");
        }
    }

    #[test]
    fn several_titles_do_not_count_as_one_long_title() {
        let index = SearchIndex::build(&[
            doc(&[
                (Field::Title, "welding"),
                (Field::Title, "焊接"),
                (Field::Title, "schweissen"),
            ]),
            doc(&[(Field::Title, "welding")]),
        ]);
        let [one, three] = [&index.field_factors[1], &index.field_factors[0]];
        // Mean title length 4/3 (Chinese counts per character) against 1: a mild penalty, not 4×.
        assert!(three[0] > one[0] * 0.75, "{three:?} vs {one:?}");
    }
}
