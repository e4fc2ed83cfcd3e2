//! The committed world file parses, holds every country once and never crosses the
//! antimeridian; the parser rejects bad input without panicking.

use skills_atlas::core::geo::antimeridian::{crosses, cut_polygon};
use skills_atlas::core::geo::world::{World, FORMAT};

const WORLD: &str = include_str!("../../public/data/world-110m.json");

fn world() -> World {
    World::from_json(WORLD).expect("committed world file parses")
}

#[test]
fn committed_file_has_all_countries_with_attribution() {
    let w = world();
    assert_eq!(w.countries.len(), 177);
    assert!(w.attribution.contains("Natural Earth"));
    let china = w.country("156").expect("China");
    assert_eq!(china.name, "China");
    assert!(w.country("x-kosovo").is_some());
    assert!(w.countries.iter().all(|c| !c.polygons.is_empty()));
}

#[test]
fn no_ring_edge_crosses_the_antimeridian() {
    for c in world().countries {
        for ring in c.polygons.iter().flatten() {
            let n = ring.len();
            for i in 0..n {
                let (a, b) = (ring[i], ring[(i + 1) % n]);
                // Antarctica is closed along the south pole line, which is a real edge.
                let along_pole = a.1.abs() == 90.0 && b.1 == a.1;
                assert!(!crosses(a, b) || along_pole, "{} {a:?} {b:?}", c.name);
            }
        }
    }
}

#[test]
fn fiji_and_russia_are_cut_into_both_hemispheres() {
    let w = world();
    for id in ["242", "643"] {
        let c = w.country(id).unwrap();
        let lons = c.polygons.iter().flatten().flatten().map(|p| p.0);
        let (min, max) = lons.fold((f64::MAX, f64::MIN), |m, x| (m.0.min(x), m.1.max(x)));
        assert!(min <= -179.0 && max >= 179.0, "{id}: {min}..{max}");
    }
}

#[test]
fn cutting_keeps_a_non_crossing_polygon_and_splits_a_crossing_one() {
    let square = vec![vec![(0.0, 0.0), (10.0, 0.0), (10.0, 10.0), (0.0, 10.0)]];
    assert_eq!(cut_polygon(&square), vec![square.clone()]);
    let crossing = vec![vec![
        (170.0, 0.0),
        (-170.0, 0.0),
        (-170.0, 10.0),
        (170.0, 10.0),
    ]];
    let pieces = cut_polygon(&crossing);
    assert_eq!(pieces.len(), 2);
    for ring in pieces.iter().flatten() {
        let n = ring.len();
        assert!((0..n).all(|i| !crosses(ring[i], ring[(i + 1) % n])));
    }
}

#[test]
fn round_trips_through_the_compact_format() {
    let w = world();
    let again = World::from_json(&w.to_json(100)).unwrap();
    assert_eq!(w, again);
}

#[test]
fn bad_input_is_an_error_not_a_panic() {
    let header = format!(r#"{{"format":"{FORMAT}","attribution":"a","units_per_degree":100,"#);
    let bad = [
        String::new(),
        "[]".to_string(),
        "{\"format\":\"other\",\"attribution\":\"\",\"units_per_degree\":1,\"countries\":[]}"
            .to_string(),
        format!(r#"{header}"countries":[{{"id":"1","name":"x","polygons":[[[1,2,3]]]}}]}}"#),
        format!(r#"{header}"countries":[{{"id":"1","name":"x","polygons":[[[0,0,1,1]]]}}]}}"#),
        format!(
            r#"{header}"countries":[{{"id":"1","name":"x","polygons":[[[18001,0,0,1,1,0]]]}}]}}"#
        ),
        format!(
            r#"{header}"countries":[{{"id":"1","name":"x","polygons":[[[9223372036854775807,0,1,0,0,1]]]}}]}}"#
        ),
        format!(
            r#"{header}"countries":[{{"id":"1","name":"x","polygons":[[[0.5,0,1,0,0,1]]]}}]}}"#
        ),
        format!(
            r#"{header}"countries":[{{"id":"1","name":"x","polygons":[]}},{{"id":"1","name":"y","polygons":[]}}]}}"#
        ),
        format!(r#"{header}"countries":[{{"id":"","name":"x","polygons":[]}}]}}"#),
        format!(r#"{header}"countries":[1]}}"#),
        format!(r#"{header}"countries":[{{"id":"1","polygons":[]}}]}}"#),
        format!(r#"{header}"countries":[{{"id":"1","name":"x","polygons":[[1]]}}]}}"#),
        format!(
            r#"{header}"countries":[{{"id":"1","name":"x","polygons":[[["0",0,1,0,0,1]]]}}]}}"#
        ),
        format!(r#"{header}"countries":{{}}}}"#),
        format!(
            r#"{{"format":"{FORMAT}","attribution":"a","units_per_degree":4294967296,"countries":[]}}"#
        ),
        format!(r#"{{"format":"{FORMAT}","attribution":1,"units_per_degree":1,"countries":[]}}"#),
        format!(r#"{{"format":"{FORMAT}","attribution":"a","units_per_degree":0,"countries":[]}}"#),
    ];
    for text in bad {
        assert!(World::from_json(&text).is_err(), "accepted: {text}");
    }
}

#[test]
fn parses_a_minimal_valid_file() {
    let text = format!(
        r#"{{"format":"{FORMAT}","attribution":"a","units_per_degree":10,"countries":[{{"id":"1","name":"x","polygons":[[[10,20,5,0,0,5]]]}}]}}"#
    );
    let w = World::from_json(&text).unwrap();
    assert_eq!(
        w.countries[0].polygons[0][0],
        vec![(1.0, 2.0), (1.5, 2.0), (1.5, 2.5)]
    );
}

#[test]
fn fields_the_format_does_not_name_are_ignored_and_errors_name_the_culprit() {
    let text = format!(
        r#"{{"format":"{FORMAT}","note":[1,{{}}],"attribution":"a","units_per_degree":10,"countries":[{{"id":"1","name":"x","iso":"XX","polygons":[]}}]}}"#
    );
    assert_eq!(World::from_json(&text).unwrap().countries[0].name, "x");
    let missing_name = format!(
        r#"{{"format":"{FORMAT}","attribution":"a","units_per_degree":10,"countries":[{{"id":"7","polygons":[]}}]}}"#
    );
    assert_eq!(
        World::from_json(&missing_name).unwrap_err(),
        r#"world file: "name" must be a string"#
    );
    let odd_ring = format!(
        r#"{{"format":"{FORMAT}","attribution":"a","units_per_degree":10,"countries":[{{"id":"7","name":"x","polygons":[[[1,2,3]]]}}]}}"#
    );
    assert_eq!(
        World::from_json(&odd_ring).unwrap_err(),
        "world file: country 7: a ring needs an even number (at least 6) of integers, got 3"
    );
    let broken = World::from_json("{\"format\":").unwrap_err();
    assert!(broken.starts_with("world file: invalid JSON: "), "{broken}");
}
