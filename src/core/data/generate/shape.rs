//! The shape of the illustrative records: which partner countries are strong, how the
//! records thin out towards a long tail, and how they grow over the years.
//!
//! Real cooperation networks are skewed: a few partner countries carry a large share of the
//! exchanges and many appear once or twice. So the countries are ranked (overseas service
//! stations first, then mostly Belt and Road countries, in an order drawn from the seed) and
//! each kind of record is spread over that ranking with Zipf–Mandelbrot weights. The years
//! follow the centre's history: a slow start, then faster growth once the "Belt and Road"
//! certification centre opened. Every split is a largest-remainder [`apportion`], so the
//! totals stay exactly the published figures.

use super::platforms::{CERTIFICATION_CENTER_YEAR, OVERSEAS};
use super::rng::SplitMix64;
use crate::core::data::countries::{CountryRef, COUNTRIES};

/// Offset of the Zipf–Mandelbrot weights `1 / (rank + OFFSET)²`: with 47 countries, the
/// strongest holds about a fifth of the records, the five strongest about half, and the
/// weakest a few each.
const OFFSET: u64 = 5;
/// How many places a kind of record may move a country away from the common ranking.
const NUDGE: usize = 4;
/// A year before the first records, so that every year's growth weight is positive.
const YEAR_ZERO: u16 = 2014;

/// The partner countries, strongest tie first.
#[derive(Debug, Clone)]
pub struct Ranking {
    order: Vec<&'static CountryRef>,
}

impl Ranking {
    /// Ranks every country of the reference table. A country with an overseas station
    /// always ranks above one without; Belt and Road countries mostly rank above the rest;
    /// within that, the order is drawn from `rng`.
    pub fn new(rng: &mut SplitMix64) -> Self {
        let mut scored: Vec<(u64, &'static CountryRef)> = COUNTRIES
            .iter()
            .map(|c| {
                let station = if OVERSEAS.contains(&c.id) { 2_000 } else { 0 };
                let belt_and_road = if c.belt_and_road { 400 } else { 0 };
                (station + belt_and_road + rng.below(1_000) as u64, c)
            })
            .collect();
        // Stable: equal scores keep the table's order, so the ranking depends on the seed only.
        scored.sort_by_key(|&(score, _)| std::cmp::Reverse(score));
        Self {
            order: scored.into_iter().map(|(_, c)| c).collect(),
        }
    }

    /// The countries, strongest first.
    pub fn countries(&self) -> &[&'static CountryRef] {
        &self.order
    }

    /// The countries that `keep` accepts, in the ranking's order, each moved up or down a
    /// few places at random: one order per kind of record, so that the strong partners in
    /// certifications, partners and trainers are much the same countries, but not one list.
    pub fn nudged(
        &self,
        rng: &mut SplitMix64,
        keep: impl Fn(&CountryRef) -> bool,
    ) -> Vec<&'static CountryRef> {
        let mut keyed: Vec<(usize, &'static CountryRef)> = self
            .order
            .iter()
            .copied()
            .filter(|c| keep(c))
            .enumerate()
            .map(|(i, c)| (i + rng.below(NUDGE), c))
            .collect();
        keyed.sort_by_key(|&(key, _)| key);
        keyed.into_iter().map(|(_, c)| c).collect()
    }
}

/// Zipf–Mandelbrot weights for `n` ranks, strongest first (exponent 2, offset [`OFFSET`]),
/// in integers so that every platform splits the same way.
pub fn long_tail_weights(n: usize) -> Vec<u64> {
    (0..n as u64)
        .map(|rank| 1_000_000_000_000 / ((rank + OFFSET) * (rank + OFFSET)))
        .collect()
}

/// `total` split over `n` ranks along [`long_tail_weights`], each rank getting at least
/// `at_least` (`total` ≥ `n` × `at_least`); the parts add up to `total` exactly.
pub fn long_tail(total: u64, n: usize, at_least: u64) -> Vec<u64> {
    let floor = at_least * n as u64;
    assert!(
        total >= floor,
        "{total} cannot give {n} ranks {at_least} each"
    );
    apportion(total - floor, &long_tail_weights(n))
        .into_iter()
        .map(|part| part + at_least)
        .collect()
}

/// How much a year weighs in the network's growth: rising year by year, and by half as
/// much again from the year the "Belt and Road" certification centre opened.
pub fn growth(year: u16) -> u64 {
    let age = u64::from(year.saturating_sub(YEAR_ZERO));
    if year >= CERTIFICATION_CENTER_YEAR {
        3 * age
    } else {
        2 * age
    }
}

/// A year in `first..=last`, later years more likely, along [`growth`].
pub fn pick_year(rng: &mut SplitMix64, first: u16, last: u16) -> u16 {
    let weights: Vec<u64> = (first..=last).map(growth).collect();
    first + pick_weighted(rng, &weights) as u16
}

/// An index of `weights` (not all zero), each as likely as its weight.
pub fn pick_weighted(rng: &mut SplitMix64, weights: &[u64]) -> usize {
    let sum: u64 = weights.iter().sum();
    let mut ticket = rng.next_u64() % sum;
    for (i, &w) in weights.iter().enumerate() {
        if ticket < w {
            return i;
        }
        ticket -= w;
    }
    unreachable!("the ticket is below the sum of the weights")
}

/// `items` each repeated `counts` times, in random order.
pub fn repeated<T: Copy>(rng: &mut SplitMix64, items: &[T], counts: &[u64]) -> Vec<T> {
    let mut out: Vec<T> = items
        .iter()
        .zip(counts)
        .flat_map(|(&item, &n)| std::iter::repeat_n(item, n as usize))
        .collect();
    rng.shuffle(&mut out);
    out
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
