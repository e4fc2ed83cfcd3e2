//! Splitting text into searchable terms, the same way for documents and queries.
//!
//! - Latin, Cyrillic, Arabic… words follow Unicode word boundaries (UAX #29).
//! - Words joined by `-`, `/` or `.` (codes like `BRS-AUTO-003`, `Kfz-Mechatroniker`) are also
//!   kept whole as one term, so a pasted code matches exactly.
//! - Chinese, Japanese and Korean have no spaces, so each run is indexed as single characters
//!   and overlapping bigrams: `汽车维修` → `汽 车 维 修` + `汽车 车维 维修`.
//!
//! Every token carries its byte range in the original text, for highlighting.

use std::ops::Range;

use unicode_segmentation::UnicodeSegmentation;

use super::compound::{is_connector, Compound};
use super::normalize::fold_char;
use super::token::{truncate_chars, Token, TokenKind, MAX_TERM_CHARS};

/// Splits `text` into tokens, in order of appearance (a compound comes after its parts).
pub fn tokenize(text: &str) -> Vec<Token> {
    let mut tokens = Vec::new();
    for_each_token(text, |term, range, kind| {
        tokens.push(Token {
            term: term.to_owned(),
            range,
            kind,
        })
    });
    tokens
}

/// Calls `emit(term, byte_range, kind)` for every token, without allocating a `Token` each.
pub fn for_each_token(text: &str, emit: impl FnMut(&str, Range<usize>, TokenKind)) {
    for_each_token_in(&mut TokenBuffers::default(), text, emit);
}

/// The strings a tokenizer builds its terms in, kept between texts: the index builder
/// tokenizes 46,000 distinct chunks at ×100, and two fresh strings for each were 92,000
/// allocations (and as many frees) of the build's 750,000.
#[derive(Default)]
pub(crate) struct TokenBuffers {
    term: String,
    compound: String,
    cjk: Vec<(usize, char)>,
}

/// [`for_each_token`] with buffers that outlive the call.
pub(crate) fn for_each_token_in(
    buffers: &mut TokenBuffers,
    text: &str,
    emit: impl FnMut(&str, Range<usize>, TokenKind),
) {
    if is_plain_ascii(text) {
        plain_ascii_tokens(buffers, text, emit);
    } else {
        unicode_tokens(buffers, text, emit);
    }
}

/// Text of ASCII letters, digits and hyphens only: most words, names and codes.
fn is_plain_ascii(text: &str) -> bool {
    text.bytes().all(|b| b.is_ascii_alphanumeric() || b == b'-')
}

/// [`unicode_tokens`] for [`is_plain_ascii`] text, without the general word-boundary
/// machinery. In such text UAX #29 makes each run of letters and digits one word and each
/// hyphen a segment of its own, so cutting at hyphens gives the same segments.
fn plain_ascii_tokens(
    buffers: &mut TokenBuffers,
    text: &str,
    mut emit: impl FnMut(&str, Range<usize>, TokenKind),
) {
    let term = &mut buffers.term;
    let mut compound = Compound::new(&mut buffers.compound);
    let mut start = 0;
    for (i, b) in text
        .bytes()
        .enumerate()
        .chain(std::iter::once((text.len(), b'-')))
    {
        if b != b'-' {
            continue;
        }
        if i > start {
            term.clear();
            term.push_str(&text[start..i]);
            term.make_ascii_lowercase();
            truncate_chars(term, MAX_TERM_CHARS);
            emit(term, start..i, TokenKind::Word);
            compound.word(term, start..i, &mut emit);
        }
        if i < text.len() {
            compound.connector(i, i + 1, &mut emit);
        }
        start = i + 1;
    }
    compound.flush(&mut emit);
}

/// Tokens of any text: words by Unicode word boundaries, codes, CJK unigrams and bigrams.
fn unicode_tokens(
    buffers: &mut TokenBuffers,
    text: &str,
    mut emit: impl FnMut(&str, Range<usize>, TokenKind),
) {
    let TokenBuffers {
        term,
        compound,
        cjk,
    } = buffers;
    cjk.clear();
    let mut compound = Compound::new(compound);
    for (start, segment) in text.split_word_bound_indices() {
        let end = start + segment.len();
        let Some(first) = segment.chars().next() else {
            continue;
        };
        if is_cjk(first) {
            compound.flush(&mut emit);
            cjk.extend(segment.char_indices().map(|(i, c)| (start + i, c)));
            continue;
        }
        flush_cjk(cjk, &mut emit);
        if segment.chars().any(char::is_alphanumeric) {
            term.clear();
            segment.chars().for_each(|c| fold_char(c, term));
            truncate_chars(term, MAX_TERM_CHARS);
            emit(term, start..end, TokenKind::Word);
            compound.word(term, start..end, &mut emit);
        } else if is_connector(segment) {
            compound.connector(start, end, &mut emit);
        } else {
            compound.flush(&mut emit);
        }
    }
    flush_cjk(cjk, &mut emit);
    compound.flush(&mut emit);
}

