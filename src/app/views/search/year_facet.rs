//! The search's year range facet: two menus, "from" and "to".

use super::SearchCtx;
use crate::app::i18n::tr;
use crate::core::data::dataset::{FIRST_YEAR, LAST_YEAR};
use crate::core::url_state::picked_years;
use leptos::prelude::*;

/// The year range: two menus, "from" and "to".
#[component]
pub fn YearFacet() -> impl IntoView {
    let state = expect_context::<SearchCtx>().state;
    let years = state.years;
    let set = move |from: Option<u16>, to: Option<u16>| state.set_years(picked_years(from, to));
    let menu = move |is_from: bool| {
        let current = move || {
            years
                .get()
                .map(|r| if is_from { *r.start() } else { *r.end() })
        };
        view! {
            <select on:change=move |ev| {
                let value = event_target_value(&ev).parse::<u16>().ok();
                let other = years.get_untracked().map(|r| if is_from { *r.end() } else { *r.start() });
                if is_from { set(value, other) } else { set(other, value) }
            }>
                <option value="" selected=move || current().is_none()>{tr("search_years_any")}</option>
                {(FIRST_YEAR..=LAST_YEAR)
                    .map(|y| view! { <option value=y.to_string() selected=move || current() == Some(y)>{y.to_string()}</option> })
                    .collect_view()}
            </select>
        }
    };
    view! {
        <fieldset class="sa-search-years">
            <legend>{tr("search_facet_years")}</legend>
            <label>{tr("search_years_from")} " " {menu(true)}</label>
            <label>{tr("search_years_to")} " " {menu(false)}</label>
        </fieldset>
    }
}
