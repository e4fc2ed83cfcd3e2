//! The search's folding table, written at build time, folds every character of the ranges it
//! covers exactly as the `unicode-normalization` crate's full tables do (compatibility
//! decomposition, combining marks dropped, lowercase, a few letters by hand); outside them,
//! characters are only lowercased.

use skills_atlas::core::search::{fold_char, FOLD_RANGES};
use unicode_normalization::char::{decompose_compatible, is_combining_mark};

/// The letters folded by hand, as the search promises them (not read from its code).
fn by_hand(c: char) -> Option<&'static str> {
    Some(match c {
        'ß' => "ss",
        'æ' => "ae",
        'œ' => "oe",
        'ø' => "o",
        'ı' => "i",
        'đ' | 'ð' => "d",
        'þ' => "th",
        'ł' => "l",
        'ħ' => "h",
        '\u{2010}'..='\u{2015}' | '\u{2212}' => "-",
        _ => return None,
    })
}

fn lower_by_hand(c: char, out: &mut String) {
    for l in c.to_lowercase() {
        match by_hand(l) {
            Some(s) => out.push_str(s),
            None => out.push(l),
        }
    }
}

/// The fold with the crate's full tables.
fn reference(c: char) -> String {
    let mut out = String::new();
    if matches!(c, '\u{AC00}'..='\u{D7A3}' | '\u{3040}'..='\u{30FF}') {
        out.push(c);
        return out;
    }
    decompose_compatible(c, |d| {
        if !is_combining_mark(d) {
            lower_by_hand(d, &mut out);
        }
    });
    out
}

fn folded(c: char) -> String {
    let mut out = String::new();
    fold_char(c, &mut out);
    out
}

#[test]
fn every_character_of_the_covered_ranges_folds_as_with_the_full_tables() {
    let mut checked = 0;
    let ascii = (0u32, 0x7F);
    for (first, last) in FOLD_RANGES.into_iter().chain([ascii]) {
        for c in (first..=last).filter_map(char::from_u32) {
            assert_eq!(folded(c), reference(c), "U+{:04X} {c:?}", c as u32);
            checked += 1;
        }
    }
    assert!(checked > 3_000, "{checked} characters checked");
}

#[test]
fn the_texts_people_type_fold_as_before() {
    for (text, want) in [
        ("Türkiye", "turkiye"),
        ("Schweißtechnik", "schweisstechnik"),
        ("İstanbul", "istanbul"),
        ("Łódź", "lodz"),
        ("Nguyễn Thị Ánh", "nguyen thi anh"),
        ("ＢＲＳ－ＡＵＴＯ－００３", "brs-auto-003"),
        ("ﬁtter", "fitter"),
        ("Ελληνικά", "ελληνικα"),
        ("Йошкар-Ола", "иошкар-ола"),
        ("汽车维修 한국어 がっこう", "汽车维修 한국어 がっこう"),
    ] {
        let got: String = text.chars().map(folded).collect();
        assert_eq!(got, want, "{text}");
    }
}

#[test]
fn outside_the_ranges_a_character_is_only_lowercased() {
    // A Devanagari vowel sign stays (the full tables would drop it as a combining mark),
    // and a mathematical bold letter is not turned into ASCII.
    assert_eq!(folded('\u{093F}'), "\u{093F}");
    assert_eq!(folded('𝐁'), "𝐁");
    assert_eq!(folded('Ա'), "ա");
}
