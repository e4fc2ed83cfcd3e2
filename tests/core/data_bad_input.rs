//! Broken records give a clear list of located problems and never panic: wrong types, bad
//! references, duplicates, totals that disagree. Broken files as a whole (encoding, syntax,
//! size, nesting) are in `data_bad_file.rs`, which shares the helpers here.

use serde_json::{json, Value};
use skills_atlas::core::data::{load, LoadOutcome, Problem, ProblemKind};
use skills_atlas::core::lang::Lang;

pub(crate) fn committed_text() -> String {
    std::fs::read_to_string(concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/public/data/atlas.json"
    ))
    .unwrap()
}

pub(crate) fn committed() -> Value {
    serde_json::from_str(&committed_text()).unwrap()
}

/// Loads a mutated copy of the committed file and returns its problems (it must fail).
pub(crate) fn failing(v: &Value) -> Vec<Problem> {
    match load(&v.to_string()) {
        LoadOutcome::Failed { problems, .. } => problems,
        LoadOutcome::Loaded { .. } => panic!("expected the file to fail"),
    }
}

/// Asserts a problem of `kind` at exactly `path` is among `problems`.
pub(crate) fn has(problems: &[Problem], kind: ProblemKind, path: &str) {
    assert!(
        problems.iter().any(|p| p.kind == kind && p.path == path),
        "no {} at {path} in {:#?}",
        kind.key(),
        &problems[..problems.len().min(15)]
    );
}

#[test]
fn wrong_types_are_located() {
    let mut v = committed();
    v["trainers"][3]["year"] = json!("2020");
    v["countries"][0]["lat"] = json!(true);
    v["partners"][5]["name"] = json!(42);
    v["meta"]["illustrative"] = json!("yes");
    let problems = failing(&v);
    has(&problems, ProblemKind::WrongType, "trainers[3].year");
    has(&problems, ProblemKind::WrongType, "countries[0].lat");
    has(&problems, ProblemKind::WrongType, "partners[5].name");
    has(&problems, ProblemKind::WrongType, "meta.illustrative");
    let root = load("[1, 2]");
    has(root.problems(), ProblemKind::WrongType, "$");
}

#[test]
fn null_where_a_list_is_expected_and_missing_sections() {
    let mut v = committed();
    v["trainers"] = Value::Null;
    v.as_object_mut().unwrap().remove("workshops");
    v["standards"][0]["countries"] = Value::Null;
    let problems = failing(&v);
    has(&problems, ProblemKind::WrongType, "trainers");
    assert!(problems
        .iter()
        .any(|p| p.path == "trainers" && p.message.contains("found null")));
    has(&problems, ProblemKind::Missing, "workshops");
    has(&problems, ProblemKind::WrongType, "standards[0].countries");
}

#[test]
fn unknown_country_code() {
    let mut v = committed();
    v["trainers"][17]["country"] = json!("XXZ");
    v["certifications"][0]["country"] = json!("CHN");
    let problems = failing(&v);
    has(
        &problems,
        ProblemKind::UnknownCountry,
        "trainers[17].country",
    );
    let p = problems
        .iter()
        .find(|p| p.path == "trainers[17].country")
        .unwrap();
    assert_eq!(
        p.to_string(),
        "trainers[17].country: \"XXZ\" is not a known country"
    );
    has(
        &problems,
        ProblemKind::UnknownCountry,
        "certifications[0].country",
    );
}

#[test]
fn duplicate_id() {
    let mut v = committed();
    v["partners"][10]["id"] = v["partners"][9]["id"].clone();
    v["standards"][2]["code"] = v["standards"][1]["code"].clone();
    let problems = failing(&v);
    has(&problems, ProblemKind::DuplicateId, "partners[10].id");
    has(&problems, ProblemKind::DuplicateId, "standards[2].code");
}

