//! What can be wrong with a dataset file, as a list the UI and the CLI can show.
//!
//! A [`Problem`] always carries the JSON path it is about, so a person editing the file
//! can find the spot, and a [`ProblemKind`] whose [`ProblemKind::key`] the UI translates.

use std::fmt;

/// How bad a problem is: errors stop the file from loading, warnings do not.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Severity {
    /// The file cannot be shown as it is.
    Error,
    /// The file loads, but something is worth fixing (e.g. a missing translation).
    Warning,
}

/// The category of a problem; the UI translates the framing from [`ProblemKind::key`].
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum ProblemKind {
    /// The file is empty or only whitespace.
    Empty,
    /// The text is not valid JSON.
    Syntax,
    /// The bytes are not UTF-8, or carry a byte-order mark.
    Encoding,
    /// The JSON nests deeper than the parser allows.
    TooDeep,
    /// The file or one text in it is larger than allowed.
    TooLarge,
    /// `schema_version` is not the one this app understands.
    SchemaVersion,
    /// A value has the wrong JSON type (e.g. `null` where a list is expected).
    WrongType,
    /// A required field is absent.
    Missing,
    /// A value is of the right type but not one of the allowed ones.
    InvalidValue,
    /// A number lies outside its allowed range (latitude, level, …).
    OutOfRange,
    /// A country code is not listed in `countries`.
    UnknownCountry,
    /// An id refers to a record that does not exist.
    DanglingReference,
    /// Two records share one id.
    DuplicateId,
    /// A count is below zero.
    NegativeCount,
    /// A year lies outside the covered years.
    YearOutOfRange,
    /// A text lacks one of its languages.
    MissingTranslation,
    /// Two records that refer to each other disagree (e.g. a workshop hosted abroad).
    Inconsistent,
    /// A record is never referred to where it should be.
    Unused,
    /// The records do not add up to a published key figure.
    TotalMismatch,
}

impl ProblemKind {
    /// A stable snake_case key (e.g. `"unknown_country"`), used by the UI as a translation key.
    pub fn key(&self) -> &'static str {
        match self {
            Self::Empty => "empty",
            Self::Syntax => "syntax",
            Self::Encoding => "encoding",
            Self::TooDeep => "too_deep",
            Self::TooLarge => "too_large",
            Self::SchemaVersion => "schema_version",
            Self::WrongType => "wrong_type",
            Self::Missing => "missing",
            Self::InvalidValue => "invalid_value",
            Self::OutOfRange => "out_of_range",
            Self::UnknownCountry => "unknown_country",
            Self::DanglingReference => "dangling_reference",
            Self::DuplicateId => "duplicate_id",
            Self::NegativeCount => "negative_count",
            Self::YearOutOfRange => "year_out_of_range",
            Self::MissingTranslation => "missing_translation",
            Self::Inconsistent => "inconsistent",
            Self::Unused => "unused",
            Self::TotalMismatch => "total_mismatch",
        }
    }
}

/// One thing wrong with a dataset file, located by its JSON path.
#[derive(Debug, Clone, PartialEq)]
pub struct Problem {
    /// JSON path such as `trainers[17].country`; `$` means the whole file.
    pub path: String,
    /// The category, for filtering and translation.
    pub kind: ProblemKind,
    /// English detail, e.g. `"XXZ" is not a known country`.
    pub message: String,
    /// Whether the problem stops the file from loading.
    pub severity: Severity,
}

impl Problem {
    /// An error at `path`.
    pub fn error(path: impl Into<String>, kind: ProblemKind, message: impl Into<String>) -> Self {
        let (path, message) = (path.into(), message.into());
        Self {
            path,
            kind,
            message,
            severity: Severity::Error,
        }
    }

    /// A warning at `path`.
    pub fn warning(path: impl Into<String>, kind: ProblemKind, message: impl Into<String>) -> Self {
        let (path, message) = (path.into(), message.into());
        Self {
            path,
            kind,
            message,
            severity: Severity::Warning,
        }
    }

    /// True for [`Severity::Error`].
    pub fn is_error(&self) -> bool {
        self.severity == Severity::Error
    }
}

impl fmt::Display for Problem {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}: {}", self.path, self.message)
    }
}

/// Most problems one load keeps. A broken file can have millions (2,000,000 empty records
/// are 16,000,000 missing fields); past this many, problems are only counted, never
/// written, so the work and memory of a load stay bounded by the file's size.
pub const MAX_PROBLEMS: usize = 1000;

/// The problems of one load: the first [`MAX_PROBLEMS`] in file order, and a count of the
/// rest (with how many of those are errors, which decides whether the file loads).
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Problems {
    /// The problems kept, in file order.
    kept: Vec<Problem>,
    /// How many more were found and not kept.
    omitted: usize,
    /// How many of the omitted ones are errors.
    omitted_errors: usize,
}

impl Problems {
    /// Adds `problem`, or only counts it once [`MAX_PROBLEMS`] are kept.
    pub fn push(&mut self, problem: Problem) {
        let severity = problem.severity;
        self.push_with(severity, || problem);
    }

    /// Adds the problem `make` writes, or counts one of `severity` without writing it once
    /// the list is full (the path and message of a problem past the cap are never built).
    pub fn push_with(&mut self, severity: Severity, make: impl FnOnce() -> Problem) {
        if self.kept.len() < MAX_PROBLEMS {
            self.kept.push(make());
        } else {
            self.omitted += 1;
            self.omitted_errors += usize::from(severity == Severity::Error);
        }
    }

    /// Adds every problem of `other`, kept or counted.
    pub fn append(&mut self, other: Problems) {
        for problem in other.kept {
            self.push(problem);
        }
        self.omitted += other.omitted;
        self.omitted_errors += other.omitted_errors;
    }

    /// Whether any problem, kept or counted, is an error.
    pub fn has_errors(&self) -> bool {
        self.omitted_errors > 0 || self.kept.iter().any(Problem::is_error)
    }

    /// The problems kept, in file order.
    pub fn kept(&self) -> &[Problem] {
        &self.kept
    }

    /// How many problems were found beyond the ones kept.
    pub fn omitted(&self) -> usize {
        self.omitted
    }

    /// Every problem found, kept or counted.
    pub fn total(&self) -> usize {
        self.kept.len() + self.omitted
    }

    /// The kept problems and the count of the others.
    pub fn into_parts(self) -> (Vec<Problem>, usize) {
        (self.kept, self.omitted)
    }
}

/// Joins a field name onto a JSON path (`""` + `meta` → `meta`, `meta` + `title` → `meta.title`).
pub(crate) fn join(path: &str, key: &str) -> String {
    if path.is_empty() || path == "$" {
        key.to_string()
    } else {
        format!("{path}.{key}")
    }
}

/// Appends a list index to a JSON path (`trainers` + 3 → `trainers[3]`).
pub(crate) fn index(path: &str, i: usize) -> String {
    format!("{path}[{i}]")
}
