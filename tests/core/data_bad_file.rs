//! Broken files as a whole give a clear list of located problems and never panic, overflow
//! or hang: empty, truncated, wrong encoding, huge strings, deep nesting, unknown fields, a
//! wrong schema version. A UTF-8 byte-order mark is accepted with an `encoding` warning
//! (editors add it).

use serde_json::json;
use skills_atlas::core::data::{
    load, load_bytes, LoadOutcome, ProblemKind, Severity, MAX_PROBLEMS,
};

use crate::data_bad_input::{committed, committed_text, failing, has};

#[test]
fn empty_file() {
    for text in ["", "   \n\t "] {
        let p = load(text);
        has(p.problems(), ProblemKind::Empty, "$");
        assert!(p.atlas().is_none());
    }
}

#[test]
fn truncated_json() {
    let text = committed_text();
    let problems = load(&text[..text.len() / 2]).problems().to_vec();
    has(&problems, ProblemKind::Syntax, "$");
    assert!(
        problems[0].message.contains("line"),
        "says where: {}",
        problems[0]
    );
    has(
        load("{\"schema_version\": 1,}").problems(),
        ProblemKind::Syntax,
        "$",
    );
}

#[test]
fn utf8_bom_loads_with_a_warning() {
    let mut bytes = vec![0xEF, 0xBB, 0xBF];
    bytes.extend(committed_text().bytes());
    match load_bytes(&bytes) {
        LoadOutcome::Loaded { warnings, .. } => {
            assert_eq!(warnings.len(), 1);
            assert_eq!(
                (warnings[0].kind, warnings[0].severity),
                (ProblemKind::Encoding, Severity::Warning)
            );
        }
        LoadOutcome::Failed { problems, .. } => panic!("BOM should be accepted: {problems:?}"),
    }
}

#[test]
fn invalid_utf8_and_utf16() {
    let mut bytes = b"{\"schema_version\": 1, \"meta\": \"".to_vec();
    bytes.extend([0xC3, 0x28, b'"', b'}']);
    let p = load_bytes(&bytes);
    has(p.problems(), ProblemKind::Encoding, "$");
    assert!(
        p.problems()[0].message.contains("byte 31"),
        "{}",
        p.problems()[0]
    );
    has(
        load_bytes(&[0xFF, 0xFE, b'{', 0, b'}', 0]).problems(),
        ProblemKind::Encoding,
        "$",
    );
}

#[test]
fn five_megabyte_string_is_refused_in_place() {
    let mut v = committed();
    v["meta"]["title"]["en"] = json!("x".repeat(5 * 1024 * 1024));
    v["ignored_extra"] = json!("y".repeat(5 * 1024 * 1024));
    let outcome = load(&v.to_string());
    assert_eq!(outcome.omitted(), 0);
    let problems = outcome.problems();
    has(problems, ProblemKind::TooLarge, "meta.title.en");
    // Refused where it stands: one problem, whose message gives the size and not the text
    // (5 MB copied into a message, or one problem per character, would show here).
    assert_eq!(problems.len(), 1, "{:.300}", format!("{problems:?}"));
    let message = &problems[0].message;
    assert!(
        message.len() < 100 && message.contains(&(5 * 1024 * 1024).to_string()),
        "{message:.300}"
    );
}

#[test]
fn ten_thousand_levels_of_nesting_do_not_overflow() {
    for text in [
        "[".repeat(10_000) + &"]".repeat(10_000),
        "{\"a\":".repeat(10_000) + "1" + &"}".repeat(10_000),
    ] {
        let problems = load(&text).problems().to_vec();
        has(&problems, ProblemKind::TooDeep, "$");
    }
    // Deep nesting inside an ignored field of a valid file, too.
    let text = committed_text();
    let deep = format!(
        "{{\"deep\":{}{},{}",
        "[".repeat(10_000),
        "]".repeat(10_000),
        &text[1..]
    );
    has(load(&deep).problems(), ProblemKind::TooDeep, "$");
}

#[test]
fn hundred_thousand_unknown_fields_are_ignored() {
    let mut v = committed();
    let root = v.as_object_mut().unwrap();
    for i in 0..100_000 {
        root.insert(format!("extra_{i}"), json!(i));
    }
    let trainer = v["trainers"][0].as_object_mut().unwrap();
    for i in 0..1_000 {
        trainer.insert(format!("note_{i}"), json!("ignored"));
    }
    let outcome = load(&v.to_string());
    // Ignored: not one problem per unknown field (that would be 101,000, or MAX_PROBLEMS
    // and a count of the rest), and the records read as if the fields were not there.
    assert!(
        outcome.problems().is_empty() && outcome.omitted() == 0,
        "{} problems and {} more: {:?}",
        outcome.problems().len(),
        outcome.omitted(),
        &outcome.problems()[..outcome.problems().len().min(3)]
    );
    let plain = load(&committed_text());
    assert_eq!(
        outcome.atlas().expect("loads"),
        plain.atlas().expect("loads")
    );
}

#[test]
fn hundred_thousand_broken_records_keep_a_bounded_list() {
    let mut v = committed();
    let flows = v["talent_flows"].as_array_mut().unwrap();
    let first_broken = flows.len();
    flows.extend(std::iter::repeat_n(serde_json::Value::Null, 100_000));
    let outcome = load(&v.to_string());
    assert!(outcome.atlas().is_none());
    // One problem per broken record, but only the first MAX_PROBLEMS are written out; the
    // rest are counted.
    let problems = outcome.problems();
    assert_eq!(problems.len(), MAX_PROBLEMS);
    assert_eq!(problems.len() + outcome.omitted(), 100_000);
    assert_eq!(problems[0].path, format!("talent_flows[{first_broken}]"));
    assert_eq!(problems[0].kind, ProblemKind::WrongType);
}

#[test]
fn wrong_schema_version() {
    let mut v = committed();
    v["schema_version"] = json!(2);
    let problems = failing(&v);
    assert_eq!(
        problems.len(),
        1,
        "nothing else is read against the wrong schema"
    );
    has(&problems, ProblemKind::SchemaVersion, "schema_version");
    v.as_object_mut().unwrap().remove("schema_version");
    has(&failing(&v), ProblemKind::Missing, "schema_version");
}
