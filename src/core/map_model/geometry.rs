//! The map's projected geometry, computed once per (world, dataset) pair: the background
//! countries as one path, each partner country's shape or point, its arcs to and from the
//! hub, and the platform points. Year and layer changes only restyle these.

use crate::core::data::{Atlas, PlatformKind};
use crate::core::geo::{arc_path, country_paths, Bbox, Frame, Projection, World, Zoom};
use std::collections::HashMap;

/// Width of the map's SVG viewBox, in pixels.
pub const MAP_WIDTH: f64 = 960.0;
/// Height of the map's SVG viewBox (Equal Earth is about 2.05 : 1, plus a margin).
pub const MAP_HEIGHT: f64 = 480.0;
/// Padding around the globe inside the viewBox.
const PADDING: f64 = 6.0;
/// Half-size of the box zooming frames around a country drawn only as a point.
const POINT_FRAME: f64 = 12.0;

/// One partner country, placed on the map.
#[derive(Clone, Debug, PartialEq)]
pub struct CountryShape {
    /// ISO alpha-3 code.
    pub id: String,
    /// SVG path of the country; `None` for countries too small for the world geometry,
    /// which are drawn as a selectable point at [`CountryShape::anchor`].
    pub d: Option<String>,
    /// Where arcs end and glyphs sit: the dataset's representative city, projected.
    pub anchor: (f64, f64),
    /// What zooming to the country frames.
    pub frame: Bbox,
    /// Arc pieces from the hub to the country (split at the antimeridian).
    pub arc_out: Vec<String>,
    /// Arc pieces from the country to the hub (the same route, drawn the other way).
    pub arc_in: Vec<String>,
}

/// A centre or service station.
#[derive(Clone, Debug, PartialEq)]
pub struct PlatformPoint {
    /// Its id in the dataset.
    pub id: String,
    /// What it is: stations are triangles, centres diamonds.
    pub kind: PlatformKind,
    /// Its projected position.
    pub at: (f64, f64),
    /// Year it opened.
    pub year: u16,
}

/// Everything drawn that does not change with the year.
#[derive(Clone, Debug, PartialEq)]
pub struct MapGeometry {
    /// The globe's outline (ocean).
    pub sphere: String,
    /// Every country without data, as one path: one DOM node instead of ~130.
    pub background: String,
    /// The hub's own country (China), drawn apart.
    pub hub_country: Option<String>,
    /// The hub, projected.
    pub hub: (f64, f64),
    /// Partner countries that can be drawn, in the dataset's order.
    pub countries: Vec<CountryShape>,
    /// Centres and stations.
    pub platforms: Vec<PlatformPoint>,
    /// Partner countries with neither a shape nor usable coordinates: listed, not drawn.
    pub unplaceable: Vec<String>,
    /// Credit line of the world geometry.
    pub attribution: String,
}

/// `"096"` and `"96"` name the same ISO numeric code.
fn numeric_key(id: &str) -> &str {
    let trimmed = id.trim_start_matches('0');
    if trimmed.is_empty() && !id.is_empty() {
        "0"
    } else {
        trimmed
    }
}

fn finite(lon: f64, lat: f64) -> bool {
    lon.is_finite() && lat.is_finite() && lon.abs() <= 180.0 && lat.abs() <= 90.0
}

impl MapGeometry {
    /// Projects `world` and places every partner country of `atlas` on it.
    pub fn build(world: &World, atlas: &Atlas) -> MapGeometry {
        let proj = Projection::fit_extent(MAP_WIDTH, MAP_HEIGHT, PADDING);
        let paths = country_paths(world, &proj);
        let by_numeric: HashMap<&str, usize> = paths
            .iter()
            .enumerate()
            .map(|(i, p)| (numeric_key(&p.id), i))
            .collect();
        let hub_lonlat = (atlas.hub.lon, atlas.hub.lat);
        let hub_lonlat = if finite(hub_lonlat.0, hub_lonlat.1) {
            hub_lonlat
        } else {
            crate::core::geo::HUB
        };
        let hub = proj.project(hub_lonlat.0, hub_lonlat.1);
        let mut used = vec![false; paths.len()];
        let mut countries = Vec::with_capacity(atlas.countries.len());
        let mut unplaceable = Vec::new();
        for c in &atlas.countries {
            let shape = by_numeric
                .get(numeric_key(&c.numeric))
                .copied()
                .filter(|&i| !paths[i].d.is_empty());
            let lonlat = if finite(c.lon, c.lat) {
                Some((c.lon, c.lat))
            } else {
                shape.and_then(|i| {
                    let (x, y) = paths[i].centroid;
                    proj.invert(x, y)
                })
            };
            let Some(lonlat) = lonlat else {
                unplaceable.push(c.id.clone());
                continue;
            };
            let anchor = proj.project(lonlat.0, lonlat.1);
            let frame = match shape {
                Some(i) => {
                    used[i] = true;
                    paths[i].main_bbox
                }
                None => {
                    let mut b = Bbox::EMPTY;
                    b.extend((anchor.0 - POINT_FRAME, anchor.1 - POINT_FRAME));
                    b.extend((anchor.0 + POINT_FRAME, anchor.1 + POINT_FRAME));
                    b
                }
            };
            countries.push(CountryShape {
                id: c.id.clone(),
                d: shape.map(|i| paths[i].d.clone()),
                anchor,
                frame,
                arc_out: arc_path(&proj, hub_lonlat, lonlat),
                arc_in: arc_path(&proj, lonlat, hub_lonlat),
            });
        }
        let hub_index = by_numeric.get(numeric_key(&atlas.hub.numeric)).copied();
        if let Some(i) = hub_index {
            used[i] = true;
        }
        let mut background = String::new();
        for (i, p) in paths.iter().enumerate() {
            if !used[i] {
                background.push_str(&p.d);
            }
        }
        let platforms = atlas
            .platforms
            .iter()
            .filter(|p| finite(p.lon, p.lat))
            .map(|p| PlatformPoint {
                id: p.id.to_string(),
                kind: p.kind,
                at: proj.project(p.lon, p.lat),
                year: p.year,
            })
            .collect();
        MapGeometry {
            sphere: crate::core::geo::path::sphere_path(&proj),
            background,
            hub_country: hub_index.map(|i| paths[i].d.clone()),
            hub,
            countries,
            platforms,
            unplaceable,
            attribution: world.attribution.clone(),
        }
    }

    /// The placed country `id`, if any.
    pub fn country(&self, id: &str) -> Option<&CountryShape> {
        self.countries.iter().find(|c| c.id == id)
    }

    /// Where a frame that shows a slice of the map (a phone) centres it: halfway between
    /// the hub and the median partner country, so Chongqing and most of its partners are in
    /// view (see `core::geo::Zoom::home`).
    pub fn network_center_x(&self) -> f64 {
        let mut xs: Vec<f64> = self.countries.iter().map(|c| c.anchor.0).collect();
        if xs.is_empty() {
            return self.hub.0;
        }
        xs.sort_by(f64::total_cmp);
        let median = xs[xs.len() / 2];
        (self.hub.0 + median) / 2.0
    }

    /// How far the home view moves the map in a frame of `aspect` (its width over its
    /// height) that shows a slice of it, rounded as the SVG writes it (`Zoom::home`).
    pub fn home_shift(&self, aspect: f64) -> f64 {
        let frame = Frame::covering(MAP_WIDTH, MAP_HEIGHT, aspect);
        let tx = Zoom::home(self.network_center_x(), frame).tx;
        (tx * 1000.0).round() / 1000.0 + 0.0
    }
}
