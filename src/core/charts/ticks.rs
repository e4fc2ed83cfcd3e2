//! Axis ticks on "nice" 1-2-5 steps, locale-free number formatting with SI suffixes, and
//! thinning of category labels so crowded axes stay legible.

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

/// A number for an axis or label, without locale: integers as digits (thousands are
/// grouped with a thin space), large values with SI suffixes (`12k`, `3.5M`, `1G`),
/// fractions with at most two decimals. `-0` shows as `0`.
pub fn format_value(value: f64) -> String {
    if !value.is_finite() {
        return "–".to_string();
    }
    let abs = value.abs();
    let sign = if value < 0.0 { "-" } else { "" };
    for (limit, suffix) in [(1e9, "G"), (1e6, "M"), (1e4, "k")] {
        if abs >= limit {
            let scaled = abs / if suffix == "k" { 1e3 } else { limit };
            return format!("{sign}{}{suffix}", trim_decimals(scaled, 1));
        }
    }
    if abs == 0.0 {
        return "0".to_string();
    }
    let text = trim_decimals(abs, 2);
    format!("{sign}{}", group_thousands(&text))
}

/// The exact count for tables and accessible names: all digits, thin-space grouped.
pub fn format_count(value: f64) -> String {
    if !value.is_finite() {
        return "–".to_string();
    }
    let text = trim_decimals(value.abs(), 2);
    let sign = if value < 0.0 && value.abs() > 0.0 {
        "-"
    } else {
        ""
    };
    format!("{sign}{}", group_thousands(&text))
}

fn trim_decimals(value: f64, max_decimals: usize) -> String {
    let text = format!("{value:.max_decimals$}");
    if text.contains('.') {
        text.trim_end_matches('0').trim_end_matches('.').to_string()
    } else {
        text
    }
}

fn group_thousands(text: &str) -> String {
    let (int, frac) = match text.split_once('.') {
        Some((i, f)) => (i, Some(f)),
        None => (text, None),
    };
    if int.len() <= 4 {
        return text.to_string();
    }
    let mut out = String::new();
    for (i, ch) in int.chars().enumerate() {
        if i > 0 && (int.len() - i) % 3 == 0 {
            out.push('\u{2009}');
        }
        out.push(ch);
    }
    if let Some(f) = frac {
        out.push('.');
        out.push_str(f);
    }
    out
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

/// Shortens `text` to at most `max_chars` characters, ending with `…` when cut.
pub fn truncate_label(text: &str, max_chars: usize) -> String {
    if text.chars().count() <= max_chars {
        return text.to_string();
    }
    let mut out: String = text.chars().take(max_chars.saturating_sub(1)).collect();
    out.push('…');
    out
}
