//! Per-country, per-year activity aggregated once from the records, so that any year's
//! cumulative figures are a lookup, whatever the size of the dataset.

use crate::core::data::dataset::{FIRST_YEAR, LAST_YEAR};
use crate::core::data::{Atlas, PlatformKind, StandardStatus};
use crate::core::fast_hash::FastMap;

/// Number of years the map can show (2015–2025).
pub const YEARS: usize = (LAST_YEAR - FIRST_YEAR + 1) as usize;

/// Counts of one country, either for one year or cumulative up to a year.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash)]
pub struct Metrics {
    /// Certifications carried out.
    pub certifications: u64,
    /// Foreign partner institutions (counted from their first partnership).
    pub partners: u64,
    /// "Chinese + Automobile" workshops opened.
    pub workshops: u64,
    /// International trainers trained.
    pub trainers: u64,
    /// Recognised skills standards published and recognised there.
    pub standards: u64,
    /// Overseas service stations opened.
    pub stations: u64,
    /// International professionals trained (flow towards Chongqing's programmes).
    pub trained: u64,
    /// Qualified professionals sent abroad (flow from Chongqing).
    pub sent_abroad: u64,
}

impl Metrics {
    fn add(&mut self, o: &Metrics) {
        self.certifications += o.certifications;
        self.partners += o.partners;
        self.workshops += o.workshops;
        self.trainers += o.trainers;
        self.standards += o.standards;
        self.stations += o.stations;
        self.trained += o.trained;
        self.sent_abroad += o.sent_abroad;
    }

    /// True when every count is zero.
    pub fn is_empty(&self) -> bool {
        *self == Metrics::default()
    }
}

/// One partner country's activity over the years.
#[derive(Clone, Debug, PartialEq)]
pub struct CountryActivity {
    /// ISO alpha-3 code.
    pub id: String,
    /// What happened in each year (index 0 = [`FIRST_YEAR`]).
    pub yearly: [Metrics; YEARS],
    /// Running totals: `cumulative[i]` covers every year up to index `i`.
    pub cumulative: [Metrics; YEARS],
    /// Year the first workshop opened, if any.
    pub workshop_since: Option<u16>,
}

impl CountryActivity {
    /// Totals up to and including `year` (clamped to the covered years).
    pub fn upto(&self, year: u16) -> Metrics {
        self.cumulative[year_index(year)]
    }

    /// Year the first workshop opened, if it had opened by `year`.
    pub fn workshop_since_by(&self, year: u16) -> Option<u16> {
        self.workshop_since.filter(|&y| y <= year)
    }
}

/// One country's figures for one year: what its mark, arcs and glyphs show.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct CountryYear {
    /// Totals up to the year.
    pub metrics: Metrics,
    /// Year the first workshop opened, if it had opened by the year.
    pub workshop_since: Option<u16>,
}

/// Everything the map needs over time, built once per dataset.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct ActivityModel {
    /// Partner countries, in the dataset's order.
    pub countries: Vec<CountryActivity>,
    /// Recognised standards published up to each year (network-wide, cumulative).
    pub standards_cumulative: [u64; YEARS],
    index: FastMap<String, usize>,
}

/// Index of `year` in the yearly arrays; years outside the range clamp to its ends.
pub fn year_index(year: u16) -> usize {
    usize::from(year.clamp(FIRST_YEAR, LAST_YEAR) - FIRST_YEAR)
}

