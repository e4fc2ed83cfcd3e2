//! Reads typed fields out of a parsed JSON tree ([`Json`]), noting a [`Problem`] for each field
//! that is missing or wrong instead of stopping at the first one.
//!
//! Every getter returns a usable default on failure, so one broken field does not hide
//! the problems of its siblings; the default is never checked again (empty ids are
//! skipped by the cross-checks) because the problem is already on the list.

use crate::core::json::{Json, Object};

use super::dataset::{FIRST_YEAR, LAST_YEAR};
use super::i18n_text::I18nText;
use super::problems::{join, Problem, ProblemKind, Problems, Severity};

/// Longest text accepted in any field; names are short, so anything longer is a mistake.
pub const MAX_TEXT_BYTES: usize = 4096;

/// A JSON object with the path it was found at.
pub(crate) type Obj<'a> = &'a Object<'a>;

/// A string type a field is read into, copied from the JSON text.
pub(crate) trait FieldText: for<'s> From<&'s str> + Default {}

impl<T: for<'s> From<&'s str> + Default> FieldText for T {}

/// Collects problems while reading.
#[derive(Default)]
pub(crate) struct FieldReader {
    /// Everything found so far, in file order (the first [`super::problems::MAX_PROBLEMS`]).
    pub problems: Problems,
}

