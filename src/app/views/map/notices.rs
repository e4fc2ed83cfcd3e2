//! What the map could not show, said in words: countries without shape or coordinates, an
//! unknown country or year from the URL, a year without any activity.

use super::map_state::MapCtx;
use crate::app::i18n::tr_fmt;
use crate::core::data::dataset::{FIRST_YEAR, LAST_YEAR};
use leptos::prelude::*;

/// The notices, as a polite live region.
#[component]
pub fn MapNotices() -> impl IntoView {
    let ctx = expect_context::<MapCtx>();
    let lang = ctx.lang;
    let items = move || {
        let mut out: Vec<String> = Vec::new();
        let (country, year) = (ctx.state.country.get(), ctx.state.year.get());
        ctx.model.with_value(|m| {
            let lang_now = lang.get();
            if !m.geometry.unplaceable.is_empty() {
                let names: Vec<&str> = m
                    .geometry
                    .unplaceable
                    .iter()
                    .map(|id| m.atlas.country_name(id, lang_now))
                    .collect();
                out.push(tr_fmt(
                    lang,
                    "map_notice_unplaceable",
                    &[("names", &names.join(", "))],
                ));
            }
            if let Some(id) = country {
                if m.index_of(&id).is_none() {
                    out.push(tr_fmt(lang, "map_notice_unknown_country", &[("id", &id)]));
                }
            }
            if let Some(y) = year {
                if !(FIRST_YEAR..=LAST_YEAR).contains(&y) {
                    out.push(tr_fmt(
                        lang,
                        "map_notice_year_out",
                        &[
                            ("year", &y.to_string()),
                            ("shown", &ctx.year.get().to_string()),
                        ],
                    ));
                }
            }
            if m.activity.countries.is_empty() {
                out.push(tr_fmt(lang, "map_notice_no_countries", &[]));
            } else if m.activity.is_empty_by(ctx.year.get()) {
                out.push(tr_fmt(
                    lang,
                    "map_notice_empty_year",
                    &[("year", &ctx.year.get().to_string())],
                ));
            }
        });
        out.into_iter()
            .map(|t| view! { <li>{t}</li> })
            .collect_view()
    };
    view! {
        <ul class="sa-map-notices" role="status">{items}</ul>
    }
}
