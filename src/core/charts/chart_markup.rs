//! The SVG markup of a chart's drawing (grid, axes, labels, marks), written as one string.
//!
//! A chart has up to several hundred marks; building them as one string and handing it to
//! the browser once per chart is several times faster than creating each element and
//! attribute through the DOM from wasm. Every text and attribute value passes through
//! [`xml_escape`], so dataset text stays text. Each mark carries `data-i` (its index), a
//! role, an accessible name and a roving tab index; the app handles their events on the
//! chart's `<svg>`.

use super::chart_content::{BarData, MatrixData, Orientation};
use super::export_svg::xml_escape_into;
use super::layout::{BarLayout, BarMark};
use super::matrix::MatrixLayout;
use super::series_colour;
use super::ticks::format_count;
use crate::core::geo::svg_path::push_digits;
use crate::core::i18n;
use crate::core::lang::Lang;
use crate::core::xml_text::push_attr;
use std::fmt::Write;

/// A coordinate as SVG wants it: at most two decimals, no trailing zeros.
pub fn coord(v: f64) -> String {
    let mut out = String::new();
    push_coord(&mut out, v);
    out
}

/// [`coord`], appended to `out`. Integer arithmetic, not float formatting: a chart has
/// thousands of coordinates, and `{:.2}` was the costliest part of writing its markup.
fn push_coord(out: &mut String, v: f64) {
    let hundredths = (v * 100.0).round();
    if !hundredths.is_finite() || hundredths.abs() >= 1e15 {
        // Off any drawable scale; the layout never produces it, but say something finite.
        out.push('0');
        return;
    }
    let n = hundredths as i64;
    if n < 0 {
        out.push('-');
    }
    let a = n.unsigned_abs();
    push_digits(out, a / 100);
    let frac = (a % 100) as u8;
    if frac != 0 {
        out.push('.');
        out.push(char::from(b'0' + frac / 10));
        if !frac.is_multiple_of(10) {
            out.push(char::from(b'0' + frac % 10));
        }
    }
}

/// Writes ` name="v"` for a coordinate.
fn num(out: &mut String, name: &str, v: f64) {
    out.push(' ');
    out.push_str(name);
    out.push_str("=\"");
    push_coord(out, v);
    out.push('"');
}

/// The tab index a mark is drawn with: only the active one (or the last, when fewer marks
/// are drawn than the active index) is in the tab order.
pub fn tab_index(i: usize, active: usize, len: usize) -> &'static str {
    if i == active.min(len.saturating_sub(1)) {
        "0"
    } else {
        "-1"
    }
}

