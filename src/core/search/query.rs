//! Turning what the user typed into query terms: which must match, which only boost, which
//! are matched as prefixes (the word being typed) and how many typos each tolerates.

use super::token::{Token, TokenKind};
use super::tokenize::tokenize;

/// Longest query read, in bytes; the rest of a pasted essay is ignored.
pub(crate) const MAX_QUERY_BYTES: usize = 1024;
/// Most terms used from one query.
pub(crate) const MAX_QUERY_TERMS: usize = 32;

/// One term to look up in the dictionary.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct QueryTerm {
    /// Normalized text.
    pub text: String,
    /// Required terms must all match (AND); optional ones only add to the score.
    pub required: bool,
    /// The user is still typing this term: dictionary terms starting with it match too.
    pub prefix: bool,
    /// Edits tolerated: 1 from 5 characters, 2 from 9; none for numbers, codes and CJK
    /// (as Meilisearch does: one edit on a four-letter word finds too much, `weld` found
    /// `elderly`).
    pub typos: u8,
}

/// Inflection endings of English and German words (folded), for a word that matches no
/// dictionary term: `welding`, `painting`, `electrical`, `installation`.
const ENDINGS: [&str; 15] = [
    "ations", "ation", "ungen", "ings", "ions", "ing", "ion", "ung", "ers", "ed", "er", "es", "en",
    "al", "s",
];
/// Shortest stem kept: shorter ones would match too much.
const MIN_STEM_BYTES: usize = 4;

impl QueryTerm {
    /// This word without its inflection ending, matched as a prefix: for a word that
    /// matches nothing, so `welding` still finds `welder` by `weld`, `electrical` finds
    /// `electrician`. The word being typed may end in part of an ending (`weldin` → `weld`).
    /// `None` for optional terms, codes, numbers, CJK and words without an ending.
    pub(crate) fn stem(&self) -> Option<QueryTerm> {
        if !self.required {
            return None;
        }
        strip_ending(&self.text, self.prefix).map(|stem| QueryTerm {
            text: stem.to_string(),
            required: true,
            prefix: true,
            typos: 0,
        })
    }
}

/// `word` without its inflection ending ([`ENDINGS`]), if what is left has at least
/// [`MIN_STEM_BYTES`]; with `typing`, part of an ending counts too. `None` for a word that is
/// not all ASCII lowercase letters (codes, numbers, CJK) or has no ending.
pub(crate) fn strip_ending(word: &str, typing: bool) -> Option<&str> {
    if !word.bytes().all(|b| b.is_ascii_lowercase()) {
        return None;
    }
    let cut = ENDINGS
        .iter()
        .filter_map(|ending| {
            if word.ends_with(ending) {
                Some(ending.len())
            } else if typing {
                (1..ending.len())
                    .rev()
                    .find(|&k| word.ends_with(&ending[..k]))
            } else {
                None
            }
        })
        .max()?;
    let stem = &word[..word.len() - cut];
    (stem.len() >= MIN_STEM_BYTES).then_some(stem)
}

/// A parsed query.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub(crate) struct ParsedQuery {
    /// Terms in query order.
    pub terms: Vec<QueryTerm>,
    /// The normalized query if it is a single word or code, candidate for an exact code match.
    pub code: Option<String>,
}

/// Parses `query`. A query with no terms (empty, only punctuation or emoji) means "browse".
pub(crate) fn parse(query: &str) -> ParsedQuery {
    let mut cut = query.len().min(MAX_QUERY_BYTES);
    while !query.is_char_boundary(cut) {
        cut -= 1;
    }
    let query = &query[..cut];
    // Only a word touching the end of the input is still being typed: "weld" but not "weld ".
    let end = query.len();
    let tokens = tokenize(query);
    let mut parsed = ParsedQuery::default();
    let mut cjk_run: Vec<&Token> = Vec::new();
    for token in &tokens {
        if token.kind == TokenKind::CjkBigram {
            continue; // rebuilt from the unigram runs below, to choose which are required
        }
        if token.kind == TokenKind::CjkUnigram {
            if cjk_run
                .last()
                .is_some_and(|last| last.range.end != token.range.start)
            {
                push_cjk_run(&mut parsed.terms, &cjk_run);
                cjk_run.clear();
            }
            cjk_run.push(token);
            continue;
        }
        push_cjk_run(&mut parsed.terms, &cjk_run);
        cjk_run.clear();
        let is_word = token.kind == TokenKind::Word;
        let has_digit = token.term.chars().any(|c| c.is_ascii_digit());
        let chars = token.term.chars().count();
        push(
            &mut parsed.terms,
            QueryTerm {
                text: token.term.clone(),
                // A code's parts are required; the whole code only ranks exact codes higher.
                required: is_word,
                prefix: token.range.end == end,
                typos: match chars {
                    _ if !is_word || has_digit => 0,
                    9.. => 2,
                    5.. => 1,
                    _ => 0,
                },
            },
        );
    }
    push_cjk_run(&mut parsed.terms, &cjk_run);
    parsed.terms.truncate(MAX_QUERY_TERMS);
    if !parsed.terms.iter().any(|t| t.required) {
        // Cannot happen with today's tokenizer (a code comes with its parts), but AND over
        // nothing would match everything.
        parsed.terms.iter_mut().for_each(|t| t.required = true);
    }

    let whole = query.trim();
    parsed.code = tokens
        .iter()
        .find(|t| {
            matches!(t.kind, TokenKind::Word | TokenKind::Compound) && t.range == span(query, whole)
        })
        .map(|t| t.term.clone());
    parsed
}

