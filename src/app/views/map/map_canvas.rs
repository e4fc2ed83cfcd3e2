//! The map's interactive frame: zoom and pan by wheel, drag, pinch (pointer events) and
//! keyboard (+/−/arrows while the frame has focus). The arithmetic is `core::geo::Zoom`.

use super::map_state::MapCtx;
use super::world_svg::WorldSvg;
use crate::app::i18n::tr;
use crate::core::geo::{Frame, Zoom};
use crate::core::map_model::{MAP_HEIGHT, MAP_WIDTH};
use leptos::prelude::*;
use leptos::task::spawn_local;

/// Zoom step of the buttons and the +/− keys.
pub const ZOOM_STEP: f64 = 1.5;
/// Pan step of the arrow keys, in viewBox pixels.
const PAN_STEP: f64 = 40.0;
/// Pointer travel (screen pixels) after which a press is a drag, not a click.
const DRAG_THRESHOLD: f64 = 4.0;

/// The focusable frame around the SVG map.
#[component]
pub fn MapCanvas() -> impl IntoView {
    let ctx = expect_context::<MapCtx>();
    let frame = NodeRef::<leptos::html::Div>::new();
    let gestures = MapGestures::new(ctx, frame);
    // The part of the map on screen: measured once drawn, and again when the window's size
    // changes (a phone turned).
    Effect::new(move |_| gestures.measure());
    let resize = window_event_listener(leptos::ev::resize, move |_| gestures.measure());
    on_cleanup(move || resize.remove());
    view! {
        <div
            class="sa-map-canvas"
            node_ref=frame
            tabindex="0"
            role="group"
            aria-label=tr("map_canvas_label")
            aria-describedby="sa-map-keys"
            on:wheel=move |ev| gestures.wheel(ev)
            on:pointerdown=move |ev| gestures.pointer_down(ev)
            on:pointermove=move |ev| gestures.pointer_move(ev)
            on:pointerup=move |ev| gestures.pointer_up(ev)
            on:pointercancel=move |ev| gestures.pointer_up(ev)
            on:keydown=move |ev| gestures.key(ev)
        >
            <WorldSvg />
        </div>
        <p id="sa-map-keys" class="sa-map-hint">{tr("map_keys_hint")}</p>
    }
}

/// The frame's gestures and what they remember between events.
#[derive(Clone, Copy)]
struct MapGestures {
    /// The map's state, whose zoom the gestures change.
    ctx: MapCtx,
    /// The frame, for its size on screen and pointer capture.
    frame: NodeRef<leptos::html::Div>,
    /// Active pointers: (id, client x, client y).
    pointers: StoredValue<Vec<(i32, f64, f64)>>,
    /// Screen pixels the single pointer has moved since it went down.
    travel: StoredValue<f64>,
    /// The pending write of the wheel's zoom to the URL.
    wheel_commit: StoredValue<Option<TimeoutHandle>>,
}

impl MapGestures {
    /// Gestures on `frame`, changing the zoom of `ctx`.
    fn new(ctx: MapCtx, frame: NodeRef<leptos::html::Div>) -> MapGestures {
        MapGestures {
            ctx,
            frame,
            pointers: StoredValue::new(Vec::new()),
            travel: StoredValue::new(0.0),
            wheel_commit: StoredValue::new(None),
        }
    }

    /// Client pixels → viewBox pixels, and the scale between them (the map covers the
    /// frame: [`Frame`] is the part of the viewBox on screen).
    fn to_map(self, cx: f64, cy: f64) -> Option<(f64, f64, f64)> {
        let rect = self.frame.get_untracked()?.get_bounding_client_rect();
        if rect.width() <= 0.0 {
            return None;
        }
        let shown = self.ctx.frame.get_untracked();
        let s = shown.width / rect.width();
        Some((
            shown.x + (cx - rect.left()) * s,
            shown.y + (cy - rect.top()) * s,
            s,
        ))
    }

    /// Reads the part of the map the frame shows from its size on screen.
    fn measure(self) {
        let Some(rect) = self
            .frame
            .get_untracked()
            .map(|f| f.get_bounding_client_rect())
        else {
            return;
        };
        let shown = Frame::covering(MAP_WIDTH, MAP_HEIGHT, rect.width() / rect.height());
        if self.ctx.frame.get_untracked() != shown {
            self.ctx.frame.set(shown);
        }
    }

    /// Zooms by `factor` around `point` (viewBox pixels).
    fn zoom_by(self, point: (f64, f64), factor: f64) {
        self.ctx
            .zoom
            .update(|z| *z = z.zoom_at(point, factor, self.ctx.frame.get_untracked()));
    }

    /// The wheel zooms around the pointer.
    fn wheel(self, ev: leptos::ev::WheelEvent) {
        ev.prevent_default();
        if let Some((x, y, _)) = self.to_map(ev.client_x() as f64, ev.client_y() as f64) {
            self.zoom_by((x, y), (-ev.delta_y() * 0.002).exp());
        }
        // Write the URL once the wheel rests.
        if let Some(h) = self.wheel_commit.get_value() {
            h.clear();
        }
        let ctx = self.ctx;
        let handle = set_timeout_with_handle(
            move || ctx.commit_zoom(),
            std::time::Duration::from_millis(250),
        )
        .ok();
        self.wheel_commit.set_value(handle);
    }

