//! The browser side of exporting: inline computed styles into a clone of the `<svg>`,
//! serialize it, rasterise it on a canvas and hand the result to `<a download>`.

use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;

use crate::core::charts::{parse_view_box, whole_frame};

/// Style properties copied from the live chart, so the export looks the same without
/// the page's stylesheet.
const INLINED: [&str; 16] = [
    "fill",
    "fill-opacity",
    "stop-color",
    "stop-opacity",
    "stroke",
    "stroke-width",
    "stroke-dasharray",
    "stroke-linejoin",
    "stroke-opacity",
    // A label's halo (a wide stroke) is painted under its letters only with this.
    "paint-order",
    "opacity",
    "font-family",
    "font-size",
    "font-weight",
    "text-anchor",
    "dominant-baseline",
];

/// The chart `svg` serialized with its computed styles inlined, and its size (from its
/// `width` / `height` attributes).
///
/// An `svg` marked `data-export="whole"` (the map) is exported whole instead, at its own
/// proportions rather than the window's: its zoomed group (`data-zoom`) is reset, and
/// the file's viewBox holds the drawing's viewBox and everything drawn past it (arcs
/// across the date line), with a small margin.
pub fn serialize_svg(svg: &web_sys::Element) -> Result<(String, f64, f64), String> {
    // Exports sit on white: read the light theme's colours even when the page is dark,
    // by switching the root's theme for the (synchronous) moment of copying.
    let root = svg.closest(".skills-atlas").ok().flatten();
    let theme = root.as_ref().and_then(|r| r.get_attribute("data-theme"));
    if let Some(root) = &root {
        let _ = root.set_attribute("data-theme", "light");
    }
    let whole = svg.get_attribute("data-export").as_deref() == Some("whole");
    let result = if whole {
        serialize_whole(svg)
    } else {
        serialize_inlined(svg)
    };
    if let (Some(root), Some(theme)) = (&root, theme) {
        let _ = root.set_attribute("data-theme", &theme);
    }
    result
}

/// Margin around the whole drawing, in viewBox units.
const WHOLE_MARGIN: f64 = 8.0;

/// [`serialize_svg`] for an `svg` exported whole.
fn serialize_whole(svg: &web_sys::Element) -> Result<(String, f64, f64), String> {
    let zoomed = svg
        .query_selector(":scope > g[data-zoom]")
        .map_err(|e| format!("{e:?}"))?
        .ok_or("no zoom group")?;
    // Its counter-scaled marks read the zoom from this variable: at scale 1 for the copy.
    let style = zoomed.get_attribute("style");
    let _ = zoomed.set_attribute("style", "--sa-inv-k:1");
    let bbox = zoomed
        .dyn_ref::<web_sys::SvggElement>()
        .and_then(|g| g.get_b_box().ok());
    let copied = inlined_copy(svg);
    match style {
        Some(style) => {
            let _ = zoomed.set_attribute("style", &style);
        }
        None => {
            let _ = zoomed.remove_attribute("style");
        }
    }
    let copy = copied?;
    let view = svg
        .get_attribute("viewBox")
        .as_deref()
        .and_then(parse_view_box)
        .ok_or("no viewBox")?;
    let content = bbox.map(|b| [b.x(), b.y(), b.width(), b.height()].map(f64::from));
    let [x0, y0, w, h] = whole_frame(view, content, WHOLE_MARGIN);
    // The frame: the zoom reset, the size in numbers.
    if let Ok(Some(g)) = copy.query_selector(":scope > g[data-zoom]") {
        let _ = g.remove_attribute("transform");
    }
    let _ = copy.set_attribute("viewBox", &format!("{x0} {y0} {w} {h}"));
    let _ = copy.set_attribute("width", &w.to_string());
    let _ = copy.set_attribute("height", &h.to_string());
    let markup = serialize(&copy)?;
    Ok((markup, w, h))
}

/// `svg` serialized with its computed styles inlined, at the size its `width` / `height`
/// attributes give.
fn serialize_inlined(svg: &web_sys::Element) -> Result<(String, f64, f64), String> {
    let clone = inlined_copy(svg)?;
    let attr = |name: &str| {
        svg.get_attribute(name)
            .and_then(|v| v.parse::<f64>().ok())
            .unwrap_or(640.0)
    };
    let (w, h) = (attr("width"), attr("height"));
    Ok((serialize(&clone)?, w, h))
}

/// The markup of `element`.
fn serialize(element: &web_sys::Element) -> Result<String, String> {
    web_sys::XmlSerializer::new()
        .and_then(|s| s.serialize_to_string(element))
        .map_err(|e| format!("{e:?}"))
}

