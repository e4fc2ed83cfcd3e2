//! The map's per-year figures of every country, computed in one pass: they must equal the
//! per-country lookups they replace, in the order asked, with empty figures for ids that
//! are not partner countries.

use skills_atlas::core::data::dataset::{FIRST_YEAR, LAST_YEAR};
use skills_atlas::core::data::generate::{generate, DEFAULT_SEED};
use skills_atlas::core::map_model::{ActivityModel, CountryYear};

#[test]
fn year_stats_match_the_per_country_lookups_in_every_year() {
    let atlas = generate(DEFAULT_SEED, 1);
    let model = ActivityModel::build(&atlas);
    // Reversed, with an unknown id in the middle, as the geometry's order may differ.
    let mut ids: Vec<&str> = model
        .countries
        .iter()
        .rev()
        .map(|c| c.id.as_str())
        .collect();
    ids.insert(ids.len() / 2, "XXX");
    let mut changed_years = 0;
    for year in FIRST_YEAR..=LAST_YEAR {
        let stats = model.year_stats(ids.iter().copied(), year);
        assert_eq!(stats.len(), ids.len());
        for (id, s) in ids.iter().zip(&stats) {
            match model.country(id) {
                Some(a) => {
                    assert_eq!(s.metrics, a.upto(year), "{id} {year}");
                    assert_eq!(s.workshop_since, a.workshop_since_by(year), "{id} {year}");
                }
                None => assert_eq!(*s, CountryYear::default(), "{id} {year}"),
            }
        }
        if year > FIRST_YEAR && stats != model.year_stats(ids.iter().copied(), year - 1) {
            changed_years += 1;
        }
    }
    // The figures really move with the year (the test data is not static).
    assert!(changed_years > 0);
    let total: u64 = model
        .year_stats(ids.iter().copied(), LAST_YEAR)
        .iter()
        .map(|s| s.metrics.certifications)
        .sum();
    assert_eq!(total, model.totals(LAST_YEAR).certifications);
}

#[test]
fn year_stats_of_no_ids_is_empty_and_unknown_years_clamp() {
    let model = ActivityModel::build(&generate(DEFAULT_SEED, 1));
    assert!(model.year_stats([], LAST_YEAR).is_empty());
    let id = model.countries[0].id.as_str();
    assert_eq!(
        model.year_stats([id], u16::MAX),
        model.year_stats([id], LAST_YEAR)
    );
    assert_eq!(
        model.year_stats([id], 0),
        model.year_stats([id], FIRST_YEAR)
    );
}
