// The folding rules shared by `normalize.rs` and `build.rs`, which `include!`s this file to
// generate the folding table (`$OUT_DIR/fold_table.rs`): the ranges the table covers and
// the letters folded by hand. No imports and no inner doc comments, so it can be included.

/// The code points the folding table covers (inclusive ranges): Latin with its extensions,
/// IPA and modifier letters, the combining marks, Greek, Cyrillic, punctuation, letterlike
/// and number forms, enclosed alphanumerics, CJK punctuation, presentation forms and the
/// half- and full-width forms. Every text of the dataset lies in these ranges or in CJK
/// ideographs; outside them a character is only lowercased.
pub const FOLD_RANGES: [(u32, u32); 16] = [
    (0x0080, 0x024F),
    (0x0250, 0x02FF),
    (0x0300, 0x036F),
    (0x0370, 0x03FF),
    (0x0400, 0x052F),
    (0x1AB0, 0x1AFF),
    (0x1DC0, 0x1DFF),
    (0x1E00, 0x1FFF),
    (0x2000, 0x218F),
    (0x2460, 0x24FF),
    (0x2C60, 0x2C7F),
    (0x3000, 0x303F),
    (0xA720, 0xA7FF),
    (0xFB00, 0xFB4F),
    (0xFE20, 0xFE4F),
    (0xFF00, 0xFFEF),
];

/// Hangul syllables and Japanese kana, which must not be decomposed: NFKD would split
/// Hangul syllables into jamo and strip kana voicing marks (が → か), which breaks CJK
/// bigrams; these scripts have no case either.
pub fn keeps_composition(c: char) -> bool {
    matches!(c, '\u{AC00}'..='\u{D7A3}' | '\u{3040}'..='\u{30FF}')
}

/// Letters without a decomposition that people still type without their diacritic or
/// ligature, appended to `out` (`ß` → `ss`); any other character as it is.
pub fn push_folded(c: char, out: &mut String) {
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

/// A character's fold without the table: lowercase, then [`push_folded`].
pub fn push_lowercase_folded(c: char, out: &mut String) {
    for l in c.to_lowercase() {
        push_folded(l, out);
    }
}
