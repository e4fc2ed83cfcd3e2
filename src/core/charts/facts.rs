//! The dataset counted once per country, region, sector and year ("aggregate first"), so
//! a change of year or selection re-reads a few hundred sums instead of every record —
//! which keeps redraws cheap on the ×100 dataset too.

use std::collections::{BTreeMap, HashMap};

use crate::core::data::dataset::{FIRST_YEAR, LAST_YEAR};
use crate::core::data::{Atlas, I18nText, StandardStatus};
use crate::core::fast_hash::FastMap;

/// Counts per year.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct YearCounts(pub BTreeMap<u16, u64>);

impl YearCounts {
    /// Adds `n` to `year`.
    pub fn add(&mut self, year: u16, n: u64) {
        *self.0.entry(year).or_default() += n;
    }

    /// The count in `year` alone.
    pub fn at(&self, year: u16) -> u64 {
        self.0.get(&year).copied().unwrap_or(0)
    }

    /// The sum of all years up to and including `year`.
    pub fn through(&self, year: u16) -> u64 {
        self.0.range(..=year).map(|(_, n)| n).sum()
    }

    /// The sum over all years.
    pub fn total(&self) -> u64 {
        self.0.values().sum()
    }
}

/// A standard, as the recognition matrix needs it.
#[derive(Clone, Debug, PartialEq)]
pub struct StandardFact {
    /// Its code.
    pub code: String,
    /// Occupation title.
    pub title: I18nText,
    /// Year published.
    pub year: u16,
    /// Countries recognising it.
    pub countries: Vec<String>,
}

/// Everything the charts count, computed once per dataset.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Facts {
    /// First year shown on time axes.
    pub first_year: u16,
    /// Last year with records (the "latest" year).
    pub last_year: u16,
    /// Certifications per country and year.
    pub certifications: BTreeMap<String, YearCounts>,
    /// Certifications per year, all countries.
    pub certifications_per_year: YearCounts,
    /// Trainers per year trained.
    pub trainers_per_year: YearCounts,
    /// Workshops per year opened.
    pub workshops_per_year: YearCounts,
    /// Partners per year of their first partnership.
    pub partners_per_year: YearCounts,
    /// Recognised standards per year published.
    pub new_standards_per_year: YearCounts,
    /// Per sector: (recognised, in development) standards per year published.
    pub sectors: BTreeMap<String, (YearCounts, YearCounts)>,
    /// Recognised standards, for the matrix.
    pub standards: Vec<StandardFact>,
    /// Partnerships per (partner region, field) and starting year.
    pub partnerships: BTreeMap<(String, String), YearCounts>,
    /// Per region: (trained, sent abroad) per year.
    pub talent: BTreeMap<String, (YearCounts, YearCounts)>,
    /// Region of each country.
    pub regions: HashMap<String, String>,
}

impl Facts {
    /// A year as a link gives it (`None`: the latest), brought within the years that have
    /// records, so a chart never says "through 1900" nor names its file after it.
    pub fn clamp_year(&self, year: Option<u16>) -> Option<u16> {
        year.map(|y| y.clamp(self.first_year, self.last_year))
    }

    /// Counts `atlas` once.
    pub fn new(atlas: &Atlas) -> Facts {
        let mut f = Facts {
            first_year: FIRST_YEAR,
            last_year: LAST_YEAR,
            ..Facts::default()
        };
        f.regions = atlas
            .countries
            .iter()
            .map(|c| (c.id.clone(), c.region.clone()))
            .collect();
        let region_of = |regions: &HashMap<String, String>, id: &str| {
            regions
                .get(id)
                .cloned()
                .unwrap_or_else(|| "other".to_string())
        };
        for c in &atlas.certifications {
            let n = u64::from(c.count);
            f.certifications
                .entry(c.country.to_string())
                .or_default()
                .add(c.year, n);
            f.certifications_per_year.add(c.year, n);
        }
        for t in &atlas.trainers {
            f.trainers_per_year.add(t.year, 1);
        }
        for w in &atlas.workshops {
            f.workshops_per_year.add(w.year, 1);
        }
        let mut first_partnership: FastMap<&str, u16> =
            FastMap::with_capacity_and_hasher(atlas.partners.len(), Default::default());
        let partner_country: FastMap<&str, &str> = atlas
            .partners
            .iter()
            .map(|p| (p.id.as_str(), p.country.as_str()))
            .collect();
        for p in &atlas.partnerships {
            let first = first_partnership
                .entry(p.partner.as_str())
                .or_insert(p.since);
            *first = (*first).min(p.since);
            let region = partner_country
                .get(p.partner.as_str())
                .map(|c| region_of(&f.regions, c))
                .unwrap_or_else(|| "other".to_string());
            for field in &p.fields {
                f.partnerships
                    .entry((region.clone(), field.to_string()))
                    .or_default()
                    .add(p.since, 1);
            }
        }
        for p in &atlas.partners {
            // A partner without a partnership still counts, in the first year.
            let year = first_partnership
                .get(p.id.as_str())
                .copied()
                .unwrap_or(FIRST_YEAR);
            f.partners_per_year.add(year, 1);
        }
        for s in &atlas.standards {
            let entry = f.sectors.entry(s.sector.to_string()).or_default();
            if s.status == StandardStatus::Recognised {
                entry.0.add(s.year, 1);
                f.new_standards_per_year.add(s.year, 1);
                f.standards.push(StandardFact {
                    code: s.code.to_string(),
                    title: s.title.clone(),
                    year: s.year,
                    countries: s.countries.iter().map(|c| c.to_string()).collect(),
                });
            } else {
                entry.1.add(s.year, 1);
            }
        }
        for t in &atlas.talent_flows {
            let entry = f
                .talent
                .entry(region_of(&f.regions, &t.country))
                .or_default();
            entry.0.add(t.year, u64::from(t.trained));
            entry.1.add(t.year, u64::from(t.sent_abroad));
        }
        let max_year = [
            &f.certifications_per_year,
            &f.trainers_per_year,
            &f.workshops_per_year,
        ]
        .iter()
        .filter_map(|c| c.0.keys().next_back().copied())
        .max();
        f.last_year = max_year.map_or(LAST_YEAR, |y| y.max(LAST_YEAR));
        f
    }
}
