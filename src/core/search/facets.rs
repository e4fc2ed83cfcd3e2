//! Facet values stored compactly in the index, and counted for each query.
//!
//! Counts follow the query and the *other* facets' filters but ignore the facet's own filter
//! ("disjunctive" facets): with Germany selected, the country list still shows how many matches
//! Thailand would add, instead of collapsing to one entry.

use crate::core::fast_hash::FastMap;

use super::document::{DocKind, Document};
use super::text::Text;

/// A set of string values, each given a small id in order of first appearance.
#[derive(Debug, Default)]
pub(crate) struct Interned {
    values: Vec<String>,
    ids: FastMap<String, u32>,
    /// The id of each value's [`Text::address`] met so far: documents share a value's
    /// text, so most are found by two numbers instead of by reading and hashing the string.
    addresses: FastMap<(usize, usize), u32>,
}

impl Interned {
    fn intern(&mut self, value: &Text) -> u32 {
        if let Some(&id) = self.addresses.get(&value.address()) {
            return id;
        }
        let id = match self.ids.get(value.as_str()) {
            Some(&id) => id,
            None => {
                let id = self.values.len() as u32;
                self.values.push(value.to_string());
                self.ids.insert(value.to_string(), id);
                id
            }
        };
        self.addresses.insert(value.address(), id);
        id
    }

    /// The id of a value, if any document has it.
    pub fn id(&self, value: &str) -> Option<u32> {
        self.ids.get(value).copied()
    }

    fn len(&self) -> usize {
        self.values.len()
    }
}

/// One document's facets, as ids. Its countries and languages are a run of
/// [`FacetTables::values`] (see [`FacetTables::countries`]), not two vectors of their own:
/// 64,000 allocations fewer at ×100, and one place to read while counting.
#[derive(Debug)]
pub(crate) struct DocFacets {
    pub kind: DocKind,
    start: u32,
    countries: u32,
    languages: u32,
    pub sector: Option<u32>,
    pub level: Option<u8>,
    pub year: Option<u16>,
}

/// Documents per call of [`FacetTables::add_block`].
pub(super) const FACET_BLOCK: usize = 256;

/// Every facet value in the index, and each document's values.
#[derive(Debug, Default)]
pub(crate) struct FacetTables {
    pub countries: Interned,
    pub sectors: Interned,
    pub languages: Interned,
    pub docs: Vec<DocFacets>,
    /// Each document's country ids, then its language ids, document after document.
    values: Vec<u32>,
    /// Smallest year of any document, so year counts fit in a short dense array.
    pub first_year: u16,
    /// Number of years from `first_year` to the last year of any document.
    pub year_span: usize,
}

impl FacetTables {
    /// Interns the facets of all documents.
    #[cfg(test)]
    pub fn build(docs: &[Document]) -> FacetTables {
        let mut tables = FacetTables::with_capacity(docs.len());
        for block in docs.chunks(FACET_BLOCK) {
            tables.add_block(block);
        }
        tables
    }

    /// No documents yet, with room for `docs`.
    pub fn with_capacity(docs: usize) -> FacetTables {
        FacetTables {
            docs: Vec::with_capacity(docs),
            values: Vec::with_capacity(docs * 3),
            ..FacetTables::default()
        }
    }

    /// Interns the facets of `docs`, the documents after those already added, in a call per
    /// block (see `reader::READ_BLOCK`) of at most [`FACET_BLOCK`].
    #[inline(never)]
    pub fn add_block(&mut self, docs: &[Document]) {
        for doc in docs {
            let facets = &doc.facets;
            let start = self.values.len() as u32;
            for c in &facets.country {
                let id = self.countries.intern(c);
                self.values.push(id);
            }
            for l in &facets.language {
                let id = self.languages.intern(l);
                self.values.push(id);
            }
            let entry = DocFacets {
                kind: doc.kind,
                start,
                countries: facets.country.len() as u32,
                languages: facets.language.len() as u32,
                sector: facets.sector.as_ref().map(|s| self.sectors.intern(s)),
                level: facets.level,
                year: facets.year,
            };
            self.docs.push(entry);
            if let Some(year) = facets.year {
                self.add_year(year);
            }
        }
    }

    /// Widens the year range to take in `year`.
    fn add_year(&mut self, year: u16) {
        if self.year_span == 0 {
            (self.first_year, self.year_span) = (year, 1);
            return;
        }
        let last = self.first_year + (self.year_span - 1) as u16;
        let (first, last) = (self.first_year.min(year), last.max(year));
        self.first_year = first;
        self.year_span = usize::from(last - first) + 1;
    }

    /// The country ids of `doc`.
    pub fn countries(&self, doc: &DocFacets) -> &[u32] {
        let start = doc.start as usize;
        &self.values[start..start + doc.countries as usize]
    }

    /// The language ids of `doc`.
    pub fn languages(&self, doc: &DocFacets) -> &[u32] {
        let start = (doc.start + doc.countries) as usize;
        &self.values[start..start + doc.languages as usize]
    }

    /// How many documents have each facet value, over the whole index: every value any
    /// document has, so a facet list can be built once and keep its rows while the counts
    /// of each query change.
    pub fn totals(&self) -> FacetCounts {
        let mut tally = FacetTally::new(self);
        for doc in &self.docs {
            tally.add(self, doc, 0);
        }
        tally.finish(self)
    }
}

