//! The hand-written scanner the loader reads a dataset with must never disagree with
//! serde_json: wherever it gives a tree, serde_json gives the same tree, and wherever
//! serde_json fails, the scanner gives up (so the loader reports serde_json's error).

use bumpalo::Bump;
use skills_atlas::core::json::scan;
use skills_atlas::core::json::tree::{parse_with_serde, Json, Number};

/// Equal trees, floats compared bit for bit and object members in file order.
fn same(a: &Json<'_>, b: &Json<'_>) -> bool {
    match (a, b) {
        (Json::Number(Number::Float(x)), Json::Number(Number::Float(y))) => {
            x.to_bits() == y.to_bits()
        }
        (Json::Array(x), Json::Array(y)) => {
            x.len() == y.len() && x.iter().zip(y.iter()).all(|(a, b)| same(a, b))
        }
        (Json::Object(x), Json::Object(y)) => {
            let (x, y) = (x.members(), y.members());
            x.len() == y.len()
                && x.iter()
                    .zip(y.iter())
                    .all(|((ka, a), (kb, b))| ka == kb && same(a, b))
        }
        _ => a == b,
    }
}

/// Checks the scanner against serde_json on `text`; true when the scanner read it itself.
fn agrees(text: &str) -> bool {
    let arena = Bump::new();
    let ours = scan::parse(text, &arena);
    let theirs = parse_with_serde(text, &arena);
    match (&ours, &theirs) {
        (Some(a), Ok(b)) => assert!(same(a, b), "different trees for {text:?}"),
        (Some(_), Err(e)) => panic!("the scanner accepted {text:?}, serde_json says {e}"),
        (None, _) => {}
    }
    ours.is_some()
}

#[test]
fn the_committed_dataset_is_read_by_the_scanner_as_serde_json_reads_it() {
    let text = std::fs::read_to_string("public/data/atlas.json").expect("the dataset");
    assert!(
        agrees(&text),
        "the scanner gave up on the committed dataset"
    );
}

#[test]
fn the_committed_world_map_is_read_by_the_scanner_as_serde_json_reads_it() {
    let text = std::fs::read_to_string("public/data/world-110m.json").expect("the world map");
    assert!(agrees(&text), "the scanner gave up on the world map");
}

#[test]
fn well_formed_documents_are_read_by_the_scanner() {
    for text in [
        "null",
        " true ",
        "\t\r\n[false]\n",
        "0",
        "[0, 7, 10, 9999999999999999999]",
        r#"{"a": "plain", "b": "esc\"aped\n\u00e9", "k": [], "nested": {"x": {}}}"#,
        r#"{"en": "Welding", "zh-Hans": "焊接", "\u00e9": 1, "": ""}"#,
        r#"[{"a": 1}, {"b": [true, false, null]}, -1, 1.5, 2e3, -0, 0.0]"#,
        r#"{"a": 1, "a": 2}"#,
        "\"\u{7f} and \u{10ffff}\"",
        "[\"twelve bytes\",\"exactly 8\",\"1234567\",\"\"]",
        "[-1, -42,-7, -999999999999999999]",
    ] {
        assert!(agrees(text), "the scanner gave up on {text:?}");
    }
}