/// Byte range of `inner`, a subslice of `outer`.
fn span(outer: &str, inner: &str) -> std::ops::Range<usize> {
    let start = inner.as_ptr() as usize - outer.as_ptr() as usize;
    start..start + inner.len()
}

/// A CJK run of one character requires that character. A longer run requires bigrams that cover
/// it (`汽车维修` → `汽车` + `维修`, so documents with both words apart still match) and uses the
/// other bigrams (`车维`) only to rank documents with the exact phrase higher.
fn push_cjk_run(terms: &mut Vec<QueryTerm>, run: &[&Token]) {
    let cjk = |text: String, required: bool| QueryTerm {
        text,
        required,
        prefix: false,
        typos: 0,
    };
    if let [single] = run {
        push(terms, cjk(single.term.clone(), true));
        return;
    }
    for i in 0..run.len().saturating_sub(1) {
        // Non-overlapping pairs from the start; an odd run also requires its last pair.
        let required = i % 2 == 0 || i + 2 == run.len();
        let text = format!("{}{}", run[i].term, run[i + 1].term);
        push(terms, cjk(text, required));
    }
}

/// Adds a term unless it is empty (a lone combining mark folds to nothing, and as a prefix
/// would match every term) or already there (a required duplicate upgrades an optional one).
fn push(terms: &mut Vec<QueryTerm>, term: QueryTerm) {
    if term.text.is_empty() {
        return;
    }
    match terms.iter_mut().find(|t| t.text == term.text) {
        Some(existing) => {
            existing.required |= term.required;
            existing.prefix |= term.prefix;
        }
        None => terms.push(term),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn texts(parsed: &ParsedQuery, required: bool) -> Vec<&str> {
        parsed
            .terms
            .iter()
            .filter(|t| t.required == required)
            .map(|t| t.text.as_str())
            .collect()
    }

    #[test]
    fn last_word_is_a_prefix_only_while_typing() {
        assert!(parse("auto mech").terms[1].prefix);
        assert!(!parse("auto mech ").terms[1].prefix);
        assert!(!parse("auto mech").terms[0].prefix);
    }

    #[test]
    fn typo_budget_grows_with_length() {
        let parsed = parse("kfz auto welder schweissen 2024");
        let typos: Vec<u8> = parsed.terms.iter().map(|t| t.typos).collect();
        assert_eq!(typos, [0, 0, 1, 2, 0]);
    }

    #[test]
    fn code_parts_are_required_and_the_whole_code_boosts() {
        let parsed = parse(" BRS-AUTO-003 ");
        assert_eq!(texts(&parsed, true), ["brs", "auto", "003"]);
        assert_eq!(texts(&parsed, false), ["brs-auto-003"]);
        assert_eq!(parsed.code.as_deref(), Some("brs-auto-003"));
        assert_eq!(parse("brs auto").code, None);
    }

    #[test]
    fn chinese_runs_require_covering_bigrams() {
        let parsed = parse("汽车维修");
        assert_eq!(texts(&parsed, true), ["汽车", "维修"]);
        assert_eq!(texts(&parsed, false), ["车维"]);
        assert_eq!(texts(&parse("机器人"), true), ["机器", "器人"]);
        assert_eq!(texts(&parse("车"), true), ["车"]);
    }

    #[test]
    fn a_word_stems_to_a_prefix_without_its_ending() {
        let stem = |q: &str| parse(q).terms[0].stem().map(|t| (t.text, t.prefix));
        assert_eq!(stem("welding"), Some(("weld".into(), true)));
        assert_eq!(stem("Electrical"), Some(("electric".into(), true)));
        assert_eq!(stem("installations"), Some(("install".into(), true)));
        assert_eq!(stem("Schweißen"), Some(("schweiss".into(), true)));
        // While typing, part of an ending counts; a finished word needs the whole ending.
        assert_eq!(stem("weldin"), Some(("weld".into(), true)));
        assert_eq!(stem("weldin ").map(|s| s.0), None);
        // Too short a stem, no ending, numbers, codes and CJK have none.
        assert_eq!(stem("fixes"), None);
        assert_eq!(stem("robot "), None);
        assert_eq!(stem("2024s"), None);
        assert_eq!(stem("汽车"), None);
        assert!(parse("BRS-AUTO-003")
            .terms
            .iter()
            .all(|t| t.stem().is_none()));
    }

    #[test]
    fn marks_that_fold_to_nothing_are_no_terms() {
        // Lone combining marks: words that fold to the empty term.
        assert!(parse("\u{0345}").terms.is_empty());
        assert!(parse("\u{0301}\u{0301}").terms.is_empty());
        let texts: Vec<String> = parse("weld \u{0301}")
            .terms
            .into_iter()
            .map(|t| t.text)
            .collect();
        assert_eq!(texts, ["weld"]);
    }

    #[test]
    fn huge_queries_are_capped() {
        let query =
            "word ".repeat(2_000) + &(0..2_000).map(|i| format!("w{i} ")).collect::<String>();
        assert!(parse(&query).terms.len() <= MAX_QUERY_TERMS);
    }
}
