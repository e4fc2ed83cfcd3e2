//! The illustrative records have the shape of a real cooperation network: a few strong
//! partner countries and a long tail, growing over the years, at every scale and seed,
//! while the totals stay the published figures.

use std::collections::BTreeMap;

use skills_atlas::core::data::generate::{generate, DEFAULT_SEED};
use skills_atlas::core::data::{recompute, Atlas};

/// Sums of `value` per country.
fn per_country<T>(
    rows: &[T],
    country: impl Fn(&T) -> &str,
    value: impl Fn(&T) -> u64,
) -> BTreeMap<String, u64> {
    let mut sums = BTreeMap::new();
    for row in rows {
        *sums.entry(country(row).to_string()).or_insert(0) += value(row);
    }
    sums
}

/// The sums of [`per_country`], largest first.
fn by_country<T>(rows: &[T], country: impl Fn(&T) -> &str, value: impl Fn(&T) -> u64) -> Vec<u64> {
    let mut out: Vec<u64> = per_country(rows, country, value).into_values().collect();
    out.sort_unstable_by(|a, b| b.cmp(a));
    out
}

/// Sums of `value` per year.
fn by_year<T>(
    rows: &[T],
    year: impl Fn(&T) -> u16,
    value: impl Fn(&T) -> u64,
) -> BTreeMap<u16, u64> {
    let mut sums = BTreeMap::new();
    for row in rows {
        *sums.entry(year(row)).or_insert(0) += value(row);
    }
    sums
}

/// The share of the `k` largest parts, in per cent.
fn top_share(parts: &[u64], k: usize) -> f64 {
    let total: u64 = parts.iter().sum();
    100.0 * parts.iter().take(k).sum::<u64>() as f64 / total as f64
}

/// The sum over `years`.
fn over(sums: &BTreeMap<u16, u64>, years: std::ops::RangeInclusive<u16>) -> u64 {
    years.map(|y| sums.get(&y).copied().unwrap_or(0)).sum()
}

fn certifications(atlas: &Atlas) -> Vec<u64> {
    by_country(
        &atlas.certifications,
        |c| &c.country,
        |c| u64::from(c.count),
    )
}

#[test]
fn certifications_have_a_few_strong_countries_and_a_long_tail() {
    // The flat data this replaced had 22 of 523 (4 %) in its top country.
    for seed in [DEFAULT_SEED, 1, 2, 0xDEAD_BEEF] {
        let parts = certifications(&generate(seed, 1));
        assert_eq!(parts.len(), 47, "seed {seed}: exactly 47 countries");
        assert_eq!(parts.iter().sum::<u64>(), 523, "seed {seed}");
        let (top, top5) = (top_share(&parts, 1), top_share(&parts, 5));
        assert!(
            (12.0..=25.0).contains(&top),
            "seed {seed}: top country {top:.1} %"
        );
        assert!(
            (40.0..=60.0).contains(&top5),
            "seed {seed}: top five {top5:.1} %"
        );
        let tail = parts.iter().filter(|&&n| n <= 3).count();
        assert!(tail >= 10, "seed {seed}: only {tail} countries with 1–3");
        assert!(parts.iter().all(|&n| n >= 1));
    }
}

#[test]
fn the_strongest_certification_country_hosts_an_overseas_station() {
    for seed in [DEFAULT_SEED, 1, 2, 3] {
        let atlas = generate(seed, 1);
        let sums = per_country(
            &atlas.certifications,
            |c| &c.country,
            |c| u64::from(c.count),
        );
        let (top, _) = sums.iter().max_by_key(|(_, &n)| n).unwrap();
        let stations: Vec<&str> = atlas
            .platforms
            .iter()
            .filter(|p| p.country != atlas.hub.country)
            .map(|p| p.country.as_str())
            .collect();
        assert!(
            stations.contains(&top.as_str()),
            "seed {seed}: {top} has no station"
        );
    }
}

