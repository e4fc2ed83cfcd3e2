//! Zoom keeps the cursor's point fixed and the map within the view.

use skills_atlas::core::geo::{Bbox, Zoom};

const W: f64 = 960.0;
const H: f64 = 500.0;

fn close(a: (f64, f64), b: (f64, f64)) -> bool {
    (a.0 - b.0).abs() < 1e-9 && (a.1 - b.1).abs() < 1e-9
}

#[test]
fn zoom_at_keeps_the_point_under_the_cursor() {
    let cursor = (600.0, 200.0);
    let z = Zoom::IDENTITY.zoom_at(cursor, 2.0, W, H);
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
    let z2 = z.zoom_at((300.0, 300.0), 1.5, W, H);
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
    let z = Zoom::IDENTITY.zoom_at((480.0, 250.0), 100.0, W, H);
    assert_eq!(z.k, Zoom::MAX_K);
    let out = z.zoom_at((480.0, 250.0), 1e-6, W, H);
    assert_eq!(out, Zoom::IDENTITY);
    assert_eq!(
        Zoom::IDENTITY.zoom_at((0.0, 0.0), f64::NAN, W, H),
        Zoom::IDENTITY
    );
}

#[test]
fn the_map_cannot_be_dragged_away() {
    assert_eq!(Zoom::IDENTITY.pan(300.0, -200.0, W, H), Zoom::IDENTITY);
    let z = Zoom {
        k: 2.0,
        tx: -400.0,
        ty: -100.0,
    };
    let far = z.pan(5000.0, -5000.0, W, H);
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
    let z = Zoom::fit_bbox(bbox, W, H);
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
    let z = Zoom::fit_bbox(dot, W, H);
    assert_eq!((z.k, z.tx, z.ty), (Zoom::MAX_K, 0.0, 0.0));
    assert_eq!(Zoom::fit_bbox(Bbox::EMPTY, W, H), Zoom::IDENTITY);
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
