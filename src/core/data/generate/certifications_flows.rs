//! Certifications and talent flows: counts spread over countries and years along the
//! network's shape (see [`super::shape`]), adding up exactly to the published totals.

use std::collections::BTreeMap;

use super::rng::SplitMix64;
use super::shape::{apportion, growth, long_tail, long_tail_weights};
use crate::core::data::countries::CountryRef;
use crate::core::data::{Certification, Standard, StandardStatus, TalentFlow};

/// Certifications at ×1: "more than 500" published.
pub const CERTIFICATIONS: u64 = 523;
/// Countries with certifications: exactly 47 published.
pub const CERT_COUNTRIES: usize = 47;
/// Certification rows per ×1 certifications: about 230 rows carry the 523.
const CERT_ROWS: u64 = 230;
/// The first and last year of certifications.
const CERT_YEARS: (u16, u16) = (2017, 2025);
/// Years between the strongest country's first certifications and the weakest's.
const JOIN_SPREAD: usize = 6;
/// The first and last year of talent flows.
const FLOW_YEARS: (u16, u16) = (2016, 2025);
/// Professionals trained at ×1: "more than 10,000" published.
pub const TRAINED: u64 = 10_412;
/// Professionals sent abroad at ×1: "more than 6,000" published.
pub const ABROAD: u64 = 6_138;

/// The year each of `n` ranked countries (strongest first) has its first certifications:
/// the strongest in the first year, the weaker ones later, up to [`JOIN_SPREAD`] years
/// (some one year later still).
pub fn join_years(rng: &mut SplitMix64, n: usize) -> Vec<u16> {
    let last_rank = n.saturating_sub(1).max(1);
    (0..n)
        .map(|rank| {
            let late = rank > 0 && rng.chance(40);
            let spread = (rank * JOIN_SPREAD / last_rank) as u16;
            (CERT_YEARS.0 + spread + u16::from(late)).min(CERT_YEARS.1)
        })
        .collect()
}

/// Certification rows in exactly the `ranked` countries (strongest first, each with its
/// [`join_years`] year), summing to [`CERTIFICATIONS`] × `scale`, on recognised standards
/// only. Each country gets its ×1 share of the long tail times `scale`, spread from its
/// join year on along [`growth`].
pub fn certifications(
    rng: &mut SplitMix64,
    scale: u32,
    (ranked, joins): (&[&'static CountryRef], &[u16]),
    standards: &[Standard],
) -> Vec<Certification> {
    let recognised: Vec<usize> = (0..standards.len())
        .filter(|&i| standards[i].status == StandardStatus::Recognised)
        .collect();
    let per_country = long_tail(CERTIFICATIONS, ranked.len(), 1);
    let mut cells: BTreeMap<(&str, u16, usize), u64> = BTreeMap::new();
    for ((country, &count), &join) in ranked.iter().zip(&per_country).zip(joins) {
        let years: Vec<u16> = (join..=CERT_YEARS.1).collect();
        let weights: Vec<u64> = years.iter().map(|&y| growth(y)).collect();
        let per_year = apportion(count * u64::from(scale), &weights);
        for (&year, &m) in years.iter().zip(&per_year) {
            for (standard, n) in split_over_standards(rng, m, &recognised) {
                *cells.entry((country.id, year, standard)).or_insert(0) += n;
            }
        }
    }
    cells
        .into_iter()
        .map(|((country, year, s), count)| Certification {
            country: country.into(),
            year,
            standard: standards[s].code.clone(),
            count: count as u32,
        })
        .collect()
}

/// `m` certifications of one country and year as rows on distinct standards of `pool`,
/// about [`CERT_ROWS`] rows per [`CERTIFICATIONS`], each row at least 1.
fn split_over_standards(rng: &mut SplitMix64, m: u64, pool: &[usize]) -> Vec<(usize, u64)> {
    if m == 0 {
        return Vec::new();
    }
    let rows = m.saturating_mul(CERT_ROWS).div_ceil(CERTIFICATIONS);
    let rows = rows.clamp(1, m.min(pool.len() as u64)) as usize;
    let chosen = rng.sample(pool, rows);
    let weights: Vec<u64> = chosen.iter().map(|_| 1 + rng.below(4) as u64).collect();
    let extra = apportion(m - rows as u64, &weights);
    chosen
        .into_iter()
        .zip(extra)
        .map(|(s, e)| (s, 1 + e))
        .collect()
}

/// Talent-flow rows for every country of `ranked` (strongest first), growing over the
/// years, summing to [`TRAINED`] and [`ABROAD`] × `scale` (at least 1 trained a row);
/// sorted by country and year.
pub fn talent_flows(
    rng: &mut SplitMix64,
    scale: u32,
    ranked: &[&'static CountryRef],
) -> Vec<TalentFlow> {
    let strength = long_tail_weights(ranked.len());
    let mut keys = Vec::new();
    let mut weights = Vec::new();
    for (c, &size) in ranked.iter().zip(&strength) {
        for year in FLOW_YEARS.0..=FLOW_YEARS.1 {
            // Every country gets its last-year row; earlier years are sparser as ties were newer.
            if year == FLOW_YEARS.1 || rng.chance(35 + u64::from(year - FLOW_YEARS.0) * 6) {
                keys.push((c.id, year));
                weights.push(size * growth(year) * (5 + rng.below(10) as u64));
            }
        }
    }
    // Every row trained someone: 1 each, the rest along the weights.
    let n_rows = keys.len() as u64;
    let trained: Vec<u64> = apportion(TRAINED * u64::from(scale) - n_rows, &weights)
        .into_iter()
        .map(|t| t + 1)
        .collect();
    let abroad = apportion(ABROAD * u64::from(scale), &trained);
    let mut rows: Vec<TalentFlow> = keys
        .iter()
        .zip(trained.iter().zip(&abroad))
        .map(|(&(country, year), (&t, &a))| TalentFlow {
            country: country.into(),
            year,
            trained: t as u32,
            sent_abroad: a as u32,
        })
        .collect();
    rows.sort_by(|a, b| (&a.country, a.year).cmp(&(&b.country, b.year)));
    rows
}
