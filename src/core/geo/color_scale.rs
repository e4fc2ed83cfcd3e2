//! The choropleth's sequential colour scale: ColorBrewer YlGnBu with "nice" class breaks.
//!
//! YlGnBu is sequential and colour-blind safe (ColorBrewer, Cynthia Brewer, Penn State,
//! Apache-2.0). Breaks are 1, 2 or 5 × 10^k so that the legend reads like "1–4, 5–9,
//! 10–19, 20+" rather than "1–3.7".
//!
//! Zero is its own class: when the data contain zeros (a country with no activity yet,
//! which is different from a country without data), bin 0 is labelled "0" and painted the
//! lightest colour; the remaining classes cover the positive values. No data (`NaN`,
//! infinities) is never binned and gets [`NO_DATA_COLOR`].

/// Fill for countries without data: a neutral grey, distinct from every palette colour.
pub const NO_DATA_COLOR: &str = "#d9d9d9";

/// ColorBrewer YlGnBu, light to dark, for 3 to 9 classes (index = classes − 3).
const YL_GN_BU: [&[&str]; 7] = [
    &["#edf8b1", "#7fcdbb", "#2c7fb8"],
    &["#ffffcc", "#a1dab4", "#41b6c4", "#225ea8"],
    &["#ffffcc", "#a1dab4", "#41b6c4", "#2c7fb8", "#253494"],
    &[
        "#ffffcc", "#c7e9b4", "#7fcdbb", "#41b6c4", "#2c7fb8", "#253494",
    ],
    &[
        "#ffffcc", "#c7e9b4", "#7fcdbb", "#41b6c4", "#1d91c0", "#225ea8", "#0c2c84",
    ],
    &[
        "#ffffd9", "#edf8b1", "#c7e9b4", "#7fcdbb", "#41b6c4", "#1d91c0", "#225ea8", "#0c2c84",
    ],
    &[
        "#ffffd9", "#edf8b1", "#c7e9b4", "#7fcdbb", "#41b6c4", "#1d91c0", "#225ea8", "#253494",
        "#081d58",
    ],
];

/// The most classes a legend can show.
pub const MAX_CLASSES: usize = 9;

/// YlGnBu with `classes` colours, light to dark. One or two classes take the darker end of
/// the three-class scheme so they stand out from the background; more than nine clamp.
pub fn palette(classes: usize) -> &'static [&'static str] {
    match classes {
        0 => &[],
        1 | 2 => &YL_GN_BU[0][3 - classes..],
        n => YL_GN_BU[n.min(MAX_CLASSES) - 3],
    }
}

/// Class breaks for a choropleth, built by [`Bins::nice`].
#[derive(Clone, Debug, PartialEq)]
pub struct Bins {
    /// Whether bin 0 is the zero class.
    has_zero: bool,
    /// Inclusive lower bound of each positive class, strictly increasing.
    lower: Vec<f64>,
    /// Whether every input was a whole number, which allows "5–9" style labels.
    integral: bool,
}

impl Bins {
    /// Breaks for `values` with at most `n` classes (clamped to 1..=9), zero class included.
    /// The first break is the smallest positive value rounded down to 1, 2 or 5 × 10^k; the
    /// others are quantiles of the positive values rounded to the nearest such number, with
    /// duplicates dropped, so skewed or tiny inputs yield fewer classes rather than empty ones.
    /// Non-finite values are ignored; values ≤ 0 count as zero.
    pub fn nice(values: &[f64], n: usize) -> Bins {
        let n = n.clamp(1, MAX_CLASSES);
        let finite = values.iter().copied().filter(|v| v.is_finite());
        let integral = finite.clone().all(|v| v.fract() == 0.0);
        let has_zero = finite.clone().any(|v| v <= 0.0);
        let mut positive: Vec<f64> = finite.filter(|&v| v > 0.0).collect();
        positive.sort_by(f64::total_cmp);
        let mut lower = Vec::new();
        if let (Some(&min), Some(&max)) = (positive.first(), positive.last()) {
            lower.push(nice_floor(min));
            let classes = if has_zero {
                n.saturating_sub(1).max(1)
            } else {
                n
            };
            for i in 1..classes {
                let q = quantile(&positive, i as f64 / classes as f64);
                let t = nice_round(q);
                if t <= max && lower.last().is_some_and(|&last| t > last) {
                    lower.push(t);
                }
            }
        }
        Bins {
            has_zero,
            lower,
            integral,
        }
    }