/// How many matching documents have each facet value (values with no matches are left out).
/// Lists are sorted by value.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct FacetCounts {
    /// Matches per document kind.
    pub kinds: Vec<(DocKind, usize)>,
    /// Matches per country.
    pub countries: Vec<(String, usize)>,
    /// Matches per sector.
    pub sectors: Vec<(String, usize)>,
    /// Matches per language.
    pub languages: Vec<(String, usize)>,
    /// Matches per level.
    pub levels: Vec<(u8, usize)>,
    /// Matches per year.
    pub years: Vec<(u16, usize)>,
}

impl FacetCounts {
    /// The count of `value` in `list`, one of the value lists above (sorted by value), or 0
    /// when it has no matches.
    pub fn count(list: &[(String, usize)], value: &str) -> usize {
        list.binary_search_by(|(v, _)| v.as_str().cmp(value))
            .map_or(0, |at| list[at].1)
    }
}

/// Bits of a failure mask, one per facet, so facet counts can ignore a facet's own filter:
/// the filter says which facets reject a document, and [`FacetTally::add`] counts it only
/// for the others.
pub(crate) mod dim {
    pub const KIND: u8 = 1;
    pub const COUNTRY: u8 = 2;
    pub const SECTOR: u8 = 4;
    pub const LANGUAGE: u8 = 8;
    pub const LEVEL: u8 = 16;
    pub const YEAR: u8 = 32;
}

/// Running counts while the matches of one query are filtered. Dense arrays, not maps: this
/// runs for every match of every keystroke.
pub(crate) struct FacetTally {
    kinds: [usize; 4],
    countries: Vec<usize>,
    sectors: Vec<usize>,
    languages: Vec<usize>,
    levels: [usize; 256],
    first_year: u16,
    years: Vec<usize>,
}

impl FacetTally {
    /// Zero counts for every value in `tables`.
    pub fn new(tables: &FacetTables) -> FacetTally {
        FacetTally {
            kinds: [0; 4],
            countries: vec![0; tables.countries.len()],
            sectors: vec![0; tables.sectors.len()],
            languages: vec![0; tables.languages.len()],
            levels: [0; 256],
            first_year: tables.first_year,
            years: vec![0; tables.year_span],
        }
    }

    /// Counts one matching document that failed the filters in `failures` (a [`dim`] mask):
    /// it counts for a facet only if no *other* facet rejected it.
    pub fn add(&mut self, tables: &FacetTables, doc: &DocFacets, failures: u8) {
        let counts_for = |d: u8| failures & !d == 0;
        if counts_for(dim::KIND) {
            self.kinds[doc.kind.index()] += 1;
        }
        if counts_for(dim::COUNTRY) {
            for &c in tables.countries(doc) {
                self.countries[c as usize] += 1;
            }
        }
        if let (true, Some(s)) = (counts_for(dim::SECTOR), doc.sector) {
            self.sectors[s as usize] += 1;
        }
        if counts_for(dim::LANGUAGE) {
            for &l in tables.languages(doc) {
                self.languages[l as usize] += 1;
            }
        }
        if let (true, Some(level)) = (counts_for(dim::LEVEL), doc.level) {
            self.levels[usize::from(level)] += 1;
        }
        if let (true, Some(year)) = (counts_for(dim::YEAR), doc.year) {
            self.years[usize::from(year - self.first_year)] += 1;
        }
    }

    /// The final counts, with value names.
    pub fn finish(self, tables: &FacetTables) -> FacetCounts {
        let named = |counts: Vec<usize>, table: &Interned| {
            let mut list: Vec<(String, usize)> = counts
                .into_iter()
                .enumerate()
                .filter(|&(_, n)| n > 0)
                .map(|(id, n)| (table.values[id].clone(), n))
                .collect();
            list.sort();
            list
        };
        FacetCounts {
            kinds: DocKind::ALL
                .iter()
                .map(|&k| (k, self.kinds[k.index()]))
                .filter(|&(_, n)| n > 0)
                .collect(),
            countries: named(self.countries, &tables.countries),
            sectors: named(self.sectors, &tables.sectors),
            languages: named(self.languages, &tables.languages),
            levels: (0..=u8::MAX)
                .map(|level| (level, self.levels[usize::from(level)]))
                .filter(|&(_, n)| n > 0)
                .collect(),
            years: self
                .years
                .iter()
                .enumerate()
                .filter(|&(_, &n)| n > 0)
                .map(|(i, &n)| (self.first_year + i as u16, n))
                .collect(),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::core::search::Facets;

    fn doc(countries: &[&str], languages: &[&str]) -> Document {
        Document {
            id: String::new(),
            kind: DocKind::Partner,
            fields: Vec::new(),
            facets: Facets {
                country: countries.iter().map(|&c| c.into()).collect(),
                language: languages.iter().map(|&l| l.into()).collect(),
                ..Facets::default()
            },
        }
    }

    #[test]
    fn each_document_keeps_its_own_countries_and_languages() {
        let docs = [
            doc(&["DE", "CN"], &["de", "en", "zh-Hans"]),
            doc(&[], &["en"]),
            doc(&["TH"], &[]),
            doc(&[], &[]),
            doc(&["CN", "TH", "DE"], &["zh-Hans"]),
        ];
        let tables = FacetTables::build(&docs);
        let names = |ids: &[u32], table: &Interned| -> Vec<String> {
            ids.iter()
                .map(|&i| table.values[i as usize].clone())
                .collect()
        };
        for (d, doc) in docs.iter().enumerate() {
            let facets = &tables.docs[d];
            assert_eq!(
                names(tables.countries(facets), &tables.countries),
                doc.facets.country,
                "document {d}"
            );
            assert_eq!(
                names(tables.languages(facets), &tables.languages),
                doc.facets.language,
                "document {d}"
            );
        }
    }
}
