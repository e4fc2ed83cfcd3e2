//! The engine filter for the search view's URL state.

use crate::core::search::Filter;
use crate::core::url_state::SearchParams;

/// The facet filter of `params`, with the shared country selection as the country facet.
pub fn filter_for(params: &SearchParams, country: Option<&str>) -> Filter {
    Filter {
        kinds: params.kinds.clone(),
        countries: country.map(|c| vec![c.to_owned()]).unwrap_or_default(),
        sectors: params.sectors.clone(),
        languages: params.languages.clone(),
        levels: params.levels.clone(),
        year_range: params.years.clone(),
    }
}
