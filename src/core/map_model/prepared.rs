//! Everything the map draws, prepared once per (world, dataset): projected shapes and arcs,
//! per-year activity, the choropleth's classes, the keyboard order and the scales. The app
//! builds it when the map view opens; the build's first-view step builds the same model to
//! write the static map into `index.html` (see [`crate::core::first_view`]).

use super::activity::{ActivityModel, CountryYear, Metrics};
use super::drawing_markup::{CountryLook, LookScales};
use super::find::CountryNames;
use super::geometry::MapGeometry;
use super::navigate::keyboard_order;
use crate::core::data::dataset::LAST_YEAR;
use crate::core::data::Atlas;
use crate::core::geo::{Bins, World};
use crate::core::lang::Lang;
use std::sync::Arc;

/// Computed once per (world, dataset): shapes, arcs, activity, bins, keyboard order.
pub struct MapModel {
    /// The dataset.
    pub atlas: Arc<Atlas>,
    /// Projected geometry.
    pub geometry: MapGeometry,
    /// Per-country, per-year activity.
    pub activity: ActivityModel,
    /// Choropleth classes, fixed over the years so a colour always means the same range.
    pub bins: Bins,
    /// Tab/arrow order over `geometry.countries` (indices).
    pub order: Vec<usize>,
    /// Names and codes for find-a-country.
    pub names: Vec<CountryNames>,
    /// Largest partner count of any country, for arc widths and circle sizes.
    pub max_partners: u64,
    /// Largest talent flow of any country, for flow arc widths.
    pub max_flow: u64,
}

impl MapModel {
    /// Builds everything the map draws from the world geometry and the dataset.
    pub fn build(world: &World, atlas: Arc<Atlas>) -> MapModel {
        let geometry = MapGeometry::build(world, &atlas);
        let activity = ActivityModel::build(&atlas);
        let latest: Vec<f64> = activity
            .countries
            .iter()
            .map(|c| c.upto(LAST_YEAR).certifications as f64)
            // A zero keeps a "0" class in every year, so early years never borrow the
            // lowest positive class.
            .chain(std::iter::once(0.0))
            .collect();
        let bins = Bins::nice(&latest, 6);
        let anchors: Vec<(f64, f64)> = geometry.countries.iter().map(|c| c.anchor).collect();
        let order = keyboard_order(&anchors);
        let names = atlas
            .countries
            .iter()
            .map(|c| CountryNames {
                id: c.id.clone(),
                names: vec![c.name.en.clone(), c.name.zh_hans.clone(), c.name.de.clone()],
            })
            .collect();
        let max_of = |f: &dyn Fn(&Metrics) -> u64| {
            activity
                .countries
                .iter()
                .map(|c| f(&c.upto(LAST_YEAR)))
                .max()
                .unwrap_or(0)
        };
        let max_partners = max_of(&|m| m.partners);
        let max_flow = max_of(&|m| m.trained.max(m.sent_abroad));
        MapModel {
            atlas,
            geometry,
            activity,
            bins,
            order,
            names,
            max_partners,
            max_flow,
        }
    }

    /// Index in `geometry.countries` of country `id`.
    pub fn index_of(&self, id: &str) -> Option<usize> {
        self.geometry.countries.iter().position(|c| c.id == id)
    }

    /// Every drawn country's figures in `year`, in `geometry.countries` order.
    pub fn year_stats(&self, year: u16) -> Vec<CountryYear> {
        let ids = self.geometry.countries.iter().map(|c| c.id.as_str());
        self.activity.year_stats(ids, year)
    }

    /// Country `i`'s look with figures `stats`, labelled in `lang`.
    pub fn look(&self, i: usize, stats: &CountryYear, lang: Lang) -> CountryLook {
        let shape = &self.geometry.countries[i];
        let scales = LookScales {
            bins: &self.bins,
            max_partners: self.max_partners,
            max_flow: self.max_flow,
        };
        let name = self.atlas.country_name(&shape.id, lang);
        CountryLook::new(shape, name, stats, lang, scales)
    }

    /// Every drawn country's look in `year`, labelled in `lang`.
    pub fn looks(&self, stats: &[CountryYear], lang: Lang) -> Vec<CountryLook> {
        stats
            .iter()
            .enumerate()
            .map(|(i, s)| self.look(i, s, lang))
            .collect()
    }
}