    /// Number of classes, the zero class included.
    pub fn len(&self) -> usize {
        usize::from(self.has_zero) + self.lower.len()
    }

    /// True when there is nothing to classify (empty or all-missing input).
    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }

    /// Inclusive lower bounds of the positive classes.
    pub fn thresholds(&self) -> &[f64] {
        &self.lower
    }

    /// The class of `value`: `None` for missing data (non-finite) or when there are no
    /// classes. Values ≤ 0 go to the zero class when there is one; anything below the first
    /// break otherwise lands in the lowest class, above the last break in the top one.
    pub fn bin_of(&self, value: f64) -> Option<usize> {
        if !value.is_finite() || self.is_empty() {
            return None;
        }
        if self.has_zero && (value <= 0.0 || self.lower.is_empty()) {
            return Some(0);
        }
        let above = self.lower.partition_point(|&t| t <= value);
        Some(usize::from(self.has_zero) + above.saturating_sub(1))
    }

    /// Fill colour for `value`: the palette colour of its class, or [`NO_DATA_COLOR`].
    pub fn color_of(&self, value: f64) -> &'static str {
        self.bin_of(value)
            .and_then(|i| self.colors().get(i).copied())
            .unwrap_or(NO_DATA_COLOR)
    }

    /// One colour per class, light to dark.
    pub fn colors(&self) -> &'static [&'static str] {
        palette(self.len())
    }

    /// Legend labels, one per class: "0", then "1–4", "5–9", "10–19", "20+" for whole
    /// numbers. Fractional data, or bounds of 10,000 and more, show "a–b" meaning from `a`
    /// up to but excluding `b`, with compact numbers ("10k", "2.5M", "1B").
    pub fn labels(&self) -> Vec<String> {
        let mut labels = Vec::with_capacity(self.len());
        if self.has_zero {
            labels.push("0".to_string());
        }
        for (i, &a) in self.lower.iter().enumerate() {
            labels.push(match self.lower.get(i + 1) {
                None => format!("{}+", compact(a)),
                Some(&b) if self.integral && b <= 10_000.0 && b - 1.0 <= a => compact(a),
                Some(&b) if self.integral && b <= 10_000.0 => {
                    format!("{}–{}", compact(a), compact(b - 1.0))
                }
                Some(&b) => format!("{}–{}", compact(a), compact(b)),
            });
        }
        labels
    }
}

/// Linear-interpolated quantile of sorted, non-empty data.
fn quantile(sorted: &[f64], p: f64) -> f64 {
    let pos = p * (sorted.len() - 1) as f64;
    let (i, frac) = (pos.floor() as usize, pos.fract());
    let next = sorted.get(i + 1).copied().unwrap_or(sorted[i]);
    sorted[i] + frac * (next - sorted[i])
}

/// `m × 10^k` computed by dividing for negative `k`, so 0.2 prints as "0.2".
fn nice_value(m: f64, k: i32) -> f64 {
    if k >= 0 {
        m * 10f64.powi(k)
    } else {
        m / 10f64.powi(-k)
    }
}

/// The largest 1, 2 or 5 × 10^k not above `v` (> 0).
fn nice_floor(v: f64) -> f64 {
    let k = v.log10().floor() as i32;
    [5.0, 2.0, 1.0]
        .iter()
        .map(|&m| nice_value(m, k))
        .find(|&t| t <= v * (1.0 + 1e-12))
        .unwrap_or_else(|| nice_value(1.0, k))
}

/// The 1, 2 or 5 × 10^k nearest to `v` (> 0) on a log scale.
fn nice_round(v: f64) -> f64 {
    let k = v.log10().floor() as i32;
    [1.0, 2.0, 5.0, 10.0]
        .iter()
        .map(|&m| nice_value(m, k))
        .min_by(|a, b| (a.ln() - v.ln()).abs().total_cmp(&(b.ln() - v.ln()).abs()))
        .unwrap_or(v)
}

/// Plain digits below 10,000, then "12k", "2.5M", "1B".
fn compact(v: f64) -> String {
    const UNITS: [(f64, &str); 3] = [(1e9, "B"), (1e6, "M"), (1e3, "k")];
    if v.abs() < 10_000.0 {
        return format!("{v}");
    }
    let (size, suffix) = UNITS
        .iter()
        .copied()
        .find(|&(size, _)| v.abs() >= size)
        .unwrap_or((1.0, ""));
    let scaled = (v / size * 10.0).round() / 10.0;
    format!("{scaled}{suffix}")
}
