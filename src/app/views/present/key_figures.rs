//! The first slide: the published key figures with their qualifiers.

use crate::app::i18n::{tr, use_lang};
use crate::core::data::{Atlas, FigureKind};
use crate::core::figure_text::qualified_value;
use leptos::prelude::*;
use std::sync::Arc;

/// The figures shown, in order (the published statement's headline numbers).
const SHOWN: [&str; 8] = [
    "certifications",
    "certification_countries",
    "trainers_trained",
    "standards_mutual",
    "cooperation_countries",
    "foreign_partners",
    "professionals_trained",
    "target_certified_per_year",
];

/// Big numbers with qualifiers ("more than 500") and what they count.
#[component]
pub fn KeyFiguresSlide(
    /// The dataset.
    atlas: Arc<Atlas>,
) -> impl IntoView {
    let lang = use_lang();
    let figures = move || {
        let lang_now = lang.get();
        SHOWN
            .iter()
            .filter_map(|id| atlas.key_figure(id))
            .map(|f| {
                let target = f.kind == FigureKind::Target;
                view! {
                    <li class="sa-figure" class:sa-figure-target=target>
                        <span class="sa-figure-value">{qualified_value(f, lang_now)}</span>
                        <span class="sa-figure-label">{f.label.get(lang_now).to_string()}</span>
                        {target.then(|| view! { <span class="sa-figure-tag">{tr("charts_figure_target")}</span> })}
                    </li>
                }
            })
            .collect_view()
    };
    view! {
        <div class="sa-slide-figures">
            <h2 class="sa-slide-title">{tr("charts_slide_key_figures")}</h2>
            <ul class="sa-figures">{figures}</ul>
        </div>
    }
}
