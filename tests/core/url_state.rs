//! URL state: round trips, defaults, and hostile input.

use skills_atlas::core::url_state::{
    AppState, EmbedParams, Lang, Theme, View, WarningReason, MAX_PARAMS, MAX_QUERY_CHARS,
    MAX_WARNINGS,
};

fn parse(q: &str) -> AppState {
    AppState::from_query(q).0
}

#[test]
fn default_state_writes_an_empty_query() {
    assert_eq!(AppState::default().to_query(), "");
    let (state, warnings) = AppState::from_query("");
    assert_eq!(state, AppState::default());
    assert!(warnings.is_empty());
}

#[test]
fn every_field_round_trips() {
    let state = AppState {
        view: View::Search,
        lang: Some(Lang::ZhHans),
        theme: Theme::Dark,
        embed: true,
        country: Some("KEN".into()),
        year: Some(2021),
        query: "汽车 & Schweißen <b>".into(),
        embed_params: EmbedParams {
            accent: Some("#0a77ff".into()),
            controls: false,
        },
        ..AppState::default()
    };
    let q = state.to_query();
    assert!(q.starts_with('?'));
    let (back, warnings) = AppState::from_query(&q);
    assert_eq!(back, state);
    assert!(warnings.is_empty(), "{warnings:?}");
}

#[test]
fn every_view_language_and_theme_round_trips() {
    for view in View::ALL {
        for lang in Lang::ALL {
            for theme in Theme::ALL {
                let state = AppState {
                    view,
                    lang: Some(lang),
                    theme,
                    ..AppState::default()
                };
                assert_eq!(parse(&state.to_query()), state);
            }
        }
    }
}

#[test]
fn leading_question_mark_is_optional() {
    assert_eq!(parse("view=charts").view, View::Charts);
    assert_eq!(parse("?view=charts").view, View::Charts);
}

#[test]
fn language_accepts_browser_tags() {
    assert_eq!(Lang::from_tag("zh-CN"), Some(Lang::ZhHans));
    assert_eq!(Lang::from_tag("zh-Hans"), Some(Lang::ZhHans));
    assert_eq!(Lang::from_tag("de-AT"), Some(Lang::De));
    assert_eq!(Lang::from_tag("en_GB"), Some(Lang::En));
    assert_eq!(Lang::from_tag("fr"), None);
    assert_eq!(Lang::from_tag(""), None);
}

#[test]
fn unknown_and_malformed_parameters_are_ignored_with_warnings() {
    let (state, warnings) = AppState::from_query(
        "view=nowhere&lang=xx&theme=pink&year=20x1&country=K3N&bogus=1&embed=2",
    );
    assert_eq!(state, AppState::default());
    // Seven problems: the first four listed, one warning counts the other three.
    assert_eq!(warnings.len(), MAX_WARNINGS, "{warnings:?}");
    assert_eq!(warnings[4].reason, WarningReason::More(3));
    assert!(warnings
        .iter()
        .any(|w| w.key == "view" && w.reason == WarningReason::InvalidValue("nowhere".into())));
    let (_, warnings) = AppState::from_query("theme=pink&year=20x1&bogus=1");
    assert!(warnings
        .iter()
        .any(|w| w.key == "bogus" && w.reason == WarningReason::UnknownKey));
}

#[test]
fn valid_parameters_survive_next_to_invalid_ones() {
    let (state, warnings) = AppState::from_query("view=about&year=99999&lang=de");
    assert_eq!(state.view, View::About);
    assert_eq!(state.lang, Some(Lang::De));
    assert_eq!(state.year, None);
    assert_eq!(warnings.len(), 1);
}

#[test]
fn repeated_keys_keep_the_first_value() {
    let (state, warnings) = AppState::from_query("view=charts&view=search&view=about");
    assert_eq!(state.view, View::Charts);
    assert_eq!(
        warnings
            .iter()
            .filter(|w| w.reason == WarningReason::Repeated)
            .count(),
        2
    );
}

#[test]
fn ten_thousand_character_values_are_cut_and_not_echoed_in_full() {
    let long = "a".repeat(10_000);
    let (state, warnings) = AppState::from_query(&format!("q={long}&view={long}&{long}=1"));
    assert_eq!(state.query.chars().count(), MAX_QUERY_CHARS);
    assert_eq!(state.view, View::Map);
    assert_eq!(warnings.len(), 3);
    for w in &warnings {
        assert!(
            w.to_string().chars().count() < 200,
            "warning echoes too much: {w}"
        );
    }
}

