//! Chart URL parameters round trip; hostile values are rejected with a warning; the
//! presenter's keys and jumps behave.

use skills_atlas::core::charts::slides::{
    clamp_slide, deck, jump_target, next_year, presenter_key, PresenterKey,
};
use skills_atlas::core::charts::{move_in_grid, ChartKind, GrowthMode};
use skills_atlas::core::url_state::{AppState, ChartParams, View};

#[test]
fn chart_params_round_trip() {
    let mut state = AppState {
        view: View::Present,
        ..AppState::default()
    };
    state.charts = ChartParams {
        chart: Some(ChartKind::Growth),
        mode: GrowthMode::Yearly,
        top: None,
        slide: Some(3),
    };
    let q = state.to_query();
    assert_eq!(q, "?view=present&chart=growth&mode=yearly&top=all&slide=3");
    let (back, warnings) = AppState::from_query(&q);
    assert!(warnings.is_empty());
    assert_eq!(back, state);
    for kind in ChartKind::ALL {
        assert_eq!(ChartKind::from_slug(kind.slug()), Some(kind));
    }
    assert_eq!(AppState::default().to_query(), "");
    let (top, _) = AppState::from_query("?top=25");
    assert_eq!(top.charts.top, Some(25));
}

#[test]
fn hostile_chart_params_are_ignored_with_warnings() {
    for q in [
        "slide=0",
        "slide=-1",
        "slide=100",
        "slide=3.5",
        "slide=%20",
        "slide=99999999999",
        "top=0",
        "top=ALL",
        "top=1e3",
        "mode=weekly",
        "chart=..%2F",
        "chart=<script>",
    ] {
        let (state, warnings) = AppState::from_query(q);
        assert_eq!(state.charts, ChartParams::default(), "{q}");
        assert_eq!(warnings.len(), 1, "{q}");
    }
}

#[test]
fn presenter_keys_map_to_actions() {
    assert_eq!(presenter_key("ArrowRight"), Some(PresenterKey::Next));
    assert_eq!(presenter_key(" "), Some(PresenterKey::Next));
    assert_eq!(presenter_key("PageDown"), Some(PresenterKey::Next));
    assert_eq!(presenter_key("PageUp"), Some(PresenterKey::Previous));
    assert_eq!(presenter_key("Home"), Some(PresenterKey::First));
    assert_eq!(presenter_key("End"), Some(PresenterKey::Last));
    assert_eq!(presenter_key("F"), Some(PresenterKey::Fullscreen));
    assert_eq!(presenter_key("Escape"), Some(PresenterKey::Leave));
    assert_eq!(presenter_key("p"), Some(PresenterKey::Pause));
    assert_eq!(presenter_key("7"), Some(PresenterKey::Digit(7)));
    assert_eq!(presenter_key("Tab"), None);
    assert_eq!(presenter_key("ü"), None);
}

#[test]
fn jumps_and_slides_are_clamped() {
    let total = deck().len();
    assert_eq!(total, 10);
    assert_eq!(jump_target("3", total), Some(3));
    assert_eq!(jump_target("0", total), Some(1));
    assert_eq!(jump_target("999", total), Some(10));
    assert_eq!(jump_target("", total), None);
    assert_eq!(clamp_slide(None, total), 1);
    assert_eq!(clamp_slide(Some(99), total), 10);
    assert_eq!(next_year(None, 2015, 2025), 2015);
    assert_eq!(next_year(Some(2024), 2015, 2025), 2025);
    assert_eq!(next_year(Some(2025), 2015, 2025), 2015);
}

#[test]
fn arrows_move_between_matrix_cells() {
    let cells = [(0, 0), (0, 5), (2, 4), (3, 1)];
    assert_eq!(move_in_grid("ArrowDown", 1, &cells), Some(2));
    assert_eq!(move_in_grid("ArrowUp", 2, &cells), Some(1));
    assert_eq!(move_in_grid("ArrowDown", 3, &cells), Some(3));
    assert_eq!(move_in_grid("ArrowRight", 0, &cells), Some(1));
    assert_eq!(move_in_grid("End", 0, &cells), Some(3));
    assert_eq!(move_in_grid("Home", 2, &cells), Some(0));
    assert_eq!(move_in_grid("ArrowLeft", 0, &cells), Some(0));
    assert_eq!(move_in_grid("a", 0, &cells), None);
    assert_eq!(move_in_grid("ArrowDown", 0, &[]), None);
}
