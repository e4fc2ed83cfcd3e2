//! The `url_state` property: see the parent module.

use skills_atlas::core::url_state::{AppState, UrlWarning, WarningReason, MAX_WARNINGS};

/// Text → `from_query` → `to_query` → `from_query`: the second state equals the first,
/// the written link parses without warnings, writing is a fixed point, and a link gives
/// at most [`MAX_WARNINGS`] warnings, each short.
pub fn url_state(data: &[u8]) {
    let link = String::from_utf8_lossy(data);
    let (state, warnings) = AppState::from_query(&link);
    check_warnings(&warnings);
    let written = state.to_query();
    assert!(
        written.is_empty() || written.starts_with('?'),
        "to_query wrote {written:?}"
    );
    let (again, warnings_again) = AppState::from_query(&written);
    assert_eq!(
        state, again,
        "the state of {link:?}, written as {written:?}, reads back as another state"
    );
    assert!(
        warnings_again.is_empty(),
        "the written link {written:?} gives warnings: {warnings_again:?}"
    );
    assert_eq!(again.to_query(), written, "to_query is not a fixed point");
}

fn check_warnings(warnings: &[UrlWarning]) {
    assert!(
        warnings.len() <= MAX_WARNINGS,
        "{} warnings, more than MAX_WARNINGS ({MAX_WARNINGS})",
        warnings.len()
    );
    for (i, w) in warnings.iter().enumerate() {
        // Echoed keys and values are shortened to 40 characters and an ellipsis.
        assert!(w.key.chars().count() <= 41, "a long key echoed: {w:?}");
        match &w.reason {
            WarningReason::InvalidValue(v) => {
                assert!(v.chars().count() <= 41, "a long value echoed: {w:?}")
            }
            WarningReason::More(n) => {
                assert!(i + 1 == warnings.len() && *n > 0, "misplaced count: {w:?}")
            }
            _ => {}
        }
    }
}
