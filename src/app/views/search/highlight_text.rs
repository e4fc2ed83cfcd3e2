//! Text with its matched parts in `<mark>`, built from text nodes only: dataset text and
//! whatever was typed can never become markup.

use crate::core::search::highlight;
use crate::core::search_docs::present::Marked;
use leptos::prelude::*;

/// Renders a text with its marked ranges.
#[component]
pub fn HighlightText(
    /// The text and the byte ranges to mark.
    text: Marked,
) -> impl IntoView {
    let (text, ranges) = text;
    highlight(&text, &ranges)
        .into_iter()
        .map(|segment| {
            let piece = segment.text.to_owned();
            if segment.marked {
                view! { <mark class="sa-search-mark">{piece}</mark> }.into_any()
            } else {
                piece.into_any()
            }
        })
        .collect_view()
}
