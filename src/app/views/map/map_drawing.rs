//! The partner countries, arcs and glyphs: written once as markup by the core
//! (`core::map_model::drawing_markup`), then kept current by a few effects that set only what a
//! change alters: the year or language (each country's [`CountryLook`], and which
//! platforms are open), the selection and the roving tab stop, patched in place through
//! the [markup host](crate::app::markup_host).

use super::map_state::MapCtx;
use crate::app::markup_host::{set_if_changed, PRESSED, TAB_STOP};
use crate::core::map_model::drawing_markup::{map_markup, CountryLook, MapMarkup};
use crate::core::map_model::marks::ARC_LAYERS;
use crate::core::map_model::{CountryYear, LayerSet};
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
struct DrawingState {
    lang: Lang,
    stats: Vec<CountryYear>,
    looks: Vec<CountryLook>,
    /// The arc styles on the elements, per country and kind: the arcs of a layer that is
    /// off are brought up to date when it is turned on, not on every year change (with
    /// the talent flows off, two of every three arcs).
    arcs_drawn: Vec<[String; 3]>,
}

/// Brings the arcs of kind `k` of one country up to `look`, if their layer is shown.
fn draw_arcs(layers: LayerSet, els: &CountryElements, look: &CountryLook, drawn: &mut [String; 3]) {
    for (k, pieces) in els.arcs.iter().enumerate() {
        if layers.contains(ARC_LAYERS[k]) && drawn[k] != look.arcs[k] {
            for piece in pieces {
                let _ = piece.set_attribute("style", &look.arcs[k]);
            }
            drawn[k].clone_from(&look.arcs[k]);
        }
    }
}

/// The elements of one country's marks.
struct CountryElements {
    /// Its shape or point.
    shape: web_sys::Element,
    /// The pieces of its cooperation, "sent abroad" and "trained" arcs.
    arcs: [Vec<web_sys::Element>; 3],
    /// Its partner circle and workshop square.
    glyphs: [web_sys::Element; 2],
}

/// The element children of `el`, in order.
fn children(el: &web_sys::Element) -> Vec<web_sys::Element> {
    let list = el.children();
    (0..list.length()).filter_map(|i| list.item(i)).collect()
}

/// Every country's elements, read once from the drawn markup (see [`map_markup`]).
fn find_elements(groups: DrawingGroups) -> Option<Vec<CountryElements>> {
    let element = |g: NodeRef<leptos::svg::G>| -> Option<web_sys::Element> {
        Some(g.get_untracked()?.unchecked_into())
    };
    let shapes = children(&element(groups.countries)?);
    let arcs = children(&element(groups.arcs)?);
    let glyphs = children(&element(groups.glyphs)?);
    shapes
        .into_iter()
        .zip(arcs)
        .zip(glyphs.chunks(2))
        .map(|((shape, arcs), glyphs)| {
            let kinds = children(&arcs);
            Some(CountryElements {
                shape,
                arcs: std::array::from_fn(|k| kinds.get(k).map(children).unwrap_or_default()),
                glyphs: [glyphs.first()?.clone(), glyphs.get(1)?.clone()],
            })
        })
        .collect()
}

/// The drawn countries' elements, found on first use.
#[derive(Clone, Copy)]
struct Drawn {
    groups: DrawingGroups,
    elements: StoredValue<Option<Vec<CountryElements>>, LocalStorage>,
}

impl Drawn {
    /// Runs `f` with the elements of every country, if the drawing is in the DOM.
    fn with<R>(&self, f: impl FnOnce(&[CountryElements]) -> R) -> Option<R> {
        if self.elements.with_value(Option::is_none) {
            self.elements.set_value(find_elements(self.groups));
        }
        self.elements.with_value(|e| e.as_deref().map(f))
    }

    /// The shape of country `i`, if drawn.
    fn shape(&self, i: usize) -> Option<web_sys::Element> {
        self.with(|e| e.get(i).map(|c| c.shape.clone())).flatten()
    }
}

