//! A broken file costs work and memory bounded by its size: past [`MAX_PROBLEMS`] problems
//! are counted, never written; and every id or reference names something (an empty one is
//! a located problem, not a key shared by every empty record).

use serde_json::{json, Value};
use skills_atlas::core::data::{
    load, LoadOutcome, Problem, ProblemKind, Problems, Severity, MAX_PROBLEMS,
};

use crate::data_bad_input::{committed, failing, has};

fn problem(severity: Severity) -> Problem {
    match severity {
        Severity::Error => Problem::error("$", ProblemKind::Missing, "x"),
        Severity::Warning => Problem::warning("$", ProblemKind::Unused, "x"),
    }
}

#[test]
fn the_list_keeps_max_problems_and_counts_the_rest() {
    let mut list = Problems::default();
    for _ in 0..MAX_PROBLEMS {
        list.push(problem(Severity::Warning));
    }
    assert_eq!((list.kept().len(), list.omitted()), (MAX_PROBLEMS, 0));
    assert!(!list.has_errors());
    // One past the cap: counted, and the problem is never written.
    let mut written = false;
    list.push_with(Severity::Error, || {
        written = true;
        problem(Severity::Error)
    });
    assert!(!written, "a problem past the cap was written");
    assert_eq!((list.kept().len(), list.omitted()), (MAX_PROBLEMS, 1));
    assert_eq!(list.total(), MAX_PROBLEMS + 1);
    // The omitted one was an error, so the file still fails.
    assert!(list.has_errors());
}

/// `{"schema_version":1,"platforms":[{},{},…]}` with `n` empty records.
fn empty_records(n: usize) -> String {
    let mut text = String::from(r#"{"schema_version":1,"platforms":["#);
    for i in 0..n {
        text.push_str(if i == 0 { "{}" } else { ",{}" });
    }
    text.push_str("]}");
    text
}

#[test]
fn a_file_of_empty_records_lists_max_problems_and_counts_every_missing_field() {
    // Each empty platform misses its 8 fields (kind, id, name, city, country, lat, lon, year).
    let n = 20_000;
    let outcome = load(&empty_records(n));
    let LoadOutcome::Failed { problems, omitted } = &outcome else {
        panic!("a file of empty records loaded");
    };
    assert_eq!(problems.len(), MAX_PROBLEMS);
    assert!(
        problems.len() + omitted >= 8 * n,
        "{} problems for {n} empty records of 8 fields",
        problems.len() + omitted
    );
    has(problems, ProblemKind::Missing, "platforms[0].kind");
    has(problems, ProblemKind::Missing, "platforms[0].year");
}

#[test]
fn warnings_past_the_cap_then_an_error_still_fail_the_file() {
    // More unused partners than the cap (each a warning), then one unknown country.
    let mut v = committed();
    let template = v["partners"][0].clone();
    let partners = v["partners"].as_array_mut().unwrap();
    for i in 0..MAX_PROBLEMS + 10 {
        let mut p = template.clone();
        p["id"] = json!(format!("unused-{i}"));
        partners.push(p);
    }
    let last = partners.len();
    partners.push(template.clone());
    partners[last]["id"] = json!("late");
    partners[last]["country"] = json!("XXZ");
    match load(&v.to_string()) {
        LoadOutcome::Failed { problems, omitted } => {
            assert_eq!(problems.len(), MAX_PROBLEMS);
            assert!(omitted > 0);
        }
        LoadOutcome::Loaded { .. } => panic!("an error past the cap was lost"),
    }
}

#[test]
fn empty_and_blank_ids_and_references_are_located() {
    let mut v = committed();
    v["partners"][0]["id"] = json!("");
    v["countries"][1]["id"] = json!("");
    v["countries"][2]["id"] = json!("");
    v["trainers"][4]["country"] = json!(" ");
    v["certifications"][0]["standard"] = json!("");
    v["standards"][0]["countries"][0] = json!("");
    v["trainers"][1]["standards"] = json!(["\t"]);
    v["key_figures"][0]["id"] = json!("");
    let problems = failing(&v);
    for path in [
        "partners[0].id",
        "countries[1].id",
        "countries[2].id",
        "trainers[4].country",
        "certifications[0].standard",
        "standards[0].countries[0]",
        "trainers[1].standards[0]",
        "key_figures[0].id",
    ] {
        has(&problems, ProblemKind::InvalidValue, path);
    }
}

#[test]
fn a_list_of_non_objects_is_bounded_too() {
    // 5,000 numbers where records belong: one wrong-type problem each, capped.
    let items: Vec<Value> = (0..5_000).map(|i| json!(i)).collect();
    let mut v = committed();
    v["trainers"] = Value::Array(items);
    match load(&v.to_string()) {
        LoadOutcome::Failed { problems, omitted } => {
            assert_eq!(problems.len(), MAX_PROBLEMS);
            assert!(problems.len() + omitted >= 5_000);
            has(&problems, ProblemKind::WrongType, "trainers[0]");
        }
        LoadOutcome::Loaded { .. } => panic!("numbers loaded as trainers"),
    }
}
