//! The search view's URL parameters: round trips, and hostile or unknown values.

use skills_atlas::core::atlas_search::{filter_for, SearchSort};
use skills_atlas::core::data::dataset::{FIRST_YEAR, LAST_YEAR};
use skills_atlas::core::search::DocKind;
use skills_atlas::core::url_state::{picked_years, AppState, SearchParams, View};

#[test]
fn facets_round_trip_through_the_url() {
    let mut state = AppState {
        view: View::Search,
        query: "Schweißen <b>".into(),
        country: Some("THA".into()),
        ..AppState::default()
    };
    state.search = SearchParams {
        kinds: vec![DocKind::Standard, DocKind::Trainer],
        sectors: vec!["automotive".into(), "health_care".into()],
        languages: vec!["ar".into()],
        levels: vec![3, 4],
        years: Some(2018..=2022),
        sort: SearchSort::Name,
        open: Some("BRS-AUTO-003".into()),
    };
    let query = state.to_query();
    assert!(query.contains("type=standard%2Ctrainer"), "{query}");
    assert!(query.contains("years=2018-2022"), "{query}");
    let (back, warnings) = AppState::from_query(&query);
    assert_eq!(warnings, []);
    assert_eq!(back, state);
}

#[test]
fn defaults_write_nothing_and_a_single_year_is_short() {
    assert_eq!(AppState::default().to_query(), "");
    let mut state = AppState::default();
    state.search.years = Some(2020..=2020);
    assert_eq!(state.to_query(), "?years=2020");
    let (back, _) = AppState::from_query("?years=2020");
    assert_eq!(back.search.years, Some(2020..=2020));
}

#[test]
fn invalid_values_are_ignored_with_a_warning() {
    for bad in [
        "type=robot",
        "type=standard,,",
        "level=0",
        "level=three",
        "years=2022-2018",
        "years=99-2000",
        "years=2018-",
        "sort=random",
        "open=<script>",
        "sector=<script>alert(1)</script>",
        "lang_f=AR;DROP",
    ] {
        let (state, warnings) = AppState::from_query(&format!("?view=search&{bad}"));
        assert_eq!(state.search, SearchParams::default(), "{bad}");
        assert_eq!(warnings.len(), 1, "{bad}: {warnings:?}");
    }
    let long = format!("?sector={}", "a".repeat(10_000));
    let (state, warnings) = AppState::from_query(&long);
    assert!(state.search.sectors.is_empty());
    assert_eq!(warnings.len(), 1);
}

#[test]
fn unknown_but_well_formed_facet_values_are_kept() {
    // An old link naming a sector the dataset no longer has still opens (and finds nothing).
    let (state, warnings) = AppState::from_query("?sector=space_travel&lang_f=xx");
    assert_eq!(warnings, []);
    assert_eq!(state.search.sectors, ["space_travel"]);
    let filter = filter_for(&state.search, Some("ZZZ"));
    assert_eq!(filter.sectors, ["space_travel"]);
    assert_eq!(filter.countries, ["ZZZ"]);
}

#[test]
fn repeated_values_in_a_list_are_kept_once() {
    let (state, _) = AppState::from_query("?level=3,3,4&type=country,country");
    assert_eq!(state.search.levels, [3, 4]);
    assert_eq!(state.search.kinds, [DocKind::Country]);
}

#[test]
fn two_year_menus_pick_an_ordered_range_with_missing_ends_filled() {
    // Both menus on "any year": no range.
    assert_eq!(picked_years(None, None), None);
    // One end missing: the data's first or last year.
    assert_eq!(picked_years(Some(2018), None), Some(2018..=LAST_YEAR));
    assert_eq!(picked_years(None, Some(2018)), Some(FIRST_YEAR..=2018));
    // Ends the wrong way round are swapped.
    assert_eq!(picked_years(Some(2022), Some(2018)), Some(2018..=2022));
    assert_eq!(picked_years(Some(2018), Some(2022)), Some(2018..=2022));
    // Equal ends: one year.
    assert_eq!(picked_years(Some(2020), Some(2020)), Some(2020..=2020));
    // A "to" before the first year (not offered by the menus) still gives an ordered range.
    assert_eq!(
        picked_years(None, Some(FIRST_YEAR - 1)),
        Some(FIRST_YEAR - 1..=FIRST_YEAR)
    );
}

#[test]
fn the_filter_count_counts_each_chosen_value_and_the_year_range() {
    assert_eq!(SearchParams::default().filter_count(), 0);
    let mut chosen = SearchParams {
        kinds: vec![DocKind::Trainer, DocKind::Partner],
        sectors: vec!["automotive".into()],
        levels: vec![3],
        ..SearchParams::default()
    };
    assert_eq!(chosen.filter_count(), 4);
    chosen.years = Some(2018..=2020);
    assert_eq!(chosen.filter_count(), 5);
}
