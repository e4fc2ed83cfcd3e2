//! Loading a dataset file: bytes → text → JSON → [`Atlas`] → cross-checks, collecting
//! every problem on the way. Never panics; deep nesting is refused by serde_json's
//! recursion limit (128) before it can overflow the stack.

use crate::core::json;

use super::dataset::Atlas;
use super::decode::decode;
use super::field_reader::FieldReader;
use super::problems::{Problem, ProblemKind, Problems};
use super::validate::validate;

/// Largest file accepted. The ×100 variant is about 15 MB; anything far beyond is a mistake.
pub const MAX_FILE_BYTES: usize = 64 * 1024 * 1024;

/// The result of loading a file.
// Returned once per load and matched right away, so the unboxed atlas costs nothing.
#[allow(clippy::large_enum_variant)]
#[derive(Debug, Clone)]
pub enum LoadOutcome {
    /// No errors: the atlas, plus warnings worth showing.
    Loaded {
        /// The dataset.
        atlas: Atlas,
        /// Non-fatal problems (missing translations, unused records, byte-order mark …),
        /// the first [`super::problems::MAX_PROBLEMS`].
        warnings: Vec<Problem>,
        /// How many more warnings were found and not kept.
        omitted: usize,
    },
    /// At least one error: the problems found, errors and warnings, in file order.
    Failed {
        /// What is wrong with the file: the first [`super::problems::MAX_PROBLEMS`] problems.
        problems: Vec<Problem>,
        /// How many more problems were found and not kept.
        omitted: usize,
    },
}

impl LoadOutcome {
    /// The atlas, if it loaded.
    pub fn atlas(&self) -> Option<&Atlas> {
        match self {
            Self::Loaded { atlas, .. } => Some(atlas),
            Self::Failed { .. } => None,
        }
    }

    /// The problems kept, whatever the outcome.
    pub fn problems(&self) -> &[Problem] {
        match self {
            Self::Loaded { warnings, .. } => warnings,
            Self::Failed { problems, .. } => problems,
        }
    }

    /// How many problems were found beyond the ones kept.
    pub fn omitted(&self) -> usize {
        match self {
            Self::Loaded { omitted, .. } | Self::Failed { omitted, .. } => *omitted,
        }
    }
}

/// Loads a dataset from raw bytes. A UTF-8 byte-order mark is skipped with a warning
/// (editors on Windows add it; it is harmless); UTF-16 and invalid UTF-8 are errors.
pub fn load_bytes(bytes: &[u8]) -> LoadOutcome {
    if bytes.starts_with(&[0xFF, 0xFE]) || bytes.starts_with(&[0xFE, 0xFF]) {
        let msg = "the file is UTF-16 encoded; save it as UTF-8";
        return failed_with(Problem::error("$", ProblemKind::Encoding, msg));
    }
    match std::str::from_utf8(bytes) {
        Ok(text) => load(text),
        Err(e) => {
            let msg = format!(
                "byte {} is not valid UTF-8; save the file as UTF-8",
                e.valid_up_to()
            );
            failed_with(Problem::error("$", ProblemKind::Encoding, msg))
        }
    }
}

/// Loads a dataset from text. A leading byte-order mark is skipped with a warning.
pub fn load(text: &str) -> LoadOutcome {
    let mut early = Problems::default();
    let text = match text.strip_prefix('\u{FEFF}') {
        Some(rest) => {
            let msg = "the file starts with a UTF-8 byte-order mark; it was ignored";
            early.push(Problem::warning("$", ProblemKind::Encoding, msg));
            rest
        }
        None => text,
    };
    if text.len() > MAX_FILE_BYTES {
        let msg = format!(
            "the file is {} bytes; at most {MAX_FILE_BYTES} are accepted",
            text.len()
        );
        early.push(Problem::error("$", ProblemKind::TooLarge, msg));
        return failed(early);
    }
    if text.trim().is_empty() {
        early.push(Problem::error("$", ProblemKind::Empty, "the file is empty"));
        return failed(early);
    }
    let arena = bumpalo::Bump::new();
    let root = match json::parse(text, &arena) {
        Ok(v) => v,
        Err(e) => {
            early.push(syntax_problem(&e));
            return failed(early);
        }
    };
    let mut reader = FieldReader { problems: early };
    let atlas = decode(&root, &mut reader);
    let mut problems = reader.problems;
    let Some(atlas) = atlas else {
        return failed(problems);
    };
    problems.append(validate(&atlas));
    if problems.has_errors() {
        failed(problems)
    } else {
        let (warnings, omitted) = problems.into_parts();
        LoadOutcome::Loaded {
            atlas,
            warnings,
            omitted,
        }
    }
}

fn failed(problems: Problems) -> LoadOutcome {
    let (problems, omitted) = problems.into_parts();
    LoadOutcome::Failed { problems, omitted }
}

fn failed_with(problem: Problem) -> LoadOutcome {
    LoadOutcome::Failed {
        problems: vec![problem],
        omitted: 0,
    }
}

/// Describes a parse error with its line and column.
fn syntax_problem(e: &serde_json::Error) -> Problem {
    let text = e.to_string();
    if text.contains("recursion limit") {
        let msg = format!(
            "the JSON nests deeper than 128 levels (line {}, column {})",
            e.line(),
            e.column()
        );
        return Problem::error("$", ProblemKind::TooDeep, msg);
    }
    let msg = if e.is_eof() {
        format!(
            "the file ends too early, inside a value (line {}, column {})",
            e.line(),
            e.column()
        )
    } else {
        format!("not valid JSON: {text}")
    };
    Problem::error("$", ProblemKind::Syntax, msg)
}
