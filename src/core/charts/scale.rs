//! Linear and band scales: the two mappings every chart here needs, from data to pixels.

/// Maps a continuous domain onto a pixel range, like d3's `scaleLinear`.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct LinearScale {
    /// Domain start and end (data units).
    pub domain: (f64, f64),
    /// Range start and end (pixels).
    pub range: (f64, f64),
}

impl LinearScale {
    /// A scale from `domain` to `range`. A degenerate domain (start == end, or not finite)
    /// maps everything to the range start instead of dividing by zero.
    pub fn new(domain: (f64, f64), range: (f64, f64)) -> Self {
        Self { domain, range }
    }

    /// The pixel position of `value`.
    pub fn map(&self, value: f64) -> f64 {
        let (d0, d1) = self.domain;
        let (r0, r1) = self.range;
        let span = d1 - d0;
        if !span.is_finite() || span == 0.0 || !value.is_finite() {
            return r0;
        }
        r0 + (value - d0) / span * (r1 - r0)
    }
}

/// Evenly spaced bands for categories, like d3's `scaleBand`.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct BandScale {
    /// How many categories.
    pub count: usize,
    /// Range start and end (pixels).
    pub range: (f64, f64),
    /// Fraction of each step left empty between bands (0..1).
    pub padding: f64,
}

impl BandScale {
    /// Bands for `count` categories across `range`, with `padding` (clamped to 0..0.9).
    pub fn new(count: usize, range: (f64, f64), padding: f64) -> Self {
        Self {
            count,
            range,
            padding: padding.clamp(0.0, 0.9),
        }
    }

    /// Distance from one band's start to the next.
    pub fn step(&self) -> f64 {
        if self.count == 0 {
            return 0.0;
        }
        (self.range.1 - self.range.0) / self.count as f64
    }

    /// Width of one band (the step minus padding).
    pub fn bandwidth(&self) -> f64 {
        self.step() * (1.0 - self.padding)
    }

    /// Start of band `index` (outer padding is half the inner padding).
    pub fn start(&self, index: usize) -> f64 {
        self.range.0 + self.step() * index as f64 + self.step() * self.padding / 2.0
    }

    /// Centre of band `index`.
    pub fn center(&self, index: usize) -> f64 {
        self.start(index) + self.bandwidth() / 2.0
    }
}
