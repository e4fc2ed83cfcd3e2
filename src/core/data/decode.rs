//! Turns a parsed JSON document into an [`Atlas`], collecting a problem for every field
//! that cannot be read. Cross-record checks live in `validate.rs`.

use super::dataset::{Atlas, Country, Hub, KeyFigure, Meta, Source, SCHEMA_VERSION};
use super::decode_records as rec;
use super::field_reader::{FieldReader, Obj};
use super::problems::{join, ProblemKind};
use super::vocabularies::{FigureKind, Qualifier};
use crate::core::json::Json;

/// Decodes every section of the document. Returns `None` only when the document is not
/// an object or has a schema version this code cannot interpret; in that case the rest
/// would be read against the wrong schema, so only that problem is reported.
pub(crate) fn decode(root: &Json<'_>, r: &mut FieldReader) -> Option<Atlas> {
    let o = r.object(root, "$")?;
    let version = r.integer(o, "", "schema_version");
    if let Some(v) = version {
        if v != SCHEMA_VERSION as i64 {
            let msg = format!(
                "schema version {v} is not supported; this atlas reads version {SCHEMA_VERSION}"
            );
            r.error("schema_version", ProblemKind::SchemaVersion, msg);
            return None;
        }
    }
    Some(Atlas {
        schema_version: SCHEMA_VERSION,
        meta: section(r, o, "meta", meta).unwrap_or_else(empty_meta),
        key_figures: each(r, o, "key_figures", key_figure),
        hub: section(r, o, "hub", hub).unwrap_or_else(empty_hub),
        countries: each(r, o, "countries", country),
        platforms: each(r, o, "platforms", rec::platform),
        institutions: each(r, o, "institutions", rec::institution),
        partners: each(r, o, "partners", rec::partner),
        partnerships: each(r, o, "partnerships", rec::partnership),
        workshops: each(r, o, "workshops", rec::workshop),
        standards: each(r, o, "standards", rec::standard),
        trainers: each(r, o, "trainers", rec::trainer),
        certifications: each(r, o, "certifications", rec::certification),
        talent_flows: each(r, o, "talent_flows", rec::talent_flow),
    })
}

/// Reads an object-valued section with `read`.
fn section<T>(
    r: &mut FieldReader,
    o: Obj,
    key: &str,
    read: fn(&mut FieldReader, Obj, &str) -> T,
) -> Option<T> {
    let v = r.field(o, "", key)?;
    let obj = r.object(v, key)?;
    Some(read(r, obj, key))
}

/// Reads every element of a list-valued section with `read`; non-objects are reported and skipped.
pub(crate) fn each<T>(
    r: &mut FieldReader,
    o: Obj,
    key: &str,
    read: fn(&mut FieldReader, Obj, &str) -> Option<T>,
) -> Vec<T> {
    let items = r.list(o, "", key);
    // Grown as records are read, never reserved from the list's length: a file of
    // 2,000,000 empty objects reads as no records, and must not cost 2,000,000 slots.
    let mut out = Vec::new();
    // One path buffer for the whole section, not one allocation per record; only the index
    // is rewritten (`write!` per record cost ~15 ms of a ×100 load in Chromium), from a
    // counter that counts in its digits (writing each index's digits anew cost 28 M of a
    // ×100 load's 596 M instructions natively).
    let mut path = format!("{key}[");
    let prefix = path.len();
    let mut index = DecimalCounter::default();
    for item in items {
        path.truncate(prefix);
        path.push_str(index.as_str());
        path.push(']');
        if let Some(obj) = r.object(item, &path) {
            out.extend(read(r, obj, &path));
        }
        index.increment();
    }
    out
}

/// A number as decimal digits, from 0, counted up in place: going to the next number
/// changes the last digit and, once in ten, the ones before it.
pub(crate) struct DecimalCounter {
    /// Right-aligned ASCII digits, zeros before the number.
    digits: [u8; 20],
    /// Where the number's digits start.
    start: usize,
}

impl Default for DecimalCounter {
    fn default() -> Self {
        Self {
            digits: [b'0'; 20],
            start: 19,
        }
    }
}

impl DecimalCounter {
    /// The number's digits.
    pub fn as_str(&self) -> &str {
        std::str::from_utf8(&self.digits[self.start..]).unwrap_or_default()
    }

    /// Adds one: nines roll over to zeros, and a carry past the first digit turns the zero
    /// before it into a one.
    pub fn increment(&mut self) {
        let mut i = self.digits.len();
        while i > 0 {
            i -= 1;
            if self.digits[i] == b'9' {
                self.digits[i] = b'0';
            } else {
                self.digits[i] += 1;
                break;
            }
        }
        self.start = self.start.min(i);
    }
}

