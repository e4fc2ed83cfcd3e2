//! Equal Earth against values computed by hand from the published formula
//! (d3-geo's `geoEqualEarthRaw`; the screen values use d3's default scale 177.158 and
//! translate 480, 250).

use skills_atlas::core::geo::projection::{forward, inverse, Projection};
use std::f64::consts::{FRAC_PI_2, PI};

fn close(a: (f64, f64), b: (f64, f64), eps: f64) -> bool {
    (a.0 - b.0).abs() < eps && (a.1 - b.1).abs() < eps
}

#[test]
fn raw_forward_matches_the_formula() {
    let cases = [
        ((0.0, 0.0), (0.0, 0.0)),
        ((PI, 0.0), (2.706_629_984, 0.0)),
        ((0.0, FRAC_PI_2), (0.0, 1.317_362_759)),
        ((PI, FRAC_PI_2), (1.603_588_648, 1.317_362_759)),
        ((-PI, -FRAC_PI_2), (-1.603_588_648, -1.317_362_759)),
    ];
    for ((lambda, phi), expected) in cases {
        let got = forward(lambda, phi);
        assert!(close(got, expected, 1e-8), "{lambda},{phi}: {got:?}");
    }
}

#[test]
fn configured_projection_matches_d3_defaults() {
    let p = Projection::new(177.158, (480.0, 250.0));
    let cases = [
        ((0.0, 0.0), (480.0, 250.0)),
        ((180.0, 0.0), (959.501_155, 250.0)),
        ((0.0, 90.0), (480.0, 16.618_648)),
        ((106.55, 29.56), (746.020_909, 146.420_608)),
        ((-70.0, -33.45), (308.461_262, 366.392_637)),
        ((45.0, 45.0), (582.738_752, 97.603_181)),
    ];
    for ((lon, lat), expected) in cases {
        let got = p.project(lon, lat);
        assert!(close(got, expected, 1e-5), "{lon},{lat}: {got:?}");
        let back = p.invert(got.0, got.1).unwrap();
        assert!(close(back, (lon, lat), 1e-6), "{lon},{lat}: {back:?}");
    }
}

#[test]
fn forward_then_inverse_round_trips_on_a_grid() {
    for lon in (-180..=180).step_by(15) {
        for lat in (-90..=90).step_by(10) {
            let (lambda, phi) = (f64::from(lon).to_radians(), f64::from(lat).to_radians());
            let (x, y) = forward(lambda, phi);
            let (l2, p2) = inverse(x, y).expect("on the map");
            // Longitude is meaningless at the poles' single point only at x = 0.
            assert!((p2 - phi).abs() < 1e-6, "lat {lon},{lat}");
            assert!((l2 - lambda).abs() < 1e-6, "lon {lon},{lat}");
        }
    }
}

#[test]
fn inverse_rejects_points_off_the_map() {
    assert_eq!(inverse(0.0, 1.4), None);
    assert_eq!(inverse(2.8, 0.0), None);
    assert_eq!(inverse(f64::NAN, 0.0), None);
    assert_eq!(Projection::new(0.0, (0.0, 0.0)).invert(1.0, 1.0), None);
}

#[test]
fn fit_extent_fits_the_sphere_into_the_box() {
    let p = Projection::fit_extent(960.0, 500.0, 10.0);
    let (w, h) = p.sphere_size();
    assert!(w <= 940.0 + 1e-9 && h <= 480.0 + 1e-9);
    // The binding side touches the padding exactly.
    assert!((w - 940.0).abs() < 1e-9 || (h - 480.0).abs() < 1e-9);
    assert!(close(p.project(0.0, 0.0), (480.0, 250.0), 1e-9));
    let (left, _) = p.project(-180.0, 0.0);
    let (_, top) = p.project(0.0, 90.0);
    assert!(left >= 10.0 - 1e-9 && top >= 10.0 - 1e-9);
}
