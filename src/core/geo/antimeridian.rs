//! Cuts polygons along the antimeridian so they can be drawn on a flat map.
//!
//! world-atlas 2 keeps geometry spherical: Fiji, Russia's Chukotka and Wrangel Island and
//! Antarctica have edges that jump from +180° to −180°. Drawn naively such an edge smears a
//! line across the whole map, so the converter cuts every ring there once, ahead of time.
//! Polygons that wrap around a pole (Antarctica) are instead closed along the pole line.

use super::world::{Polygon, Ring};

/// True when the edge from `a` to `b` is shorter going across the antimeridian.
pub fn crosses(a: (f64, f64), b: (f64, f64)) -> bool {
    (b.0 - a.0).abs() > 180.0
}

/// Splits `polygon` into pieces that never cross the antimeridian. Polygons that do not cross
/// come back unchanged, as the only element. Latitudes at the cut are interpolated linearly,
/// which at the 110m scale is indistinguishable from the great circle.
pub fn cut_polygon(polygon: &Polygon) -> Vec<Polygon> {
    let Some(outline) = polygon.first() else {
        return Vec::new();
    };
    if !polygon.iter().any(ring_crosses) {
        return vec![polygon.clone()];
    }
    if let Some(closed) = close_around_pole(outline) {
        // Holes of a polar polygon would need the same care; none exist in Natural Earth.
        let mut out = vec![closed];
        out.extend(polygon[1..].iter().cloned());
        return vec![out];
    }
    let (mut east, mut west): (Polygon, Polygon) = (Vec::new(), Vec::new());
    for ring in polygon {
        let unwrapped = unwrap(ring);
        let max = unwrapped.iter().map(|p| p.0).fold(f64::MIN, f64::max);
        // The unwrapped ring spans less than 360°, so it overhangs exactly one edge.
        let line = if max > 180.0 { 180.0 } else { -180.0 };
        // `main` stays on the map as is; `overhang` lies beyond the line and moves 360°.
        let main = clip(&unwrapped, line, line > 0.0);
        let overhang: Ring = clip(&unwrapped, line, line < 0.0)
            .into_iter()
            .map(|(x, y)| (x - 2.0 * line, y))
            .collect();
        for (piece, side) in [(main, line), (overhang, -line)] {
            if has_area(&piece) {
                if side > 0.0 { &mut east } else { &mut west }.push(piece);
            }
        }
    }
    // The first ring of each side is the cut outline; holes follow it.
    [east, west].into_iter().filter(|p| !p.is_empty()).collect()
}

fn ring_crosses(ring: &Ring) -> bool {
    let n = ring.len();
    (0..n).any(|i| crosses(ring[i], ring[(i + 1) % n]))
}

/// Rewrites longitudes so that consecutive points never differ by more than 180°.
fn unwrap(ring: &Ring) -> Ring {
    let mut out: Ring = Vec::with_capacity(ring.len());
    for &(lon, lat) in ring {
        let lon = match out.last() {
            Some(&(prev, _)) => prev + wrap(lon - prev),
            None => lon,
        };
        out.push((lon, lat));
    }
    out
}

fn wrap(delta: f64) -> f64 {
    if delta > 180.0 {
        delta - 360.0
    } else if delta < -180.0 {
        delta + 360.0
    } else {
        delta
    }
}

/// Sutherland–Hodgman against the half-plane `x <= line` (or `x >= line`). Where a ring
/// crosses the line several times the pieces stay joined by zero-width edges on the line,
/// which is the map's edge, so nothing visible is drawn there.
fn clip(ring: &Ring, line: f64, below: bool) -> Ring {
    let keep = |p: (f64, f64)| if below { p.0 <= line } else { p.0 >= line };
    let mut out = Vec::with_capacity(ring.len());
    for i in 0..ring.len() {
        let (a, b) = (ring[i], ring[(i + 1) % ring.len()]);
        if keep(a) != keep(b) {
            let t = (line - a.0) / (b.0 - a.0);
            out.push((line, a.1 + t * (b.1 - a.1)));
        }
        if keep(b) {
            out.push(b);
        }
    }
    out
}

fn has_area(ring: &Ring) -> bool {
    let n = ring.len();
    let twice_area: f64 = (0..n)
        .map(|i| {
            let (a, b) = (ring[i], ring[(i + 1) % n]);
            a.0 * b.1 - b.0 * a.1
        })
        .sum();
    n >= 3 && twice_area.abs() > 1e-9
}

/// A ring that goes once around a pole unwraps to a path ending 360° from where it began.
/// Such a ring is reopened at its single antimeridian crossing and closed along the pole.
fn close_around_pole(ring: &Ring) -> Option<Ring> {
    let n = ring.len();
    let crossings: Vec<usize> = (0..n)
        .filter(|&i| crosses(ring[i], ring[(i + 1) % n]))
        .collect();
    if crossings.len() != 1 {
        return None;
    }
    let i = crossings[0];
    let (a, b) = (ring[i], ring[(i + 1) % n]);
    let edge_east = if a.0 > 0.0 { 180.0 } else { -180.0 };
    let d = b.0 - a.0 + if a.0 > 0.0 { 360.0 } else { -360.0 };
    let t = if d == 0.0 { 0.0 } else { (edge_east - a.0) / d };
    let lat = a.1 + t * (b.1 - a.1);
    let mean_lat = ring.iter().map(|p| p.1).sum::<f64>() / n as f64;
    let pole = if mean_lat < 0.0 { -90.0 } else { 90.0 };
    let mut out = Vec::with_capacity(n + 4);
    out.push((-edge_east, lat));
    out.extend((1..=n).map(|k| ring[(i + k) % n]));
    out.extend([(edge_east, lat), (edge_east, pole), (-edge_east, pole)]);
    Some(out)
}
