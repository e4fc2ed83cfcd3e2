//! The borrowing JSON tree the loader parses into: the same values and the same errors as
//! `serde_json::Value` for every kind of input the dataset loader has to handle.

use bumpalo::Bump;
use serde_json::Value;
use skills_atlas::core::json;
use skills_atlas::core::json::tree::{Json, Number};

/// Parses into an arena that lives as long as the test.
fn parse(text: &str) -> Result<Json<'_>, serde_json::Error> {
    json::parse(text, Box::leak(Box::new(Bump::new())))
}

/// The tree as a `serde_json::Value`, to compare with serde_json's own parse.
fn to_value(j: &Json<'_>) -> Value {
    match j {
        Json::Null => Value::Null,
        Json::Bool(b) => Value::Bool(*b),
        Json::Number(Number::PosInt(n)) => Value::from(*n),
        Json::Number(Number::NegInt(n)) => Value::from(*n),
        Json::Number(Number::Float(f)) => {
            serde_json::Number::from_f64(*f).map_or(Value::Null, Value::Number)
        }
        Json::String(s) => Value::String(s.to_string()),
        Json::Array(items) => Value::Array(items.iter().map(to_value).collect()),
        Json::Object(_) => unreachable!("objects are compared key by key"),
    }
}

fn same_as_serde(text: &str) {
    let ours = parse(text).expect("parses");
    let theirs: Value = serde_json::from_str(text).expect("serde parses");
    assert_eq!(normal(&ours), theirs, "for {text}");
}

/// Objects compared through their keys (the tree keeps file order, serde sorts).
fn normal(j: &Json<'_>) -> Value {
    match j {
        Json::Object(o) => {
            let mut map = serde_json::Map::new();
            for key in [
                "a", "b", "k", "en", "zh-Hans", "nested", "x", "\u{e9}", "ab", "ac", "",
            ] {
                if let Some(v) = o.get(key) {
                    map.insert(key.to_string(), normal(v));
                }
            }
            Value::Object(map)
        }
        Json::Array(items) => Value::Array(items.iter().map(normal).collect()),
        other => to_value(other),
    }
}

#[test]
fn values_match_serde_json() {
    for text in [
        "null",
        "true",
        "[1, -2, 3.5, 1e3, 18446744073709551615, -9223372036854775808]",
        r#"{"a": "plain", "b": "esc\"aped\n\u00e9", "k": [], "nested": {"x": {}}}"#,
        r#"{"en": "Welding", "zh-Hans": "焊接", "\u00e9": 1}"#,
        r#"[{"a": 1}, {"b": [true, false, null]}]"#,
        // Keys of one length and first letter, and the empty key, are told apart.
        r#"{"ab": 1, "ac": [2], "a": {"ab": 3}, "": 4, "b": "ab"}"#,
    ] {
        same_as_serde(text);
    }
}

#[test]
fn strings_without_escapes_borrow_the_text_and_escaped_ones_are_decoded() {
    let text = r#"{"a": "plain", "b": "tab\there"}"#;
    let json = parse(text).unwrap();
    let Json::Object(o) = &json else {
        panic!("an object")
    };
    let Some(Json::String(plain)) = o.get("a") else {
        panic!("a string")
    };
    assert_eq!(*plain, "plain");
    assert!(text.as_bytes().as_ptr_range().contains(&plain.as_ptr()));
    assert_eq!(o.get("b").and_then(Json::as_str), Some("tab\there"));
    assert_eq!(o.len(), 2);
}

#[test]
fn a_repeated_key_keeps_its_last_value_like_serde_json() {
    let text = r#"{"a": 1, "a": 2}"#;
    let Json::Object(o) = parse(text).unwrap() else {
        panic!("an object")
    };
    let theirs: Value = serde_json::from_str(text).unwrap();
    assert_eq!(o.get("a").and_then(Json::as_i64), theirs["a"].as_i64());
    assert_eq!(o.get("a").and_then(Json::as_i64), Some(2));
}

#[test]
fn numbers_remember_how_they_were_written() {
    let json = parse("[5, 5.0, -1, 18446744073709551615]").unwrap();
    let Json::Array(items) = json else {
        panic!("a list")
    };
    assert_eq!(items[0].as_i64(), Some(5));
    assert_eq!(
        items[1].as_i64(),
        None,
        "5.0 is not a whole number as written"
    );
    assert_eq!(items[2].as_i64(), Some(-1));
    let Json::Number(big) = items[3] else {
        panic!("a number")
    };
    assert_eq!(big.as_i64(), None);
    assert_eq!(big.as_u64(), Some(u64::MAX));
}

#[test]
fn errors_are_serde_json_errors_with_the_same_messages() {
    let deep = format!("{}{}", "[".repeat(200), "]".repeat(200));
    for text in [
        "",
        "{",
        "[1e400]",
        "[1,]",
        "{\"a\" 1}",
        "nul",
        "[1] x",
        "\"\\x\"",
        deep.as_str(),
    ] {
        let ours = parse(text).expect_err("fails").to_string();
        let theirs = serde_json::from_str::<Value>(text)
            .expect_err("fails")
            .to_string();
        assert_eq!(ours, theirs, "for {text:?}");
    }
}