/// A bar's accessible name: category, series, value; "target" or "press Enter" when so.
pub fn mark_name(data: &BarData, mark: &BarMark, lang: Lang) -> Option<String> {
    let c = data.categories.get(mark.category)?;
    let s = data.series.get(mark.series)?;
    let value = format_count(mark.value, lang);
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

/// A matrix cell's accessible name: which standard is recognised in which country.
pub fn cell_name(data: &MatrixData, row: usize, column: usize, lang: Lang) -> Option<String> {
    Some(i18n::format(
        lang,
        "charts_matrix_cell",
        &[
            ("standard", data.rows.get(row)?.label.as_str()),
            ("country", data.columns.get(column)?.label.as_str()),
        ],
    ))
}

/// `<line>` with a class.
fn line(out: &mut String, class: &str, (x1, y1, x2, y2): (f64, f64, f64, f64)) {
    out.push_str("<line");
    push_attr(out, "class", class);
    num(out, "x1", x1);
    num(out, "x2", x2);
    num(out, "y1", y1);
    num(out, "y2", y2);
    out.push_str("/>");
}

/// `<text>` with a class, position and anchor.
fn text(out: &mut String, class: &str, (x, y): (f64, f64), anchor: &str, body: &str) {
    out.push_str("<text");
    push_attr(out, "class", class);
    num(out, "x", x);
    num(out, "y", y);
    push_attr(out, "text-anchor", anchor);
    out.push('>');
    xml_escape_into(out, body);
    out.push_str("</text>");
}

/// `<rect>` attributes for a box.
fn rect_box(out: &mut String, x: f64, y: f64, width: f64, height: f64) {
    num(out, "x", x);
    num(out, "y", y);
    num(out, "width", width);
    num(out, "height", height);
}

/// The mark of a bar cut at the end of the axis: two slanted strokes across it, just
/// before its end (a broken bar, as a broken axis is drawn).
fn push_break(out: &mut String, m: &BarMark, horizontal: bool) {
    out.push_str(r#"<path class="sa-break" d=""#);
    for step in [14.0, 9.0] {
        if horizontal {
            let x = m.x + m.width - step;
            out.push('M');
            push_coord(out, x);
            out.push(' ');
            push_coord(out, m.y - 2.0);
            out.push('l');
            push_coord(out, 4.0);
            out.push(' ');
            push_coord(out, m.height + 4.0);
        } else {
            let y = m.y + step;
            out.push('M');
            push_coord(out, m.x - 2.0);
            out.push(' ');
            push_coord(out, y);
            out.push('l');
            push_coord(out, m.width + 4.0);
            out.push(' ');
            push_coord(out, -4.0);
        }
    }
    out.push_str(r#""/>"#);
}

/// The drawing of a bar chart. `hatch_url` fills target bars; `active` holds the tab stop.
pub fn bars_markup(
    data: &BarData,
    layout: &BarLayout,
    lang: Lang,
    hatch_url: &str,
    active: usize,
) -> String {
    let l = layout;
    let horizontal = data.orientation == Orientation::Horizontal;
    let (px0, py0, px1, py1) = l.plot;
    let mut out = String::with_capacity(256 * (l.marks.len() + l.category_labels.len() + 8));
    for t in &l.value_ticks {
        if horizontal {
            line(&mut out, "sa-grid", (t.pos, py0, t.pos, py1));
            text(&mut out, "sa-tick", (t.pos, py1 + 16.0), "middle", &t.text);
        } else {
            line(&mut out, "sa-grid", (px0, t.pos, px1, t.pos));
            text(
                &mut out,
                "sa-tick",
                (px0 - 6.0, t.pos + 4.0),
                "end",
                &t.text,
            );
        }
    }
    if horizontal {
        line(&mut out, "sa-axis", (l.zero, py0, l.zero, py1));
    } else {
        line(&mut out, "sa-axis", (px0, l.zero, px1, l.zero));
    }
    let highlighted: Vec<&str> = data
        .categories
        .iter()
        .filter(|c| c.highlight)
        .map(|c| c.label.as_str())
        .collect();
    for c in &l.category_labels {
        let strong = highlighted
            .iter()
            .any(|h| c.text.starts_with(h.trim_end_matches('…')));
        let class = if strong {
            "sa-cat sa-cat-strong"
        } else {
            "sa-cat"
        };
        if horizontal {
            text(&mut out, class, (px0 - 6.0, c.pos + 4.0), "end", &c.text);
        } else {
            text(&mut out, class, (c.pos, py1 + 16.0), "middle", &c.text);
        }
    }
    out.push_str(r#"<g class="sa-marks">"#);
    let target_word = i18n::text(lang, "charts_target_word");
    for (i, m) in l.marks.iter().enumerate() {
        let Some(c) = data.categories.get(m.category) else {
            continue;
        };
        let colour = series_colour(m.series);
        out.push_str(r#"<rect class="sa-mark"#);
        for (on, name) in [
            (c.highlight, " sa-mark-highlight"),
            (c.target, " sa-mark-target"),
            (c.selects_country, " sa-mark-selectable"),
            (c.remainder, " sa-mark-remainder"),
        ] {
            if on {
                out.push_str(name);
            }
        }
        let _ = write!(out, r#"" data-i="{i}""#);
        rect_box(&mut out, m.x, m.y, m.width.max(0.0), m.height.max(0.0));
        push_attr(&mut out, "fill", if c.target { hatch_url } else { colour });
        push_attr(&mut out, "stroke", colour);
        push_attr(
            &mut out,
            "role",
            if c.selects_country { "button" } else { "img" },
        );
        push_attr(
            &mut out,
            "aria-label",
            &mark_name(data, m, lang).unwrap_or_default(),
        );
        if c.selects_country {
            push_attr(
                &mut out,
                "aria-pressed",
                if c.highlight { "true" } else { "false" },
            );
        }
        push_attr(&mut out, "tabindex", tab_index(i, active, l.marks.len()));
        out.push_str("/>");
        let (x, y, anchor) = if horizontal {
            (m.x + m.width + 4.0, m.y + m.height / 2.0 + 4.0, "start")
        } else {
            (m.x + m.width / 2.0, m.y - 6.0, "middle")
        };
        if c.target {
            text(&mut out, "sa-target-label", (x, y), anchor, target_word);
        } else if c.remainder {
            text(
                &mut out,
                "sa-remainder-label",
                (x, y),
                anchor,
                &format_count(m.value, lang),
            );
        }
        if m.clipped {
            push_break(&mut out, m, horizontal);
        }
    }
    out.push_str("</g>");
    out
}

/// The drawing of the recognition matrix. `active` holds the tab stop.
pub fn matrix_markup(
    data: &MatrixData,
    layout: &MatrixLayout,
    lang: Lang,
    active: usize,
) -> String {
    let l = layout;
    let (ox, oy) = l.origin;
    let grid_w = l.cell * data.columns.len() as f64;
    let grid_h = l.cell * data.rows.len() as f64;
    let mut out =
        String::with_capacity(200 * (l.marks.len() + data.rows.len() + data.columns.len() + 4));
    out.push_str(r#"<rect class="sa-matrix-bg""#);
    rect_box(&mut out, ox, oy, grid_w, grid_h);
    out.push_str("/>");
    if let Some(i) = data.columns.iter().position(|c| c.highlight) {
        out.push_str(r#"<rect class="sa-matrix-highlight""#);
        rect_box(&mut out, ox + l.cell * i as f64, oy, l.cell, grid_h);
        out.push_str("/>");
    }
    for r in &l.row_labels {
        text(&mut out, "sa-cat", (ox - 6.0, r.pos + 3.5), "end", &r.text);
    }
    for c in &l.column_labels {
        let strong = data
            .columns
            .iter()
            .any(|col| col.highlight && col.key == c.text);
        let (x, y) = (coord(c.pos), coord(oy - 4.0));
        let _ = write!(
            out,
            r#"<text class="sa-cat sa-cat-small{}" x="{x}" y="{y}" transform="rotate(-60 {x} {y})">"#,
            if strong { " sa-cat-strong" } else { "" },
        );
        xml_escape_into(&mut out, &c.text);
        out.push_str("</text>");
    }
    out.push_str(r#"<g class="sa-marks">"#);
    for (i, c) in l.marks.iter().enumerate() {
        let side = (c.size - 1.0).max(1.0);
        let _ = write!(out, r#"<rect class="sa-mark sa-cell" data-i="{i}""#);
        rect_box(&mut out, c.x + 0.5, c.y + 0.5, side, side);
        push_attr(&mut out, "fill", series_colour(0));
        out.push_str(r#" role="button""#);
        push_attr(
            &mut out,
            "aria-label",
            &cell_name(data, c.row, c.column, lang).unwrap_or_default(),
        );
        push_attr(&mut out, "tabindex", tab_index(i, active, l.marks.len()));
        out.push_str("/>");
    }
    out.push_str("</g>");
    out
}
