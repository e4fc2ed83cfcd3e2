//! Great-circle arcs from the hub to partner countries, after d3-geo's `src/interpolate.js`.
//!
//! Points are `(lon, lat)` in degrees. An arc is interpolated on the sphere and then cut where
//! it crosses the antimeridian, so Chongqing → Chile or → Fiji does not smear across the map.

use super::projection::Projection;
use super::svg_path::SvgPath;

/// Degrees per segment when [`arc_path`] picks the resolution: smooth at any zoom we allow,
/// and at most 90 segments for the longest possible arc.
const DEGREES_PER_SEGMENT: f64 = 2.0;

/// Angular distance between two points, in radians (haversine, stable for short distances).
pub fn distance(from: (f64, f64), to: (f64, f64)) -> f64 {
    let (x0, y0, x1, y1) = (
        from.0.to_radians(),
        from.1.to_radians(),
        to.0.to_radians(),
        to.1.to_radians(),
    );
    let h = haversin(y1 - y0) + y0.cos() * y1.cos() * haversin(x1 - x0);
    2.0 * h.sqrt().clamp(0.0, 1.0).asin()
}

fn haversin(x: f64) -> f64 {
    let s = (x / 2.0).sin();
    s * s
}

/// `segments + 1` points evenly spaced along the shorter great circle from `from` to `to`.
/// The first and last points are the inputs exactly. Antipodal points have no single
/// shortest route; the arc then runs over the North Pole (or, from a pole, via longitude
/// `from.0` on the equator).
pub fn great_circle(from: (f64, f64), to: (f64, f64), segments: usize) -> Vec<(f64, f64)> {
    let segments = segments.max(1);
    let d = distance(from, to);
    if d > 0.0 && d.sin() < 1e-9 {
        let via = if from.1.abs() < 90.0 {
            (from.0, 90.0)
        } else {
            (from.0, 0.0)
        };
        let half = (segments / 2).max(1);
        let mut points = great_circle(from, via, half);
        points.pop();
        points.extend(great_circle(via, to, segments.saturating_sub(half).max(1)));
        return points;
    }
    let (x0, y0, x1, y1) = (
        from.0.to_radians(),
        from.1.to_radians(),
        to.0.to_radians(),
        to.1.to_radians(),
    );
    let (cy0, sy0, cy1, sy1) = (y0.cos(), y0.sin(), y1.cos(), y1.sin());
    let (kx0, ky0, kx1, ky1) = (
        cy0 * x0.cos(),
        cy0 * x0.sin(),
        cy1 * x1.cos(),
        cy1 * x1.sin(),
    );
    let k = d.sin();
    let mut points = Vec::with_capacity(segments + 1);
    points.push(from);
    for i in 1..segments {
        if d == 0.0 {
            points.push(from);
            continue;
        }
        let t = d * i as f64 / segments as f64;
        let (b, a) = (t.sin() / k, (d - t).sin() / k);
        let (x, y, z) = (a * kx0 + b * kx1, a * ky0 + b * ky1, a * sy0 + b * sy1);
        points.push((
            y.atan2(x).to_degrees(),
            z.atan2((x * x + y * y).sqrt()).to_degrees(),
        ));
    }
    points.push(to);
    points
}

/// Splits a line of `(lon, lat)` points wherever a step crosses the antimeridian, ending one
/// piece on one edge of the map and starting the next on the other at the same latitude.
pub fn split_at_antimeridian(points: &[(f64, f64)]) -> Vec<Vec<(f64, f64)>> {
    let mut pieces = Vec::new();
    let mut current: Vec<(f64, f64)> = Vec::new();
    for &p in points {
        if let Some(&a) = current.last() {
            if (p.0 - a.0).abs() > 180.0 {
                let edge = 180.0_f64.copysign(a.0);
                // Longitude distance to the edge over the whole (unwrapped) step.
                let step = p.0 - a.0 + 360.0_f64.copysign(a.0);
                let t = if step == 0.0 {
                    0.0
                } else {
                    (edge - a.0) / step
                };
                let lat = a.1 + t * (p.1 - a.1);
                current.push((edge, lat));
                pieces.push(std::mem::take(&mut current));
                current.push((-edge, lat));
            }
        }
        current.push(p);
    }
    if current.len() > 1 {
        pieces.push(current);
    }
    pieces
}

/// SVG path strings (one per piece) for the great-circle arc from `from` to `to`, split at
/// the antimeridian. Resolution is one segment per two degrees of arc.
pub fn arc_path(proj: &Projection, from: (f64, f64), to: (f64, f64)) -> Vec<String> {
    let segments = (distance(from, to).to_degrees() / DEGREES_PER_SEGMENT).ceil() as usize;
    split_at_antimeridian(&great_circle(from, to, segments))
        .iter()
        .map(|piece| {
            let mut path = SvgPath::with_capacity(piece.len());
            let mut projected = piece.iter().map(|&(lon, lat)| proj.project(lon, lat));
            if let Some(first) = projected.next() {
                path.move_to(first);
            }
            projected.for_each(|p| path.line_to(p));
            path.finish()
        })
        .collect()
}