/// Writes the drawing's markup for the state now and keeps it current.
pub fn draw(ctx: MapCtx, groups: DrawingGroups) -> MapMarkup {
    let model = ctx.model.get_value();
    let year = ctx.year.get_untracked();
    let lang = ctx.lang.get_untracked();
    let stats = model.year_stats(year);
    let looks = model.looks(&stats, lang);
    let active = ctx.active.get_untracked();
    let selected = ctx.selected.get_untracked();
    let markup = map_markup(&model.geometry, &looks, active, selected, year);
    let arcs_drawn = looks.iter().map(|l| l.arcs.clone()).collect();
    let shown = StoredValue::new(DrawingState {
        lang,
        stats,
        looks,
        arcs_drawn,
    });
    let drawn = Drawn {
        groups,
        elements: StoredValue::new_local(None),
    };
    follow_year_and_language(ctx, drawn, shown);
    follow_layers(ctx, drawn, shown);
    follow_platforms(ctx, groups);
    follow_selection(ctx, drawn, selected);
    follow_tab_stop(ctx, drawn, active);
    markup
}

/// A new year or language: countries whose figures (or names) changed get their new look.
fn follow_year_and_language(ctx: MapCtx, drawn: Drawn, shown: StoredValue<DrawingState>) {
    Effect::new(move |_| {
        let year = ctx.year.get();
        let lang = ctx.lang.get();
        let model = ctx.model.get_value();
        let stats = model.year_stats(year);
        let layers = ctx.layers.get_untracked();
        // As drawn (the first run, right after the markup was written): nothing to patch,
        // and the elements need not be looked up yet.
        if shown.with_value(|shown| shown.lang == lang && shown.stats == stats) {
            return;
        }
        drawn.with(|elements| {
            shown.update_value(|shown| {
                let relabel = shown.lang != lang;
                for (i, (now, els)) in stats.iter().zip(elements).enumerate() {
                    if !relabel && shown.stats[i] == *now {
                        continue;
                    }
                    let next = model.look(i, now, lang);
                    let before = &shown.looks[i];
                    set_if_changed(&els.shape, "fill", before.fill, next.fill);
                    set_if_changed(&els.shape, "aria-label", &before.label, &next.label);
                    draw_arcs(layers, els, &next, &mut shown.arcs_drawn[i]);
                    let [partner, workshop] = &els.glyphs;
                    set_if_changed(partner, "style", &before.partner, &next.partner);
                    set_if_changed(workshop, "style", &before.workshop, &next.workshop);
                    shown.looks[i] = next;
                }
                shown.lang = lang;
                shown.stats = stats;
            });
        });
    });
}

/// A layer turned on shows its arcs as they are in the year shown.
fn follow_layers(ctx: MapCtx, drawn: Drawn, shown: StoredValue<DrawingState>) {
    Effect::new(move |before: Option<LayerSet>| {
        let layers = ctx.layers.get();
        // The markup was written with every arc's look, whatever the layers: only a change
        // of layers has anything to bring up to date.
        if before.is_none_or(|before| before == layers) {
            return layers;
        }
        drawn.with(|elements| {
            shown.update_value(|shown| {
                for (i, els) in elements.iter().enumerate() {
                    draw_arcs(layers, els, &shown.looks[i], &mut shown.arcs_drawn[i]);
                }
            });
        });
        layers
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
fn follow_selection(ctx: MapCtx, drawn: Drawn, first: Option<usize>) {
    Effect::new(move |before: Option<Option<usize>>| {
        let now = ctx.selected.get();
        let before = before.unwrap_or(first);
        if before != now {
            let (was, is) = (
                before.and_then(|i| drawn.shape(i)),
                now.and_then(|i| drawn.shape(i)),
            );
            PRESSED.hand_over(was.as_ref(), is.as_ref());
            for (el, on) in [(was, false), (is, true)] {
                if let Some(el) = el {
                    let _ = el.class_list().toggle_with_force("sa-selected", on);
                }
            }
        }
        now
    });
}

/// The roving tab stop: the one country Tab lands on.
fn follow_tab_stop(ctx: MapCtx, drawn: Drawn, first: usize) {
    Effect::new(move |before: Option<usize>| {
        let now = ctx.active.get();
        let before = before.unwrap_or(first);
        if before != now {
            TAB_STOP.hand_over(drawn.shape(before).as_ref(), drawn.shape(now).as_ref());
        }
        now
    });
}
