//! The search view's URL parameters: facets, sort and the open result.
//!
//! `type=standard,trainer&sector=automotive&lang_f=ar&level=3,4&years=2018-2022&sort=name`
//! `&open=BRS-AUTO-003`. The query itself is the shared `q`, and the country facet is the
//! shared `country` selection, so a country picked on the map filters the search and back.
//! Values are checked for shape only: a sector the dataset does not have is kept (and finds
//! nothing), so an old link still opens.

use super::group::{parse_list, ParamGroup, Parsed};
use super::search_choices::{kind_from_slug, kind_slug, SearchSort};
use crate::core::data::dataset::{FIRST_YEAR, LAST_YEAR};
use crate::core::search::DocKind;
use std::ops::RangeInclusive;

/// Longest facet value or id accepted.
const MAX_VALUE_CHARS: usize = 48;
/// Most values accepted in one list parameter.
const MAX_VALUES: usize = 32;

/// The search view's part of the URL state.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct SearchParams {
    /// Kinds of result shown (empty: all).
    pub kinds: Vec<DocKind>,
    /// Sector ids (empty: all).
    pub sectors: Vec<String>,
    /// Trainer languages, ISO 639-1 (empty: all).
    pub languages: Vec<String>,
    /// Standard levels (empty: all).
    pub levels: Vec<u8>,
    /// Inclusive year range.
    pub years: Option<RangeInclusive<u16>>,
    /// Result order.
    pub sort: SearchSort,
    /// The result whose details are open (a standard code, trainer, partner or country id).
    pub open: Option<String>,
}

impl SearchParams {
    /// How many filters narrow the results: each chosen kind, sector, language and level,
    /// and the year range.
    pub fn filter_count(&self) -> usize {
        self.kinds.len()
            + self.sectors.len()
            + self.languages.len()
            + self.levels.len()
            + usize::from(self.years.is_some())
    }
}

/// A sector id or language tag: short, lowercase ASCII letters, digits, `_` and `-`.
fn facet_value(s: &str) -> Option<String> {
    let ok = !s.is_empty()
        && s.len() <= MAX_VALUE_CHARS
        && s.bytes()
            .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'_' || b == b'-');
    ok.then(|| s.to_owned())
}

/// A record id: short ASCII letters, digits and `-`/`_`.
fn record_id(s: &str) -> Option<String> {
    let ok = !s.is_empty()
        && s.len() <= MAX_VALUE_CHARS
        && s.bytes()
            .all(|b| b.is_ascii_alphanumeric() || b == b'_' || b == b'-');
    ok.then(|| s.to_owned())
}

fn year(s: &str) -> Option<u16> {
    if s.len() != 4 || !s.bytes().all(|b| b.is_ascii_digit()) {
        return None;
    }
    s.parse().ok().filter(|y| (1900..=2100).contains(y))
}

/// `2018-2022` or a single year `2020`; a reversed range is invalid.
fn year_range(s: &str) -> Option<RangeInclusive<u16>> {
    let (from, to) = s.split_once('-').unwrap_or((s, s));
    let (from, to) = (year(from)?, year(to)?);
    (from <= to).then_some(from..=to)
}

/// The year range picked with two menus, "from" and "to" (`None`: any year): any year when
/// both are; otherwise a missing end is the data's first ([`FIRST_YEAR`]) or last
/// ([`LAST_YEAR`]) year, and ends picked the wrong way round are swapped.
pub fn picked_years(from: Option<u16>, to: Option<u16>) -> Option<RangeInclusive<u16>> {
    if from.is_none() && to.is_none() {
        return None;
    }
    let (a, b) = (from.unwrap_or(FIRST_YEAR), to.unwrap_or(LAST_YEAR));
    Some(a.min(b)..=a.max(b))
}

/// A list of at most [`MAX_VALUES`] distinct items.
fn list<T: PartialEq>(value: &str, item: impl Fn(&str) -> Option<T>) -> Option<Vec<T>> {
    let items = parse_list(value, item)?;
    if items.len() > MAX_VALUES {
        return None;
    }
    let mut seen = Vec::with_capacity(items.len());
    for it in items {
        if !seen.contains(&it) {
            seen.push(it);
        }
    }
    Some(seen)
}

impl ParamGroup for SearchParams {
    fn parse(&mut self, key: &str, value: &str) -> Parsed {
        let taken = |ok: bool| if ok { Parsed::Taken } else { Parsed::Invalid };
        match key {
            "type" => taken(
                list(value, kind_from_slug)
                    .map(|v| self.kinds = v)
                    .is_some(),
            ),
            "sector" => taken(list(value, facet_value).map(|v| self.sectors = v).is_some()),
            "lang_f" => taken(
                list(value, facet_value)
                    .map(|v| self.languages = v)
                    .is_some(),
            ),
            "level" => taken(
                list(value, |s| {
                    s.parse::<u8>().ok().filter(|l| (1..=9).contains(l))
                })
                .map(|v| self.levels = v)
                .is_some(),
            ),
            "years" => taken(year_range(value).map(|r| self.years = Some(r)).is_some()),
            "sort" => taken(
                SearchSort::from_slug(value)
                    .map(|s| self.sort = s)
                    .is_some(),
            ),
            "open" => taken(record_id(value).map(|id| self.open = Some(id)).is_some()),
            _ => Parsed::NotMine,
        }
    }

    fn write(&self, out: &mut Vec<(&'static str, String)>) {
        let join = |items: Vec<String>| items.join(",");
        if !self.kinds.is_empty() {
            let kinds = self
                .kinds
                .iter()
                .map(|&k| kind_slug(k).to_owned())
                .collect();
            out.push(("type", join(kinds)));
        }
        if !self.sectors.is_empty() {
            out.push(("sector", self.sectors.join(",")));
        }
        if !self.languages.is_empty() {
            out.push(("lang_f", self.languages.join(",")));
        }
        if !self.levels.is_empty() {
            out.push((
                "level",
                join(self.levels.iter().map(u8::to_string).collect()),
            ));
        }
        if let Some(years) = &self.years {
            let text = if years.start() == years.end() {
                years.start().to_string()
            } else {
                format!("{}-{}", years.start(), years.end())
            };
            out.push(("years", text));
        }
        if self.sort != SearchSort::Relevance {
            out.push(("sort", self.sort.slug().to_owned()));
        }
        if let Some(open) = &self.open {
            out.push(("open", open.clone()));
        }
    }
}
