//! Decodes a TopoJSON topology (world-atlas's `countries-110m.json`) into a [`World`].
//!
//! Only what world-atlas uses: one `GeometryCollection` of `Polygon` and `MultiPolygon`
//! geometries over shared arcs, optionally quantized and delta-encoded with a `transform`.
//! Used by the `geometry` converter binary, never by the app at run time.

use super::world::{CountryOutline, Polygon, Ring, World};
use serde::Deserialize;
use serde_json::Value;
use std::collections::HashMap;

#[derive(Deserialize)]
struct Topology {
    transform: Option<Transform>,
    arcs: Vec<Vec<Vec<f64>>>,
    objects: HashMap<String, Collection>,
}

#[derive(Deserialize)]
struct Transform {
    scale: [f64; 2],
    translate: [f64; 2],
}

#[derive(Deserialize)]
struct Collection {
    geometries: Vec<Geometry>,
}

#[derive(Deserialize)]
struct Geometry {
    #[serde(rename = "type")]
    kind: String,
    #[serde(default)]
    arcs: Value,
    id: Option<Value>,
    #[serde(default)]
    properties: HashMap<String, Value>,
}

/// Decodes the geometry collection `object` of a TopoJSON text into a [`World`] carrying
/// `attribution`. Geometries that are neither polygons nor multipolygons are skipped; a
/// geometry without an id gets `x-` plus a slug of its name (world-atlas leaves Kosovo,
/// Somaliland and N. Cyprus without an ISO code).
pub fn decode(json: &str, object: &str, attribution: &str) -> Result<World, String> {
    let topo: Topology =
        serde_json::from_str(json).map_err(|e| format!("topojson: invalid JSON: {e}"))?;
    let arcs = absolute_arcs(&topo);
    let collection = topo
        .objects
        .get(object)
        .ok_or_else(|| format!("topojson: no object named {object:?}"))?;
    let mut countries = Vec::with_capacity(collection.geometries.len());
    for g in &collection.geometries {
        let nested: Vec<Vec<Vec<i64>>> = match g.kind.as_str() {
            "Polygon" => vec![parse_arcs(&g.arcs)?],
            "MultiPolygon" => parse_arcs(&g.arcs)?,
            _ => continue,
        };
        let polygons = nested
            .iter()
            .map(|p| p.iter().map(|r| stitch_ring(&arcs, r)).collect())
            .collect::<Result<Vec<Polygon>, String>>()?;
        let name = match g.properties.get("name") {
            Some(Value::String(s)) => s.clone(),
            _ => String::new(),
        };
        let id = match &g.id {
            Some(Value::String(s)) => s.clone(),
            Some(Value::Number(n)) => n.to_string(),
            _ => format!("x-{}", slug(&name)),
        };
        countries.push(CountryOutline { id, name, polygons });
    }
    Ok(World {
        attribution: attribution.to_string(),
        countries,
    })
}

fn parse_arcs<T: serde::de::DeserializeOwned>(v: &Value) -> Result<T, String> {
    T::deserialize(v).map_err(|e| format!("topojson: bad arcs: {e}"))
}

/// Undoes quantization: positions are deltas from the previous one in integer grid units.
fn absolute_arcs(topo: &Topology) -> Vec<Vec<(f64, f64)>> {
    topo.arcs
        .iter()
        .map(|arc| {
            let (mut x, mut y) = (0.0, 0.0);
            arc.iter()
                .filter(|p| p.len() >= 2)
                .map(|p| match &topo.transform {
                    Some(t) => {
                        x += p[0];
                        y += p[1];
                        (
                            x * t.scale[0] + t.translate[0],
                            y * t.scale[1] + t.translate[1],
                        )
                    }
                    None => (p[0], p[1]),
                })
                .collect()
        })
        .collect()
}

/// Joins a ring's arcs; index `!i` means arc `i` reversed, and each arc after the first
/// repeats the previous arc's last point, which is skipped.
fn stitch_ring(arcs: &[Vec<(f64, f64)>], indices: &[i64]) -> Result<Ring, String> {
    let mut ring: Ring = Vec::new();
    for &i in indices {
        let (index, reversed) = if i < 0 { (!i, true) } else { (i, false) };
        let arc = usize::try_from(index)
            .ok()
            .and_then(|k| arcs.get(k))
            .ok_or_else(|| format!("topojson: arc {i} out of range"))?;
        let skip = usize::from(!ring.is_empty());
        if reversed {
            ring.extend(arc.iter().rev().skip(skip));
        } else {
            ring.extend(arc.iter().skip(skip));
        }
    }
    Ok(ring)
}

fn slug(name: &str) -> String {
    let lower = name.to_lowercase();
    let words: Vec<&str> = lower
        .split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
        .collect();
    words.join("-")
}
