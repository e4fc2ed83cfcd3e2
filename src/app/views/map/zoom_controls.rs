//! Zoom in, zoom out and reset buttons, plus the toolbar's reserved export slot.

use super::map_canvas::ZOOM_STEP;
use super::map_state::MapCtx;
use crate::app::i18n::tr;
use crate::core::geo::Zoom;
use leptos::prelude::*;

/// The zoom buttons.
#[component]
pub fn ZoomControls() -> impl IntoView {
    let ctx = expect_context::<MapCtx>();
    let by = move |f: f64| {
        let z = ctx.zoom.get_untracked();
        ctx.set_zoom(z.zoom_at(ctx.frame_center(), f, ctx.frame.get_untracked()));
    };
    let k = move || ctx.zoom.get().k;
    view! {
        <div class="sa-zoom" role="group" aria-label=tr("map_zoom_group")>
            <button type="button" class="sa-button sa-button-quiet" aria-label=tr("map_zoom_in")
                disabled=move || { k() >= Zoom::MAX_K - 1e-9 } on:click=move |_| by(ZOOM_STEP)>"+"</button>
            <button type="button" class="sa-button sa-button-quiet" aria-label=tr("map_zoom_out")
                disabled=move || { k() <= Zoom::MIN_K + 1e-9 } on:click=move |_| by(1.0 / ZOOM_STEP)>"−"</button>
            <button type="button" class="sa-button sa-button-quiet" on:click=move |_| ctx.reset_zoom()>
                {tr("map_zoom_reset")}
            </button>
            <span class="sa-zoom-level" aria-live="polite">{move || format!("{:.1}×", k())}</span>
        </div>
    }
}
