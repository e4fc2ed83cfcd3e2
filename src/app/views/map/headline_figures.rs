//! The headline numbers beside the map: published key figures with their qualifiers at
//! the latest year, the records' running totals for earlier years.

use super::map_state::MapCtx;
use crate::app::i18n::{tr, tr_fmt};
use crate::core::data::model::LAST_YEAR;
use crate::core::map_model::headline_figures;
use crate::core::map_model::labels::headline_value;
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
                {move || {
                    let l = lang.get();
                    figures.get().into_iter().map(|h| {
                        let label = ctx.model.with_value(|m| m.atlas.key_figure(&h.id).map(|f| f.label.get(l.tag()).to_string()).unwrap_or_else(|| h.id.clone()));
                        view! {
                            <div class="sa-headline-item" data-figure=h.id.clone()>
                                <dt>{label}</dt>
                                <dd>{headline_value(h.value, h.qualifier, l)}</dd>
                            </div>
                        }
                    }).collect_view()
                }}
            </dl>
        </section>
    }
}
