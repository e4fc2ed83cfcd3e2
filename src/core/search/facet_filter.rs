//! Filtering by facets: what the user picked in the side panel.
//!
//! Within one facet the selected values are alternatives (Germany *or* Thailand); across facets
//! they all apply (Germany *and* level 3). A value the index has never seen matches nothing.

use std::ops::RangeInclusive;

use super::document::DocKind;
use super::facets::{dim, DocFacets, FacetTables, Interned};

/// The user's facet selection. Empty lists (and `None`) do not restrict anything.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Filter {
    /// Document kinds to keep.
    pub kinds: Vec<DocKind>,
    /// Country values to keep (as in [`Facets::country`](super::Facets::country)).
    pub countries: Vec<String>,
    /// Sector values to keep.
    pub sectors: Vec<String>,
    /// Language values to keep.
    pub languages: Vec<String>,
    /// Levels to keep.
    pub levels: Vec<u8>,
    /// Inclusive year range; documents without a year do not match it.
    pub year_range: Option<RangeInclusive<u16>>,
}

impl Filter {
    /// True if the filter lets every document through.
    pub fn is_empty(&self) -> bool {
        self == &Filter::default()
    }
}

/// A [`Filter`] with its strings turned into the index's value ids, for fast checks per document.
pub(crate) struct ResolvedFilter {
    kinds: Option<[bool; 4]>,
    countries: Option<Vec<u32>>,
    sectors: Option<Vec<u32>>,
    languages: Option<Vec<u32>>,
    levels: Option<Vec<u8>>,
    years: Option<RangeInclusive<u16>>,
}

impl ResolvedFilter {
    /// Resolves value names; unknown names are dropped, so a facet with only unknown values
    /// stays active and matches nothing.
    pub fn new(filter: &Filter, tables: &FacetTables) -> ResolvedFilter {
        let ids = |values: &[String], table: &Interned| {
            (!values.is_empty()).then(|| values.iter().filter_map(|v| table.id(v)).collect())
        };
        ResolvedFilter {
            kinds: (!filter.kinds.is_empty()).then(|| {
                let mut keep = [false; 4];
                for kind in &filter.kinds {
                    keep[kind.index()] = true;
                }
                keep
            }),
            countries: ids(&filter.countries, &tables.countries),
            sectors: ids(&filter.sectors, &tables.sectors),
            languages: ids(&filter.languages, &tables.languages),
            levels: (!filter.levels.is_empty()).then(|| filter.levels.clone()),
            years: filter.year_range.clone(),
        }
    }

    /// Which facets reject the document, as a mask of [`dim`] bits (0 = the document passes).
    pub fn failures(&self, tables: &FacetTables, doc: &DocFacets) -> u8 {
        let mut mask = 0;
        if self.kinds.is_some_and(|keep| !keep[doc.kind.index()]) {
            mask |= dim::KIND;
        }
        if self
            .countries
            .as_ref()
            .is_some_and(|want| !tables.countries(doc).iter().any(|c| want.contains(c)))
        {
            mask |= dim::COUNTRY;
        }
        if self
            .sectors
            .as_ref()
            .is_some_and(|want| !doc.sector.is_some_and(|s| want.contains(&s)))
        {
            mask |= dim::SECTOR;
        }
        if self
            .languages
            .as_ref()
            .is_some_and(|want| !tables.languages(doc).iter().any(|l| want.contains(l)))
        {
            mask |= dim::LANGUAGE;
        }
        if self
            .levels
            .as_ref()
            .is_some_and(|want| !doc.level.is_some_and(|l| want.contains(&l)))
        {
            mask |= dim::LEVEL;
        }
        if self
            .years
            .as_ref()
            .is_some_and(|range| !doc.year.is_some_and(|y| range.contains(&y)))
        {
            mask |= dim::YEAR;
        }
        mask
    }
}
