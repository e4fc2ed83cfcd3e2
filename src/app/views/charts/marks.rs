//! What bar and matrix marks share: their accessible name and the tooltip.

use crate::core::charts::{format_count, BarData, BarMark};
use crate::core::i18n;
use crate::core::url_state::Lang;
use leptos::prelude::*;

/// A tooltip's text and position (percent of the chart's box).
#[derive(Clone, Debug, PartialEq)]
pub struct Tip {
    /// Left, in percent of the chart width.
    pub left: f64,
    /// Top, in percent of the chart height.
    pub top: f64,
    /// What it says (the mark's accessible name).
    pub text: String,
}

/// A bar's accessible name: category, series, value; "target" or "press Enter" when so.
pub fn mark_name(data: &BarData, mark: &BarMark, lang: Lang) -> Option<String> {
    let c = data.categories.get(mark.category)?;
    let s = data.series.get(mark.series)?;
    let value = format_count(mark.value);
    let args = [
        ("category", c.label.as_str()),
        ("series", s.label.as_str()),
        ("value", value.as_str()),
    ];
    Some(if c.target {
        i18n::format(lang, "charts_mark_target", &args)
    } else if c.selects_country {
        i18n::format(lang, "charts_mark_select", &args)
    } else {
        i18n::format(lang, "charts_mark_name", &args)
    })
}

/// The tooltip shown beside the hovered or focused mark (hidden from assistive tech: the
/// mark's own name already says the same).
#[component]
pub fn MarkTooltip(
    /// What to show, if anything.
    tip: ReadSignal<Option<Tip>>,
) -> impl IntoView {
    move || {
        tip.get().map(|t| {
            let style = format!(
                "left:{:.2}%;top:{:.2}%",
                t.left.clamp(5.0, 95.0),
                t.top.clamp(0.0, 100.0)
            );
            view! {
                <div class="sa-tooltip" aria-hidden="true" style=style>
                    {t.text}
                </div>
            }
        })
    }
}