impl ActivityModel {
    /// Aggregates every record of `atlas` by country and year. Records naming a country
    /// that is not a partner country (the hub's own, or an unknown id) are skipped.
    pub fn build(atlas: &Atlas) -> ActivityModel {
        // Fx hashing: SipHash over 130,000 lookups showed in the ×100 map's first draw.
        let index: FastMap<String, usize> = atlas
            .countries
            .iter()
            .enumerate()
            .map(|(i, c)| (c.id.clone(), i))
            .collect();
        let mut countries: Vec<CountryActivity> = atlas
            .countries
            .iter()
            .map(|c| CountryActivity {
                id: c.id.clone(),
                yearly: [Metrics::default(); YEARS],
                cumulative: [Metrics::default(); YEARS],
                workshop_since: None,
            })
            .collect();
        let mut at = |country: &str, year: u16, f: &mut dyn FnMut(&mut Metrics)| {
            if let Some(&i) = index.get(country) {
                f(&mut countries[i].yearly[year_index(year)]);
            }
        };
        for c in &atlas.certifications {
            at(&c.country, c.year, &mut |m| {
                m.certifications += u64::from(c.count)
            });
        }
        // A partner counts from the year of its first partnership; one with none counts
        // from the start, since the published total includes it.
        let mut first_since: FastMap<&str, u16> =
            FastMap::with_capacity_and_hasher(atlas.partners.len(), Default::default());
        for p in &atlas.partnerships {
            let e = first_since.entry(p.partner.as_str()).or_insert(p.since);
            *e = (*e).min(p.since);
        }
        for p in &atlas.partners {
            let year = first_since
                .get(p.id.as_str())
                .copied()
                .unwrap_or(FIRST_YEAR);
            at(&p.country, year, &mut |m| m.partners += 1);
        }
        for w in &atlas.workshops {
            at(&w.country, w.year, &mut |m| m.workshops += 1);
        }
        for t in &atlas.trainers {
            at(&t.country, t.year, &mut |m| m.trainers += 1);
        }
        let mut standards_yearly = [0u64; YEARS];
        for s in atlas
            .standards
            .iter()
            .filter(|s| s.status == StandardStatus::Recognised)
        {
            standards_yearly[year_index(s.year)] += 1;
            for c in &s.countries {
                at(c, s.year, &mut |m| m.standards += 1);
            }
        }
        for p in atlas
            .platforms
            .iter()
            .filter(|p| p.kind == PlatformKind::StationOverseas)
        {
            at(&p.country, p.year, &mut |m| m.stations += 1);
        }
        for f in &atlas.talent_flows {
            at(&f.country, f.year, &mut |m| {
                m.trained += u64::from(f.trained);
                m.sent_abroad += u64::from(f.sent_abroad);
            });
        }
        for w in &atlas.workshops {
            if let Some(&i) = index.get(w.country.as_str()) {
                let since = &mut countries[i].workshop_since;
                *since = Some(since.map_or(w.year, |s| s.min(w.year)));
            }
        }
        for c in &mut countries {
            let mut running = Metrics::default();
            for i in 0..YEARS {
                running.add(&c.yearly[i]);
                c.cumulative[i] = running;
            }
        }
        let mut standards_cumulative = [0u64; YEARS];
        let mut running = 0;
        for i in 0..YEARS {
            running += standards_yearly[i];
            standards_cumulative[i] = running;
        }
        ActivityModel {
            countries,
            standards_cumulative,
            index,
        }
    }

    /// The activity of country `id`, if it is a partner country.
    pub fn country(&self, id: &str) -> Option<&CountryActivity> {
        self.index.get(id).map(|&i| &self.countries[i])
    }

    /// The figures of every country in `ids` for `year`, in the order of `ids`, computed
    /// in one pass so the map looks each year up once rather than once per mark; an id
    /// that is not a partner country gets empty figures.
    pub fn year_stats<'a>(
        &self,
        ids: impl IntoIterator<Item = &'a str>,
        year: u16,
    ) -> Vec<CountryYear> {
        ids.into_iter()
            .map(|id| {
                self.country(id)
                    .map(|a| CountryYear {
                        metrics: a.upto(year),
                        workshop_since: a.workshop_since_by(year),
                    })
                    .unwrap_or_default()
            })
            .collect()
    }

    /// The network's totals up to `year`, summed over countries.
    pub fn totals(&self, year: u16) -> Metrics {
        let mut sum = Metrics::default();
        for c in &self.countries {
            sum.add(&c.upto(year));
        }
        sum
    }

    /// Number of countries where `pick` is positive up to `year`.
    pub fn countries_with(&self, year: u16, pick: impl Fn(&Metrics) -> u64) -> usize {
        self.countries
            .iter()
            .filter(|c| pick(&c.upto(year)) > 0)
            .count()
    }

    /// True when nothing at all had happened by `year`.
    pub fn is_empty_by(&self, year: u16) -> bool {
        self.countries.iter().all(|c| c.upto(year).is_empty())
    }
}