/// A deep copy of `svg` with each element's computed styles inlined (what the page does
/// not draw left out), ready to stand alone in a file.
fn inlined_copy(svg: &web_sys::Element) -> Result<web_sys::Element, String> {
    let window = web_sys::window().ok_or("no window")?;
    let clone: web_sys::Element = svg
        .clone_node_with_deep(true)
        .map_err(|e| format!("{e:?}"))?
        .unchecked_into();
    let live = svg.query_selector_all("*").map_err(|e| format!("{e:?}"))?;
    let copies = clone
        .query_selector_all("*")
        .map_err(|e| format!("{e:?}"))?;
    for i in 0..live.length().min(copies.length()) {
        let (Some(from), Some(to)) = (live.item(i), copies.item(i)) else {
            continue;
        };
        let from: web_sys::Element = from.unchecked_into();
        let to: web_sys::Element = to.unchecked_into();
        if let Ok(Some(style)) = window.get_computed_style(&from) {
            // What the page does not draw (a layer switched off, a glyph before its year)
            // stays out of the file: its classes, which hid it, are not kept.
            if style.get_property_value("display").as_deref() == Ok("none") {
                to.remove();
                continue;
            }
            let mut inline = String::new();
            // A position set in the element's own style (the map's counter-scaled points)
            // is kept, resolved: the file has no `--sa-inv-k` to compute it from.
            if from
                .get_attribute("style")
                .is_some_and(|s| s.contains("transform"))
            {
                if let Ok(v) = style.get_property_value("transform") {
                    inline.push_str(&format!("transform:{v};"));
                }
            }
            for prop in INLINED {
                if let Ok(v) = style.get_property_value(prop) {
                    if !v.is_empty() {
                        inline.push_str(&format!("{prop}:{v};"));
                    }
                }
            }
            let _ = to.set_attribute("style", &inline);
        }
        // Interaction-only attributes mean nothing in a file.
        let _ = to.remove_attribute("tabindex");
        let _ = to.remove_attribute("class");
    }
    let _ = clone.set_attribute("xmlns", "http://www.w3.org/2000/svg");
    Ok(clone)
}

fn blob(text: &str, mime: &str) -> Result<web_sys::Blob, String> {
    let parts = js_sys::Array::of1(&JsValue::from_str(text));
    let options = web_sys::BlobPropertyBag::new();
    options.set_type(mime);
    web_sys::Blob::new_with_str_sequence_and_options(&parts, &options).map_err(|e| format!("{e:?}"))
}

/// Offers `blob` as a download called `name`, through a temporary `<a download>`.
fn download_blob(blob: &web_sys::Blob, name: &str) -> Result<(), String> {
    let document = web_sys::window()
        .and_then(|w| w.document())
        .ok_or("no document")?;
    let url = web_sys::Url::create_object_url_with_blob(blob).map_err(|e| format!("{e:?}"))?;
    let a: web_sys::HtmlAnchorElement = document
        .create_element("a")
        .map_err(|e| format!("{e:?}"))?
        .unchecked_into();
    a.set_href(&url);
    a.set_download(name);
    let _ = a.style().set_property("display", "none");
    if let Some(body) = document.body() {
        let _ = body.append_child(&a);
    }
    a.click();
    a.remove();
    // Revoke later: the download starts asynchronously.
    let revoke = Closure::once_into_js(move || {
        let _ = web_sys::Url::revoke_object_url(&url);
    });
    if let Some(w) = web_sys::window() {
        let _ =
            w.set_timeout_with_callback_and_timeout_and_arguments_0(revoke.unchecked_ref(), 30_000);
    }
    Ok(())
}

/// Downloads `text` (SVG markup or CSV) as `name` with type `mime`.
pub fn download_text(text: &str, mime: &str, name: &str) -> Result<(), String> {
    download_blob(&blob(text, mime)?, name)
}

/// Rasterises `svg_markup` (`width` × `height`) at 2× on a white canvas and downloads it
/// as PNG `name`. `on_error` hears about failures that happen after this returns.
pub fn svg_to_png_download(
    svg_markup: &str,
    width: f64,
    height: f64,
    name: String,
    on_error: impl Fn(String) + 'static,
) -> Result<(), String> {
    let document = web_sys::window()
        .and_then(|w| w.document())
        .ok_or("no document")?;
    let url = web_sys::Url::create_object_url_with_blob(&blob(
        svg_markup,
        "image/svg+xml;charset=utf-8",
    )?)
    .map_err(|e| format!("{e:?}"))?;
    let image = web_sys::HtmlImageElement::new().map_err(|e| format!("{e:?}"))?;
    let canvas: web_sys::HtmlCanvasElement = document
        .create_element("canvas")
        .map_err(|e| format!("{e:?}"))?
        .unchecked_into();
    let ratio = 2.0;
    canvas.set_width((width * ratio).round() as u32);
    canvas.set_height((height * ratio).round() as u32);
    let on_error = std::rc::Rc::new(on_error);
    let on_error_load = on_error.clone();
    let img = image.clone();
    let svg_url = url.clone();
    let onload = Closure::once_into_js(move || {
        let _ = web_sys::Url::revoke_object_url(&svg_url);
        let result = (|| -> Result<(), String> {
            let ctx: web_sys::CanvasRenderingContext2d = canvas
                .get_context("2d")
                .map_err(|e| format!("{e:?}"))?
                .ok_or("no 2d context")?
                .unchecked_into();
            ctx.scale(ratio, ratio).map_err(|e| format!("{e:?}"))?;
            ctx.set_fill_style_str("#ffffff");
            ctx.fill_rect(0.0, 0.0, width, height);
            ctx.draw_image_with_html_image_element_and_dw_and_dh(&img, 0.0, 0.0, width, height)
                .map_err(|e| format!("{e:?}"))?;
            let on_error_blob = on_error_load.clone();
            let done =
                Closure::once_into_js(move |png: JsValue| match png.dyn_into::<web_sys::Blob>() {
                    Ok(png) => {
                        if let Err(e) = download_blob(&png, &name) {
                            on_error_blob(e);
                        }
                    }
                    Err(_) => on_error_blob("canvas gave no image".to_string()),
                });
            canvas
                .to_blob(done.unchecked_ref())
                .map_err(|e| format!("{e:?}"))
        })();
        if let Err(e) = result {
            on_error_load(e);
        }
    });
    image.set_onload(Some(onload.unchecked_ref()));
    let onerror = Closure::once_into_js(move || on_error("the SVG could not be drawn".to_string()));
    image.set_onerror(Some(onerror.unchecked_ref()));
    image.set_src(&url);
    Ok(())
}
