//! The map's URL parameters: round trips and hostile input.

use skills_atlas::core::map_model::{Layer, LayerSet};
use skills_atlas::core::url_state::{AppState, MapParams, ParamGroup, Parsed};

fn round_trip(state: &AppState) -> AppState {
    let q = state.to_query();
    let (back, warnings) = AppState::from_query(&q);
    assert!(warnings.is_empty(), "{q}: {warnings:?}");
    back
}

#[test]
fn defaults_write_nothing() {
    assert_eq!(AppState::default().to_query(), "");
}

#[test]
fn layers_zoom_table_selection_and_year_round_trip() {
    let mut s = AppState::default();
    s.map.layers = LayerSet::EMPTY
        .with(Layer::Flows, true)
        .with(Layer::Certifications, true);
    s.map.zoom = Some((2.5, -480.0, -120.0));
    s.map.table = true;
    s.country = Some("KEN".into());
    s.year = Some(2019);
    let q = s.to_query();
    assert!(
        q.contains("layers=cert%2Cflows") || q.contains("layers=cert,flows"),
        "{q}"
    );
    assert!(
        q.contains("zoom=2.5%2C-480%2C-120") || q.contains("zoom=2.5,-480,-120"),
        "{q}"
    );
    assert_eq!(round_trip(&s), s);
    // No layer at all is a valid, shareable state too.
    s.map.layers = LayerSet::EMPTY;
    assert_eq!(round_trip(&s), s);
}

#[test]
fn zoom_is_rounded() {
    let mut p = MapParams::default();
    assert_eq!(p.parse("zoom", "2.3456,10.6,-3.2"), Parsed::Taken);
    assert_eq!(p.zoom, Some((2.35, 11.0, -3.0)));
    let mut out = Vec::new();
    p.write(&mut out);
    assert_eq!(out, vec![("zoom", "2.35,11,-3".to_string())]);
    // The identity zoom is the default, written as nothing.
    assert_eq!(p.parse("zoom", "1,0,0"), Parsed::Taken);
    assert_eq!(p.zoom, None);
}

#[test]
fn hostile_values_are_invalid_and_leave_the_state_alone() {
    for (key, value) in [
        ("layers", "cert,bogus"),
        ("layers", "cert,,flows"),
        ("layers", "<script>"),
        ("zoom", "NaN,0,0"),
        ("zoom", "inf,0,0"),
        ("zoom", "0.5,0,0"),
        ("zoom", "13,0,0"),
        ("zoom", "2,0"),
        ("zoom", "2,0,0,0"),
        ("zoom", "2,1e300,0"),
        ("zoom", ""),
        ("zoom", "2;0;0"),
        ("table", "yes"),
    ] {
        let mut p = MapParams::default();
        assert_eq!(p.parse(key, value), Parsed::Invalid, "{key}={value}");
        assert_eq!(p, MapParams::default(), "{key}={value}");
    }
    let mut p = MapParams::default();
    assert_eq!(p.parse("something", "x"), Parsed::NotMine);
}

#[test]
fn a_hostile_query_still_parses_with_warnings() {
    let (s, warnings) =
        AppState::from_query("?layers=x&zoom=9e999,1,1&country=ZZZ&year=2030&table=1");
    assert_eq!(s.map.layers, LayerSet::default());
    assert_eq!(s.map.zoom, None);
    assert!(s.map.table);
    // Unknown country and out-of-range year are the map's to explain, not the parser's.
    assert_eq!(s.country.as_deref(), Some("ZZZ"));
    assert_eq!(s.year, Some(2030));
    assert_eq!(warnings.len(), 2);
}