#[test]
fn script_tags_stay_plain_text_in_the_query() {
    let state = parse("q=%3Cscript%3Ealert(1)%3C%2Fscript%3E");
    assert_eq!(state.query, "<script>alert(1)</script>");
    assert_eq!(parse(&state.to_query()).query, state.query);
    assert!(
        !state.to_query().contains('<'),
        "written query must be percent-encoded"
    );
    // A script as a value of a typed parameter is simply invalid.
    let (state, warnings) = AppState::from_query("view=%3Cscript%3E");
    assert_eq!(state.view, View::Map);
    assert_eq!(warnings.len(), 1);
}

#[test]
fn invalid_percent_encoding_does_not_panic() {
    let (state, _) = AppState::from_query("q=%E0%A4%A&view=%zz&lang=%");
    assert_eq!(state.view, View::Map);
    assert!(
        !state.query.is_empty(),
        "the query is kept (lossily decoded)"
    );
    let (state, warnings) = AppState::from_query("q=%FF%FE");
    assert!(state.query.contains('\u{FFFD}'));
    assert!(warnings.is_empty());
}

#[test]
fn odd_shapes_do_not_panic() {
    for q in [
        "&&&",
        "=",
        "==",
        "?",
        "??view=map",
        "view",
        "=map",
        "%",
        "&=&=",
        "q=+",
    ] {
        let _ = AppState::from_query(q);
    }
    assert_eq!(parse("q=a+b").query, "a b");
}

#[test]
fn country_codes_are_upper_cased_and_checked_for_shape() {
    assert_eq!(parse("country=ken").country.as_deref(), Some("KEN"));
    assert_eq!(parse("country=KENYA").country, None);
    assert_eq!(parse("country=k%C3%A9n").country, None);
}

#[test]
fn accent_colours_are_validated() {
    assert_eq!(
        parse("accent=0A7").embed_params.accent.as_deref(),
        Some("#00aa77")
    );
    assert_eq!(
        parse("accent=%23123abc").embed_params.accent.as_deref(),
        Some("#123abc")
    );
    for bad in [
        "red",
        "12345",
        "#12345g",
        "url(x)",
        "%3Cscript%3E",
        "1234567",
    ] {
        let (state, warnings) = AppState::from_query(&format!("accent={bad}"));
        assert_eq!(state.embed_params.accent, None, "{bad}");
        assert_eq!(warnings.len(), 1, "{bad}");
    }
}

#[test]
fn controls_can_be_hidden() {
    assert!(parse("").embed_params.controls);
    assert!(!parse("controls=0").embed_params.controls);
    assert_eq!(parse("controls=0").to_query(), "?controls=0");
}

#[test]
fn a_link_is_read_for_at_most_max_params_parameters() {
    let junk = |n: usize| {
        (0..n)
            .map(|i| format!("k{i}=1"))
            .collect::<Vec<_>>()
            .join("&")
    };
    let (state, _) = AppState::from_query(&format!("{}&view=charts", junk(MAX_PARAMS - 1)));
    assert_eq!(state.view, View::Charts, "the last parameter read");
    let (state, warnings) = AppState::from_query(&format!("{}&view=charts", junk(MAX_PARAMS)));
    assert_eq!(state.view, View::Map, "one past the cap is not read");
    assert_eq!(warnings.len(), MAX_WARNINGS);
    // 64 unknown keys read (4 listed, 60 counted) and the one skipped.
    assert_eq!(
        warnings[MAX_WARNINGS - 1].reason,
        WarningReason::More(60 + 1)
    );
}

#[test]
fn a_megabyte_of_distinct_or_repeated_keys_gives_a_few_warnings() {
    let distinct: String = (0..200_000).map(|i| format!("k{i}&")).collect();
    assert!(distinct.len() > 1_000_000);
    let (state, warnings) = AppState::from_query(&distinct);
    assert_eq!(state, AppState::default());
    assert_eq!(warnings.len(), MAX_WARNINGS);
    assert_eq!(
        warnings[MAX_WARNINGS - 1].reason,
        WarningReason::More(200_000 - (MAX_WARNINGS - 1))
    );
    let repeated = "view=map&".repeat(120_000);
    let (_, warnings) = AppState::from_query(&repeated);
    assert_eq!(warnings.len(), MAX_WARNINGS);
}
