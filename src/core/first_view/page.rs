//! The first view's markup: the app's shell and map view as static HTML, every text in
//! each interface language, the map drawn by the same writer the app uses
//! ([`static_map_markup`]).

use crate::core::data::dataset::{FIRST_YEAR, LAST_YEAR};
use crate::core::i18n;
use crate::core::lang::Lang;
use crate::core::map_model::drawing_markup::static_map_markup;
use crate::core::map_model::labels::headline_value;
use crate::core::map_model::marks::{glyph_at, legend_glyph, shape_path, Shape, HUB_STAR};
use crate::core::map_model::{headline_figures, MapModel, HEADLINE_IDS};
use crate::core::map_model::{MAP_HEIGHT, MAP_WIDTH};
use crate::core::url_state::{Layer, LayerSet, View};
use crate::core::xml_text::{push_attr, xml_escape_into};
use std::fmt::Write;

/// The file each language's first view is written to; `index.html` is the default page.
pub fn page_file(lang: Lang) -> &'static str {
    match lang {
        Lang::En => "index.html",
        Lang::ZhHans => "index.zh.html",
        Lang::De => "index.de.html",
    }
}

/// Writes `text(lang)` once per interface language, each in a `<span lang>`; the page's
/// stylesheet shows the one the first view's script picked.
fn each_lang(out: &mut String, text: impl Fn(Lang) -> String) {
    for lang in Lang::ALL {
        let _ = write!(out, "<span lang=\"{}\">", lang.tag());
        xml_escape_into(out, &text(lang));
        out.push_str("</span>");
    }
}

/// [`each_lang`] of an interface string.
fn each_lang_key(out: &mut String, key: &str) {
    each_lang(out, |lang| i18n::text(lang, key).to_string());
}

/// The first view for `model` (the map of the latest year), with the pick script
/// `script` at its top; `lang` is the page's own language, shown when no script picks one
/// and used for the map's `<title>`s. The result goes inside the app's mount element.
pub fn first_view_html(model: &MapModel, lang: Lang, script: &str) -> String {
    let mut out = String::with_capacity(256 * 1024);
    let _ = write!(
        out,
        "<div class=\"skills-atlas sa-first-view\" data-theme=\"auto\" lang=\"{}\" data-sa-first=\"map\">",
        lang.tag()
    );
    let _ = write!(out, "<script>{script}</script>");
    out.push_str("<a class=\"sa-skip\" href=\"#sa-first-main\">");
    each_lang_key(&mut out, "skip_to_content");
    out.push_str("</a>");
    header(&mut out, lang);
    out.push_str("<main id=\"sa-first-main\" class=\"sa-main\" tabindex=\"-1\">");
    out.push_str("<div class=\"sa-view-tools\"><span class=\"sa-button sa-button-quiet sa-first-placeholder\" aria-hidden=\"true\">");
    each_lang_key(&mut out, "embed_button");
    out.push_str("</span></div>");
    map_view(&mut out, model, lang);
    out.push_str("<section class=\"sa-view sa-first-wait\">");
    boot_status(&mut out);
    out.push_str("</section></main>");
    footer(&mut out);
    out.push_str("</div>");
    out
}

/// The site header: brand, the views as plain links, and stand-ins for the switches (the
/// theme named in `lang`).
fn header(out: &mut String, lang: Lang) {
    out.push_str("<header class=\"sa-header\"><div class=\"sa-brand\"><img src=\"favicon.svg\" alt=\"\" width=\"32\" height=\"32\" /><div><p class=\"sa-brand-name\">");
    each_lang_key(out, "app_title");
    out.push_str("</p><p class=\"sa-tagline\">");
    each_lang_key(out, "app_tagline");
    out.push_str("</p></div></div><nav class=\"sa-nav\"><ul>");
    for view in View::ALL {
        let href = match view {
            View::Map => "?".to_string(),
            other => format!("?view={}", other.slug()),
        };
        out.push_str("<li><a");
        push_attr(out, "href", &href);
        if view == View::Map {
            out.push_str(" aria-current=\"page\"");
        }
        out.push('>');
        each_lang_key(out, view.nav_label_key());
        out.push_str("</a></li>");
    }
    out.push_str(
        "</ul></nav><div class=\"sa-switches sa-first-placeholder\" aria-hidden=\"true\">",
    );
    let languages: Vec<&str> = Lang::ALL.iter().map(|l| l.endonym()).collect();
    let themes = ["theme_auto", "theme_light", "theme_dark"].map(|k| i18n::text(lang, k));
    for (key, options) in [
        ("language_label", &languages[..]),
        ("theme_label", &themes[..]),
    ] {
        out.push_str("<span class=\"sa-switch\"><span>");
        each_lang_key(out, key);
        out.push_str("</span><select disabled tabindex=\"-1\">");
        for option in options {
            out.push_str("<option>");
            xml_escape_into(out, option);
            out.push_str("</option>");
        }
        out.push_str("</select></span>");
    }
    out.push_str("</div></header>");
}

