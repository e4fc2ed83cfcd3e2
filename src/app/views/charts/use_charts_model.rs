//! What every chart component shares: the dataset, its pre-counted facts and the filter
//! derived from the URL state.

use crate::app::data_gate::LoadedData;
use crate::app::i18n::use_lang;
use crate::app::state::{use_charts_state, ChartsState};
use crate::core::charts::{chart_data, ChartData, ChartFilter, ChartKind, Facts, GrowthMode};
use crate::core::data::Atlas;
use leptos::prelude::*;
use std::sync::Arc;

/// The charts' shared inputs, cheap to copy into closures.
#[derive(Clone)]
pub struct ChartsModel {
    /// The dataset.
    pub atlas: Arc<Atlas>,
    /// Its counts, computed once.
    pub facts: Arc<Facts>,
    /// Year, selection, top N and counting mode, from the URL state.
    pub filter: Memo<ChartFilter>,
    /// The charts' part of the app state.
    pub state: ChartsState,
}

/// The model of the loaded data and app state (the dataset is counted once per dataset).
pub fn use_charts_model() -> ChartsModel {
    let data = expect_context::<LoadedData>();
    let (atlas, facts) = (data.atlas, data.derived.facts());
    let state = use_charts_state();
    let years = facts.clone();
    let filter = Memo::new(move |_| ChartFilter {
        year: years.clamp_year(state.year.get()),
        country: state.country.get(),
        top: state.top.get(),
        cumulative: state.mode.get() == GrowthMode::Cumulative,
    });
    ChartsModel {
        atlas,
        facts,
        filter,
        state,
    }
}

impl ChartsModel {
    /// The data of chart `kind`, recomputed only when the filter or language changes.
    pub fn chart(&self, kind: ChartKind) -> Memo<ChartData> {
        let (atlas, facts, filter) = (self.atlas.clone(), self.facts.clone(), self.filter);
        let lang = use_lang();
        Memo::new(move |_| filter.with(|f| chart_data(kind, &facts, &atlas, f, lang.get())))
    }
}
