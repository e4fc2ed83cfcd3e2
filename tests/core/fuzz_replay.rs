//! The fuzz targets' corpora and regression inputs, replayed through the same property
//! checks on stable (`tests/fuzz/properties/`): deterministic, no fuzzing. Fuzzing itself
//! is `./atlas fuzz` (nightly, cargo-fuzz).

use std::path::{Path, PathBuf};

#[path = "../fuzz/properties/mod.rs"]
mod properties;

/// The files of `tests/fuzz/<folder>/<target>/`, sorted; none if the folder is absent.
fn inputs(folder: &str, target: &str) -> Vec<PathBuf> {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/fuzz")
        .join(folder)
        .join(target);
    let Ok(entries) = std::fs::read_dir(&dir) else {
        return Vec::new();
    };
    let mut files: Vec<PathBuf> = entries
        .map(|e| e.expect("a readable folder entry").path())
        .filter(|p| p.is_file())
        .collect();
    files.sort();
    files
}

/// Runs `check` on every corpus and regression input of `target`; the corpus must not be
/// empty. Every failing file is named, then the test fails.
fn replay(target: &str, check: fn(&[u8])) {
    let corpus = inputs("corpus", target);
    assert!(
        !corpus.is_empty(),
        "tests/fuzz/corpus/{target}/ is empty or missing: nothing would be replayed"
    );
    let regressions = inputs("regressions", target);
    let mut failed = Vec::new();
    for path in corpus.iter().chain(&regressions) {
        let data = std::fs::read(path).expect("a readable input");
        if std::panic::catch_unwind(|| check(&data)).is_err() {
            failed.push(path.display().to_string());
        }
    }
    assert!(
        failed.is_empty(),
        "{target}: {} of {} inputs break a property (the panic of each is printed above):\n{}",
        failed.len(),
        corpus.len() + regressions.len(),
        failed.join("\n")
    );
}

#[test]
fn dataset_load_corpus_keeps_its_properties() {
    replay("dataset_load", properties::dataset_load);
}

#[test]
fn url_state_corpus_keeps_its_properties() {
    replay("url_state", properties::url_state);
}

#[test]
fn search_query_corpus_keeps_its_properties() {
    replay("search_query", properties::search_query);
}

#[test]
fn search_query_corpus_keeps_its_properties_over_the_whole_dataset() {
    replay("search_query", properties::search_query_full);
}

#[test]
fn markup_corpus_keeps_its_properties() {
    replay("markup", properties::markup);
}

#[test]
fn markup_corpus_keeps_its_properties_in_every_writer_and_language() {
    replay("markup", properties::markup_all);
}

#[test]
fn the_committed_dataset_keeps_the_load_properties() {
    properties::dataset_load(properties::DATASET);
}