    /// A pointer went down: the first one starts a possible drag.
    fn pointer_down(self, ev: leptos::ev::PointerEvent) {
        if ev.button() != 0 && ev.pointer_type() == "mouse" {
            return;
        }
        self.pointers.update_value(|p| {
            // A primary pointer starts a new gesture: no other is down. One whose up never
            // reached the map (a touch's target replaced under the finger when a country
            // opens) must not turn the next tap into a pinch.
            if ev.is_primary() {
                p.clear();
            }
            p.retain(|q| q.0 != ev.pointer_id());
            p.push((ev.pointer_id(), ev.client_x() as f64, ev.client_y() as f64));
        });
        if self.pointers.with_value(Vec::len) == 1 {
            self.travel.set_value(0.0);
            self.ctx.dragged.set_value(false);
        }
    }

    /// A pointer moved: one drags, two pinch.
    fn pointer_move(self, ev: leptos::ev::PointerEvent) {
        let id = ev.pointer_id();
        let (cx, cy) = (ev.client_x() as f64, ev.client_y() as f64);
        let Some(before) = self
            .pointers
            .with_value(|p| p.iter().find(|q| q.0 == id).copied())
        else {
            return;
        };
        let all = self.pointers.with_value(|p| p.clone());
        if all.len() == 1 {
            self.drag(id, (cx - before.1, cy - before.2), (cx, cy));
        } else if all.len() == 2 {
            let other = all.iter().find(|q| q.0 != id).copied().unwrap_or(before);
            self.pinch((before.1, before.2), (cx, cy), (other.1, other.2));
        }
        self.pointers.update_value(|p| {
            if let Some(q) = p.iter_mut().find(|q| q.0 == id) {
                *q = (id, cx, cy);
            }
        });
    }

    /// Pointer `id` moved by `(dx, dy)` to `(cx, cy)`: past the drag threshold, the map pans
    /// with it.
    fn drag(self, id: i32, (dx, dy): (f64, f64), (cx, cy): (f64, f64)) {
        self.travel.update_value(|t| *t += dx.abs() + dy.abs());
        if self.travel.get_value() > DRAG_THRESHOLD {
            if !self.ctx.dragged.get_value() {
                self.ctx.dragged.set_value(true);
                if let Some(el) = self.frame.get_untracked() {
                    let _ = el.set_pointer_capture(id);
                }
            }
            if let Some((_, _, s)) = self.to_map(cx, cy) {
                self.ctx
                    .zoom
                    .update(|z| *z = z.pan(dx * s, dy * s, self.ctx.frame.get_untracked()));
            }
        }
    }

    /// Pinch: one finger moved from `before` to `now` while the `other` rests; scales by the
    /// change in finger distance around their midpoint.
    fn pinch(self, before: (f64, f64), now: (f64, f64), other: (f64, f64)) {
        let dist =
            |a: (f64, f64), b: (f64, f64)| ((a.0 - b.0).powi(2) + (a.1 - b.1).powi(2)).sqrt();
        let old = dist(before, other);
        let new = dist(now, other);
        self.ctx.dragged.set_value(true);
        if old > 1.0 {
            if let Some((mx, my, _)) = self.to_map((now.0 + other.0) / 2.0, (now.1 + other.1) / 2.0)
            {
                self.zoom_by((mx, my), new / old);
            }
        }
    }

    /// A pointer went up or was cancelled: a drag ends and reaches the URL.
    fn pointer_up(self, ev: leptos::ev::PointerEvent) {
        self.pointers
            .update_value(|p| p.retain(|q| q.0 != ev.pointer_id()));
        let ctx = self.ctx;
        if ctx.dragged.get_value() {
            ctx.commit_zoom();
            // The click that ends a drag must not select; clear the flag after it fired.
            spawn_local(async move {
                leptos::task::tick().await;
                ctx.dragged.set_value(false);
            });
        }
    }

    /// +/− zoom around the centre and 0 resets, anywhere in the map; the arrows pan while
    /// the frame itself has focus.
    fn key(self, ev: leptos::ev::KeyboardEvent) {
        let shown = self.ctx.frame.get_untracked();
        let center = shown.center();
        let on_frame = ev
            .target()
            .zip(self.frame.get_untracked())
            .is_some_and(|(t, f)| {
                let f: &web_sys::EventTarget = f.as_ref();
                t == *f
            });
        let z = self.ctx.zoom.get_untracked();
        let next = match ev.key().as_str() {
            "+" | "=" => Some(z.zoom_at(center, ZOOM_STEP, shown)),
            "-" | "_" => Some(z.zoom_at(center, 1.0 / ZOOM_STEP, shown)),
            "0" => Some(Zoom::home(self.ctx.home_x, shown)),
            "ArrowLeft" if on_frame => Some(z.pan(PAN_STEP, 0.0, shown)),
            "ArrowRight" if on_frame => Some(z.pan(-PAN_STEP, 0.0, shown)),
            "ArrowUp" if on_frame => Some(z.pan(0.0, PAN_STEP, shown)),
            "ArrowDown" if on_frame => Some(z.pan(0.0, -PAN_STEP, shown)),
            _ => None,
        };
        if let Some(next) = next {
            ev.prevent_default();
            self.ctx.set_zoom(next);
        }
    }
}
