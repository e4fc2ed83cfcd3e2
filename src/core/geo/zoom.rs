//! Zoom and pan of the map as a pure transform, `screen = k · map + (tx, ty)`, like
//! d3-zoom's `ZoomTransform`. Event handling lives in the component; the arithmetic lives here.

use super::bbox::Bbox;

/// A uniform scale `k` followed by a translation `(tx, ty)`, in pixels of the SVG viewBox.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Zoom {
    /// Scale factor, within [`Zoom::MIN_K`]..=[`Zoom::MAX_K`].
    pub k: f64,
    /// Horizontal translation in pixels.
    pub tx: f64,
    /// Vertical translation in pixels.
    pub ty: f64,
}

impl Default for Zoom {
    fn default() -> Self {
        Self::IDENTITY
    }
}

impl Zoom {
    /// Whole map, unzoomed.
    pub const IDENTITY: Zoom = Zoom {
        k: 1.0,
        tx: 0.0,
        ty: 0.0,
    };
    /// Zooming out further than the whole map would only show empty margins.
    pub const MIN_K: f64 = 1.0;
    /// At 12× the 110m coastlines are already coarse.
    pub const MAX_K: f64 = 12.0;
    /// Share of the view a country fills after [`Zoom::fit_bbox`], leaving some context.
    pub const FIT_FILL: f64 = 0.8;

    /// Multiplies the scale by `factor` while `point` (screen pixels, e.g. under the mouse)
    /// stays where it is, then clamps scale and translation for a `width` × `height` map.
    pub fn zoom_at(self, point: (f64, f64), factor: f64, width: f64, height: f64) -> Zoom {
        let factor = if factor.is_finite() && factor > 0.0 {
            factor
        } else {
            1.0
        };
        let current = self.clamped(width, height);
        let k = (current.k * factor).clamp(Self::MIN_K, Self::MAX_K);
        // The map point under the cursor before and after must coincide.
        let (mx, my) = current.invert(point);
        Zoom {
            k,
            tx: point.0 - k * mx,
            ty: point.1 - k * my,
        }
        .clamped(width, height)
    }

    /// Moves the map by `(dx, dy)` pixels, clamped so it cannot be dragged away.
    pub fn pan(self, dx: f64, dy: f64, width: f64, height: f64) -> Zoom {
        Zoom {
            tx: self.tx + dx,
            ty: self.ty + dy,
            ..self
        }
        .clamped(width, height)
    }

    /// Keeps `k` within bounds and the view inside the map: at scale `k` the map spans
    /// `k · width`, so `tx` may range over `[width · (1 − k), 0]` (likewise for `ty`).
    pub fn clamped(self, width: f64, height: f64) -> Zoom {
        let k = if self.k.is_finite() {
            self.k.clamp(Self::MIN_K, Self::MAX_K)
        } else {
            Self::MIN_K
        };
        let clamp = |t: f64, size: f64| {
            let t = if t.is_finite() { t } else { 0.0 };
            t.clamp((size * (1.0 - k)).min(0.0), 0.0)
        };
        Zoom {
            k,
            tx: clamp(self.tx, width),
            ty: clamp(self.ty, height),
        }
    }

    /// The transform that centres `bbox` (map pixels) and scales it to fill
    /// [`Zoom::FIT_FILL`] of the view, within the scale and pan limits. An empty or
    /// zero-size box zooms in fully on its centre.
    pub fn fit_bbox(bbox: Bbox, width: f64, height: f64) -> Zoom {
        if bbox.is_empty() {
            return Self::IDENTITY;
        }
        let k = Self::FIT_FILL * (width / bbox.width()).min(height / bbox.height());
        let k = if k.is_finite() { k } else { Self::MAX_K };
        let k = k.clamp(Self::MIN_K, Self::MAX_K);
        let (cx, cy) = bbox.center();
        Zoom {
            k,
            tx: width / 2.0 - k * cx,
            ty: height / 2.0 - k * cy,
        }
        .clamped(width, height)
    }

    /// Map pixels to screen pixels.
    pub fn apply(&self, (x, y): (f64, f64)) -> (f64, f64) {
        (self.k * x + self.tx, self.k * y + self.ty)
    }

    /// Screen pixels to map pixels.
    pub fn invert(&self, (x, y): (f64, f64)) -> (f64, f64) {
        ((x - self.tx) / self.k, (y - self.ty) / self.k)
    }

    /// The SVG `transform` attribute, e.g. `translate(-120.5,-40) scale(2)`. Numbers keep
    /// three decimals: enough below a pixel even at the maximum scale.
    pub fn to_svg_transform(&self) -> String {
        format!(
            "translate({},{}) scale({})",
            round3(self.tx),
            round3(self.ty),
            round3(self.k)
        )
    }
}

fn round3(v: f64) -> f64 {
    // `+ 0.0` turns a rounded -0 into 0 so the string never reads "-0".
    (v * 1000.0).round() / 1000.0 + 0.0
}