#[test]
fn a_repeated_partner_id_is_the_last_such_partner_for_a_workshop_and_used_for_both() {
    let mut v = committed();
    let host = v["workshops"][0]["partner"].as_str().unwrap().to_string();
    let at = v["partners"]
        .as_array()
        .unwrap()
        .iter()
        .position(|p| p["id"] == host.as_str())
        .unwrap();
    let home = v["partners"][at]["country"].clone();
    let elsewhere = if home == "THA" { "VNM" } else { "THA" };
    // A later partner takes the host's id: the workshop is checked against the later one.
    let later = (at + 1..v["partners"].as_array().unwrap().len())
        .find(|&k| v["partners"][k]["country"] == elsewhere)
        .unwrap();
    v["partners"][later]["id"] = json!(host);
    // An empty partner id, and a workshop whose host is the empty id.
    let empty = v["partners"]
        .as_array()
        .unwrap()
        .iter()
        .position(|p| p["country"] == "THA")
        .unwrap();
    v["partners"][empty]["id"] = json!("");
    v["workshops"][1]["partner"] = json!("");
    v["workshops"][1]["country"] = json!("VNM");
    let problems = failing(&v);
    has(
        &problems,
        ProblemKind::DuplicateId,
        &format!("partners[{later}].id"),
    );
    let message = |path: &str| {
        problems
            .iter()
            .find(|p| p.path == path && p.kind == ProblemKind::Inconsistent)
            .map(|p| p.message.clone())
    };
    assert_eq!(
        message("workshops[0].partner"),
        Some(format!(
            "host partner \"{host}\" is in {elsewhere}, not in {}",
            v["workshops"][0]["country"].as_str().unwrap()
        ))
    );
    assert_eq!(
        message("workshops[1].partner"),
        Some("host partner \"\" is in THA, not in VNM".to_string())
    );
    // Both entries with the repeated id count as having a partnership.
    let unused = |i: usize| {
        problems
            .iter()
            .any(|p| p.kind == ProblemKind::Unused && p.path == format!("partners[{i}].id"))
    };
    assert!(!unused(at) && !unused(later));
}

#[test]
fn dangling_references() {
    let mut v = committed();
    v["partnerships"][0]["institution"] = json!("CQI-999");
    v["trainers"][0]["standards"][0] = json!("BRS-NOPE-001");
    v["certifications"][1]["standard"] = json!("BRS-NOPE-002");
    v["workshops"][0]["partner"] = json!("FP-99999");
    let problems = failing(&v);
    has(
        &problems,
        ProblemKind::DanglingReference,
        "partnerships[0].institution",
    );
    has(
        &problems,
        ProblemKind::DanglingReference,
        "trainers[0].standards[0]",
    );
    has(
        &problems,
        ProblemKind::DanglingReference,
        "certifications[1].standard",
    );
    has(
        &problems,
        ProblemKind::DanglingReference,
        "workshops[0].partner",
    );
}

#[test]
fn negative_count_and_year_out_of_range() {
    let mut v = committed();
    v["certifications"][2]["count"] = json!(-5);
    v["talent_flows"][0]["year"] = json!(2031);
    v["standards"][0]["level"] = json!(9);
    let problems = failing(&v);
    has(
        &problems,
        ProblemKind::NegativeCount,
        "certifications[2].count",
    );
    has(
        &problems,
        ProblemKind::YearOutOfRange,
        "talent_flows[0].year",
    );
    has(&problems, ProblemKind::OutOfRange, "standards[0].level");
}

#[test]
fn totals_disagreeing_with_key_figures() {
    let mut v = committed();
    v["partners"].as_array_mut().unwrap().pop();
    let problems = failing(&v);
    let i = v["key_figures"]
        .as_array()
        .unwrap()
        .iter()
        .position(|f| f["id"] == "foreign_partners")
        .unwrap();
    has(
        &problems,
        ProblemKind::TotalMismatch,
        &format!("key_figures[{i}].value"),
    );
}

#[test]
fn missing_translation_is_a_warning() {
    let mut v = committed();
    v["countries"][0]["name"]
        .as_object_mut()
        .unwrap()
        .remove("de");
    match load(&v.to_string()) {
        LoadOutcome::Loaded {
            atlas, warnings, ..
        } => {
            has(
                &warnings,
                ProblemKind::MissingTranslation,
                "countries[0].name.de",
            );
            assert_eq!(
                atlas.countries[0].name.get(Lang::De),
                atlas.countries[0].name.en,
                "falls back to English"
            );
        }
        LoadOutcome::Failed { problems, .. } => {
            panic!("a missing translation must not fail: {problems:?}")
        }
    }
}

#[test]
fn several_problems_are_all_reported() {
    let mut v = committed();
    v["trainers"][1]["country"] = json!("XXZ");
    v["trainers"][1]["year"] = json!(1999);
    v["trainers"][1]["institution"] = json!("CQI-000");
    v["partners"][0]["type"] = json!("club");
    v["certifications"][0]["count"] = json!(-1);
    v["hub"]["lat"] = json!(123.0);
    let problems = failing(&v);
    has(
        &problems,
        ProblemKind::UnknownCountry,
        "trainers[1].country",
    );
    has(&problems, ProblemKind::YearOutOfRange, "trainers[1].year");
    has(
        &problems,
        ProblemKind::DanglingReference,
        "trainers[1].institution",
    );
    has(&problems, ProblemKind::InvalidValue, "partners[0].type");
    has(
        &problems,
        ProblemKind::NegativeCount,
        "certifications[0].count",
    );
    has(&problems, ProblemKind::OutOfRange, "hub.lat");
}

#[test]
fn problem_kind_keys_are_snake_case() {
    assert_eq!(ProblemKind::UnknownCountry.key(), "unknown_country");
    assert_eq!(ProblemKind::DanglingReference.key(), "dangling_reference");
}
