//! Keyboard movement through a list (`core::list_keys`), the one rule the charts' marks,
//! the map's countries and the search results move by.

use skills_atlas::core::list_keys::{ListKeys, ListMove};

#[test]
fn keys_name_moves_and_a_text_field_keeps_its_caret_keys() {
    use ListMove::*;
    for (key, all, up_down) in [
        ("ArrowDown", Some(Next), Some(Next)),
        ("ArrowRight", Some(Next), None),
        ("ArrowUp", Some(Previous), Some(Previous)),
        ("ArrowLeft", Some(Previous), None),
        ("Home", Some(First), None),
        ("End", Some(Last), None),
        ("Enter", None, None),
        ("a", None, None),
        ("", None, None),
    ] {
        assert_eq!(ListMove::from_key(key, ListKeys::All), all, "{key}");
        assert_eq!(ListMove::from_key(key, ListKeys::UpDown), up_down, "{key}");
    }
}

#[test]
fn moves_stop_at_the_ends_and_start_from_nothing() {
    use ListMove::*;
    // (move, current, len, expected)
    let cases = [
        (Next, Some(0), 3, Some(1)),
        (Next, Some(2), 3, Some(2)),
        (Previous, Some(0), 3, Some(0)),
        (Previous, Some(2), 3, Some(1)),
        (First, Some(2), 3, Some(0)),
        (Last, Some(0), 3, Some(2)),
        (Next, None, 3, Some(0)),
        (Previous, None, 3, Some(2)),
        (First, None, 3, Some(0)),
        (Last, None, 3, Some(2)),
        // A position left over from a longer list counts as the last item.
        (Previous, Some(9), 3, Some(1)),
        (Next, Some(9), 3, Some(2)),
        (Next, Some(0), 1, Some(0)),
        (Next, Some(0), 0, None),
        (Last, None, 0, None),
    ];
    for (step, current, len, expected) in cases {
        assert_eq!(
            step.apply(current, len),
            expected,
            "{step:?} from {current:?} in {len}"
        );
    }
}
