//! The `dataset_load` property: see the parent module.

use skills_atlas::core::data::generate::to_json;
use skills_atlas::core::data::validate::validate;
use skills_atlas::core::data::{load, load_bytes, Atlas, LoadOutcome, Problem, MAX_PROBLEMS};
use skills_atlas::core::json::scan;
use skills_atlas::core::json::tree::parse_with_serde;

/// Bytes → [`load_bytes`]: never panics; at most [`MAX_PROBLEMS`] problems kept, each
/// located and worded; an outcome that failed has an error; one that loaded has none,
/// revalidates without errors and round-trips through the generator's writer; and the
/// JSON scanner agrees with serde_json on every text it accepts.
pub fn dataset_load(data: &[u8]) {
    let outcome = load_bytes(data);
    let problems = outcome.problems();
    assert!(
        problems.len() <= MAX_PROBLEMS,
        "{} problems kept, more than MAX_PROBLEMS ({MAX_PROBLEMS})",
        problems.len()
    );
    assert!(
        outcome.omitted() == 0 || problems.len() == MAX_PROBLEMS,
        "{} problems omitted while only {} are kept",
        outcome.omitted(),
        problems.len()
    );
    for p in problems {
        assert!(!p.path.is_empty(), "a problem without a path: {p:?}");
        assert!(!p.message.is_empty(), "a problem without a message: {p:?}");
    }
    match &outcome {
        LoadOutcome::Failed { problems, omitted } => assert!(
            *omitted > 0 || problems.iter().any(Problem::is_error),
            "the load failed without an error: {problems:?}"
        ),
        LoadOutcome::Loaded {
            atlas,
            warnings,
            omitted,
        } => {
            assert!(
                !warnings.iter().any(Problem::is_error),
                "loaded with an error among the warnings: {warnings:?}"
            );
            let again = validate(atlas);
            assert!(
                !again.has_errors(),
                "a loaded dataset revalidates with errors: {:?}",
                again.kept()
            );
            if *omitted == 0 && again.omitted() == 0 {
                assert!(
                    warnings.ends_with(again.kept()),
                    "revalidating gives other warnings: {:?} vs {warnings:?}",
                    again.kept()
                );
            }
            round_trips(atlas);
        }
    }
    scanner_agrees_with_serde(data);
}

/// A loaded dataset, written as the generator writes the file, loads again to the same
/// dataset (numbers within one unit in the last place: serde_json reads floats by default
/// to within that).
fn round_trips(atlas: &Atlas) {
    let text = to_json(atlas);
    let back = match load(&text) {
        LoadOutcome::Loaded { atlas, .. } => atlas,
        LoadOutcome::Failed { problems, .. } => {
            panic!("a loaded dataset, written back, does not load: {problems:?}")
        }
    };
    let a = serde_json::to_value(atlas).expect("the model serialises");
    let b = serde_json::to_value(&back).expect("the model serialises");
    same_json(&a, &b, "$");
}

/// `a` and `b` are the same JSON value, floats allowed one unit in the last place apart.
fn same_json(a: &serde_json::Value, b: &serde_json::Value, path: &str) {
    use serde_json::Value;
    match (a, b) {
        (Value::Number(x), Value::Number(y)) if x != y => {
            let (x, y) = (x.as_f64().unwrap(), y.as_f64().unwrap());
            let ulps = (x.to_bits() as i64).wrapping_sub(y.to_bits() as i64).abs();
            assert!(x == y || ulps <= 1, "{path}: {x:?} reads back as {y:?}");
        }
        (Value::Array(x), Value::Array(y)) => {
            assert_eq!(x.len(), y.len(), "{path}: list length changed on reload");
            for (i, (x, y)) in x.iter().zip(y).enumerate() {
                same_json(x, y, &format!("{path}[{i}]"));
            }
        }
        (Value::Object(x), Value::Object(y)) => {
            let keys = |m: &serde_json::Map<String, Value>| m.keys().cloned().collect::<Vec<_>>();
            assert_eq!(keys(x), keys(y), "{path}: fields changed on reload");
            for (k, v) in x {
                same_json(v, &y[k], &format!("{path}.{k}"));
            }
        }
        _ => assert_eq!(a, b, "{path}: changed on reload"),
    }
}

/// Whenever the hand-written scanner accepts a text, serde_json accepts it too and builds
/// the same tree (the scanner's promise, see `core::json::scan`).
fn scanner_agrees_with_serde(data: &[u8]) {
    let Ok(text) = std::str::from_utf8(data) else {
        return;
    };
    let arena = bumpalo::Bump::new();
    let Some(scanned) = scan::parse(text, &arena) else {
        return;
    };
    let reference_arena = bumpalo::Bump::new();
    match parse_with_serde(text, &reference_arena) {
        Ok(reference) => assert!(
            scanned == reference,
            "the scanner's tree differs from serde_json's"
        ),
        Err(e) => panic!("the scanner accepted a text serde_json refuses: {e}"),
    }
}
