//! Projected country paths: rounded, within the map, no line smeared across it.

use skills_atlas::core::geo::path::sphere_path;
use skills_atlas::core::geo::svg_path::parse_path;
use skills_atlas::core::geo::{country_paths, CountryPath, Projection, World};

const WORLD: &str = include_str!("../../public/data/world-110m.json");
const WIDTH: f64 = 960.0;
const HEIGHT: f64 = 500.0;

fn paths() -> (Vec<CountryPath>, Projection) {
    let world = World::from_json(WORLD).unwrap();
    let proj = Projection::fit_extent(WIDTH, HEIGHT, 0.0);
    (country_paths(&world, &proj), proj)
}

/// The points of each subpath of a path's `d` string.
fn subpaths(d: &str) -> Vec<Vec<(f64, f64)>> {
    parse_path(d).expect("a path the reader understands")
}

#[test]
fn every_country_gets_a_path_with_one_decimal() {
    let (paths, _) = paths();
    assert_eq!(paths.len(), 177);
    for p in &paths {
        assert!(p.d.starts_with('M') && p.d.ends_with('Z'), "{}", p.id);
        for number in
            p.d.split(|c| "MlLZ, -".contains(c))
                .filter(|s| !s.is_empty())
        {
            let decimals = number.split_once('.').map_or(0, |(_, f)| f.len());
            assert!(decimals <= 1, "{}: {number}", p.id);
        }
    }
}

#[test]
fn no_path_jumps_across_half_the_map() {
    let (paths, proj) = paths();
    // Antarctica is closed along the south pole line, the one legitimate wide edge.
    let pole_y = proj.project(0.0, -90.0).1;
    for p in &paths {
        for ring in subpaths(&p.d) {
            let n = ring.len();
            for i in 0..n {
                let (a, b) = (ring[i], ring[(i + 1) % n]);
                let on_pole = (a.1 - pole_y).abs() < 0.1 && (b.1 - pole_y).abs() < 0.1;
                assert!(
                    (a.0 - b.0).abs() <= WIDTH / 2.0 || on_pole,
                    "{} {a:?} {b:?}",
                    p.name
                );
            }
        }
    }
}

#[test]
fn centroids_and_boxes_lie_on_the_map() {
    let (paths, proj) = paths();
    for p in &paths {
        let (x, y) = p.centroid;
        assert!(
            (0.0..=WIDTH).contains(&x) && (0.0..=HEIGHT).contains(&y),
            "{}",
            p.id
        );
        assert!(
            p.main_bbox.x0 >= p.bbox.x0 && p.main_bbox.x1 <= p.bbox.x1,
            "{}",
            p.id
        );
    }
    let china = paths.iter().find(|p| p.id == "156").unwrap();
    let (lon, lat) = proj.invert(china.centroid.0, china.centroid.1).unwrap();
    assert!(
        (95.0..110.0).contains(&lon) && (30.0..40.0).contains(&lat),
        "{lon},{lat}"
    );
    // France's label belongs in Europe, not in the Atlantic between it and Guiana.
    let france = paths.iter().find(|p| p.id == "250").unwrap();
    let (lon, _) = proj.invert(france.centroid.0, france.centroid.1).unwrap();
    assert!((-5.0..8.0).contains(&lon), "{lon}");
}

#[test]
fn sphere_outline_spans_the_box() {
    let proj = Projection::fit_extent(WIDTH, HEIGHT, 0.0);
    let d = sphere_path(&proj);
    let points: Vec<_> = subpaths(&d).concat();
    let max_x = points.iter().map(|p| p.0).fold(f64::MIN, f64::max);
    let min_x = points.iter().map(|p| p.0).fold(f64::MAX, f64::min);
    assert!((max_x - min_x - WIDTH).abs() < 0.2, "{min_x}..{max_x}");
}

#[test]
fn projecting_the_world_is_linear_in_its_points() {
    // The app does this once at start-up: each input point becomes at most one output point
    // (points that round together are dropped) and each ring one subpath, so the work and the
    // bytes grow with the world file, never faster (no resampling, no ring drawn twice).
    let world = World::from_json(WORLD).unwrap();
    let proj = Projection::fit_extent(WIDTH, HEIGHT, 0.0);
    let paths = country_paths(&world, &proj);
    assert_eq!(paths.len(), world.countries.len());
    let (mut points_in, mut points_out) = (0, 0);
    for (country, path) in world.countries.iter().zip(&paths) {
        assert_eq!(country.id, path.id);
        let rings: Vec<usize> = country.polygons.iter().flatten().map(Vec::len).collect();
        let subpaths = subpaths(&path.d);
        assert_eq!(
            subpaths.len(),
            rings.len(),
            "{}: one subpath per ring",
            path.id
        );
        for (ring, sub) in rings.iter().zip(&subpaths) {
            assert!(
                sub.len() <= *ring,
                "{}: {} points from {ring}",
                path.id,
                sub.len()
            );
        }
        points_in += rings.iter().sum::<usize>();
        points_out += subpaths.iter().map(Vec::len).sum::<usize>();
        // `M` plus at most one separator and two numbers of up to six characters a point.
        let bound = rings.len() * 2 + rings.iter().sum::<usize>() * 13;
        assert!(path.d.len() <= bound, "{}: {} bytes", path.id, path.d.len());
    }
    assert!(points_out <= points_in, "{points_out} of {points_in}");
    let bytes: usize = paths.iter().map(|p| p.d.len()).sum();
    assert!(bytes < 200_000, "{bytes}");
}
