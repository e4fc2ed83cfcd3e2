//! Validates a dataset file and prints every problem, one per line with its JSON path.
//!
//! ```text
//! cargo run --no-default-features --bin validate -- FILE
//! ```
//! At most [`skills_atlas::core::data::MAX_PROBLEMS`] problems are listed; the rest are
//! counted. Exits 1 when there is at least one error, 0 otherwise (warnings alone pass), and 2
//! when the file cannot be read at all.

use std::process::ExitCode;

use skills_atlas::core::data::{load_bytes, LoadOutcome, Severity};

fn main() -> ExitCode {
    let Some(path) = std::env::args().nth(1) else {
        eprintln!("usage: validate FILE");
        return ExitCode::from(2);
    };
    let bytes = match std::fs::read(&path) {
        Ok(b) => b,
        Err(e) => {
            eprintln!("cannot read {path}: {e}");
            return ExitCode::from(2);
        }
    };
    let outcome = load_bytes(&bytes);
    let problems = outcome.problems();
    for p in problems {
        let level = match p.severity {
            Severity::Error => "error",
            Severity::Warning => "warning",
        };
        println!("{level}[{}] {p}", p.kind.key());
    }
    let errors = problems.iter().filter(|p| p.is_error()).count();
    let warnings = problems.len() - errors;
    let omitted = outcome.omitted();
    if omitted > 0 {
        println!("... and {omitted} more problem(s), counted but not listed");
    }
    match &outcome {
        LoadOutcome::Loaded { atlas, .. } => {
            println!(
                "{path}: valid ({} countries, {} partners, {} trainers, {} standards, {} certification rows), {warnings} warning(s)",
                atlas.countries.len(),
                atlas.partners.len(),
                atlas.trainers.len(),
                atlas.standards.len(),
                atlas.certifications.len()
            );
            ExitCode::SUCCESS
        }
        LoadOutcome::Failed { .. } => {
            println!(
                "{path}: invalid, {errors} error(s) and {warnings} warning(s) listed, {omitted} more"
            );
            ExitCode::FAILURE
        }
    }
}