#[test]
fn partners_trainers_and_talent_flows_are_skewed_too() {
    let atlas = generate(DEFAULT_SEED, 1);
    let partners = by_country(&atlas.partners, |p| &p.country, |_| 1);
    assert_eq!(
        partners.len(),
        atlas.countries.len(),
        "every country keeps a partner"
    );
    assert!(top_share(&partners, 1) >= 10.0, "{partners:?}");
    assert!(top_share(&partners, 5) >= 35.0, "{partners:?}");
    assert!(
        partners.iter().filter(|&&n| n == 1).count() >= 10,
        "{partners:?}"
    );

    let trainers = by_country(&atlas.trainers, |t| &t.country, |_| 1);
    assert!(top_share(&trainers, 1) >= 10.0, "{trainers:?}");
    assert!(top_share(&trainers, 5) >= 40.0, "{trainers:?}");

    let trained = by_country(
        &atlas.talent_flows,
        |t| &t.country,
        |t| u64::from(t.trained),
    );
    assert!(top_share(&trained, 1) >= 10.0, "{trained:?}");
    assert!(top_share(&trained, 5) >= 40.0, "{trained:?}");
}

#[test]
fn later_years_carry_more_than_the_early_ones() {
    let atlas = generate(DEFAULT_SEED, 1);
    let certs = by_year(&atlas.certifications, |c| c.year, |c| u64::from(c.count));
    let (early, late) = (over(&certs, 2017..=2019), over(&certs, 2023..=2025));
    assert!(late >= 3 * early, "certifications {certs:?}");
    // The network widens: few countries in the first year, all 47 by the last.
    let countries_in = |year: u16| {
        let set: std::collections::BTreeSet<&str> = atlas
            .certifications
            .iter()
            .filter(|c| c.year == year)
            .map(|c| c.country.as_str())
            .collect();
        set.len()
    };
    assert!(
        countries_in(2017) <= 12,
        "{} countries in 2017",
        countries_in(2017)
    );
    assert_eq!(countries_in(2025), 47);

    let trainers = by_year(&atlas.trainers, |t| t.year, |_| 1);
    assert!(
        over(&trainers, 2023..=2025) >= 2 * over(&trainers, 2016..=2018),
        "{trainers:?}"
    );
    let since = by_year(&atlas.partnerships, |p| p.since, |_| 1);
    assert!(
        over(&since, 2023..=2025) >= 2 * over(&since, 2015..=2017),
        "{since:?}"
    );
    let flows = by_year(&atlas.talent_flows, |t| t.year, |t| u64::from(t.trained));
    assert!(
        over(&flows, 2023..=2025) >= 3 * over(&flows, 2016..=2018),
        "{flows:?}"
    );
}

#[test]
fn times_ten_is_the_same_shape_with_every_count_ten_times_and_exact_totals() {
    let (one, ten) = (generate(DEFAULT_SEED, 1), generate(DEFAULT_SEED, 10));
    // The same countries, each with ten times its ×1 count.
    let times_ten = |mut sums: BTreeMap<String, u64>| {
        sums.values_mut().for_each(|n| *n *= 10);
        sums
    };
    let certs = |a: &Atlas| per_country(&a.certifications, |c| &c.country, |c| u64::from(c.count));
    assert_eq!(certs(&ten), times_ten(certs(&one)));
    let partners = |a: &Atlas| per_country(&a.partners, |p| &p.country, |_| 1);
    assert_eq!(partners(&ten), times_ten(partners(&one)));
    let trainers = |a: &Atlas| per_country(&a.trainers, |t| &t.country, |_| 1);
    assert_eq!(trainers(&ten), times_ten(trainers(&one)));
    for (atlas, scale) in [(&one, 1.0), (&ten, 10.0)] {
        let figures: BTreeMap<String, f64> = recompute(atlas).into_iter().collect();
        assert_eq!(figures["certifications"], 523.0 * scale);
        assert_eq!(figures["certification_countries"], 47.0);
        assert_eq!(figures["foreign_partners"], 211.0 * scale);
        assert_eq!(figures["trainers_trained"], 196.0 * scale);
        assert_eq!(figures["professionals_trained"], 10_412.0 * scale);
        assert_eq!(figures["professionals_abroad"], 6_138.0 * scale);
        assert_eq!(figures["cq_institutions"], 77.0);
        assert_eq!(figures["auto_workshop_countries"], 33.0);
        assert_eq!(figures["stations_overseas"], 6.0);
        assert_eq!(figures["stations_external"], 27.0);
    }
}
