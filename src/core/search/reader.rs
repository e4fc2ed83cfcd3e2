//! Reading documents, a block at a time, into what the index is built from: the terms, every
//! occurrence, and each document's field lengths.

use std::collections::HashMap;

use super::chunks::for_each_chunk;
use super::document::Document;
use super::interner::Interner;
use super::postings::{Occurrences, Run};
use super::token::TokenKind;
use super::tokenize::{for_each_token_in, TokenBuffers};
use crate::core::fast_hash::FastHash;

/// Documents per call of [`Reader::read_block`], and per unit of a sliced build (about 1 ms
/// natively at ×100, where a block of 512 took up to 6 ms). A browser compiles a WebAssembly
/// function with its optimising compiler only once the function has run for a while, and
/// the optimised code serves later calls, never the call already running: a loop over all
/// 45,000 documents (at ×100) in one call would run as baseline code to the end.
pub(super) const READ_BLOCK: usize = 128;

/// What the index builder gathers from the documents: the terms, every occurrence, each
/// document's field lengths, and the tables that let a repeated text or chunk be tokenized
/// once.
pub(super) struct Reader {
    /// Every distinct term, numbered in order of first appearance.
    pub terms: Interner,
    /// Every term occurrence, as runs of term ids per field instance, in document order.
    pub occurrences: Occurrences,
    /// Each document's length in words per field (the mean over the field's instances).
    pub lengths: Vec<[f32; 4]>,
    /// Texts of the fields that repeat (country names, sectors: [`Field::repeats`]) are
    /// tokenized once each, as a run of term ids and a length in words, which every field
    /// with that text then points to. A shared text is known by its address (the
    /// documents' [`Text`](super::Text)s, alive throughout), so finding it again hashes two
    /// numbers, not the text; equal texts that are not shared are merely tokenized again,
    /// still a chunk at a time.
    ///
    /// [`Field::repeats`]: super::Field::repeats
    tokenized: HashMap<(usize, usize), (u32, u32, f32), FastHash>,
    /// Words repeat even more across distinct texts (a Zipf vocabulary), so each distinct
    /// space-separated chunk is tokenized once too: `chunks` numbers them, and chunk `c`'s
    /// term ids are `chunk_ids[spans[c].0..spans[c].1]`, its length in words `spans[c].2`.
    /// The chunks' bytes are copied, not borrowed from the documents, so a build can stop
    /// between blocks while owning its documents.
    chunks: Interner,
    spans: Vec<(u32, u32, f32)>,
    chunk_ids: Vec<u32>,
    buffers: TokenBuffers,
}

impl Reader {
    /// A reader sized for `docs` documents with `fields` field instances and `text_bytes`
    /// bytes of text in all, so its tables never grow by copying: at ×100, 8.8 MB of field
    /// text keep 1.35 million term ids (a shared text's are kept once) in 272,000 runs.
    pub fn with_capacity(docs: usize, fields: usize, text_bytes: usize) -> Reader {
        Reader {
            // Sized for a typical dataset up front: growing these tables rehashed every key
            // several times over a ×100 build.
            terms: Interner::with_capacity(docs * 2, docs * 16),
            occurrences: Occurrences {
                runs: Vec::with_capacity(fields),
                ids: Vec::with_capacity(text_bytes / 6 + docs),
            },
            lengths: Vec::with_capacity(docs),
            tokenized: HashMap::with_capacity_and_hasher(docs, FastHash::default()),
            chunks: Interner::with_capacity(docs * 2, text_bytes / 4),
            spans: Vec::with_capacity(docs * 2),
            chunk_ids: Vec::new(),
            buffers: TokenBuffers::default(),
        }
    }

    /// Frees the tables only reading needs, once every document is read.
    pub fn done_reading(&mut self) {
        self.tokenized = HashMap::default();
        self.chunks = Interner::with_capacity(0, 0);
        self.spans = Vec::new();
        self.chunk_ids = Vec::new();
        self.buffers = TokenBuffers::default();
    }

    /// Reads `docs`, the first of which is document number `first`.
    #[inline(never)]
    pub fn read_block(&mut self, first: u32, docs: &[Document]) {
        let Reader {
            terms,
            occurrences,
            lengths,
            tokenized,
            chunks,
            spans,
            chunk_ids,
            buffers,
        } = self;
        let mut tables = ChunkTables {
            chunks,
            spans,
            chunk_ids,
            buffers,
        };
        for (doc, d) in docs.iter().zip(first..) {
            let mut tokens = [0f32; 4];
            let mut instances = [0u32; 4];
            for (field, text) in &doc.fields {
                let f = field.index();
                instances[f] += 1;
                let ids = &mut occurrences.ids;
                let (start, end, words) = if field.repeats() {
                    *tokenized.entry(text.address()).or_insert_with(|| {
                        let (start, words) = tables.tokenize_text(text, terms, ids);
                        (start, ids.len() as u32, words)
                    })
                } else {
                    // Mostly one of a kind: a run of its own.
                    let (start, words) = tables.tokenize_text(text, terms, ids);
                    (start, ids.len() as u32, words)
                };
                tokens[f] += words;
                occurrences.runs.push(Run {
                    tag: d << 2 | f as u32,
                    start,
                    end,
                });
            }
            // A standard with titles in three languages is not "longer" than one with a single
            // title, so a field's length is the mean over its instances.
            lengths.push(std::array::from_fn(|f| {
                tokens[f] / instances[f].max(1) as f32
            }));
        }
    }
}

/// The chunk tables of a [`Reader`], borrowed apart from its terms and occurrences.
struct ChunkTables<'r> {
    chunks: &'r mut Interner,
    spans: &'r mut Vec<(u32, u32, f32)>,
    chunk_ids: &'r mut Vec<u32>,
    buffers: &'r mut TokenBuffers,
}

impl ChunkTables<'_> {
    /// Appends the term ids of `text` to `ids`, a chunk at a time (each distinct chunk is
    /// tokenized once), and returns where they start and the text's length in words.
    fn tokenize_text(
        &mut self,
        text: &str,
        terms: &mut Interner,
        ids: &mut Vec<u32>,
    ) -> (u32, f32) {
        let start = ids.len() as u32;
        let mut words = 0.0;
        for_each_chunk(text, |chunk| {
            let (id, new) = self.chunks.intern(chunk.as_bytes());
            if new {
                let from = self.chunk_ids.len() as u32;
                let words = tokenize_into(chunk, terms, self.buffers, self.chunk_ids);
                self.spans.push((from, self.chunk_ids.len() as u32, words));
            }
            let (from, to, chunk_words) = self.spans[id as usize];
            ids.extend_from_slice(&self.chunk_ids[from as usize..to as usize]);
            words += chunk_words;
        });
        (start, words)
    }
}

/// Tokenizes `text`, appending its term ids to `out` (new terms get the next free id), and
/// returns its length in words.
fn tokenize_into(
    text: &str,
    terms: &mut Interner,
    buffers: &mut TokenBuffers,
    out: &mut Vec<u32>,
) -> f32 {
    let mut words = 0.0;
    for_each_token_in(buffers, text, |term, _, kind| {
        // Bigrams and compounds repeat characters already counted once. A Chinese word is
        // about two characters: counting each character as a word would make a Chinese title
        // look three times longer than its English one and skew length normalisation.
        match kind {
            TokenKind::Word => words += 1.0,
            TokenKind::CjkUnigram => words += 0.5,
            _ => {}
        }
        out.push(terms.intern(term.as_bytes()).0);
    });
    words
}