/// While the app loads: a progress bar, and what went wrong if it cannot start (the boot
/// script shows one of the reasons, in the language shown). The stylesheet shows the bar
/// only when the first view's script ran; without scripts, a note says what is missing.
fn boot_status(out: &mut String) {
    out.push_str("<div class=\"sa-boot\" role=\"status\"><label class=\"sa-boot-label\"><span>");
    each_lang_key(out, "boot_loading");
    out.push_str("</span><progress max=\"100\"></progress></label></div>");
    out.push_str("<div class=\"sa-boot-error sa-error\" role=\"alert\" hidden><p class=\"sa-boot-error-title\">");
    each_lang_key(out, "boot_failed");
    out.push_str("</p>");
    for reason in ["no_wasm", "blocked", "network"] {
        let _ = write!(out, "<p data-sa-boot-reason=\"{reason}\" hidden>");
        each_lang_key(out, &format!("boot_reason_{reason}"));
        out.push_str("</p>");
    }
    out.push_str("<button type=\"button\" class=\"sa-button sa-boot-retry\">");
    each_lang_key(out, "retry");
    out.push_str("</button></div><noscript><p class=\"sa-boot-noscript\">");
    each_lang_key(out, "boot_no_script");
    out.push_str("</p><ul class=\"sa-boot-langs\">");
    for lang in Lang::ALL {
        let _ = write!(
            out,
            "<li><a href=\"{}\" hreflang=\"{}\" lang=\"{}\">{}</a></li>",
            page_file(lang),
            lang.tag(),
            lang.tag(),
            lang.endonym()
        );
    }
    out.push_str("</ul></noscript>");
}

/// The map view of the latest year: title, loading status where the controls will be,
/// the map, its attribution, the legend and the headline figures (in the order they show:
/// a page drawn before its last bytes arrived never sees the legend come in above the
/// figures).
fn map_view(out: &mut String, model: &MapModel, lang: Lang) {
    out.push_str("<section class=\"sa-view sa-map sa-first-map\" aria-labelledby=\"sa-first-title\"><h1 id=\"sa-first-title\">");
    each_lang_key(out, View::Map.title_key());
    out.push_str("</h1><div class=\"sa-first-controls\">");
    controls(out, lang);
    boot_status(out);
    out.push_str("</div><div class=\"sa-map-layout\"><div class=\"sa-map-main\"><div class=\"sa-map-stage\"><div class=\"sa-map-canvas\">");
    map_svg(out, model, lang);
    out.push_str("</div><p class=\"sa-map-hint sa-first-placeholder\" aria-hidden=\"true\">");
    each_lang_key(out, "map_keys_hint");
    out.push_str("</p></div><p class=\"sa-map-attribution\">");
    xml_escape_into(out, &model.geometry.attribution);
    out.push_str("</p></div><div class=\"sa-map-side\">");
    legend(out, model);
    headline(out, model);
    out.push_str("</div></div></section>");
}

/// The map's toolbar and timeline as the app lays them out, invisible and inert: they keep
/// the place of the app's controls (in every width and language), so the map below does not
/// move when the app takes over. The loading bar shows over them.
fn controls(out: &mut String, lang: Lang) {
    out.push_str("<div class=\"sa-first-placeholder\" aria-hidden=\"true\"><ul class=\"sa-map-notices\"></ul><div class=\"sa-map-toolbar\"><div class=\"sa-find\"><label>");
    each_lang_key(out, "map_find_label");
    out.push_str("</label><input type=\"search\" disabled tabindex=\"-1\"");
    push_attr(out, "placeholder", i18n::text(lang, "map_find_placeholder"));
    out.push_str(" /></div><div class=\"sa-zoom\">");
    for label in ["+", "\u{2212}"] {
        let _ = write!(
            out,
            "<button type=\"button\" class=\"{QUIET}\" disabled tabindex=\"-1\">{label}</button>"
        );
    }
    button(out, QUIET, "map_zoom_reset");
    out.push_str("<span class=\"sa-zoom-level\">1.0\u{d7}</span></div>");
    button(out, QUIET, "map_table_toggle");
    out.push_str("<div class=\"sa-export\"><button type=\"button\" class=\"sa-button sa-button-quiet sa-export-toggle\" disabled tabindex=\"-1\">");
    each_lang_key(out, "charts_export_label");
    out.push_str(
        "<span class=\"sa-chevron\"></span></button></div></div><div class=\"sa-timeline\">",
    );
    button(out, "sa-button sa-play", "map_play");
    out.push_str("<label>");
    each_lang_key(out, "map_year_label");
    let _ = write!(
        out,
        "</label><input type=\"range\" min=\"{FIRST_YEAR}\" max=\"{LAST_YEAR}\" value=\"{LAST_YEAR}\" disabled tabindex=\"-1\" /><output class=\"sa-year-value\">{LAST_YEAR}</output><span class=\"sa-year-range\">{FIRST_YEAR}\u{2013}{LAST_YEAR}</span></div></div>"
    );
}

