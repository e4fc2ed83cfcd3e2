//! The headline numbers beside the map: published key figures with their qualifiers at
//! the latest year, the records' running totals for earlier years.

use super::map_state::MapCtx;
use crate::app::i18n::{tr, tr_fmt};
use crate::core::data::dataset::LAST_YEAR;
use crate::core::map_model::labels::headline_parts;
use crate::core::map_model::{headline_figures, HEADLINE_IDS};
use leptos::prelude::*;

/// The headline figures.
#[component]
pub fn HeadlineFigures() -> impl IntoView {
    let ctx = expect_context::<MapCtx>();
    let lang = ctx.lang;
    let figures = Memo::new(move |_| {
        let year = ctx.year.get();
        ctx.model
            .with_value(|m| headline_figures(&m.atlas, &m.activity, year))
    });
    let caption = move || {
        let year = ctx.year.get();
        if year >= LAST_YEAR {
            tr("map_headline_published")()
        } else {
            tr_fmt(lang, "map_headline_upto", &[("year", &year.to_string())])
        }
    };
    view! {
        <section class="sa-headline" aria-labelledby="sa-headline-title">
            <h2 id="sa-headline-title">{tr("map_headline_title")}</h2>
            <p class="sa-headline-caption">{caption}</p>
            <dl class="sa-headline-list">
                // The same figures in every year: the rows stay, only their texts change.
                {HEADLINE_IDS.map(|id| {
                    let label = move || {
                        let lang_now = lang.get();
                        ctx.model.with_value(|m| {
                            m.atlas.key_figure(id).map_or_else(|| id.to_string(), |f| f.label.get(lang_now).to_string())
                        })
                    };
                    // The qualifier's words in spans of their own: a slide sets them small.
                    let value = move || {
                        figures.with(|all| {
                            all.iter()
                                .find(|h| h.id == id)
                                .map(|h| headline_parts(h.value, h.qualifier, lang.get()))
                        })
                        .map(|p| view! {
                            <span class="sa-headline-qualifier">{p.before}</span>
                            {p.number}
                            <span class="sa-headline-qualifier">{p.after}</span>
                        })
                    };
                    view! {
                        <div class="sa-headline-item" data-figure=id>
                            <dt>{label}</dt>
                            <dd>{value}</dd>
                        </div>
                    }
                })}
            </dl>
        </section>
    }
}
