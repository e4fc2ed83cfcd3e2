//! Folding text to the form that is indexed and searched: `Türkiye` = `turkiye`,
//! `Schweißen` = `schweissen`, `ＢＲＳ－００３` = `brs-003`.
//!
//! Folding works one character at a time so the tokenizer can keep byte offsets into the
//! original text for highlighting.

use unicode_normalization::char::{decompose_compatible, is_combining_mark};

/// Folds `text` for indexing and matching: compatibility decomposition (NFKD, which also turns
/// full-width forms into ASCII), combining marks removed, lowercase, and the letters that NFKD
/// leaves alone folded by hand (`ß`→`ss`, `æ`→`ae`, `ø`→`o`, `ı`→`i`, …).
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
        // NFKD would split Hangul syllables into jamo and strip kana voicing marks
        // (が → か), which breaks CJK bigrams; these scripts have no case either.
        out.push(c);
        return;
    }
    decompose_compatible(c, |d| {
        if is_combining_mark(d) {
            return;
        }
        for l in d.to_lowercase() {
            push_folded(l, out);
        }
    });
}

/// Letters without a decomposition that people still type without their diacritic or ligature.
fn push_folded(c: char, out: &mut String) {
    let folded = match c {
        'ß' => "ss",
        'æ' => "ae",
        'œ' => "oe",
        'ø' => "o",
        'ı' => "i",
        'đ' | 'ð' => "d",
        'þ' => "th",
        'ł' => "l",
        'ħ' => "h",
        // Typographic dashes and the minus sign, so `BRS‑AUTO‑003` pasted from a PDF matches.
        '\u{2010}'..='\u{2015}' | '\u{2212}' => "-",
        _ => {
            out.push(c);
            return;
        }
    };
    out.push_str(folded);
}

/// Hangul syllables and Japanese kana, which must not be decomposed.
fn keeps_composition(c: char) -> bool {
    matches!(c, '\u{AC00}'..='\u{D7A3}' | '\u{3040}'..='\u{30FF}')
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