/// The class of the toolbar's secondary buttons (the app's zoom, table and download).
const QUIET: &str = "sa-button sa-button-quiet";

/// An inert button labelled with an interface string in each language.
fn button(out: &mut String, class: &str, key: &str) {
    let _ = write!(
        out,
        "<button type=\"button\" class=\"{class}\" disabled tabindex=\"-1\">"
    );
    each_lang_key(out, key);
    out.push_str("</button>");
}

/// The drawing of the latest year with the default layers, countries named in `lang`.
fn map_svg(out: &mut String, model: &MapModel, lang: Lang) {
    let geo = &model.geometry;
    let stats = model.year_stats(LAST_YEAR);
    let looks = model.looks(&stats, lang);
    let markup = static_map_markup(geo, &looks, LAST_YEAR);
    let layers = LayerSet::default();
    out.push_str("<svg class=\"sa-map-svg");
    for (layer, class) in [
        (Layer::Partners, " sa-show-partners"),
        (Layer::Workshops, " sa-show-workshops"),
        (Layer::Stations, " sa-show-stations"),
        (Layer::Flows, " sa-show-flows"),
    ] {
        if layers.contains(layer) {
            out.push_str(class);
        }
    }
    let _ = write!(
        out,
        "\" viewBox=\"0 0 {MAP_WIDTH} {MAP_HEIGHT}\" preserveAspectRatio=\"xMidYMid slice\" width=\"100%\" role=\"group\" aria-labelledby=\"sa-first-title\"><defs>{}</defs><g style=\"--sa-inv-k:1;--sa-home-tx:{}px\">",
        markup.defs,
        geo.home_shift(PHONE_FRAME_ASPECT)
    );
    let _ = write!(out, "<path class=\"sa-map-sphere\" d=\"{}\"/>", geo.sphere);
    let _ = write!(
        out,
        "<path class=\"sa-map-background\" d=\"{}\" vector-effect=\"non-scaling-stroke\"/>",
        geo.background
    );
    if let Some(d) = &geo.hub_country {
        let _ = write!(
            out,
            "<path class=\"sa-map-hub-country\" d=\"{d}\" vector-effect=\"non-scaling-stroke\"/>"
        );
    }
    let choropleth = if layers.contains(Layer::Certifications) {
        " sa-map-choropleth"
    } else {
        ""
    };
    let _ = write!(
        out,
        "<g class=\"sa-map-countries{choropleth}\">{}</g><g class=\"sa-map-arcs\">{}</g><g class=\"sa-glyphs\" aria-hidden=\"true\">{}</g>",
        markup.countries, markup.arcs, markup.glyphs
    );
    let (x, y) = geo.hub;
    let _ = write!(
        out,
        "<g class=\"sa-hub\" style=\"{}\"><path class=\"sa-hub-star\" d=\"{HUB_STAR}\" vector-effect=\"non-scaling-stroke\"/><text class=\"sa-hub-label\" x=\"10\" y=\"4\">",
        glyph_at(x, y, 1.0)
    );
    for l in Lang::ALL {
        let _ = write!(out, "<tspan lang=\"{}\">", l.tag());
        xml_escape_into(out, model.atlas.hub.name.get(l));
        out.push_str("</tspan>");
    }
    out.push_str("</text></g></g></svg>");
}

/// The headline figures of the latest year (the published ones, with their qualifiers).
fn headline(out: &mut String, model: &MapModel) {
    let figures = headline_figures(&model.atlas, &model.activity, LAST_YEAR);
    out.push_str("<section class=\"sa-headline\" aria-labelledby=\"sa-first-headline\"><h2 id=\"sa-first-headline\">");
    each_lang_key(out, "map_headline_title");
    out.push_str("</h2><p class=\"sa-headline-caption\">");
    each_lang_key(out, "map_headline_published");
    out.push_str("</p><dl class=\"sa-headline-list\">");
    for id in HEADLINE_IDS {
        out.push_str("<div class=\"sa-headline-item\"");
        push_attr(out, "data-figure", id);
        out.push_str("><dt>");
        let figure = model.atlas.key_figure(id);
        each_lang(out, |l| {
            figure.map_or_else(|| id.to_string(), |f| f.label.get(l).to_string())
        });
        out.push_str("</dt><dd>");
        if let Some(h) = figures.iter().find(|h| h.id == id) {
            each_lang(out, |l| headline_value(h.value, h.qualifier, l));
        }
        out.push_str("</dd></div>");
    }
    out.push_str("</dl></section>");
}

