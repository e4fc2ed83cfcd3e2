//! What bar and matrix charts share: the `<svg>` that shows the core's markup
//! (`core::charts::chart_markup`), the tooltip, and the event plumbing. A chart has hundreds of
//! marks; their pointer, focus and click events are handled once on the `<svg>` (they
//! bubble) and the roving tab stop is moved by one effect, instead of five listeners and
//! a reactive attribute on every mark. The markup is set, read and patched through the
//! [markup host](crate::app::markup_host).

use crate::app::markup_host::{find_mark, mark_index, set_markup, KeptFocus, TAB_STOP};
use crate::core::charts::chart_width;
use leptos::prelude::*;
use wasm_bindgen::JsCast;

/// Moves the roving tab stop in `svg` when `active` changes (marks drawn later take their
/// tab index from [`tab_index`]).
fn roving_tab_stop(svg: NodeRef<leptos::svg::Svg>, active: RwSignal<usize>) {
    Effect::new(move |previous: Option<usize>| {
        let now = active.get();
        if let Some(svg) = svg.get_untracked() {
            let before = previous.filter(|&p| p != now);
            let before = before.and_then(|b| find_mark(&svg, b));
            TAB_STOP.hand_over(before.as_ref(), find_mark(&svg, now).as_ref());
        }
        now
    });
}

/// A tooltip's text and position (percent of the chart's box).
#[derive(Clone, Debug, PartialEq)]
pub struct Tip {
    /// Left, in percent of the chart width.
    pub left: f64,
    /// Top, in percent of the chart height.
    pub top: f64,
    /// What it says (the mark's accessible name).
    pub text: String,
}

/// The tooltip shown beside the hovered or focused mark (hidden from assistive tech: the
/// mark's own name already says the same).
#[component]
pub fn MarkTooltip(
    /// What to show, if anything.
    tip: ReadSignal<Option<Tip>>,
) -> impl IntoView {
    move || {
        tip.get().map(|t| {
            let style = format!(
                "left:{:.2}%;top:{:.2}%",
                t.left.clamp(5.0, 95.0),
                t.top.clamp(0.0, 100.0)
            );
            view! {
                <div class="sa-tooltip" aria-hidden="true" style=style>
                    {t.text}
                </div>
            }
        })
    }
}

/// Whether `element` is within a screen height of the viewport, kept current by an
/// `IntersectionObserver` (true until it first reports, and where there is none).
fn watch_near_screen(element: NodeRef<leptos::html::Div>) -> StoredValue<bool> {
    type Watch = (
        web_sys::IntersectionObserver,
        wasm_bindgen::closure::Closure<dyn FnMut(js_sys::Array)>,
    );
    let near = StoredValue::new(true);
    let watch = StoredValue::new_local(None::<Watch>);
    Effect::new(move || {
        if watch.with_value(Option::is_some) {
            return;
        }
        let Some(target) = element.get() else {
            return;
        };
        let callback = wasm_bindgen::closure::Closure::<dyn FnMut(js_sys::Array)>::new(
            move |entries: js_sys::Array| {
                if let Some(last) = entries.iter().last() {
                    let entry: web_sys::IntersectionObserverEntry = last.unchecked_into();
                    near.try_set_value(entry.is_intersecting());
                }
            },
        );
        let options = web_sys::IntersectionObserverInit::new();
        options.set_root_margin("100% 0px");
        let Ok(observer) = web_sys::IntersectionObserver::new_with_options(
            callback.as_ref().unchecked_ref(),
            &options,
        ) else {
            return;
        };
        observer.observe(&target);
        watch.set_value(Some((observer, callback)));
    });
    on_cleanup(move || {
        watch.try_with_value(|w| {
            if let Some((observer, _)) = w {
                observer.disconnect();
            }
        });
    });
    near
}

/// Shows `markup` in `drawing` whenever it changes. A chart on or near the screen
/// (`canvas`) is redrawn at once; one further away is redrawn in the next animation frame,
/// so the frame that shows a year change carries only the charts a person can see. Nothing
/// stays stale longer than that one frame.
fn use_drawn_markup(
    markup: Memo<String>,
    drawing: NodeRef<leptos::svg::G>,
    canvas: NodeRef<leptos::html::Div>,
    svg: NodeRef<leptos::svg::Svg>,
    set_tip: WriteSignal<Option<Tip>>,
) {
    let apply = move |html: &str| replace_drawing(drawing, svg, set_tip, html);
    let near_screen = watch_near_screen(canvas);
    let pending = StoredValue::new(None::<String>);
    Effect::new(move || {
        let html = markup.get();
        if drawing.get().is_none() {
            return;
        }
        if near_screen.get_value() {
            pending.set_value(None);
            apply(&html);
            return;
        }
        let scheduled = pending.with_value(Option::is_some);
        pending.set_value(Some(html));
        if !scheduled {
            request_animation_frame(move || {
                if let Some(html) = pending.try_update_value(Option::take).flatten() {
                    apply(&html);
                }
            });
        }
    });
}

