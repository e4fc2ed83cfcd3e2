//! The map's interactive frame: zoom and pan by wheel, drag, pinch (pointer events) and
//! keyboard (+/−/arrows while the frame has focus). The arithmetic is `core::geo::Zoom`.

use super::map_state::MapCtx;
use super::world_svg::WorldSvg;
use crate::app::i18n::tr;
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
    // Active pointers: (id, client x, client y).
    let pointers = StoredValue::new(Vec::<(i32, f64, f64)>::new());
    let travel = StoredValue::new(0.0f64);
    let wheel_commit = StoredValue::new(None::<TimeoutHandle>);

    // Client pixels → viewBox pixels (the SVG is 100% wide with a fixed aspect ratio).
    let to_map = move |cx: f64, cy: f64| -> Option<(f64, f64, f64)> {
        let rect = frame.get_untracked()?.get_bounding_client_rect();
        if rect.width() <= 0.0 {
            return None;
        }
        let s = MAP_WIDTH / rect.width();
        Some(((cx - rect.left()) * s, (cy - rect.top()) * s, s))
    };
    let zoom_by = move |point: (f64, f64), factor: f64| {
        ctx.zoom
            .update(|z| *z = z.zoom_at(point, factor, MAP_WIDTH, MAP_HEIGHT));
    };
    let on_wheel = move |ev: leptos::ev::WheelEvent| {
        ev.prevent_default();
        if let Some((x, y, _)) = to_map(ev.client_x() as f64, ev.client_y() as f64) {
            zoom_by((x, y), (-ev.delta_y() * 0.002).exp());
        }
        // Write the URL once the wheel rests.
        if let Some(h) = wheel_commit.get_value() {
            h.clear();
        }
        let handle = set_timeout_with_handle(
            move || ctx.commit_zoom(),
            std::time::Duration::from_millis(250),
        )
        .ok();
        wheel_commit.set_value(handle);
    };
    let on_down = move |ev: leptos::ev::PointerEvent| {
        if ev.button() != 0 && ev.pointer_type() == "mouse" {
            return;
        }
        pointers.update_value(|p| {
            p.retain(|q| q.0 != ev.pointer_id());
            p.push((ev.pointer_id(), ev.client_x() as f64, ev.client_y() as f64));
        });
        if pointers.with_value(Vec::len) == 1 {
            travel.set_value(0.0);
            ctx.dragged.set_value(false);
        }
    };
    let on_move = move |ev: leptos::ev::PointerEvent| {
        let id = ev.pointer_id();
        let (cx, cy) = (ev.client_x() as f64, ev.client_y() as f64);
        let Some(before) = pointers.with_value(|p| p.iter().find(|q| q.0 == id).copied()) else {
            return;
        };
        let all = pointers.with_value(|p| p.clone());
        if all.len() == 1 {
            let (dx, dy) = (cx - before.1, cy - before.2);
            travel.update_value(|t| *t += dx.abs() + dy.abs());
            if travel.get_value() > DRAG_THRESHOLD {
                if !ctx.dragged.get_value() {
                    ctx.dragged.set_value(true);
                    if let Some(el) = frame.get_untracked() {
                        let _ = el.set_pointer_capture(id);
                    }
                }
                if let Some((_, _, s)) = to_map(cx, cy) {
                    ctx.zoom
                        .update(|z| *z = z.pan(dx * s, dy * s, MAP_WIDTH, MAP_HEIGHT));
                }
            }
        } else if all.len() == 2 {
            // Pinch: scale by the change in finger distance around their midpoint.
            let other = all.iter().find(|q| q.0 != id).copied().unwrap_or(before);
            let dist =
                |a: (f64, f64), b: (f64, f64)| ((a.0 - b.0).powi(2) + (a.1 - b.1).powi(2)).sqrt();
            let old = dist((before.1, before.2), (other.1, other.2));
            let new = dist((cx, cy), (other.1, other.2));
            ctx.dragged.set_value(true);
            if old > 1.0 {
                if let Some((mx, my, _)) = to_map((cx + other.1) / 2.0, (cy + other.2) / 2.0) {
                    zoom_by((mx, my), new / old);
                }
            }
        }
        pointers.update_value(|p| {
            if let Some(q) = p.iter_mut().find(|q| q.0 == id) {
                *q = (id, cx, cy);
            }
        });
    };
    let on_up = move |ev: leptos::ev::PointerEvent| {
        pointers.update_value(|p| p.retain(|q| q.0 != ev.pointer_id()));
        if ctx.dragged.get_value() {
            ctx.commit_zoom();
            // The click that ends a drag must not select; clear the flag after it fired.
            spawn_local(async move {
                leptos::task::tick().await;
                ctx.dragged.set_value(false);
            });
        }
    };
    let on_key = move |ev: leptos::ev::KeyboardEvent| {
        let center = (MAP_WIDTH / 2.0, MAP_HEIGHT / 2.0);
        let on_frame = ev
            .target()
            .zip(frame.get_untracked())
            .is_some_and(|(t, f)| {
                let f: &web_sys::EventTarget = f.as_ref();
                t == *f
            });
        let z = ctx.zoom.get_untracked();
        let next = match ev.key().as_str() {
            "+" | "=" => Some(z.zoom_at(center, ZOOM_STEP, MAP_WIDTH, MAP_HEIGHT)),
            "-" | "_" => Some(z.zoom_at(center, 1.0 / ZOOM_STEP, MAP_WIDTH, MAP_HEIGHT)),
            "0" => Some(crate::core::geo::Zoom::IDENTITY),
            "ArrowLeft" if on_frame => Some(z.pan(PAN_STEP, 0.0, MAP_WIDTH, MAP_HEIGHT)),
            "ArrowRight" if on_frame => Some(z.pan(-PAN_STEP, 0.0, MAP_WIDTH, MAP_HEIGHT)),
            "ArrowUp" if on_frame => Some(z.pan(0.0, PAN_STEP, MAP_WIDTH, MAP_HEIGHT)),
            "ArrowDown" if on_frame => Some(z.pan(0.0, -PAN_STEP, MAP_WIDTH, MAP_HEIGHT)),
            _ => None,
        };
        if let Some(next) = next {
            ev.prevent_default();
            ctx.set_zoom(next);
        }
    };
    view! {
        <div
            class="sa-map-canvas"
            node_ref=frame
            tabindex="0"
            role="group"
            aria-label=tr("map_canvas_label")
            aria-describedby="sa-map-keys"
            on:wheel=on_wheel
            on:pointerdown=on_down
            on:pointermove=on_move
            on:pointerup=on_up
            on:pointercancel=on_up
            on:keydown=on_key
        >
            <WorldSvg />
        </div>
        <p id="sa-map-keys" class="sa-map-hint">{tr("map_keys_hint")}</p>
    }
}
