//! The partner countries, arcs and glyphs: written once as markup by the core
//! (`core::map_model::markup`), then kept current by a few effects that set only what a
//! change alters: the year or language (each country's [`CountryLook`], and which
//! platforms are open), the selection and the roving tab stop.

use super::map_state::{MapCtx, MapModel};
use crate::core::map_model::markup::{map_markup, CountryLook, LookScales, MapMarkup};
use crate::core::map_model::CountryYear;
use crate::core::url_state::Lang;
use leptos::prelude::*;
use wasm_bindgen::JsCast;

/// The groups the markup goes into.
#[derive(Clone, Copy)]
pub struct DrawingGroups {
    /// The partner countries (one element per country, in index order).
    pub countries: NodeRef<leptos::svg::G>,
    /// The arc groups (one per country, in index order).
    pub arcs: NodeRef<leptos::svg::G>,
    /// The glyphs: a partner circle and a workshop square per country, then the platforms.
    pub glyphs: NodeRef<leptos::svg::G>,
}

/// What the drawing shows now: each country's figures and look, in one language.
struct Shown {
    lang: Lang,
    stats: Vec<CountryYear>,
    looks: Vec<CountryLook>,
}

/// Every country's figures in `year`.
fn year_stats(model: &MapModel, year: u16) -> Vec<CountryYear> {
    let ids = model.geometry.countries.iter().map(|c| c.id.as_str());
    model.activity.year_stats(ids, year)
}

/// Country `i`'s look with figures `stats` in `lang`.
fn look(model: &MapModel, i: usize, stats: &CountryYear, lang: Lang) -> CountryLook {
    let shape = &model.geometry.countries[i];
    let scales = LookScales {
        bins: &model.bins,
        max_partners: model.max_partners,
        max_flow: model.max_flow,
    };
    let name = model.atlas.country_name(&shape.id, lang.tag());
    CountryLook::new(shape, name, stats, lang, scales)
}

/// Child `i` of `group`, if drawn.
fn child(group: NodeRef<leptos::svg::G>, i: usize) -> Option<web_sys::Element> {
    let group: web_sys::Element = group.get_untracked()?.unchecked_into();
    group.children().item(i as u32)
}

/// Writes the drawing's markup for the state now and keeps it current.
pub fn draw(ctx: MapCtx, groups: DrawingGroups) -> MapMarkup {
    let model = ctx.model.get_value();
    let year = ctx.year.get_untracked();
    let lang = ctx.label_lang.get_untracked();
    let stats = year_stats(&model, year);
    let looks: Vec<CountryLook> = stats
        .iter()
        .enumerate()
        .map(|(i, s)| look(&model, i, s, lang))
        .collect();
    let active = ctx.active.get_untracked();
    let selected = ctx.selected.get_untracked();
    let markup = map_markup(&model.geometry, &looks, active, selected, year);
    let shown = StoredValue::new(Shown { lang, stats, looks });
    follow_year_and_language(ctx, groups, shown);
    follow_platforms(ctx, groups);
    follow_selection(ctx, groups, selected);
    follow_tab_stop(ctx, groups, active);
    markup
}

/// Sets `name` on `el` when `before` and `now` differ.
fn set_if_changed(el: &web_sys::Element, name: &str, before: &str, now: &str) {
    if before != now {
        let _ = el.set_attribute(name, now);
    }
}

/// A new year or language: countries whose figures (or names) changed get their new look.
fn follow_year_and_language(ctx: MapCtx, groups: DrawingGroups, shown: StoredValue<Shown>) {
    Effect::new(move |_| {
        let year = ctx.year.get();
        let lang = ctx.label_lang.get();
        let model = ctx.model.get_value();
        let stats = year_stats(&model, year);
        let n = model.geometry.countries.len();
        shown.update_value(|shown| {
            let relabel = shown.lang != lang;
            for (i, now) in stats.iter().enumerate().take(n) {
                if !relabel && shown.stats[i] == *now {
                    continue;
                }
                let next = look(&model, i, now, lang);
                let before = &shown.looks[i];
                if let Some(el) = child(groups.countries, i) {
                    set_if_changed(&el, "fill", before.fill, next.fill);
                    set_if_changed(&el, "aria-label", &before.label, &next.label);
                }
                if let Some(el) = child(groups.arcs, i) {
                    set_if_changed(&el, "style", &before.arcs, &next.arcs);
                }
                if let Some(el) = child(groups.glyphs, 2 * i) {
                    set_if_changed(&el, "style", &before.partner, &next.partner);
                }
                if let Some(el) = child(groups.glyphs, 2 * i + 1) {
                    set_if_changed(&el, "style", &before.workshop, &next.workshop);
                }
                shown.looks[i] = next;
            }
            shown.lang = lang;
            shown.stats = stats;
        });
    });
}

/// Platforms that opened after the year shown are hidden, a year's group at a time.
fn follow_platforms(ctx: MapCtx, groups: DrawingGroups) {
    Effect::new(move |_| {
        let year = ctx.year.get();
        let Some(group) = groups.glyphs.get_untracked() else {
            return;
        };
        let group: web_sys::Element = group.unchecked_into();
        let Ok(list) = group.query_selector_all(":scope > .sa-platforms") else {
            return;
        };
        for i in 0..list.length() {
            let Some(el) = list
                .item(i)
                .and_then(|n| n.dyn_into::<web_sys::Element>().ok())
            else {
                continue;
            };
            let opened: u16 = el
                .get_attribute("data-year")
                .and_then(|y| y.parse().ok())
                .unwrap_or(0);
            let _ = el
                .class_list()
                .toggle_with_force("sa-hidden", year < opened);
        }
    });
}

/// The selected country is marked (`aria-pressed`, and a class for its outline).
fn follow_selection(ctx: MapCtx, groups: DrawingGroups, drawn: Option<usize>) {
    Effect::new(move |before: Option<Option<usize>>| {
        let now = ctx.selected.get();
        let before = before.unwrap_or(drawn);
        if before != now {
            for (index, on) in [(before, false), (now, true)] {
                if let Some(el) = index.and_then(|i| child(groups.countries, i)) {
                    let _ = el.set_attribute("aria-pressed", if on { "true" } else { "false" });
                    let _ = el.class_list().toggle_with_force("sa-selected", on);
                }
            }
        }
        now
    });
}

/// The roving tab stop: the one country Tab lands on.
fn follow_tab_stop(ctx: MapCtx, groups: DrawingGroups, drawn: usize) {
    Effect::new(move |before: Option<usize>| {
        let now = ctx.active.get();
        let before = before.unwrap_or(drawn);
        if before != now {
            for (index, stop) in [(before, "-1"), (now, "0")] {
                if let Some(el) = child(groups.countries, index) {
                    let _ = el.set_attribute("tabindex", stop);
                }
            }
        }
        now
    });
}
