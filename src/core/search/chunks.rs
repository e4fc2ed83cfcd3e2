//! Cutting a text into pieces that tokenize exactly as they do inside the whole text, so the
//! index builder tokenizes each distinct piece once however many texts contain it: at spaces,
//! and after the last Han character of a run.

use super::tokenize::is_cjk;

/// Calls `piece` with each piece of `text` (see the module documentation), in order. A
/// callback rather than nested iterators, whose state machines showed in the index build's
/// profile (the builder cuts 270,000 texts at ×100).
pub(super) fn for_each_chunk<'a>(text: &'a str, mut piece: impl FnMut(&'a str)) {
    let bytes = text.as_bytes();
    let mut at = 0;
    let mut start = None;
    while at < bytes.len() {
        if bytes[at] != b' ' {
            start.get_or_insert(at);
            match bytes[at..].iter().position(|&b| b == b' ') {
                None => at = bytes.len(),
                Some(p) => at += p,
            }
            continue;
        }
        let end = at;
        while at < bytes.len() && bytes[at] == b' ' {
            at += 1;
        }
        // A space always ends a word, a code and a CJK run, and Unicode word boundaries
        // (UAX #29) only glue a space to what follows when that is a combining mark or a
        // format character: cut only before a character that cannot be one.
        let safe = match bytes.get(at) {
            None => true,
            Some(&b) if b < 0x80 => true,
            Some(_) => text[at..].chars().next().is_none_or(never_extends),
        };
        if let (true, Some(s)) = (safe, start) {
            han_chunks(&text[s..end], &mut piece);
            start = None;
        }
    }
    if let Some(s) = start {
        han_chunks(&text[s..], &mut piece);
    }
}

/// Cuts a chunk after each Han character that is followed by something other than CJK or a
/// combining mark: a Han character is a word of its own in UAX #29 and ends the CJK run there,
/// so the pieces tokenize as the whole does. Chinese names have no spaces but share long
/// stems (`达累斯萨拉姆太阳能工程有限公司（第5校区）`, `…（第6校区）`), and each piece is
/// tokenized once however many texts it appears in.
fn han_chunks<'a>(chunk: &'a str, piece: &mut impl FnMut(&'a str)) {
    // Every Han character's UTF-8 lead byte is 0xE3 or above; most text has none.
    if chunk.bytes().all(|b| b < 0xE3) {
        piece(chunk);
        return;
    }
    let mut rest = chunk;
    while !rest.is_empty() {
        let mut after_han = false;
        let cut = rest.char_indices().find_map(|(i, c)| {
            let cut = after_han && !is_cjk(c) && never_extends_cjk_text(c);
            after_han = is_han(c);
            cut.then_some(i)
        });
        let (head, tail) = rest.split_at(cut.unwrap_or(rest.len()));
        piece(head);
        rest = tail;
    }
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
        || (is_cjk(c) && !matches!(c, '\u{3099}' | '\u{309A}'))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::core::search::tokenize::for_each_token;

    #[test]
    fn chunks_tokenize_like_the_whole_text() {
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
            let mut chunked = Vec::new();
            for_each_chunk(text, |c| chunked.extend(terms(c)));
            assert_eq!(chunked, terms(text), "{text:?}");
        }
    }
}
