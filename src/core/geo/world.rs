//! The world map geometry and its compact file format, `public/data/world-110m.json`.
//!
//! The file is plain JSON, one country per line, so diffs stay readable:
//!
//! ```json
//! {"format":"skills-atlas-world/1","attribution":"Natural Earth …","units_per_degree":100,
//!  "countries":[
//!   {"id":"156","name":"China","polygons":[[[x0,y0,dx1,dy1,dx2,dy2,…],[hole…]],…]},
//!   …
//! ]}
//! ```
//!
//! Each ring is a flat list of integers in `1 / units_per_degree` degrees: the first pair is
//! the absolute `lon, lat`, every later pair the difference from the previous point (as in
//! TopoJSON's delta-encoded arcs; small deltas gzip far better than repeated decimals).
//! Rings are open (the closing point is implied), the first ring of a polygon is its outline
//! and any further rings are holes. Integer sums also mean decoding cannot drift.

use bumpalo::Bump;
use std::collections::HashSet;
use std::fmt::Write;

use crate::core::json::{self, Json, Object};

/// The `format` tag this parser understands.
pub const FORMAT: &str = "skills-atlas-world/1";

/// A ring of `(lon, lat)` points in degrees; open, the closing segment is implied.
pub type Ring = Vec<(f64, f64)>;

/// An outline ring followed by zero or more hole rings.
pub type Polygon = Vec<Ring>;

/// One country (or territory) of the map.
#[derive(Clone, Debug, PartialEq)]
pub struct CountryOutline {
    /// ISO 3166-1 numeric code as a string ("156" for China); a few unrecognised areas use an
    /// `x-` slug of their name instead (e.g. "x-kosovo").
    pub id: String,
    /// English short name from Natural Earth.
    pub name: String,
    /// The country's polygons; islands and exclaves are separate entries.
    pub polygons: Vec<Polygon>,
}

/// The whole world map: every country plus the data source's attribution.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct World {
    /// Credit line for the geometry, shown under the map.
    pub attribution: String,
    /// All countries, in file order.
    pub countries: Vec<CountryOutline>,
}

impl World {
    /// Parses the compact world file. Never panics: malformed JSON, an unknown format, a
    /// missing or mistyped field, odd coordinate lists, rings under three points,
    /// out-of-range coordinates and duplicate ids all come back as an error message naming
    /// the culprit. Fields the format does not name are ignored.
    pub fn from_json(json: &str) -> Result<World, String> {
        let arena = Bump::new();
        let root =
            json::parse(json, &arena).map_err(|e| format!("world file: invalid JSON: {e}"))?;
        let Json::Object(file) = root else {
            return Err("world file: not a JSON object".into());
        };
        let format = text(&file, "format")?;
        if format != FORMAT {
            return Err(format!(
                "world file: format is {format:?}, expected {FORMAT:?}"
            ));
        }
        let attribution = text(&file, "attribution")?;
        let units = file
            .get("units_per_degree")
            .and_then(Json::as_i64)
            .and_then(|n| u32::try_from(n).ok())
            .filter(|&n| n > 0)
            .ok_or("world file: units_per_degree must be a positive whole number")?;
        let unit = f64::from(units);
        let listed = list(&file, "countries")?;
        let mut seen = HashSet::with_capacity(listed.len());
        let mut countries = Vec::with_capacity(listed.len());
        for (i, c) in listed.iter().enumerate() {
            let Json::Object(c) = c else {
                return Err(format!("world file: countries[{i}] is not an object"));
            };
            let id = text(c, "id")?;
            if id.is_empty() || !seen.insert(id) {
                return Err(format!("world file: missing or duplicate id {id:?}"));
            }
            let polygons = list(c, "polygons")
                .and_then(|polygons| {
                    polygons
                        .iter()
                        .map(|p| {
                            nested(p)?
                                .iter()
                                .map(|r| decode_ring(nested(r)?, unit))
                                .collect()
                        })
                        .collect::<Result<Vec<Polygon>, String>>()
                })
                .map_err(|e| format!("world file: country {id}: {e}"))?;
            countries.push(CountryOutline {
                id: id.to_owned(),
                name: text(c, "name")?.to_owned(),
                polygons,
            });
        }
        Ok(World {
            attribution: attribution.to_owned(),
            countries,
        })
    }

