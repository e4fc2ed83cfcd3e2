//! The standalone export SVG: the chart's own drawing framed by its title, legend, source
//! line and the illustrative-data notice, so a slide never loses them.

pub use crate::core::xml_text::{xml_escape, xml_escape_into};

use super::ticks::text_units;

/// Splits `text` into lines of about `max_units` width units (see [`text_units`]); breaks
/// at spaces when it can.
pub fn wrap_text(text: &str, max_units: usize) -> Vec<String> {
    let max_units = max_units.max(8);
    let mut lines = Vec::new();
    let mut line = String::new();
    let mut units = 0;
    for c in text.chars() {
        let w = text_units(c);
        if units + w > max_units {
            // Break at the last space if there is one in the line's second half.
            let cut = line.rfind(' ').filter(|i| *i > line.len() / 2);
            match cut {
                Some(i) => {
                    let rest = line[i + 1..].to_string();
                    lines.push(line[..i].to_string());
                    units = rest.chars().map(text_units).sum();
                    line = rest;
                }
                None => {
                    lines.push(std::mem::take(&mut line));
                    units = 0;
                }
            }
        }
        line.push(c);
        units += w;
    }
    if !line.trim().is_empty() {
        lines.push(line);
    }
    lines
}

/// What frames the exported chart.
#[derive(Clone, Debug, PartialEq)]
pub struct ExportFrame {
    /// Chart title.
    pub title: String,
    /// Axis / unit line under the title.
    pub subtitle: String,
    /// Legend entries: label and colour.
    pub legend: Vec<(String, String)>,
    /// Source line.
    pub source: String,
    /// Illustrative-data notice.
    pub notice: String,
}

/// A box in SVG user units: x, y, width, height.
pub type ViewBox = [f64; 4];

/// Reads an SVG `viewBox` attribute (`"0 0 960 480"`); `None` unless it is four numbers.
pub fn parse_view_box(text: &str) -> Option<ViewBox> {
    let mut numbers = text
        .split(|c: char| c.is_whitespace() || c == ',')
        .filter(|t| !t.is_empty())
        .map(|t| t.parse::<f64>().ok().filter(|v| v.is_finite()));
    let view = [
        numbers.next()??,
        numbers.next()??,
        numbers.next()??,
        numbers.next()??,
    ];
    numbers.next().is_none().then_some(view)
}

/// The frame of a drawing exported whole: its `view` box grown to hold its `content`'s
/// bounding box (arcs drawn past the edge), plus `margin` on every side, on whole units.
/// Empty or non-finite content is ignored.
pub fn whole_frame(view: ViewBox, content: Option<ViewBox>, margin: f64) -> ViewBox {
    let [vx, vy, vw, vh] = view;
    let (mut x0, mut y0, mut x1, mut y1) = (vx, vy, vx + vw, vy + vh);
    if let Some([bx, by, bw, bh]) =
        content.filter(|b| b.iter().all(|v| v.is_finite()) && b[2] > 0.0 && b[3] > 0.0)
    {
        x0 = x0.min(bx);
        y0 = y0.min(by);
        x1 = x1.max(bx + bw);
        y1 = y1.max(by + bh);
    }
    let (x0, y0) = ((x0 - margin).floor(), (y0 - margin).floor());
    [x0, y0, (x1 + margin).ceil() - x0, (y1 + margin).ceil() - y0]
}

/// Wraps the serialized chart `inner` (an `<svg>` element of `width` × `height`) in a
/// standalone SVG document with the frame's texts. Returns the markup and its size.
pub fn compose_export_svg(
    frame: &ExportFrame,
    inner: &str,
    width: f64,
    height: f64,
) -> (String, f64, f64) {
    let pad = 16.0;
    let total_w = (width + 2.0 * pad).ceil();
    let chars = ((total_w - 2.0 * pad) / 6.5) as usize;
    let mut y = pad;
    let mut head = String::new();
    let font = "font-family=\"system-ui, 'Noto Sans', 'Noto Sans CJK SC', sans-serif\"";
    for line in wrap_text(&frame.title, chars * 2 / 3) {
        y += 22.0;
        head.push_str(&format!(
            "<text x=\"{pad}\" y=\"{y}\" font-size=\"18\" font-weight=\"700\" fill=\"#1b1f24\" {font}>{}</text>",
            xml_escape(&line)
        ));
    }
    // The subtitle wraps as the title does: a chart laid out on a phone is narrow.
    for line in wrap_text(&frame.subtitle, chars) {
        y += 18.0;
        head.push_str(&format!(
            "<text x=\"{pad}\" y=\"{y}\" font-size=\"12\" fill=\"#4a5560\" {font}>{}</text>",
            xml_escape(&line)
        ));
    }
    let mut x = pad;
    if !frame.legend.is_empty() {
        y += 20.0;
        for (label, colour) in &frame.legend {
            let w = 18.0 + 6.5 * label.chars().count() as f64 + 14.0;
            if x + w > total_w - pad && x > pad {
                x = pad;
                y += 18.0;
            }
            head.push_str(&format!(
                "<rect x=\"{x}\" y=\"{}\" width=\"12\" height=\"12\" fill=\"{}\"/><text x=\"{}\" y=\"{y}\" font-size=\"12\" fill=\"#1b1f24\" {font}>{}</text>",
                y - 10.0,
                xml_escape(colour),
                x + 16.0,
                xml_escape(label)
            ));
            x += w;
        }
    }
    y += 10.0;
    let chart_y = y;
    y += height + 8.0;
    let mut foot = String::new();
    for (text, size) in [(&frame.source, 11.0), (&frame.notice, 11.0)] {
        for line in wrap_text(text, chars) {
            y += 15.0;
            foot.push_str(&format!(
                "<text x=\"{pad}\" y=\"{y}\" font-size=\"{size}\" fill=\"#4a5560\" {font}>{}</text>",
                xml_escape(&line)
            ));
        }
    }
    let total_h = (y + pad).ceil();
    let svg = format!(
        "<svg xmlns=\"http://www.w3.org/2000/svg\" xmlns:xlink=\"http://www.w3.org/1999/xlink\" width=\"{total_w}\" height=\"{total_h}\" viewBox=\"0 0 {total_w} {total_h}\"><title>{}</title><rect width=\"100%\" height=\"100%\" fill=\"#ffffff\"/>{head}<g transform=\"translate({pad} {chart_y})\">{inner}</g>{foot}</svg>",
        xml_escape(&frame.title)
    );
    (svg, total_w, total_h)
}