fn meta(r: &mut FieldReader, o: Obj, p: &str) -> Meta {
    let source = match r
        .field(o, p, "source")
        .and_then(|v| r.object(v, &join(p, "source")))
    {
        Some(s) => {
            let sp = join(p, "source");
            Source {
                id: r.id(s, &sp, "id"),
                who: r.string(s, &sp, "who"),
                what: r.string(s, &sp, "what"),
                when: r.string(s, &sp, "when"),
            }
        }
        None => empty_meta().source,
    };
    let scale = r.count(o, p, "scale");
    if scale == 0 && o.get("scale").is_some_and(|v| v.as_i64() == Some(0)) {
        r.error(
            join(p, "scale"),
            ProblemKind::OutOfRange,
            "scale must be at least 1",
        );
    }
    Meta {
        title: r.text(o, p, "title"),
        as_of: r.string(o, p, "as_of"),
        source,
        licence: r.string(o, p, "licence"),
        illustrative: r.boolean(o, p, "illustrative"),
        notice: r.text(o, p, "notice"),
        notes: r.text(o, p, "notes"),
        scale: scale.max(1),
        seed: r.integer(o, p, "seed").map_or(0, |s| s as u64),
    }
}

fn empty_meta() -> Meta {
    let source = Source {
        id: String::new(),
        who: String::new(),
        what: String::new(),
        when: String::new(),
    };
    Meta {
        title: Default::default(),
        as_of: String::new(),
        source,
        licence: String::new(),
        illustrative: true,
        notice: Default::default(),
        notes: Default::default(),
        scale: 1,
        seed: 0,
    }
}

fn key_figure(r: &mut FieldReader, o: Obj, p: &str) -> Option<KeyFigure> {
    let value = match r.field(o, p, "value") {
        Some(Json::Null) | None => None,
        Some(Json::Number(n)) => Some(n.as_f64()),
        Some(other) => {
            let msg = format!(
                "expected a number or null, found {}",
                super::field_reader::type_name(other)
            );
            r.error(join(p, "value"), ProblemKind::WrongType, msg);
            None
        }
    };
    let qualifier = r.choice(o, p, "qualifier", Qualifier::parse, || {
        vec!["exactly", "more_than", "almost"]
    });
    let kind = r.choice(o, p, "kind", FigureKind::parse, || {
        vec!["achievement", "target"]
    });
    Some(KeyFigure {
        id: r.id(o, p, "id"),
        value,
        qualifier: qualifier?,
        kind: kind?,
        per_year: r.boolean(o, p, "per_year"),
        unit: r.string(o, p, "unit"),
        label: r.text(o, p, "label"),
        source: r.id(o, p, "source"),
    })
}

fn hub(r: &mut FieldReader, o: Obj, p: &str) -> Hub {
    Hub {
        id: r.id(o, p, "id"),
        name: r.text(o, p, "name"),
        country: r.id(o, p, "country"),
        numeric: r.string(o, p, "numeric"),
        lat: r.number(o, p, "lat", -90.0, 90.0),
        lon: r.number(o, p, "lon", -180.0, 180.0),
    }
}

fn empty_hub() -> Hub {
    Hub {
        id: String::new(),
        name: Default::default(),
        country: "CHN".into(),
        numeric: "156".into(),
        lat: 0.0,
        lon: 0.0,
    }
}

fn country(r: &mut FieldReader, o: Obj, p: &str) -> Option<Country> {
    let c = Country {
        id: r.id(o, p, "id"),
        numeric: r.string(o, p, "numeric"),
        name: r.text(o, p, "name"),
        region: r.string(o, p, "region"),
        belt_and_road: r.boolean(o, p, "belt_and_road"),
        lat: r.number(o, p, "lat", -90.0, 90.0),
        lon: r.number(o, p, "lon", -180.0, 180.0),
    };
    if !c.id.is_empty() && !is_code(&c.id, |b| b.is_ascii_uppercase()) {
        let msg = format!("\"{}\" is not an ISO 3166-1 alpha-3 code", c.id);
        r.error(join(p, "id"), ProblemKind::InvalidValue, msg);
    }
    if !c.numeric.is_empty() && !is_code(&c.numeric, |b| b.is_ascii_digit()) {
        let msg = format!("\"{}\" is not a three-digit ISO numeric code", c.numeric);
        r.error(join(p, "numeric"), ProblemKind::InvalidValue, msg);
    }
    Some(c)
}

/// Three ASCII characters that all satisfy `ok` (ISO alpha-3 or numeric codes).
fn is_code(text: &str, ok: fn(&u8) -> bool) -> bool {
    text.len() == 3 && text.bytes().all(|b| ok(&b))
}

#[cfg(test)]
mod tests {
    use super::DecimalCounter;
    use crate::core::geo::svg_path::push_digits;

    #[test]
    fn decimal_digits_match_display() {
        for n in [0, 7, 9, 10, 99, 100, 4_500, 44_753, 1 << 40, usize::MAX] {
            let mut out = String::from("trainers[");
            push_digits(&mut out, n as u64);
            assert_eq!(out, format!("trainers[{n}"));
        }
    }

    #[test]
    fn the_counter_counts_like_display() {
        let mut counter = DecimalCounter::default();
        for n in 0..=120_000u32 {
            assert_eq!(counter.as_str(), n.to_string());
            counter.increment();
        }
    }
}
