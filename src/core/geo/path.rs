//! Projects the world once into SVG path strings, the way OWID Grapher's `GeoFeatures` does:
//! the app computes this in a `Memo` at start-up and only swaps fills afterwards.

use super::bbox::Bbox;
use super::projection::Projection;
use super::svg_path::SvgPath;
use super::world::{Polygon, World};

/// One country, projected and ready to render.
#[derive(Clone, Debug, PartialEq)]
pub struct CountryPath {
    /// The country's id from the world file (ISO 3166-1 numeric).
    pub id: String,
    /// English short name, for titles and aria labels.
    pub name: String,
    /// SVG path data, absolute commands, coordinates rounded to one decimal.
    pub d: String,
    /// Area-weighted centroid of the largest polygon, in pixels: where a label or a point for
    /// the country goes. The largest polygon, so that France is not pulled towards Guiana
    /// nor the United States towards Alaska.
    pub centroid: (f64, f64),
    /// Bounds of every polygon of the country, in pixels.
    pub bbox: Bbox,
    /// Bounds of the largest polygon alone: what zooming to the country should frame
    /// (Russia's full bounds span the map because Chukotka lies beyond 180°).
    pub main_bbox: Bbox,
}

/// Projects every country of `world` once.
pub fn country_paths(world: &World, proj: &Projection) -> Vec<CountryPath> {
    world
        .countries
        .iter()
        .map(|c| {
            let projected: Vec<Vec<Vec<(f64, f64)>>> = c
                .polygons
                .iter()
                .map(|p| project_polygon(p, proj))
                .collect();
            let points: usize = projected.iter().flatten().map(Vec::len).sum();
            let mut path = SvgPath::with_capacity(points);
            let mut bbox = Bbox::EMPTY;
            for ring in projected.iter().flatten() {
                let mut pts = ring.iter().copied();
                if let Some(first) = pts.next() {
                    path.move_to(first);
                    bbox.extend(first);
                    for p in pts {
                        path.line_to(p);
                        bbox.extend(p);
                    }
                    path.close();
                }
            }
            let main = projected
                .iter()
                .filter_map(|p| p.first())
                .map(|outline| (area_and_centroid(outline), outline))
                .max_by(|a, b| a.0 .0.total_cmp(&b.0 .0));
            let (centroid, main_bbox) = match main {
                Some(((_, centroid), outline)) => {
                    let mut b = Bbox::EMPTY;
                    outline.iter().for_each(|&p| b.extend(p));
                    (centroid, b)
                }
                None => (bbox.center(), bbox),
            };
            CountryPath {
                id: c.id.clone(),
                name: c.name.clone(),
                d: path.finish(),
                centroid,
                bbox,
                main_bbox,
            }
        })
        .collect()
}

/// The outline of the whole globe (meridians ±180° joined along the pole lines), for the
/// ocean background and as a clip path.
pub fn sphere_path(proj: &Projection) -> String {
    let mut path = SvgPath::with_capacity(2 * 181);
    path.move_to(proj.project(180.0, -90.0));
    for lat in -89..=90 {
        path.line_to(proj.project(180.0, f64::from(lat)));
    }
    for lat in (-90..=90).rev() {
        path.line_to(proj.project(-180.0, f64::from(lat)));
    }
    path.close();
    path.finish()
}

fn project_polygon(polygon: &Polygon, proj: &Projection) -> Vec<Vec<(f64, f64)>> {
    polygon
        .iter()
        .map(|ring| {
            ring.iter()
                .map(|&(lon, lat)| proj.project(lon, lat))
                .collect()
        })
        .collect()
}

/// Absolute area and centroid of a closed ring by the shoelace formula; a ring with no area
/// falls back to the mean of its points.
fn area_and_centroid(ring: &[(f64, f64)]) -> (f64, (f64, f64)) {
    let n = ring.len();
    let (mut a2, mut cx, mut cy) = (0.0, 0.0, 0.0);
    for i in 0..n {
        let ((x0, y0), (x1, y1)) = (ring[i], ring[(i + 1) % n]);
        let cross = x0 * y1 - x1 * y0;
        a2 += cross;
        cx += (x0 + x1) * cross;
        cy += (y0 + y1) * cross;
    }
    if a2.abs() < 1e-12 {
        let k = n.max(1) as f64;
        let (sx, sy) = ring.iter().fold((0.0, 0.0), |s, p| (s.0 + p.0, s.1 + p.1));
        return (0.0, (sx / k, sy / k));
    }
    (a2.abs() / 2.0, (cx / (3.0 * a2), cy / (3.0 * a2)))
}
