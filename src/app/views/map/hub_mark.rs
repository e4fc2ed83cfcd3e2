//! Chongqing, the hub every arc starts from: a star and its name, always shown.

use super::map_state::MapCtx;
use crate::core::map_model::marks::glyph_at;
use leptos::prelude::*;

/// The hub's star and its name in the interface language.
#[component]
pub fn HubMark() -> impl IntoView {
    let ctx = expect_context::<MapCtx>();
    let (x, y) = ctx.model.with_value(|m| m.geometry.hub);
    let hub_name = move || {
        let tag = ctx.lang.get().tag();
        ctx.model
            .with_value(|m| m.atlas.hub.name.get(tag).to_string())
    };
    let star = "M0,-8L2.4,-2.5L8,-2.5L3.5,1.2L5,7L0,3.8L-5,7L-3.5,1.2L-8,-2.5L-2.4,-2.5Z";
    view! {
        <g class="sa-hub" style=glyph_at(x, y, 1.0)>
            <path class="sa-hub-star" d=star vector-effect="non-scaling-stroke" />
            <text class="sa-hub-label" x="10" y="4">{hub_name}</text>
        </g>
    }
}
