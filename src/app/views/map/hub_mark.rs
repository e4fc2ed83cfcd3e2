//! Chongqing, the hub every arc starts from: a star and its name, always shown.

use super::map_state::MapCtx;
use crate::core::map_model::marks::{glyph_at, HUB_STAR};
use leptos::prelude::*;

/// The hub's star and its name in the interface language.
#[component]
pub fn HubMark() -> impl IntoView {
    let ctx = expect_context::<MapCtx>();
    let (x, y) = ctx.model.with_value(|m| m.geometry.hub);
    let hub_name = move || {
        let lang_now = ctx.lang.get();
        ctx.model
            .with_value(|m| m.atlas.hub.name.get(lang_now).to_string())
    };
    view! {
        <g class="sa-hub" style=glyph_at(x, y, 1.0)>
            <path class="sa-hub-star" d=HUB_STAR vector-effect="non-scaling-stroke" />
            <text class="sa-hub-label" x="10" y="4">{hub_name}</text>
        </g>
    }
}
