//! The map's headline values: a published figure with its qualifier, in each language's
//! word order, whole or in parts.

use skills_atlas::core::data::Qualifier;
use skills_atlas::core::lang::Lang;
use skills_atlas::core::map_model::labels::{headline_parts, headline_value};

#[test]
fn a_headline_value_splits_into_qualifier_and_number_in_each_language_order() {
    for lang in Lang::ALL {
        for q in [
            Some(Qualifier::MoreThan),
            Some(Qualifier::Almost),
            Some(Qualifier::Exactly),
            None,
        ] {
            let p = headline_parts(10_000.0, q, lang);
            // The parts are the whole value, the number among them as the language writes it.
            assert_eq!(
                format!("{}{}{}", p.before, p.number, p.after),
                headline_value(10_000.0, q, lang)
            );
            assert_eq!(
                p.number,
                skills_atlas::core::figure_text::format_number(10_000.0, lang)
            );
            assert_eq!(
                q.is_none(),
                p.before.is_empty() && p.after.is_empty(),
                "{lang:?} {q:?}"
            );
        }
    }
    let en = headline_parts(500.0, Some(Qualifier::MoreThan), Lang::En);
    assert_eq!(
        (en.before.as_str(), en.number.as_str(), en.after.as_str()),
        ("more than ", "500", "")
    );
}
