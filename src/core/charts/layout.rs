//! Bar chart geometry: where every bar, tick and label goes, in SVG user units. Pure, so
//! the renderer only copies numbers into attributes and the tests can check legibility.

use super::chart_content::{Arrangement, BarData, Orientation};
use super::scale::{BandScale, LinearScale};
use super::ticks::{format_value, label_stride, nice_ticks, truncate_label};
use crate::core::lang::Lang;

/// Widest drawing of a bar chart, in SVG user units: a wider card scales it up with CSS.
pub const CHART_WIDTH: f64 = 640.0;
/// Narrowest drawing; a narrower card scales it down.
pub const MIN_CHART_WIDTH: f64 = 280.0;
/// Height of vertical (column) charts.
pub const COLUMN_CHART_HEIGHT: f64 = 320.0;
/// Widest space left of horizontal bars for category labels.
const LABEL_GUTTER: f64 = 150.0;
/// Height of one category label line, for thinning.
const LABEL_LINE: f64 = 13.0;
/// Width one year label needs on a column chart.
const COLUMN_LABEL_WIDTH: f64 = 40.0;
/// Width a category label's character may take at the charts' 11 px (wide and bold glyphs
/// included), so a label ends inside the drawing.
const LABEL_CHAR_WIDTH: f64 = 6.8;
/// Width a value tick's label needs (up to "10,000" at 11 px, with a gap).
const TICK_LABEL_WIDTH: f64 = 48.0;

/// The width to lay a bar chart out at for a card `available` CSS pixels wide (`None`
/// before it is measured): the card's own width, so the labels keep their 11 px on a
/// phone, between [`MIN_CHART_WIDTH`] and [`CHART_WIDTH`].
pub fn chart_width(available: Option<f64>) -> f64 {
    match available {
        Some(w) if w.is_finite() => w.floor().clamp(MIN_CHART_WIDTH, CHART_WIDTH),
        _ => CHART_WIDTH,
    }
}

/// One drawn bar (or bar segment).
#[derive(Clone, Debug, PartialEq)]
pub struct BarMark {
    /// Left edge.
    pub x: f64,
    /// Top edge.
    pub y: f64,
    /// Width (≥ 0).
    pub width: f64,
    /// Height (≥ 0).
    pub height: f64,
    /// Index into the data's categories.
    pub category: usize,
    /// Index into the data's series.
    pub series: usize,
    /// The value it stands for.
    pub value: f64,
    /// Cut at the end of the value axis: a remainder longer than the axis (see
    /// [`Category::remainder`](super::chart_content::Category::remainder)).
    pub clipped: bool,
}

/// A tick or category label: where, and what it says.
#[derive(Clone, Debug, PartialEq)]
pub struct AxisLabel {
    /// Position along its axis.
    pub pos: f64,
    /// Text.
    pub text: String,
}

/// A laid-out bar chart.
#[derive(Clone, Debug, PartialEq)]
pub struct BarLayout {
    /// Total width.
    pub width: f64,
    /// Total height.
    pub height: f64,
    /// Plot area: left, top, right, bottom.
    pub plot: (f64, f64, f64, f64),
    /// Bars, category by category, series by series.
    pub marks: Vec<BarMark>,
    /// Value-axis ticks (positions along x for horizontal charts, y for vertical ones).
    pub value_ticks: Vec<AxisLabel>,
    /// Category labels kept after thinning (centre positions across the other axis).
    pub category_labels: Vec<AxisLabel>,
    /// Position of the zero line along the value axis.
    pub zero: f64,
    /// Band thickness of one category.
    pub band: f64,
}