/// The legend as the app shows it, its checkboxes disabled (they work once the app runs):
/// each layer's glyph and name, and the choropleth's classes.
fn legend(out: &mut String, model: &MapModel) {
    out.push_str("<fieldset class=\"sa-map-legend\" disabled><legend>");
    each_lang_key(out, "map_layers_title");
    out.push_str("</legend><ul class=\"sa-legend-list\">");
    let layers = LayerSet::default();
    for layer in Layer::ALL {
        let checked = if layers.contains(layer) {
            " checked"
        } else {
            ""
        };
        let _ = write!(
            out,
            "<li class=\"sa-legend-item\"><label><input type=\"checkbox\"{checked} />"
        );
        let (class, d) = legend_glyph(layer);
        swatch(out, class, &d);
        out.push_str("<span>");
        each_lang_key(out, layer.label_key());
        out.push_str("</span></label>");
        match layer {
            Layer::Stations => {
                out.push_str("<p class=\"sa-legend-note\">");
                swatch(out, "sa-glyph-centre", &shape_path(Shape::Diamond, 4.5));
                each_lang_key(out, "map_legend_centres");
                out.push_str("</p>");
            }
            Layer::Flows => {
                for (class, key) in [
                    ("sa-flow-sent", "map_legend_sent"),
                    ("sa-flow-trained", "map_legend_trained"),
                ] {
                    let _ = write!(
                        out,
                        "<p class=\"sa-legend-note\"><span class=\"sa-flow-key {class}\"></span>"
                    );
                    each_lang_key(out, key);
                    out.push_str("</p>");
                }
            }
            Layer::Partners => {
                out.push_str("<p class=\"sa-legend-note\">");
                each_lang_key(out, "map_legend_arcs");
                out.push_str("</p>");
            }
            Layer::Certifications | Layer::Workshops => {}
        }
        out.push_str("</li>");
    }
    out.push_str("</ul><div class=\"sa-bins\"><p>");
    each_lang_key(out, "map_bins_title");
    out.push_str("</p><ul class=\"sa-bins-list\">");
    for (color, label) in model.bins.colors().iter().zip(model.bins.labels()) {
        let _ = write!(
            out,
            "<li><span class=\"sa-bin-swatch\" style=\"background:{color}\"></span>"
        );
        xml_escape_into(out, &label);
        out.push_str("</li>");
    }
    out.push_str(
        "</ul><p class=\"sa-legend-note\"><span class=\"sa-bin-swatch sa-bin-nodata\"></span>",
    );
    each_lang_key(out, "map_bins_nodata");
    out.push_str("</p></div></fieldset>");
}

/// A small legend glyph, as the app's legend draws it.
fn swatch(out: &mut String, class: &str, d: &str) {
    let _ = write!(
        out,
        "<svg class=\"sa-legend-swatch\" viewBox=\"-8 -8 16 16\" width=\"16\" height=\"16\" aria-hidden=\"true\"><path class=\"{class}\" d=\"{d}\"/></svg>"
    );
}

/// The id of the first view's last element. The page's `<link rel="expect" blocking="render">`
/// names it: the browser paints nothing before the whole first view is parsed, so a part
/// drawn early never moves when the rest arrives (a layout shift).
pub const FIRST_VIEW_END_ID: &str = "sa-first-end";

/// The phone frame the static map's slice is written for: 390 × 439 px, a phone's width and
/// a bit over half its height (style/map.css). The first view's style applies it on phones.
const PHONE_FRAME_ASPECT: f64 = 390.0 / 439.0;

/// The footer: the source of the figures and the illustrative-data notice.
fn footer(out: &mut String) {
    let _ = write!(
        out,
        "<footer class=\"sa-footer\" id=\"{FIRST_VIEW_END_ID}\"><p>"
    );
    each_lang_key(out, "footer_source");
    out.push_str("</p><p>");
    each_lang_key(out, "footer_notice");
    out.push_str(" <a href=\"?view=about\">");
    each_lang_key(out, "footer_about_link");
    out.push_str("</a></p></footer>");
}
