//! Folding text to the form that is indexed and searched: `Türkiye` = `turkiye`,
//! `Schweißen` = `schweissen`, `ＢＲＳ－００３` = `brs-003`.
//!
//! Folding works one character at a time so the tokenizer can keep byte offsets into the
//! original text for highlighting. The rules live in `fold_rules.rs`, which `build.rs`
//! shares to write the folding table.

pub use super::fold_rules::FOLD_RANGES;
use super::fold_rules::{keeps_composition, push_lowercase_folded};

// `FOLDS`: for each character of `FOLD_RANGES` whose fold is not simply its lowercase, the
// fold (compatibility decomposition, combining marks dropped, lowercased, `push_folded`),
// sorted; written by `build.rs` with the `unicode-normalization` crate. The crate's own
// tables (about 110 KB of the wasm) stay out of the app; a native test checks the table
// against the crate over every character of the ranges.
include!(concat!(env!("OUT_DIR"), "/fold_table.rs"));

/// Folds `text` for indexing and matching: compatibility decomposition (NFKD, which also turns
/// full-width forms into ASCII), combining marks removed, lowercase, and the letters that NFKD
/// leaves alone folded by hand (`ß`→`ss`, `æ`→`ae`, `ø`→`o`, `ı`→`i`, …). Outside
/// [`FOLD_RANGES`] (and CJK, which has no case), characters are only lowercased.
///
/// ```
/// use skills_atlas::core::search::normalize;
/// assert_eq!(normalize("Schweißen"), "schweissen");
/// assert_eq!(normalize("Ärztin in Türkiye"), "arztin in turkiye");
/// ```
pub fn normalize(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        fold_char(c, &mut out);
    }
    out
}

/// Appends the folded form of one character to `out` (possibly nothing, e.g. for a lone
/// combining mark, or several characters, e.g. `ß` → `ss`).
pub fn fold_char(c: char, out: &mut String) {
    if c.is_ascii() {
        out.push(c.to_ascii_lowercase());
        return;
    }
    if keeps_composition(c) {
        out.push(c);
        return;
    }
    match FOLDS.binary_search_by_key(&c, |&(k, _)| k) {
        Ok(i) => out.push_str(FOLDS[i].1),
        Err(_) => push_lowercase_folded(c, out),
    }
}

#[cfg(test)]
mod tests {
    use super::normalize;

    #[test]
    fn folds_german_and_turkish() {
        assert_eq!(normalize("Türkiye"), "turkiye");
        assert_eq!(normalize("Schweißen"), "schweissen");
        assert_eq!(normalize("ÄRZTIN"), "arztin");
        assert_eq!(normalize("STRASSE"), normalize("Straße"));
        assert_eq!(normalize("İstanbul"), "istanbul");
        assert_eq!(normalize("ıstanbul"), "istanbul");
    }

    #[test]
    fn folds_ligatures_and_nordic_letters() {
        assert_eq!(normalize("Æbleskiver Øre Œuvre"), "aebleskiver ore oeuvre");
        assert_eq!(normalize("Łódź"), "lodz");
    }

    #[test]
    fn folds_full_width_and_dashes() {
        assert_eq!(normalize("ＢＲＳ－ＡＵＴＯ－００３"), "brs-auto-003");
        assert_eq!(normalize("BRS\u{2011}AUTO\u{2013}003"), "brs-auto-003");
    }

    #[test]
    fn keeps_cjk_intact() {
        assert_eq!(normalize("汽车维修"), "汽车维修");
        assert_eq!(normalize("한국어"), "한국어");
        assert_eq!(normalize("がっこう"), "がっこう");
    }

    #[test]
    fn strips_decomposed_marks() {
        assert_eq!(normalize("Tu\u{0308}rkiye"), "turkiye");
    }
}
