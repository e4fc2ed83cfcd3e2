//! Find a country by name (English, Chinese, German) or ISO code: zooms to it and
//! selects it. Matching is `core::map_model::find_countries`.

use super::map_state::MapCtx;
use crate::app::i18n::{tr, tr_count};
use crate::core::geo::Zoom;
use crate::core::map_model::find_countries;
use leptos::prelude::*;

/// Most suggestions listed.
const LIMIT: usize = 6;

/// The find-a-country box.
#[component]
pub fn FindCountry() -> impl IntoView {
    let ctx = expect_context::<MapCtx>();
    let lang = ctx.lang;
    let (query, set_query) = signal(String::new());
    let matches = Memo::new(move |_| {
        query.with(|q| ctx.model.with_value(|m| find_countries(q, &m.names, LIMIT)))
    });
    let pick = move |id: String| {
        let frame = ctx
            .model
            .with_value(|m| m.geometry.country(&id).map(|c| c.frame));
        if let Some(frame) = frame {
            ctx.zoom
                .set(Zoom::fit_bbox(frame, ctx.frame.get_untracked()));
            ctx.commit_zoom();
        }
        if let Some(i) = ctx.model.with_value(|m| m.index_of(&id)) {
            ctx.active.set(i);
        }
        ctx.select(Some(id));
        set_query.set(String::new());
    };
    let on_submit = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        if let Some(first) = matches.get_untracked().into_iter().next() {
            pick(first);
        }
    };
    let status = move || {
        let q = query.get();
        if q.trim().is_empty() {
            return String::new();
        }
        let count = matches.get().len();
        tr_count(
            lang,
            "map_find_count",
            count,
            &[("count", &count.to_string())],
        )
    };
    view! {
        <form class="sa-find" role="search" on:submit=on_submit>
            <label for="sa-find-input">{tr("map_find_label")}</label>
            <input id="sa-find-input" type="search" autocomplete="off"
                placeholder=tr("map_find_placeholder")
                prop:value=move || query.get()
                on:input=move |ev| set_query.set(event_target_value(&ev)) />
            <p class="sa-visually-hidden" role="status">{status}</p>
            <ul class="sa-find-results">
                <For each=move || matches.get() key=|id| id.clone() let:id>
                    {
                        let label = {
                            let id = id.clone();
                            move || ctx.model.with_value(|m| m.atlas.country_name(&id, lang.get()).to_string())
                        };
                        let code = id.clone();
                        view! {
                            <li><button type="button" class="sa-link-button" on:click=move |_| pick(id.clone())>
                                {label}" ("{code}")"
                            </button></li>
                        }
                    }
                </For>
            </ul>
        </form>
    }
}
