//! The generator is deterministic, reproduces the committed file, and its scaled
//! variants validate.

use skills_atlas::core::data::generate::{apportion, generate, generate_json, DEFAULT_SEED};
use skills_atlas::core::data::{load, recompute, LoadOutcome};

#[test]
fn reproduces_the_committed_file_byte_for_byte() {
    let path = concat!(env!("CARGO_MANIFEST_DIR"), "/public/data/atlas.json");
    let committed = std::fs::read_to_string(path).expect("public/data/atlas.json is committed");
    let fresh = generate_json(DEFAULT_SEED, 1);
    assert!(
        committed == fresh,
        "atlas.json is stale: run `cargo run --no-default-features --bin generate`"
    );
}

#[test]
fn same_seed_gives_identical_output_and_other_seeds_differ() {
    assert_eq!(generate_json(7, 1), generate_json(7, 1));
    assert_ne!(generate_json(7, 1), generate_json(8, 1));
}

#[test]
fn other_seeds_still_validate() {
    for seed in [1, 2, 3, 0xDEAD_BEEF] {
        let outcome = load(&generate_json(seed, 1));
        assert!(
            matches!(outcome, LoadOutcome::Loaded { .. }),
            "seed {seed}: {:#?}",
            outcome.problems()
        );
    }
}

fn scaled_validates(scale: u32) {
    let text = generate_json(DEFAULT_SEED, scale);
    match load(&text) {
        LoadOutcome::Loaded {
            atlas, warnings, ..
        } => {
            assert!(warnings.is_empty(), "×{scale}: {warnings:?}");
            assert_eq!(atlas.meta.scale, scale);
            assert_eq!(atlas.trainers.len(), 196 * scale as usize);
            assert_eq!(atlas.partners.len(), 211 * scale as usize);
            assert_eq!(
                atlas.countries.len(),
                generate(DEFAULT_SEED, 1).countries.len(),
                "the world is the world"
            );
            let figures: std::collections::HashMap<String, f64> =
                recompute(&atlas).into_iter().collect();
            assert_eq!(figures["certification_countries"], 47.0);
            assert_eq!(figures["certifications"], 523.0 * f64::from(scale));
        }
        LoadOutcome::Failed { problems, .. } => {
            panic!("×{scale} fails: {:#?}", &problems[..problems.len().min(20)])
        }
    }
}

#[test]
fn times_ten_validates() {
    scaled_validates(10);
}

#[test]
fn times_hundred_validates_and_is_large() {
    scaled_validates(100);
    let atlas = generate(DEFAULT_SEED, 100);
    assert!(atlas.trainers.len() >= 19_000 && atlas.standards.len() >= 3_000);
    assert!(atlas.certifications.len() >= 20_000);
}

#[test]
fn apportion_sums_exactly() {
    assert_eq!(apportion(10, &[1, 1, 1]), vec![4, 3, 3]);
    assert_eq!(apportion(7, &[0, 0]), vec![0, 0]);
    let parts = apportion(10_412, &[3, 17, 5, 99, 1]);
    assert_eq!(parts.iter().sum::<u64>(), 10_412);
}

#[test]
fn schema_describes_every_section_the_generator_writes() {
    let path = concat!(env!("CARGO_MANIFEST_DIR"), "/public/data/atlas.schema.json");
    let schema: serde_json::Value =
        serde_json::from_str(&std::fs::read_to_string(path).unwrap()).unwrap();
    assert_eq!(
        schema["$schema"],
        "https://json-schema.org/draft/2020-12/schema"
    );
    let written: serde_json::Value = serde_json::from_str(&generate_json(DEFAULT_SEED, 1)).unwrap();
    let mut lists = 0;
    for (key, value) in written.as_object().unwrap() {
        let described = &schema["properties"][key];
        assert!(!described.is_null(), "schema lacks section {key}");
        // Every section is a list of records, an object or a number; each record and object
        // field must be described (a schema written with `$ref` here would need this test to
        // follow it, not to skip the section).
        let (records, props): (Vec<&serde_json::Value>, _) = match value {
            serde_json::Value::Array(rows) => {
                lists += 1;
                assert!(!rows.is_empty(), "the generator writes no {key}");
                (rows.iter().collect(), &described["items"]["properties"])
            }
            serde_json::Value::Object(_) => (vec![value], &described["properties"]),
            serde_json::Value::Number(_) => continue,
            other => panic!("section {key} is {other}: not a list, object or number"),
        };
        let props = props
            .as_object()
            .unwrap_or_else(|| panic!("schema describes no fields of {key}: {described}"));
        for record in records {
            for field in record.as_object().unwrap().keys() {
                assert!(props.contains_key(field), "schema lacks {key}.{field}");
            }
        }
    }
    assert_eq!(lists, 11, "sections that are lists of records");
}
