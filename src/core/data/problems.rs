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