#[test]
fn corner_cases_agree_with_serde_json() {
    let deep = |n: usize, open: &str, close: &str| format!("{}{}", open.repeat(n), close.repeat(n));
    let mut texts: Vec<String> = [
        "",
        " ",
        "-",
        "--1",
        "+1",
        "01",
        "00",
        "-01",
        "1.",
        ".5",
        "1e",
        "1E+",
        "1e+2",
        "1-1",
        "18446744073709551615",
        "18446744073709551616",
        "-9223372036854775808",
        "-999999999999999999",
        "-1000000000000000000",
        "-0",
        "[-0,-1,-10]",
        "-1-",
        "-9223372036854775809",
        "12345678901234567890123",
        "1e400",
        "-0.0",
        "[1,]",
        "[,1]",
        "{\"a\":1,}",
        "{\"a\" 1}",
        "{a:1}",
        "{\"a\":}",
        "[1 2]",
        "[1] x",
        "[1]]",
        "nul",
        "truex",
        "nulll",
        "\"\\x\"",
        "\"\\u12\"",
        "\"\\ud800\"",
        "\"\\ud83d\\ude00\"",
        "\"a\u{1}b\"",
        "\"tab\there\"",
        "\"open",
        "\"\\\"",
        "\"\\\\\"",
        "[\"a\\\"]",
        "{\"k\\u00e9y\": \"v\\/\"}",
        "\u{a0}1",
        "[1]\u{0}",
        "{\"a\":[{}]}",
        "[[[]]]",
    ]
    .iter()
    .map(|s| s.to_string())
    .collect();
    for n in [99, 100, 101, 127, 128, 129, 200] {
        texts.push(deep(n, "[", "]"));
        texts.push(format!("{}1{}", "{\"a\":".repeat(n), "}".repeat(n)));
    }
    // The scanner hands a document back to serde_json only when serde_json refuses it too or
    // it nests deeper than the scanner reads: every other corner case must be read by the
    // scanner itself, so that its tree is compared above rather than skipped.
    let mut read = 0;
    for text in &texts {
        let well_formed = serde_json::from_str::<serde_json::Value>(text).is_ok();
        let depth = nesting(text);
        let expected = well_formed && depth <= scan::MAX_DEPTH;
        assert_eq!(
            agrees(text),
            expected,
            "{text:.60?}: serde_json {}, {depth} levels deep",
            if well_formed {
                "reads it"
            } else {
                "refuses it"
            }
        );
        read += usize::from(expected);
    }
    assert!(
        read >= 10,
        "only {read} corner cases are read by the scanner"
    );
}

/// How deep lists and objects nest in `text`, brackets inside strings aside.
fn nesting(text: &str) -> usize {
    let (mut depth, mut deepest, mut in_string, mut escaped) = (0usize, 0, false, false);
    for c in text.chars() {
        match (in_string, escaped, c) {
            (true, true, _) => escaped = false,
            (true, false, '\\') => escaped = true,
            (true, false, '"') | (false, _, '"') => in_string = !in_string,
            (false, _, '[' | '{') => {
                depth += 1;
                deepest = deepest.max(depth);
            }
            (false, _, ']' | '}') => depth = depth.saturating_sub(1),
            _ => {}
        }
    }
    deepest
}

/// A small deterministic generator (64-bit LCG), so every run tries the same inputs.
struct Rng(u64);

impl Rng {
    fn below(&mut self, n: usize) -> usize {
        self.0 = self
            .0
            .wrapping_mul(6364136223846793005)
            .wrapping_add(1442695040888963407);
        ((self.0 >> 33) as usize) % n
    }
}

#[test]
fn mutated_documents_agree_with_serde_json() {
    let seed = r#"{"id": "TR-00001", "n": [0, 12, -3, 4.5e-1, 1E2], "t": {"en": "a\"b\\c\u00e9", "zh-Hans": "焊接"}, "ok": [true, false, null], "e": {}, "l": [[], [{}]]}"#;
    let alphabet: Vec<char> = "{}[]:,\"\\ -+.eE0123456789tfnlrua\u{1}\t\n焊"
        .chars()
        .collect();
    let mut rng = Rng(7);
    let mut scanned = 0;
    for _ in 0..20_000 {
        let mut chars: Vec<char> = seed.chars().collect();
        for _ in 0..1 + rng.below(3) {
            let at = rng.below(chars.len() + 1);
            let c = alphabet[rng.below(alphabet.len())];
            match rng.below(3) {
                0 => chars.insert(at, c),
                1 if at < chars.len() => {
                    chars.remove(at);
                }
                _ if at < chars.len() => chars[at] = c,
                _ => chars.push(c),
            }
        }
        let text: String = chars.into_iter().collect();
        if agrees(&text) {
            scanned += 1;
        }
    }
    // Enough mutants stay well-formed for the comparison of trees to mean something.
    assert!(
        scanned > 1_000,
        "only {scanned} mutants were read by the scanner"
    );
}
