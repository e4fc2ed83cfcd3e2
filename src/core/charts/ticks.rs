//! Axis ticks on "nice" 1-2-5 steps, their numbers in the interface language (with SI
//! suffixes for large ones), and thinning of category labels so crowded axes stay legible.

use crate::core::figure_text::format_decimal;
use crate::core::lang::Lang;

/// A tick step of 1, 2 or 5 times a power of ten that gives about `count` intervals over
/// `span`. Always positive and finite.
pub fn nice_step(span: f64, count: usize) -> f64 {
    let count = count.max(1) as f64;
    if !span.is_finite() || span <= 0.0 {
        return 1.0;
    }
    let raw = span / count;
    let power = 10f64.powf(raw.log10().floor());
    let fraction = raw / power;
    let nice = if fraction <= 1.0 {
        1.0
    } else if fraction <= 2.0 {
        2.0
    } else if fraction <= 5.0 {
        5.0
    } else {
        10.0
    };
    nice * power
}

/// Tick values covering `[min, max]` (extended outwards to whole steps), about `count`
/// of them. Zero is always among them when the range crosses it. An empty or degenerate
/// range gives `[0, 1]`-style ticks, never a panic or an endless list.
pub fn nice_ticks(min: f64, max: f64, count: usize) -> Vec<f64> {
    let (mut lo, mut hi) = if min.is_finite() && max.is_finite() {
        (min.min(max), min.max(max))
    } else {
        (0.0, 1.0)
    };
    if lo == hi {
        if lo == 0.0 {
            hi = 1.0;
        } else if lo > 0.0 {
            lo = 0.0;
        } else {
            hi = 0.0;
        }
    }
    let step = nice_step(hi - lo, count);
    let first = (lo / step).floor();
    let last = (hi / step).ceil();
    let n = ((last - first) as usize).min(1000);
    (0..=n)
        .map(|i| {
            let v = (first + i as f64) * step;
            // Snap away float noise such as 0.30000000000000004.
            let digits = (-step.log10().floor()).max(0.0) as i32;
            let m = 10f64.powi(digits);
            (v * m).round() / m
        })
        .collect()
}

/// A number for an axis or label in `lang`: large values with SI suffixes (`12k`, `3.5M`,
/// German `3,5M`), others with the language's grouping and at most two decimals
/// ([`format_decimal`], the app's one number format). `-0` shows as `0`.
pub fn format_value(value: f64, lang: Lang) -> String {
    let abs = value.abs();
    for (limit, divisor, suffix) in [(1e9, 1e9, "G"), (1e6, 1e6, "M"), (1e4, 1e3, "k")] {
        if value.is_finite() && abs >= limit {
            return format!("{}{suffix}", format_decimal(value / divisor, 1, lang));
        }
    }
    format_decimal(value, 2, lang)
}

/// The exact count for tables and accessible names in `lang`: every digit, grouped as the
/// language groups them, at most two decimals.
pub fn format_count(value: f64, lang: Lang) -> String {
    format_decimal(value, 2, lang)
}

/// Every how-many-th category label to draw so labels `label_size` pixels tall (or wide)
/// don't overlap in `available` pixels for `count` categories. 1 means all.
pub fn label_stride(count: usize, available: f64, label_size: f64) -> usize {
    if count == 0 || label_size <= 0.0 || !available.is_finite() || available <= 0.0 {
        return 1;
    }
    let fits = (available / label_size).floor().max(1.0) as usize;
    count.div_ceil(fits).max(1)
}

/// How wide `c` is in units of a Latin character: 2 for CJK and other wide scripts.
pub fn text_units(c: char) -> usize {
    if (c as u32) >= 0x2E80 {
        2
    } else {
        1
    }
}

/// Shortens `text` to at most `max_units` (see [`text_units`]: a Chinese character counts
/// twice), ending with `…` when cut.
pub fn truncate_label(text: &str, max_units: usize) -> String {
    if text.chars().map(text_units).sum::<usize>() <= max_units {
        return text.to_string();
    }
    let mut out = String::new();
    let mut units = 0;
    for c in text.chars() {
        units += text_units(c);
        if units >= max_units {
            break;
        }
        out.push(c);
    }
    out.push('…');
    out
}
