//! Zoom and pan of the map as a pure transform, `screen = k · map + (tx, ty)`, like
//! d3-zoom's `ZoomTransform`. Event handling lives in the component; the arithmetic lives here.
//!
//! The map is shown through a [`Frame`]: the part of its viewBox on screen. On a wide screen
//! that is the whole map; a frame taller than the map's 2:1 (a phone, where the map fills at
//! least half the screen's height) shows a slice of it, and can be panned at scale 1.

use super::bbox::Bbox;

/// The part of the map's viewBox on screen, in viewBox pixels, and the map's size.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Frame {
    /// The map's width.
    pub map_width: f64,
    /// The map's height.
    pub map_height: f64,
    /// Left edge of the part shown.
    pub x: f64,
    /// Top edge of the part shown.
    pub y: f64,
    /// Width of the part shown.
    pub width: f64,
    /// Height of the part shown.
    pub height: f64,
}

impl Frame {
    /// The whole `width` × `height` map.
    pub fn whole(width: f64, height: f64) -> Frame {
        Frame {
            map_width: width,
            map_height: height,
            x: 0.0,
            y: 0.0,
            width,
            height,
        }
    }

    /// What a box of `aspect` (its width over its height) shows of the map when the map
    /// covers it, centred (SVG's `preserveAspectRatio="xMidYMid slice"`): a box taller than
    /// the map shows a vertical slice, a wider one a horizontal band. A box without a size
    /// (not laid out yet) shows the whole map.
    pub fn covering(width: f64, height: f64, aspect: f64) -> Frame {
        let whole = Frame::whole(width, height);
        if !(aspect.is_finite() && aspect > 0.0) || width <= 0.0 || height <= 0.0 {
            return whole;
        }
        if aspect < width / height {
            let shown = height * aspect;
            Frame {
                x: (width - shown) / 2.0,
                width: shown,
                ..whole
            }
        } else {
            let shown = width / aspect;
            Frame {
                y: (height - shown) / 2.0,
                height: shown,
                ..whole
            }
        }
    }

    /// The centre of the part shown.
    pub fn center(&self) -> (f64, f64) {
        (self.x + self.width / 2.0, self.y + self.height / 2.0)
    }
}

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

    /// The view a map opens with in `frame`: the whole map, or where the frame shows a
    /// slice of it, the slice centred on `center_x` (the network's centre), as far as the map
    /// reaches.
    pub fn home(center_x: f64, frame: Frame) -> Zoom {
        let center_x = if center_x.is_finite() {
            center_x
        } else {
            frame.map_width / 2.0
        };
        Zoom {
            k: 1.0,
            tx: frame.center().0 - center_x,
            ty: 0.0,
        }
        .clamped(frame)
    }

    /// Multiplies the scale by `factor` while `point` (screen pixels, e.g. under the mouse)
    /// stays where it is, then clamps scale and translation for `frame`.
    pub fn zoom_at(self, point: (f64, f64), factor: f64, frame: Frame) -> Zoom {
        let factor = if factor.is_finite() && factor > 0.0 {
            factor
        } else {
            1.0
        };
        let current = self.clamped(frame);
        let k = (current.k * factor).clamp(Self::MIN_K, Self::MAX_K);
        // The map point under the cursor before and after must coincide.
        let (mx, my) = current.invert(point);
        Zoom {
            k,
            tx: point.0 - k * mx,
            ty: point.1 - k * my,
        }
        .clamped(frame)
    }

    /// Moves the map by `(dx, dy)` pixels, clamped so it cannot be dragged away.
    pub fn pan(self, dx: f64, dy: f64, frame: Frame) -> Zoom {
        Zoom {
            tx: self.tx + dx,
            ty: self.ty + dy,
            ..self
        }
        .clamped(frame)
    }

    /// Keeps `k` within bounds and the frame inside the map: at scale `k` the map spans
    /// `k · map_width`, so `tx` may range over `[x + width − k · map_width, x]`, which for
    /// the whole map is `[map_width · (1 − k), 0]` (likewise for `ty`).
    pub fn clamped(self, frame: Frame) -> Zoom {
        let k = if self.k.is_finite() {
            self.k.clamp(Self::MIN_K, Self::MAX_K)
        } else {
            Self::MIN_K
        };
        let clamp = |t: f64, start: f64, shown: f64, size: f64| {
            let t = if t.is_finite() { t } else { 0.0 };
            t.clamp((start + shown - k * size).min(start), start)
        };
        Zoom {
            k,
            tx: clamp(self.tx, frame.x, frame.width, frame.map_width),
            ty: clamp(self.ty, frame.y, frame.height, frame.map_height),
        }
    }

    /// The transform that centres `bbox` (map pixels) and scales it to fill
    /// [`Zoom::FIT_FILL`] of the view, within the scale and pan limits. An empty or
    /// zero-size box zooms in fully on its centre.
    pub fn fit_bbox(bbox: Bbox, frame: Frame) -> Zoom {
        if bbox.is_empty() {
            return Self::IDENTITY.clamped(frame);
        }
        let k = Self::FIT_FILL * (frame.width / bbox.width()).min(frame.height / bbox.height());
        let k = if k.is_finite() { k } else { Self::MAX_K };
        let k = k.clamp(Self::MIN_K, Self::MAX_K);
        let (cx, cy) = bbox.center();
        let (fx, fy) = frame.center();
        Zoom {
            k,
            tx: fx - k * cx,
            ty: fy - k * cy,
        }
        .clamped(frame)
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