    /// Writes the compact format with coordinates rounded to `1 / units_per_degree` degrees.
    /// Points that round onto their predecessor and a repeated closing point are dropped, as
    /// are rings left with fewer than three points.
    pub fn to_json(&self, units_per_degree: u32) -> String {
        let units_per_degree = units_per_degree.max(1);
        let unit = f64::from(units_per_degree);
        let mut out = String::new();
        let _ = write!(
            out,
            "{{\"format\":{},\"attribution\":{},\"units_per_degree\":{},\"countries\":[",
            json_string(FORMAT),
            json_string(&self.attribution),
            units_per_degree
        );
        for (i, c) in self.countries.iter().enumerate() {
            out.push_str(if i == 0 { "\n" } else { ",\n" });
            let polygons: Vec<String> = c
                .polygons
                .iter()
                .filter_map(|p| {
                    let rings: Vec<String> =
                        p.iter().filter_map(|r| encode_ring(r, unit)).collect();
                    // A polygon whose outline vanished is dropped with its holes.
                    (!rings.is_empty() && encode_ring(&p[0], unit).is_some())
                        .then(|| format!("[{}]", rings.join(",")))
                })
                .collect();
            let _ = write!(
                out,
                "{{\"id\":{},\"name\":{},\"polygons\":[{}]}}",
                json_string(&c.id),
                json_string(&c.name),
                polygons.join(",")
            );
        }
        out.push_str("\n]}\n");
        out
    }

    /// The country with this id, if any.
    pub fn country(&self, id: &str) -> Option<&CountryOutline> {
        self.countries.iter().find(|c| c.id == id)
    }
}

/// The string field `key` of `object`.
fn text<'a>(object: &Object<'a>, key: &str) -> Result<&'a str, String> {
    object
        .get(key)
        .and_then(Json::as_str)
        .ok_or_else(|| format!("world file: {key:?} must be a string"))
}

/// The list field `key` of `object`.
fn list<'a>(object: &Object<'a>, key: &str) -> Result<&'a [Json<'a>], String> {
    object
        .get(key)
        .and_then(Json::as_array)
        .ok_or_else(|| format!("world file: {key:?} must be a list"))
}

/// A list inside `polygons`: a polygon's rings or a ring's integers.
fn nested<'a>(value: &Json<'a>) -> Result<&'a [Json<'a>], String> {
    value
        .as_array()
        .ok_or_else(|| "polygons must be lists of rings, and rings lists of integers".into())
}

fn decode_ring(flat: &[Json<'_>], unit: f64) -> Result<Ring, String> {
    if flat.len() < 6 || flat.len() % 2 == 1 {
        return Err(format!(
            "a ring needs an even number (at least 6) of integers, got {}",
            flat.len()
        ));
    }
    let (max_x, max_y) = (180.0 * unit, 90.0 * unit);
    let (mut x, mut y) = (0i64, 0i64);
    let mut ring = Vec::with_capacity(flat.len() / 2);
    for pair in flat.chunks_exact(2) {
        let (Some(dx), Some(dy)) = (pair[0].as_i64(), pair[1].as_i64()) else {
            return Err("coordinates must be integers".into());
        };
        // Checked sums: hostile input must yield an error, not an overflow panic.
        x = x.checked_add(dx).ok_or("coordinate overflow")?;
        y = y.checked_add(dy).ok_or("coordinate overflow")?;
        let (fx, fy) = (x as f64, y as f64);
        if fx.abs() > max_x || fy.abs() > max_y {
            return Err(format!(
                "point ({}, {}) is off the globe",
                fx / unit,
                fy / unit
            ));
        }
        ring.push((fx / unit, fy / unit));
    }
    Ok(ring)
}

fn encode_ring(ring: &[(f64, f64)], unit: f64) -> Option<String> {
    let mut points: Vec<(i64, i64)> = Vec::with_capacity(ring.len());
    for &(lon, lat) in ring {
        let q = ((lon * unit).round() as i64, (lat * unit).round() as i64);
        if points.last() != Some(&q) {
            points.push(q);
        }
    }
    if points.len() > 1 && points.first() == points.last() {
        points.pop();
    }
    if points.len() < 3 {
        return None;
    }
    let mut out = String::with_capacity(points.len() * 6);
    out.push('[');
    let mut prev = (0, 0);
    for (i, &(x, y)) in points.iter().enumerate() {
        let sep = if i == 0 { "" } else { "," };
        let _ = write!(out, "{sep}{},{}", x - prev.0, y - prev.1);
        prev = (x, y);
    }
    out.push(']');
    Some(out)
}

fn json_string(s: &str) -> String {
    // serde_json escapes quotes, backslashes and control characters correctly.
    serde_json::to_string(s).unwrap_or_else(|_| "\"\"".into())
}
