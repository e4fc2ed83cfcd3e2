//! What the charts and the presenter read and set: chart, counting mode, top N, slide,
//! year and selected country.

use super::{app_state, field};
use crate::core::url_state::{AppState, ChartKind, GrowthMode};
use leptos::prelude::*;

/// The charts' and presenter's part of the app state.
#[derive(Clone, Copy)]
pub struct ChartsState {
    /// The whole state, written only through the methods below.
    state: RwSignal<AppState>,
    /// The chart shown alone, if one is (`None`: every chart).
    pub chart: Memo<Option<ChartKind>>,
    /// How the growth chart counts: cumulative or per year.
    pub mode: Memo<GrowthMode>,
    /// How many countries the countries chart lists (`None`: all).
    pub top: Memo<Option<usize>>,
    /// The presenter's slide in the URL, 1-based and not yet clamped.
    pub slide: Memo<Option<u16>>,
    /// The year in the URL (`None`: the latest), not yet clamped to the data's years.
    pub year: Memo<Option<u16>>,
    /// The selected country (shared with the map and search).
    pub country: Memo<Option<String>>,
}

/// The charts' handle of the app state.
pub fn use_charts_state() -> ChartsState {
    let state = app_state();
    ChartsState {
        state,
        chart: field(state, |s| s.charts.chart),
        mode: field(state, |s| s.charts.mode),
        top: field(state, |s| s.charts.top),
        slide: field(state, |s| s.charts.slide),
        year: field(state, |s| s.year),
        country: field(state, |s| s.country.clone()),
    }
}

impl ChartsState {
    /// Shows chart `kind` alone (`None`: every chart).
    pub fn show_chart(&self, kind: Option<ChartKind>) {
        self.state.update(|s| s.charts.chart = kind);
    }

    /// Counts the growth chart by `mode`.
    pub fn set_mode(&self, mode: GrowthMode) {
        self.state.update(|s| s.charts.mode = mode);
    }

    /// Lists the top `top` countries (`None`: all).
    pub fn set_top(&self, top: Option<usize>) {
        self.state.update(|s| s.charts.top = top);
    }

    /// Shows presenter slide `n` (1-based).
    pub fn set_slide(&self, n: u16) {
        self.state.update(|s| s.charts.slide = Some(n));
    }

    /// Shows `year` (`None`: the latest).
    pub fn set_year(&self, year: Option<u16>) {
        self.state.update(|s| s.year = year);
    }

    /// Selects country `id` (or clears the selection).
    pub fn select_country(&self, id: Option<String>) {
        self.state.update(|s| s.country = id);
    }
}