/// Lays out `data` `width` units wide (see [`chart_width`]), the value axis numbered in
/// `lang`. A narrower chart gives its labels a narrower gutter (shortening them to fit) and
/// its value axis fewer ticks. Never panics: empty data gives an empty plot with a 0–1 axis.
pub fn layout_bars(data: &BarData, lang: Lang, width: f64) -> BarLayout {
    let width = chart_width(Some(width));
    let n = data.categories.len();
    let horizontal = data.orientation == Orientation::Horizontal;
    let gutter = (width * 0.4).min(LABEL_GUTTER);
    let (width, height, plot) = if horizontal {
        let row = if n <= 12 {
            26.0
        } else if n <= 60 {
            18.0
        } else {
            (1200.0 / n as f64).max(3.0)
        };
        let h = 30.0 + row * n.max(1) as f64 + 30.0;
        (width, h, (gutter, 30.0, width - 40.0, h - 30.0))
    } else {
        let h = COLUMN_CHART_HEIGHT;
        (width, h, (56.0, 20.0, width - 16.0, h - 36.0))
    };
    let (extent_lo, extent_hi) = value_extent(data);
    let value_length = if horizontal {
        plot.2 - plot.0
    } else {
        plot.3 - plot.1
    };
    let tick_count = ((value_length / TICK_LABEL_WIDTH) as usize).clamp(2, 5);
    let ticks = nice_ticks(extent_lo, extent_hi, tick_count);
    let lo = ticks.first().copied().unwrap_or(0.0);
    let hi = ticks.last().copied().unwrap_or(1.0);
    let (band_range, value_range) = if horizontal {
        ((plot.1, plot.3), (plot.0, plot.2))
    } else {
        ((plot.0, plot.2), (plot.3, plot.1))
    };
    let value = LinearScale::new((lo, hi), value_range);
    let bands = BandScale::new(n, band_range, if n > 60 { 0.1 } else { 0.2 });
    let zero = value.map(0.0);
    let mut marks = Vec::new();
    let k = data.series.len().max(1);
    for (ci, category) in data.categories.iter().enumerate() {
        let mut up = 0.0;
        for (si, s) in data.series.iter().enumerate() {
            let v = s.values.get(ci).copied().unwrap_or(0.0);
            let v = if v.is_finite() { v.max(0.0) } else { 0.0 };
            let (band_start, band_width, from, to) = match data.arrangement {
                Arrangement::Grouped => {
                    let w = bands.bandwidth() / k as f64;
                    (bands.start(ci) + w * si as f64, w, 0.0, v)
                }
                Arrangement::Stacked => {
                    let from = up;
                    up += v;
                    (bands.start(ci), bands.bandwidth(), from, up)
                }
                Arrangement::Diverging => {
                    let signed = if si == 0 { -v } else { v };
                    (bands.start(ci), bands.bandwidth(), 0.0, signed)
                }
            };
            // Only a remainder can run past the axis: it does not set the scale.
            let clipped = category.remainder && to.abs() > hi.max(-lo);
            let to = if clipped { to.clamp(lo, hi) } else { to };
            let (a, b) = (value.map(from.clamp(lo, hi)), value.map(to));
            let (v0, v1) = (a.min(b), a.max(b));
            let mark = if horizontal {
                BarMark {
                    x: v0,
                    y: band_start,
                    width: v1 - v0,
                    height: band_width,
                    category: ci,
                    series: si,
                    value: v,
                    clipped,
                }
            } else {
                BarMark {
                    x: band_start,
                    y: v0,
                    width: band_width,
                    height: v1 - v0,
                    category: ci,
                    series: si,
                    value: v,
                    clipped,
                }
            };
            marks.push(mark);
        }
    }
    let value_ticks = ticks
        .iter()
        .map(|t| AxisLabel {
            pos: value.map(*t),
            text: format_value(t.abs(), lang),
        })
        .collect();
    let stride = if horizontal {
        label_stride(n, band_range.1 - band_range.0, LABEL_LINE)
    } else {
        label_stride(n, band_range.1 - band_range.0, COLUMN_LABEL_WIDTH)
    };
    // Labels end 6 units before the bars: 21 characters in the widest gutter.
    let label_chars = ((gutter - 6.0) / LABEL_CHAR_WIDTH) as usize;
    let category_labels = data
        .categories
        .iter()
        .enumerate()
        .filter(|(i, c)| i % stride == 0 || c.highlight)
        .map(|(i, c)| AxisLabel {
            pos: bands.center(i),
            text: truncate_label(&c.label, label_chars),
        })
        .collect();
    BarLayout {
        width,
        height,
        plot,
        marks,
        value_ticks,
        category_labels,
        zero,
        band: bands.bandwidth(),
    }
}

/// The value range the axis must cover: every category's values but a remainder's (unless
/// the chart has nothing else).
fn value_extent(data: &BarData) -> (f64, f64) {
    let n = data.categories.len();
    let only_remainders = data.categories.iter().all(|c| c.remainder);
    let at = |s: usize, c: usize| {
        if !only_remainders && data.categories.get(c).is_some_and(|c| c.remainder) {
            return 0.0;
        }
        data.series
            .get(s)
            .and_then(|s| s.values.get(c))
            .copied()
            .filter(|v| v.is_finite())
            .unwrap_or(0.0)
            .max(0.0)
    };
    match data.arrangement {
        Arrangement::Stacked => (
            0.0,
            (0..n)
                .map(|c| (0..data.series.len()).map(|s| at(s, c)).sum::<f64>())
                .fold(0.0, f64::max),
        ),
        Arrangement::Grouped => (
            0.0,
            (0..n)
                .flat_map(|c| (0..data.series.len()).map(move |s| (s, c)))
                .map(|(s, c)| at(s, c))
                .fold(0.0, f64::max),
        ),
        Arrangement::Diverging => {
            let m = (0..n)
                .flat_map(|c| [at(0, c), at(1, c)])
                .fold(0.0, f64::max);
            (-m, m)
        }
    }
}
