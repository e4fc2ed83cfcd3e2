//! Great-circle arcs: exact endpoints, points on the circle, split at the antimeridian.

use skills_atlas::core::geo::arc::{distance, split_at_antimeridian};
use skills_atlas::core::geo::svg_path::parse_path;
use skills_atlas::core::geo::{arc_path, great_circle, Projection, HUB};

fn close(a: (f64, f64), b: (f64, f64)) -> bool {
    (a.0 - b.0).abs() < 1e-9 && (a.1 - b.1).abs() < 1e-9
}

#[test]
fn endpoints_are_exact() {
    let (from, to) = (HUB, (-70.67, -33.45));
    let points = great_circle(from, to, 37);
    assert_eq!(points.len(), 38);
    assert_eq!(points[0], from);
    assert_eq!(points[37], to);
}

#[test]
fn midpoints_along_the_equator_and_a_meridian() {
    let equator = great_circle((0.0, 0.0), (90.0, 0.0), 2);
    assert!(close(equator[1], (45.0, 0.0)), "{:?}", equator[1]);
    let meridian = great_circle((30.0, -40.0), (30.0, 60.0), 4);
    assert!(close(meridian[2], (30.0, 10.0)), "{:?}", meridian[2]);
    assert!(close(meridian[1], (30.0, -15.0)), "{:?}", meridian[1]);
}

#[test]
fn every_point_lies_on_the_great_circle_at_even_spacing() {
    let (from, to) = (HUB, (-77.04, 38.9));
    let total = distance(from, to);
    let points = great_circle(from, to, 50);
    for (i, &p) in points.iter().enumerate() {
        // On the circle: the two partial distances add up to the whole.
        let (a, b) = (distance(from, p), distance(p, to));
        assert!((a + b - total).abs() < 1e-9, "point {i} off the circle");
        assert!(
            (a - total * i as f64 / 50.0).abs() < 1e-9,
            "point {i} unevenly spaced"
        );
    }
}

#[test]
fn the_route_over_the_pole_is_the_shorter_way() {
    // Chongqing to Washington goes north over the Arctic, not across the Pacific.
    let points = great_circle(HUB, (-77.04, 38.9), 50);
    let max_lat = points.iter().map(|p| p.1).fold(f64::MIN, f64::max);
    assert!(max_lat > 60.0, "{max_lat}");
}

#[test]
fn degenerate_and_antipodal_arcs_stay_finite() {
    let same = great_circle(HUB, HUB, 4);
    assert!(same.iter().all(|&p| p == HUB));
    let antipode = (HUB.0 - 180.0, -HUB.1);
    let route = great_circle(HUB, antipode, 10);
    assert!(route.iter().all(|p| p.0.is_finite() && p.1.is_finite()));
    assert_eq!(route.first(), Some(&HUB));
    assert_eq!(route.last(), Some(&antipode));
    assert_eq!(great_circle(HUB, antipode, 0).len(), 3);
}

#[test]
fn split_puts_both_sides_on_the_edges_at_one_latitude() {
    let pieces = split_at_antimeridian(&[(170.0, 0.0), (-170.0, 10.0)]);
    assert_eq!(
        pieces,
        vec![
            vec![(170.0, 0.0), (180.0, 5.0)],
            vec![(-180.0, 5.0), (-170.0, 10.0)]
        ]
    );
    assert_eq!(split_at_antimeridian(&[(0.0, 0.0), (10.0, 0.0)]).len(), 1);
}

/// Whether going from longitude `from` to `to` the shorter way round passes 180°: the
/// signed step, brought into -180..180, leaves -180..=180 when added to `from`.
fn shorter_way_crosses_the_antimeridian(from: f64, to: f64) -> bool {
    let step = (to - from + 540.0).rem_euclid(360.0) - 180.0;
    !(-180.0..=180.0).contains(&(from + step))
}

fn parse(d: &str) -> Vec<(f64, f64)> {
    let mut subpaths = parse_path(d).expect("a path the reader understands");
    assert_eq!(subpaths.len(), 1, "one piece: {d}");
    subpaths.remove(0)
}

#[test]
fn arcs_across_the_pacific_are_split_without_jumps() {
    let proj = Projection::fit_extent(960.0, 500.0, 0.0);
    // How many pieces each arc from Chongqing (106.55° E) must be cut into, from geography
    // alone: the shorter great circle between two points (not through a pole) changes
    // longitude steadily, the shorter way round, so it crosses the antimeridian exactly when
    // that way passes 180°.
    // - Santiago de Chile, 70.67° W: 177.22° westwards (through 0°, via Antarctica) against
    //   182.78° eastwards; westwards never reaches 180°: one piece.
    // - Suva, Fiji, 178.44° E: 71.89° eastwards, ending just short of 180°: one piece.
    // - San Francisco, 122.42° W: 131.03° eastwards across the Pacific, through 180°: two.
    let targets = [
        ("Chile", (-70.67, -33.45), 1),
        ("Fiji", (178.44, -18.14), 1),
        ("USA", (-122.42, 37.77), 2),
    ];
    for (name, to, expected) in targets {
        assert_eq!(
            shorter_way_crosses_the_antimeridian(HUB.0, to.0),
            expected == 2,
            "{name}: the table above"
        );
        let pieces = arc_path(&proj, HUB, to);
        for d in &pieces {
            let points = parse(d);
            assert!(points.len() >= 2, "{name}: {d}");
            for w in points.windows(2) {
                assert!((w[0].0 - w[1].0).abs() <= 480.0, "{name}: jump {w:?}");
            }
        }
        assert_eq!(pieces.len(), expected, "{name}");
    }
    // San Francisco lies across the Pacific from Chongqing: the arc must be split.
    assert!(arc_path(&proj, HUB, (-122.42, 37.77)).len() >= 2);
    assert_eq!(arc_path(&proj, HUB, (13.4, 52.5)).len(), 1);
}