/// Emits unigrams and bigrams for a run of CJK characters and empties it.
fn flush_cjk(run: &mut Vec<(usize, char)>, emit: &mut impl FnMut(&str, Range<usize>, TokenKind)) {
    // Two characters of up to four bytes each.
    let mut term = String::with_capacity(8);
    for (i, &(start, c)) in run.iter().enumerate() {
        let end = start + c.len_utf8();
        term.clear();
        fold_char(c, &mut term);
        emit(&term, start..end, TokenKind::CjkUnigram);
        // A run may be split by a non-CJK character inside one segment; only true neighbours pair.
        if let Some(&(next_start, next)) = run.get(i + 1).filter(|(s, _)| *s == end) {
            fold_char(next, &mut term);
            emit(
                &term,
                start..next_start + next.len_utf8(),
                TokenKind::CjkBigram,
            );
        }
    }
    run.clear();
}

/// Chinese, Japanese and Korean scripts, which are written without spaces between words.
pub fn is_cjk(c: char) -> bool {
    matches!(c,
        '\u{4E00}'..='\u{9FFF}'     // CJK unified ideographs
        | '\u{3400}'..='\u{4DBF}'   // extension A
        | '\u{20000}'..='\u{3FFFF}' // extensions B and later
        | '\u{F900}'..='\u{FAFF}'   // compatibility ideographs
        | '\u{3005}'                 // 々 iteration mark
        | '\u{3040}'..='\u{30FF}'   // hiragana, katakana
        | '\u{31F0}'..='\u{31FF}'   // katakana extensions
        | '\u{FF66}'..='\u{FF9D}'   // half-width katakana
        | '\u{AC00}'..='\u{D7A3}'   // Hangul syllables
        | '\u{1100}'..='\u{11FF}'   // Hangul jamo
        | '\u{3130}'..='\u{318F}'   // Hangul compatibility jamo
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    fn terms(text: &str) -> Vec<String> {
        tokenize(text).into_iter().map(|t| t.term).collect()
    }

    #[test]
    fn words_are_normalized_with_original_offsets() {
        let text = "Schweißen in Türkiye";
        let tokens = tokenize(text);
        assert_eq!(terms(text), ["schweissen", "in", "turkiye"]);
        assert_eq!(&text[tokens[0].range.clone()], "Schweißen");
        assert_eq!(&text[tokens[2].range.clone()], "Türkiye");
    }

    #[test]
    fn codes_are_kept_whole_besides_their_parts() {
        let tokens = tokenize("see BRS-AUTO-003, now");
        let code = tokens
            .iter()
            .find(|t| t.kind == TokenKind::Compound)
            .unwrap();
        assert_eq!(code.term, "brs-auto-003");
        assert_eq!(code.range, 4..16);
        assert_eq!(
            terms("BRS-AUTO-003"),
            ["brs", "auto", "003", "brs-auto-003"]
        );
    }

    #[test]
    fn a_trailing_dash_is_not_part_of_the_code() {
        assert_eq!(terms("BRS-AUTO-"), ["brs", "auto", "brs-auto"]);
        assert_eq!(terms("a - b"), ["a", "b"]);
    }

    #[test]
    fn cjk_runs_become_unigrams_and_bigrams() {
        let text = "汽车维修 A";
        let tokens = tokenize(text);
        assert_eq!(
            terms(text),
            ["汽", "汽车", "车", "车维", "维", "维修", "修", "a"]
        );
        assert_eq!(&text[tokens[1].range.clone()], "汽车");
    }

    #[test]
    fn plain_ascii_text_tokenizes_as_by_unicode_word_boundaries() {
        let tokens = |text: &str, fast: bool| {
            let mut out = Vec::new();
            let emit = |t: &str, r: Range<usize>, k| out.push((t.to_owned(), r, k));
            if fast {
                plain_ascii_tokens(&mut TokenBuffers::default(), text, emit);
            } else {
                unicode_tokens(&mut TokenBuffers::default(), text, emit);
            }
            out
        };
        let mut texts: Vec<String> = [
            "BRS-AUTO-003",
            "Kfz-Mechatroniker",
            "-a",
            "a-",
            "--",
            "a--b",
            "a-b-c-d-e-f-g-h-i-j",
            "V010",
            "3D",
            "x",
            "",
            "-",
            "TR-14001",
            "FP-03401-",
            "1-2",
            "ABC-def-123-",
        ]
        .iter()
        .map(|s| s.to_string())
        .collect();
        texts.push("Abc".repeat(20));
        texts.push(format!("{}-{}", "x".repeat(40), "y".repeat(40)));
        // Every string of up to five characters over letters, digits and hyphens.
        let alphabet = ['a', 'Z', '0', '9', '-'];
        let mut frontier = vec![String::new()];
        for _ in 0..5 {
            frontier = frontier
                .iter()
                .flat_map(|s| alphabet.iter().map(move |c| format!("{s}{c}")))
                .collect();
            texts.extend(frontier.iter().cloned());
        }
        for text in &texts {
            assert!(is_plain_ascii(text), "{text:?}");
            assert_eq!(tokens(text, true), tokens(text, false), "{text:?}");
        }
        // Anything else takes the general path.
        for text in [
            "a.b", "a_b", "a b", "can't", "Türkiye", "汽车", "a/b", "(x)",
        ] {
            assert!(!is_plain_ascii(text), "{text:?}");
        }
    }

    #[test]
    fn punctuation_and_emoji_give_no_terms() {
        assert!(terms("?!… 🙂👍 ()").is_empty());
    }

    #[test]
    fn long_words_are_truncated() {
        let long = "x".repeat(10_000);
        assert_eq!(terms(&long)[0].chars().count(), MAX_TERM_CHARS);
    }
}