/// The JSON type of a value, for messages.
pub(crate) fn type_name(v: &Json<'_>) -> &'static str {
    match v {
        Json::Null => "null",
        Json::Bool(_) => "a boolean",
        Json::Number(_) => "a number",
        Json::String(_) => "a string",
        Json::Array(_) => "a list",
        Json::Object(_) => "an object",
    }
}

impl FieldReader {
    /// Notes an error.
    pub fn error(
        &mut self,
        path: impl Into<String>,
        kind: ProblemKind,
        message: impl Into<String>,
    ) {
        self.problems.push(Problem::error(path, kind, message));
    }

    /// Notes an error whose path and message are written only if the list keeps it.
    fn error_with(
        &mut self,
        kind: ProblemKind,
        path: impl FnOnce() -> String,
        message: impl FnOnce() -> String,
    ) {
        self.problems
            .push_with(Severity::Error, || Problem::error(path(), kind, message()));
    }

    /// Notes a warning whose path and message are written only if the list keeps it.
    fn warning_with(
        &mut self,
        kind: ProblemKind,
        path: impl FnOnce() -> String,
        message: impl FnOnce() -> String,
    ) {
        self.problems.push_with(Severity::Warning, || {
            Problem::warning(path(), kind, message())
        });
    }

    /// Notes a wrong type at the path `at` gives.
    fn wrong_type(&mut self, at: impl FnOnce() -> String, expected: &str, found: &Json<'_>) {
        let found = type_name(found);
        self.error_with(ProblemKind::WrongType, at, || {
            format!("expected {expected}, found {found}")
        });
    }

    /// The value as an object, or a problem.
    pub fn object<'a>(&mut self, v: &'a Json<'a>, path: &str) -> Option<Obj<'a>> {
        match v {
            Json::Object(map) => Some(map),
            other => {
                self.wrong_type(|| path.to_string(), "an object", other);
                None
            }
        }
    }

    /// A required field, or a `missing` problem.
    pub fn field<'a>(&mut self, o: Obj<'a>, path: &str, key: &str) -> Option<&'a Json<'a>> {
        let found = o.get(key);
        if found.is_none() {
            self.error_with(
                ProblemKind::Missing,
                || join(path, key),
                || format!("required field \"{key}\" is missing"),
            );
        }
        found
    }

    /// A required list; `null`, absence and other types are problems and give `[]`.
    pub fn list<'a>(&mut self, o: Obj<'a>, path: &str, key: &str) -> &'a [Json<'a>] {
        match self.field(o, path, key) {
            Some(Json::Array(items)) => items,
            Some(other) => {
                self.wrong_type(|| join(path, key), "a list", other);
                &[]
            }
            None => &[],
        }
    }

    /// A required string (empty on failure); overlong texts are refused. `T` is the field's
    /// string type: `String`, or `CompactString` for the records' short ids and codes.
    pub fn string<T: FieldText>(&mut self, o: Obj, path: &str, key: &str) -> T {
        match self.field(o, path, key) {
            Some(v) => self.string_at(v, || join(path, key)),
            None => T::default(),
        }
    }

    /// A string value at the path `at` gives (written only for a problem; a ×100 dataset
    /// has millions of fields and almost never a problem).
    fn string_at<T: FieldText>(&mut self, v: &Json<'_>, at: impl FnOnce() -> String) -> T {
        self.str_at(v, at).map(T::from).unwrap_or_default()
    }

    /// [`FieldReader::string_at`] without the copy: `None` (reported) for a value that is not a
    /// string or is overlong.
    fn str_at<'a>(&mut self, v: &Json<'a>, at: impl FnOnce() -> String) -> Option<&'a str> {
        match *v {
            Json::String(s) if s.len() > MAX_TEXT_BYTES => {
                self.error_with(ProblemKind::TooLarge, at, || {
                    format!(
                        "text is {} bytes long; at most {MAX_TEXT_BYTES} are allowed",
                        s.len()
                    )
                });
                None
            }
            Json::String(s) => Some(s),
            other => {
                self.wrong_type(at, "a string", &other);
                None
            }
        }
    }

    /// A required id or reference to one (`"id"`, `"country"`, `"partner"` …): a string
    /// with something in it. An empty or blank one is reported with its path; it would
    /// otherwise name nothing, or several records at once.
    pub fn id<T: FieldText>(&mut self, o: Obj, path: &str, key: &str) -> T {
        match self.field(o, path, key) {
            Some(v) => self.id_at(v, || join(path, key)),
            None => T::default(),
        }
    }

    /// [`FieldReader::id`] for a value at the path `at` gives.
    fn id_at<T: FieldText>(&mut self, v: &Json<'_>, at: impl Fn() -> String) -> T {
        match self.str_at(v, &at) {
            Some(s) if s.trim().is_empty() => {
                self.error_with(ProblemKind::InvalidValue, at, || {
                    "an id must not be empty".to_string()
                });
                T::default()
            }
            Some(s) => T::from(s),
            None => T::default(),
        }
    }

    /// A required list of ids or references, none of them empty.
    pub fn ids<T: FieldText>(&mut self, o: Obj, path: &str, key: &str) -> Vec<T> {
        let items = self.list(o, path, key);
        items
            .iter()
            .enumerate()
            .map(|(i, v)| self.id_at(v, || format!("{}[{i}]", join(path, key))))
            .collect()
    }

    /// A required list of strings.
    pub fn strings<T: FieldText>(&mut self, o: Obj, path: &str, key: &str) -> Vec<T> {
        let items = self.list(o, path, key);
        items
            .iter()
            .enumerate()
            .map(|(i, v)| self.string_at(v, || format!("{}[{i}]", join(path, key))))
            .collect()
    }

    /// A required boolean (false on failure).
    pub fn boolean(&mut self, o: Obj, path: &str, key: &str) -> bool {
        match self.field(o, path, key) {
            Some(Json::Bool(b)) => *b,
            Some(other) => {
                self.wrong_type(|| join(path, key), "true or false", other);
                false
            }
            None => false,
        }
    }

    /// A required number within `min..=max` (0 on failure).
    pub fn number(&mut self, o: Obj, path: &str, key: &str, min: f64, max: f64) -> f64 {
        match self.field(o, path, key) {
            Some(Json::Number(n)) => {
                let x = n.as_f64();
                if !(min..=max).contains(&x) {
                    self.error_with(
                        ProblemKind::OutOfRange,
                        || join(path, key),
                        || format!("{x} is outside {min}..={max}"),
                    );
                }
                x
            }
            Some(other) => {
                self.wrong_type(|| join(path, key), "a number", other);
                0.0
            }
            None => 0.0,
        }
    }

    /// A required whole number (None on failure).
    pub fn integer(&mut self, o: Obj, path: &str, key: &str) -> Option<i64> {
        match self.field(o, path, key)? {
            Json::Number(n) if n.as_i64().is_some() => n.as_i64(),
            Json::Number(n) if n.as_u64().is_some() => Some(i64::MAX),
            other => {
                self.wrong_type(|| join(path, key), "a whole number", other);
                None
            }
        }
    }

    /// A required count: a whole number ≥ 0 (0 on failure).
    pub fn count(&mut self, o: Obj, path: &str, key: &str) -> u32 {
        match self.integer(o, path, key) {
            Some(n) if n < 0 => {
                self.error_with(
                    ProblemKind::NegativeCount,
                    || join(path, key),
                    || format!("count {n} is negative"),
                );
                0
            }
            Some(n) if n > i64::from(u32::MAX) => {
                self.error_with(
                    ProblemKind::OutOfRange,
                    || join(path, key),
                    || format!("count {n} is implausibly large"),
                );
                0
            }
            Some(n) => n as u32,
            None => 0,
        }
    }

    /// A required year within the covered years; out-of-range years are kept but reported.
    pub fn year(&mut self, o: Obj, path: &str, key: &str) -> u16 {
        let Some(y) = self.integer(o, path, key) else {
            return FIRST_YEAR;
        };
        if !(i64::from(FIRST_YEAR)..=i64::from(LAST_YEAR)).contains(&y) {
            self.error_with(
                ProblemKind::YearOutOfRange,
                || join(path, key),
                || format!("year {y} is outside {FIRST_YEAR}..={LAST_YEAR}"),
            );
        }
        y.clamp(0, i64::from(u16::MAX)) as u16
    }

    /// A required value from a closed vocabulary.
    pub fn choice<T: Copy>(
        &mut self,
        o: Obj,
        path: &str,
        key: &str,
        parse: fn(&str) -> Option<T>,
        allowed: impl FnOnce() -> Vec<&'static str>,
    ) -> Option<T> {
        // Read in place: the spellings are listed, and the value copied, only for a problem
        // (this runs for each of 21,000 partners at ×100).
        let v = self.field(o, path, key)?;
        let text = self.str_at(v, || join(path, key))?;
        let parsed = parse(text);
        if parsed.is_none() {
            self.error_with(
                ProblemKind::InvalidValue,
                || join(path, key),
                || format!("\"{text}\" is not one of: {}", allowed().join(", ")),
            );
        }
        parsed
    }

    /// A required three-language text. A missing English text is an error; a missing
    /// Chinese or German one is a warning and falls back to English.
    pub fn text(&mut self, o: Obj, path: &str, key: &str) -> I18nText {
        let Some(v) = self.field(o, path, key) else {
            return I18nText::default();
        };
        let Some(map) = (match v {
            Json::Object(map) => Some(map),
            other => self.object(other, &join(path, key)),
        }) else {
            return I18nText::default();
        };
        let at = |lang: &str| join(&join(path, key), lang);
        let mut out = I18nText::default();
        for (lang, slot) in [
            ("en", &mut out.en),
            ("zh-Hans", &mut out.zh_hans),
            ("de", &mut out.de),
        ] {
            match map.get(lang) {
                Some(v) => {
                    *slot = self.string_at(v, || at(lang));
                    if slot.is_empty() && lang != "en" && v.is_string() {
                        self.warning_with(
                            ProblemKind::MissingTranslation,
                            || at(lang),
                            || format!("the \"{lang}\" text is empty; English is shown instead"),
                        );
                    }
                }
                None if lang == "en" => self.error_with(
                    ProblemKind::MissingTranslation,
                    || at(lang),
                    || "the English text is missing".to_string(),
                ),
                None => self.warning_with(
                    ProblemKind::MissingTranslation,
                    || at(lang),
                    || format!("no \"{lang}\" text; English is shown instead"),
                ),
            }
        }
        out
    }
}
