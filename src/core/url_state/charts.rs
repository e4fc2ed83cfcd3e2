//! The charts view's and presenter's URL parameters: `chart`, `mode`, `top`, `slide`.

use super::chart_choices::{ChartKind, GrowthMode};
use super::group::{ParamGroup, Parsed};

/// Bars shown before "others" unless the URL says otherwise.
pub const DEFAULT_TOP: usize = 10;
/// Highest slide number accepted from a URL (the deck clamps further).
pub const MAX_SLIDE: u16 = 99;
/// Highest `top` accepted.
pub const MAX_TOP: usize = 500;

/// The charts' part of the URL state.
#[derive(Clone, Debug, PartialEq)]
pub struct ChartParams {
    /// One chart shown alone (`chart=growth`); `None` shows them all.
    pub chart: Option<ChartKind>,
    /// Growth chart counting.
    pub mode: GrowthMode,
    /// Countries shown before "others"; `None` = all (`top=all`).
    pub top: Option<usize>,
    /// The presenter's slide, 1-based; `None` = the first.
    pub slide: Option<u16>,
}

impl Default for ChartParams {
    fn default() -> Self {
        Self {
            chart: None,
            mode: GrowthMode::Cumulative,
            top: Some(DEFAULT_TOP),
            slide: None,
        }
    }
}

impl ParamGroup for ChartParams {
    fn parse(&mut self, key: &str, value: &str) -> Parsed {
        let ok = match key {
            "chart" => ChartKind::from_slug(value)
                .map(|k| self.chart = Some(k))
                .is_some(),
            "mode" => match value {
                "cumulative" => {
                    self.mode = GrowthMode::Cumulative;
                    true
                }
                "yearly" => {
                    self.mode = GrowthMode::Yearly;
                    true
                }
                _ => false,
            },
            "top" => match value {
                "all" => {
                    self.top = None;
                    true
                }
                v => small_number(v, MAX_TOP)
                    .filter(|n| *n >= 1)
                    .map(|n| self.top = Some(n))
                    .is_some(),
            },
            // Slide 1 is the first, as no slide is: one state, written as nothing.
            "slide" => small_number(value, usize::from(MAX_SLIDE))
                .filter(|n| *n >= 1)
                .map(|n| self.slide = (n > 1).then_some(n as u16))
                .is_some(),
            _ => return Parsed::NotMine,
        };
        if ok {
            Parsed::Taken
        } else {
            Parsed::Invalid
        }
    }

    fn write(&self, out: &mut Vec<(&'static str, String)>) {
        if let Some(kind) = self.chart {
            out.push(("chart", kind.slug().to_string()));
        }
        if self.mode == GrowthMode::Yearly {
            out.push(("mode", "yearly".to_string()));
        }
        match self.top {
            Some(DEFAULT_TOP) => {}
            Some(n) => out.push(("top", n.to_string())),
            None => out.push(("top", "all".to_string())),
        }
        if let Some(slide) = self.slide.filter(|s| *s > 1) {
            out.push(("slide", slide.to_string()));
        }
    }
}

/// Digits only (no sign, no spaces), at most `max`.
fn small_number(value: &str, max: usize) -> Option<usize> {
    if value.is_empty() || value.len() > 4 || !value.bytes().all(|b| b.is_ascii_digit()) {
        return None;
    }
    value.parse().ok().filter(|n| *n <= max)
}
