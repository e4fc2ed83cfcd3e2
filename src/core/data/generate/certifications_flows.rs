//! Certifications and talent flows: counts spread over countries and years so that they
//! add up exactly to the published totals.

use std::collections::BTreeMap;

use super::rng::SplitMix64;
use crate::core::data::countries::COUNTRIES;
use crate::core::data::{Certification, Standard, StandardStatus, TalentFlow};

/// Certifications at ×1: "more than 500" published.
pub const CERTIFICATIONS: u64 = 523;
/// Countries with certifications: exactly 47 published.
pub const CERT_COUNTRIES: usize = 47;
/// Certification rows per ×1, before equal rows merge.
const CERT_ROWS: usize = 230;
/// Professionals trained at ×1: "more than 10,000" published.
pub const TRAINED: u64 = 10_412;
/// Professionals sent abroad at ×1: "more than 6,000" published.
pub const ABROAD: u64 = 6_138;

/// Certification rows in exactly `countries` (sorted ids), summing to
/// [`CERTIFICATIONS`] × `scale`, on recognised standards only.
pub fn certifications(
    rng: &mut SplitMix64,
    scale: u32,
    countries: &[&str],
    standards: &[Standard],
) -> Vec<Certification> {
    let recognised: Vec<usize> = (0..standards.len())
        .filter(|&i| standards[i].status == StandardStatus::Recognised)
        .collect();
    let rows = CERT_ROWS * scale as usize;
    let total = CERTIFICATIONS * u64::from(scale);
    let mut cells: BTreeMap<(usize, u16, usize), u64> = BTreeMap::new();
    for i in 0..rows {
        // The first rows visit every country once, so exactly all of them appear.
        let country = if i < countries.len() {
            i
        } else {
            rng.below(countries.len())
        };
        let key = (country, rng.range(2017, 2025), *rng.pick(&recognised));
        *cells.entry(key).or_insert(0) += 1;
    }
    let mut counts: Vec<((usize, u16, usize), u64)> = cells.into_iter().collect();
    for _ in rows as u64..total {
        let i = rng.below(counts.len());
        counts[i].1 += 1;
    }
    counts
        .into_iter()
        .map(|((c, year, s), count)| Certification {
            country: countries[c].into(),
            year,
            standard: standards[s].code.clone(),
            count: count as u32,
        })
        .collect()
}

/// Talent-flow rows for every partner country, growing over the years, summing to
/// [`TRAINED`] and [`ABROAD`] × `scale`.
pub fn talent_flows(rng: &mut SplitMix64, scale: u32) -> Vec<TalentFlow> {
    let mut keys = Vec::new();
    let mut weights = Vec::new();
    for c in &COUNTRIES {
        let size = 1 + rng.below(12) as u64;
        for year in 2016..=2025u16 {
            // Every country gets its 2025 row; earlier years are sparser as ties were newer.
            if year == 2025 || rng.chance(35 + u64::from(year - 2016) * 6) {
                keys.push((c.id, year));
                weights.push(size * u64::from(year - 2014) * (5 + rng.below(10) as u64));
            }
        }
    }
    let trained = apportion(TRAINED * u64::from(scale), &weights);
    let abroad = apportion(ABROAD * u64::from(scale), &trained);
    keys.iter()
        .zip(trained.iter().zip(&abroad))
        .map(|(&(country, year), (&t, &a))| TalentFlow {
            country: country.into(),
            year,
            trained: t as u32,
            sent_abroad: a as u32,
        })
        .collect()
}

/// Splits `total` in proportion to `weights` (largest remainder), summing exactly.
pub fn apportion(total: u64, weights: &[u64]) -> Vec<u64> {
    let sum: u128 = weights.iter().map(|&w| u128::from(w)).sum();
    if sum == 0 {
        return vec![0; weights.len()];
    }
    let exact: Vec<u128> = weights
        .iter()
        .map(|&w| u128::from(w) * u128::from(total))
        .collect();
    let mut out: Vec<u64> = exact.iter().map(|e| (e / sum) as u64).collect();
    let given: u64 = out.iter().sum();
    let mut order: Vec<usize> = (0..weights.len()).collect();
    order.sort_by_key(|&i| (std::cmp::Reverse(exact[i] % sum), i));
    for &i in order.iter().take((total - given) as usize) {
        out[i] += 1;
    }
    out
}
