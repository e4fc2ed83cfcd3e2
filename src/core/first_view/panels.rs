//! The partner countries' panels for the first view, one file per interface language: a
//! click on a country of the static map opens its panel (as the app would show it, for the
//! latest year) while the app is still loading. The boot script fetches the file of the
//! language shown and moves the clicked country's panel into the page.

use crate::core::data::dataset::LAST_YEAR;
use crate::core::lang::Lang;
use crate::core::map_model::panel_markup::country_panel_html;
use crate::core::map_model::MapModel;

/// The file holding the panels in `lang`: `panels.en.html`, `panels.zh-Hans.html`, ….
pub fn panels_file(lang: Lang) -> String {
    format!("panels.{}.html", lang.tag())
}

/// Every partner country's panel of the latest year in `lang`, each an `<aside
/// data-country>` in the body of a small HTML document.
pub fn panels_html(model: &MapModel, lang: Lang) -> String {
    let mut out = format!(
        "<!DOCTYPE html><html lang=\"{}\"><head><meta charset=\"utf-8\"><title>panels</title></head><body>",
        lang.tag()
    );
    for index in 0..model.geometry.countries.len() {
        if let Some(panel) = country_panel_html(model, index, LAST_YEAR, lang) {
            out.push_str(&panel);
        }
    }
    out.push_str("</body></html>");
    out
}
