//! Zoom keeps the cursor's point fixed and the map within the view.

use skills_atlas::core::geo::{Bbox, Frame, Zoom};

const W: f64 = 960.0;
const H: f64 = 500.0;

/// The whole map on screen, as on a wide screen.
fn frame() -> Frame {
    Frame::whole(W, H)
}

/// A phone's frame: 390 × 439 CSS pixels, the map covering it.
fn phone() -> Frame {
    Frame::covering(W, H, 390.0 / 439.0)
}

fn close(a: (f64, f64), b: (f64, f64)) -> bool {
    (a.0 - b.0).abs() < 1e-9 && (a.1 - b.1).abs() < 1e-9
}

#[test]
fn zoom_at_keeps_the_point_under_the_cursor() {
    let cursor = (600.0, 200.0);
    let z = Zoom::IDENTITY.zoom_at(cursor, 2.0, frame());
    // By hand: the map point under the cursor is (600, 200) before; after, 2 · 600 + tx = 600
    // and 2 · 200 + ty = 200, so tx = -600 and ty = -200 (within the pan limits
    // [960 · (1 − 2), 0] and [500 · (1 − 2), 0]).
    assert_eq!(
        z,
        Zoom {
            k: 2.0,
            tx: -600.0,
            ty: -200.0
        }
    );
    assert!(close(z.apply(cursor), cursor));
    // Under (300, 300) lies map point ((300 + 600) / 2, (300 + 200) / 2) = (450, 250); at
    // k = 3 it stays there with tx = 300 - 3 · 450 and ty = 300 - 3 · 250.
    let z2 = z.zoom_at((300.0, 300.0), 1.5, frame());
    assert_eq!(
        z2,
        Zoom {
            k: 3.0,
            tx: -1050.0,
            ty: -450.0
        }
    );
    assert!(close(z2.apply((450.0, 250.0)), (300.0, 300.0)));
}

#[test]
fn scale_is_clamped_between_1_and_12() {
    let z = Zoom::IDENTITY.zoom_at((480.0, 250.0), 100.0, frame());
    assert_eq!(z.k, Zoom::MAX_K);
    let out = z.zoom_at((480.0, 250.0), 1e-6, frame());
    assert_eq!(out, Zoom::IDENTITY);
    assert_eq!(
        Zoom::IDENTITY.zoom_at((0.0, 0.0), f64::NAN, frame()),
        Zoom::IDENTITY
    );
}

#[test]
fn the_map_cannot_be_dragged_away() {
    assert_eq!(Zoom::IDENTITY.pan(300.0, -200.0, frame()), Zoom::IDENTITY);
    let z = Zoom {
        k: 2.0,
        tx: -400.0,
        ty: -100.0,
    };
    let far = z.pan(5000.0, -5000.0, frame());
    assert_eq!((far.tx, far.ty), (0.0, -H));
    // The view's corners still show map after any pan.
    let (x0, y0) = far.invert((0.0, 0.0));
    let (x1, y1) = far.invert((W, H));
    assert!(x0 >= 0.0 && y0 >= 0.0 && x1 <= W && y1 <= H);
}

#[test]
fn fit_bbox_centres_a_country() {
    let bbox = Bbox {
        x0: 400.0,
        y0: 100.0,
        x1: 480.0,
        y1: 140.0,
    };
    let z = Zoom::fit_bbox(bbox, frame());
    // Width binds: 960 / 80 = 12 < 500 / 40; the country fills 80% of it.
    assert!((z.k - 0.8 * 12.0).abs() < 1e-9, "{}", z.k);
    assert!(close(z.apply(bbox.center()), (W / 2.0, H / 2.0)));
    // A point-sized box zooms fully in, and a box at the corner stays within pan limits.
    let dot = Bbox {
        x0: 5.0,
        y0: 5.0,
        x1: 5.0,
        y1: 5.0,
    };
    let z = Zoom::fit_bbox(dot, frame());
    assert_eq!((z.k, z.tx, z.ty), (Zoom::MAX_K, 0.0, 0.0));
    assert_eq!(Zoom::fit_bbox(Bbox::EMPTY, frame()), Zoom::IDENTITY);
}

#[test]
fn svg_transform_is_compact() {
    assert_eq!(Zoom::IDENTITY.to_svg_transform(), "translate(0,0) scale(1)");
    let z = Zoom {
        k: 2.5,
        tx: -120.123_456,
        ty: -0.000_1,
    };
    assert_eq!(z.to_svg_transform(), "translate(-120.123,0) scale(2.5)");
}

#[test]
fn a_frame_taller_than_the_map_shows_a_centred_slice_of_it() {
    let f = phone();
    assert!((f.height - H).abs() < 1e-9, "the full height");
    assert!((f.width - H * 390.0 / 439.0).abs() < 1e-9);
    assert!((f.x - (W - f.width) / 2.0).abs() < 1e-9, "centred");
    // A wider box shows a band; a box not laid out yet, the whole map.
    let band = Frame::covering(W, H, 4.0);
    assert_eq!((band.x, band.width), (0.0, W));
    assert!((band.height - W / 4.0).abs() < 1e-9 && band.y > 0.0);
    assert_eq!(Frame::covering(W, H, 0.0), frame());
    assert_eq!(Frame::covering(W, H, f64::NAN), frame());
    assert_eq!(Frame::covering(W, H, W / H), frame());
}

#[test]
fn in_a_slice_the_map_pans_at_scale_1_as_far_as_its_edges() {
    let f = phone();
    // Dragged right as far as it goes: the map's left edge meets the frame's left edge.
    let left = Zoom::IDENTITY.pan(5000.0, 0.0, f);
    assert!((left.tx - f.x).abs() < 1e-9, "{left:?}");
    assert_eq!(left.ty, 0.0, "no vertical room at scale 1");
    // Dragged left: the map's right edge meets the frame's right edge.
    let right = Zoom::IDENTITY.pan(-5000.0, 0.0, f);
    assert!((right.tx + W - (f.x + f.width)).abs() < 1e-9, "{right:?}");
    // The whole map on a wide screen still cannot move at scale 1.
    assert_eq!(Zoom::IDENTITY.pan(300.0, 0.0, frame()), Zoom::IDENTITY);
}

#[test]
fn the_home_view_centres_the_network_where_the_frame_is_a_slice() {
    let f = phone();
    let center = W * 0.65;
    let home = Zoom::home(center, f);
    assert_eq!(home.k, 1.0);
    let (shown_center, _) = home.invert(f.center());
    assert!((shown_center - center).abs() < 1e-9, "{home:?}");
    // Too near the edge to centre: as far as the map reaches.
    let edge = Zoom::home(W * 0.99, f);
    assert!((edge.tx + W - (f.x + f.width)).abs() < 1e-9, "{edge:?}");
    // The whole map: home is the identity, whatever the centre.
    assert_eq!(Zoom::home(center, frame()), Zoom::IDENTITY);
    assert_eq!(Zoom::home(f64::NAN, f), Zoom::IDENTITY.clamped(f));
}

#[test]
fn fitting_a_country_centres_it_in_the_part_shown() {
    let f = phone();
    let bbox = Bbox {
        x0: 600.0,
        y0: 200.0,
        x1: 640.0,
        y1: 230.0,
    };
    let z = Zoom::fit_bbox(bbox, f);
    let (cx, cy) = z.apply(bbox.center());
    let (fx, fy) = f.center();
    assert!((cx - fx).abs() < 1e-6 && (cy - fy).abs() < 1e-6, "{z:?}");
    assert!(z.k * bbox.width() <= f.width * Zoom::FIT_FILL + 1e-9);
}
