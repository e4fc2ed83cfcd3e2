//! The Equal Earth projection (Šavrič, Patterson & Jenny 2018), as in d3-geo's `geoEqualEarthRaw`.
//!
//! The raw functions work in radians on a unit sphere; [`Projection`] adds the scale and
//! translation that place the map in an SVG box. Like d3, screen `y` grows downwards, so north
//! is up.

use std::f64::consts::{FRAC_PI_2, PI};

/// Polynomial coefficient of the published formula.
pub const A1: f64 = 1.340264;
/// Polynomial coefficient of the published formula.
pub const A2: f64 = -0.081106;
/// Polynomial coefficient of the published formula.
pub const A3: f64 = 0.000893;
/// Polynomial coefficient of the published formula.
pub const A4: f64 = 0.003796;
/// `sqrt(3) / 2`, the sine of the parametric latitude at the poles.
pub const M: f64 = 0.866_025_403_784_438_6;

/// Newton steps for the inverse; d3 uses the same cap and tolerance.
const ITERATIONS: usize = 12;
const EPSILON2: f64 = 1e-12;

/// `f(θ)` of the formula: projected `y` as a polynomial in the parametric latitude `θ`.
fn poly(l: f64) -> f64 {
    let l2 = l * l;
    let l6 = l2 * l2 * l2;
    l * (A1 + A2 * l2 + l6 * (A3 + A4 * l2))
}

/// `f'(θ)`, which also appears in the denominator of `x`.
fn poly_derivative(l: f64) -> f64 {
    let l2 = l * l;
    let l6 = l2 * l2 * l2;
    A1 + 3.0 * A2 * l2 + l6 * (7.0 * A3 + 9.0 * A4 * l2)
}

/// Projects longitude `lambda` and latitude `phi` (radians) onto the unit Equal Earth plane,
/// `y` pointing north. The result spans about ±2.7066 by ±1.3174.
pub fn forward(lambda: f64, phi: f64) -> (f64, f64) {
    let l = (M * phi.sin()).clamp(-1.0, 1.0).asin();
    (lambda * l.cos() / (M * poly_derivative(l)), poly(l))
}

/// Inverts [`forward`]: `(x, y)` on the unit plane back to `(lambda, phi)` in radians, solving
/// `f(θ) = y` by Newton's method. `None` when the point lies outside the map outline.
pub fn inverse(x: f64, y: f64) -> Option<(f64, f64)> {
    if !x.is_finite() || !y.is_finite() {
        return None;
    }
    let mut l = y;
    for _ in 0..ITERATIONS {
        let delta = (poly(l) - y) / poly_derivative(l);
        l -= delta;
        if delta.abs() < EPSILON2 {
            break;
        }
    }
    let sin_phi = l.sin() / M;
    // Tolerance for points a rounding error beyond the pole line or the ±180° edge.
    if !l.is_finite() || sin_phi.abs() > 1.0 + 1e-9 {
        return None;
    }
    let lambda = M * x * poly_derivative(l) / l.cos();
    if lambda.abs() > PI + 1e-9 {
        return None;
    }
    Some((lambda, sin_phi.clamp(-1.0, 1.0).asin()))
}

/// The projection configured for one SVG box: `screen = translate + scale * (x, -y)`.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Projection {
    /// Pixels per unit of the raw projection (d3's default for Equal Earth is 177.158).
    pub scale: f64,
    /// Screen position of longitude 0, latitude 0.
    pub translate: (f64, f64),
}

impl Projection {
    /// A projection with an explicit scale and translation.
    pub fn new(scale: f64, translate: (f64, f64)) -> Self {
        Self { scale, translate }
    }

    /// Fits the whole sphere (the outline at longitude ±180°, latitude ±90°) into a
    /// `width` × `height` box with `padding` pixels on every side, centred, like d3's
    /// `fitExtent([[p, p], [w - p, h - p]], {type: "Sphere"})`.
    pub fn fit_extent(width: f64, height: f64, padding: f64) -> Self {
        let (half_w, half_h) = sphere_half_extent();
        let inner_w = (width - 2.0 * padding).max(0.0);
        let inner_h = (height - 2.0 * padding).max(0.0);
        let scale = (inner_w / (2.0 * half_w)).min(inner_h / (2.0 * half_h));
        Self::new(scale, (width / 2.0, height / 2.0))
    }

    /// Projects a longitude and latitude in degrees to screen pixels.
    pub fn project(&self, lon_deg: f64, lat_deg: f64) -> (f64, f64) {
        let (x, y) = forward(lon_deg.to_radians(), lat_deg.to_radians());
        (
            self.translate.0 + self.scale * x,
            self.translate.1 - self.scale * y,
        )
    }

    /// Screen pixels back to `(lon, lat)` in degrees; `None` off the map (or at scale 0).
    pub fn invert(&self, x: f64, y: f64) -> Option<(f64, f64)> {
        if self.scale == 0.0 {
            return None;
        }
        let rx = (x - self.translate.0) / self.scale;
        let ry = (self.translate.1 - y) / self.scale;
        inverse(rx, ry).map(|(lambda, phi)| (lambda.to_degrees(), phi.to_degrees()))
    }

    /// Width and height in pixels of the projected sphere outline at this scale.
    pub fn sphere_size(&self) -> (f64, f64) {
        let (half_w, half_h) = sphere_half_extent();
        (2.0 * half_w * self.scale, 2.0 * half_h * self.scale)
    }
}

/// Half width and half height of the unit sphere outline. The projection is symmetric about
/// both axes, so the widest point is the equator at ±180° and the tallest the pole line.
fn sphere_half_extent() -> (f64, f64) {
    (forward(PI, 0.0).0, forward(0.0, FRAC_PI_2).1)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_equator_is_the_widest_parallel() {
        // Guards the shortcut in `sphere_half_extent` against a sampled outline.
        let widest = (0..=900)
            .map(|i| forward(PI, (i as f64 / 10.0).to_radians()).0)
            .fold(0.0, f64::max);
        assert!((widest - sphere_half_extent().0).abs() < 1e-12);
    }
}
