//! The tooltip of the country under the pointer or keyboard focus: its figures for the
//! year shown, placed next to the country and kept inside the map.

use super::map_state::MapCtx;
use crate::core::i18n;
use crate::core::map_model::labels::{count, figure_rows, workshop_phrase};
use crate::core::map_model::{MAP_HEIGHT, MAP_WIDTH};
use leptos::prelude::*;

/// The floating figures box. It repeats what the country's accessible name already says,
/// so it is hidden from assistive technology.
#[component]
pub fn MapTooltip() -> impl IntoView {
    let ctx = expect_context::<MapCtx>();
    move || {
        let index = ctx.hovered.get()?;
        let lang = ctx.lang.get();
        let year = ctx.year.get();
        let zoom = ctx.zoom.get();
        ctx.model.with_value(|m| {
            let shape = m.geometry.countries.get(index)?;
            let activity = m.activity.country(&shape.id)?;
            let metrics = activity.upto(year);
            let (x, y) = zoom.apply(shape.anchor);
            let (left, top) = (
                (x / MAP_WIDTH * 100.0).clamp(0.0, 100.0),
                (y / MAP_HEIGHT * 100.0).clamp(0.0, 100.0),
            );
            // Flip to the other side near the right and bottom edges.
            let shift_x = if left > 60.0 { "-100%" } else { "0%" };
            let shift_y = if top > 55.0 { "-100%" } else { "0%" };
            let style = format!(
                "left:{left:.2}%;top:{top:.2}%;transform:translate(calc({shift_x} + {}), calc({shift_y} + {}))",
                if left > 60.0 { "-12px" } else { "12px" },
                if top > 55.0 { "-12px" } else { "12px" },
            );
            let name = m.atlas.country_name(&shape.id, lang).to_string();
            let rows = figure_rows(&metrics)
                .into_iter()
                .map(|(key, v)| view! { <div><dt>{i18n::text(lang, key).to_string()}</dt><dd>{count(v, lang)}</dd></div> })
                .collect_view();
            let since = workshop_phrase(activity.workshop_since_by(year), lang);
            let heading = i18n::format(lang, "map_tooltip_title", &[("name", &name), ("year", &year.to_string())]);
            Some(view! {
                <div class="sa-map-tooltip" style=style aria-hidden="true" data-testid="map-tooltip">
                    <p class="sa-map-tooltip-title">{heading}</p>
                    <dl>{rows}</dl>
                    <p class="sa-map-tooltip-note">{since}</p>
                </div>
            })
        })
    }
}
