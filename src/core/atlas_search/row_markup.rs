//! A result group's rows as one HTML string, so a keystroke that replaces every row costs
//! one `innerHTML` instead of building and tearing down hundreds of nodes one by one.
//!
//! Every dataset text and every highlight goes through [`xml_escape_into`]: a title such as
//! `<script>` is written as `&lt;script&gt;` and stays text. Each row is an ARIA option with
//! a stable id (for `aria-activedescendant`) and `data-doc`, its document number, which the
//! view reads from a click.

use std::fmt::Write;
use std::ops::Range;

use super::present::{meta_line, present_hit};
use crate::core::data::Atlas;
use crate::core::lang::Lang;
use crate::core::search::{highlight, DocKind, Document, Hit};
use crate::core::url_state::kind_slug;
use crate::core::xml_text::xml_escape_into;

/// What every option's DOM id starts with; the document number follows.
const OPTION_ID_PREFIX: &str = "sa-search-opt-";

/// The DOM id of the option for document `doc`.
pub fn option_id(doc: usize) -> String {
    format!("{OPTION_ID_PREFIX}{doc}")
}

/// The DOM id of the listbox that holds the rows of `kind`.
pub fn results_list_id(kind: DocKind) -> String {
    format!("sa-search-results-{}", kind_slug(kind))
}

/// What the search box's `aria-controls` names: the ids of the listboxes of `shown` (the
/// groups in the page and not hidden), separated by spaces; `None` when there are none, so
/// the box never names an element that is missing.
pub fn controlled_lists(shown: impl IntoIterator<Item = DocKind>) -> Option<String> {
    let ids: Vec<String> = shown.into_iter().map(results_list_id).collect();
    (!ids.is_empty()).then(|| ids.join(" "))
}

/// The `<li role="option">` rows of the hits of `kind`, in `lang`; `selected` is the document
/// highlighted with the arrow keys, if any.
pub fn result_rows_markup(
    atlas: &Atlas,
    docs: &[Document],
    hits: &[Hit],
    kind: DocKind,
    lang: Lang,
    selected: Option<usize>,
) -> String {
    let match_in = crate::core::i18n::text(lang, "search_match_in");
    let mut out = String::new();
    for hit in hits.iter().filter(|h| docs[h.doc].kind == kind) {
        let doc = &docs[hit.doc];
        let shown = present_hit(doc, hit, lang);
        let _ = write!(
            out,
            r#"<li role="option" id="{OPTION_ID_PREFIX}{d}" class="sa-search-option" aria-selected="{s}" data-doc="{d}"><span class="sa-search-title">"#,
            d = hit.doc,
            s = selected == Some(hit.doc),
        );
        push_marked(&mut out, &shown.title.0, &shown.title.1);
        out.push_str(r#"</span><span class="sa-search-meta"><span class="sa-search-code">"#);
        push_marked(&mut out, &shown.code.0, &shown.code.1);
        out.push_str("</span>");
        if let Some(meta) = meta_line(atlas, doc, lang) {
            out.push_str("<span> · ");
            xml_escape_into(&mut out, &meta);
            out.push_str("</span>");
        }
        out.push_str("</span>");
        if let Some((text, ranges)) = &shown.context {
            out.push_str(r#"<span class="sa-search-context">"#);
            xml_escape_into(&mut out, match_in);
            out.push(' ');
            push_marked(&mut out, text, ranges);
            out.push_str("</span>");
        }
        out.push_str("</li>");
    }
    out
}

/// `text` with its matched ranges in `<mark>`.
fn push_marked(out: &mut String, text: &str, ranges: &[Range<usize>]) {
    for segment in highlight(text, ranges) {
        if segment.marked {
            out.push_str(r#"<mark class="sa-search-mark">"#);
            xml_escape_into(out, segment.text);
            out.push_str("</mark>");
        } else {
            xml_escape_into(out, segment.text);
        }
    }
}