/// Replaces the drawing with `html` in one step; a focused mark keeps focus (the mark
/// with the same index in the new drawing), a hovered mark's stale tooltip goes.
fn replace_drawing(
    drawing: NodeRef<leptos::svg::G>,
    svg: NodeRef<leptos::svg::Svg>,
    set_tip: WriteSignal<Option<Tip>>,
    html: &str,
) {
    let Some(g) = drawing.get_untracked() else {
        return;
    };
    let g: web_sys::Element = g.unchecked_into();
    let focused = KeptFocus::inside(&g);
    set_markup(&g, html);
    set_tip.set(None);
    if let Some(svg) = svg.get_untracked() {
        focused.restore(&svg);
    }
}

/// Writes the width to lay a chart out at ([`chart_width`] of `canvas`'s, in CSS pixels) to
/// `room` once it is drawn and whenever the window's size changes (a phone turned), only
/// when it differs: a card wider than the widest chart changes nothing. A hidden canvas
/// (the table shown instead) measures 0 and is left alone.
fn watch_width(canvas: NodeRef<leptos::html::Div>, room: RwSignal<f64>) {
    // `try_`: the frame's callback may come after the chart is gone (another view).
    let measure = move || {
        let Some(element) = canvas.try_get_untracked().flatten() else {
            return;
        };
        let available = f64::from(element.client_width());
        let width = chart_width(Some(available));
        if available > 0.0 && room.try_get_untracked().is_some_and(|w| w != width) {
            room.try_set(width);
        }
    };
    // Measured just before the next paint, when the page is laid out for it anyway: not
    // at mount, where reading a width would force a layout of its own.
    Effect::new(move |_| {
        canvas.track();
        request_animation_frame(measure);
    });
    let resize = window_event_listener(leptos::ev::resize, move |_| measure());
    on_cleanup(move || resize.remove());
}

/// A chart's `<svg>` with its tooltip: handles the marks' click, focus and pointer events
/// in one place (each mark carries only its `data-i`).
#[component]
pub fn MarksCanvas(
    /// The `<svg>` element, for export and focus.
    svg: NodeRef<leptos::svg::Svg>,
    /// Width and height of the drawing.
    size: Signal<(f64, f64)>,
    /// Id of the element naming the chart.
    labelled_by: String,
    /// The mark holding the roving tab stop.
    active: RwSignal<usize>,
    /// Keyboard navigation between marks.
    on_keydown: Callback<web_sys::KeyboardEvent>,
    /// A mark was clicked.
    choose: Callback<usize>,
    /// The tooltip for mark `i`, if it has one.
    tip_for: Callback<usize, Option<Tip>>,
    /// The drawing's markup (escaped by the core).
    markup: Memo<String>,
    /// Where the width to lay the chart out at is written (see `watch_width`).
    #[prop(optional)]
    room: Option<RwSignal<f64>>,
    /// Static parts of the drawing (pattern definitions).
    #[prop(optional)]
    children: Option<Children>,
) -> impl IntoView {
    roving_tab_stop(svg, active);
    let (tip, set_tip) = signal(None::<Tip>);
    let drawing = NodeRef::<leptos::svg::G>::new();
    let canvas = NodeRef::<leptos::html::Div>::new();
    use_drawn_markup(markup, drawing, canvas, svg, set_tip);
    if let Some(room) = room {
        watch_width(canvas, room);
    }
    let show_tip = move |ev: &web_sys::Event| {
        if let Some(i) = mark_index(ev) {
            set_tip.set(tip_for.run(i));
        }
    };
    view! {
        <div class="sa-chart-canvas" node_ref=canvas>
            <svg
                node_ref=svg
                class="sa-chart-svg"
                width=move || size.get().0
                height=move || size.get().1
                viewBox=move || format!("0 0 {} {}", size.get().0, size.get().1)
                role="group"
                aria-labelledby=labelled_by
                on:keydown=move |ev| on_keydown.run(ev)
                on:click=move |ev| {
                    if let Some(i) = mark_index(&ev) {
                        active.set(i);
                        choose.run(i);
                    }
                }
                on:focusin=move |ev| {
                    if let Some(i) = mark_index(&ev) {
                        active.set(i);
                    }
                    show_tip(&ev);
                }
                on:focusout=move |_| set_tip.set(None)
                on:mouseover=move |ev| show_tip(&ev)
                on:mouseout=move |_| set_tip.set(None)
            >
                {children.map(|c| c())}
                <g class="sa-drawing" node_ref=drawing></g>
            </svg>
            <MarkTooltip tip=tip />
        </div>
    }
}
