//! The deterministic generator of the illustrative dataset: the same seed and scale
//! always give byte-identical JSON, whose totals match the published key figures.
//!
//! `scale` N > 1 writes a synthetic stress variant: ≈×N partners, trainers, standards,
//! certifications and talent flows, with the matching key figures scaled so it validates.
//! The set of countries never changes (the world is the world), nor does the shape: each
//! country's share of the records is its ×1 share (see [`shape`]).

mod certifications_flows;
mod figures_table;
mod institutions;
mod meta;
mod partners;
mod platforms;
pub mod rng;
pub mod shape;
mod standards;
mod trainers;

pub use shape::apportion;
pub use standards::SECTORS;

use crate::core::data::countries::{CountryRef, COUNTRIES};
use crate::core::data::dataset::{Atlas, Country, SCHEMA_VERSION};
use crate::core::data::I18nText;
use rng::SplitMix64;

/// Seed of the committed `public/data/atlas.json`.
pub const DEFAULT_SEED: u64 = 0x5EED_2026_0122;

/// Builds the dataset for `seed` at ×`scale` (`scale` ≥ 1; 0 is treated as 1).
pub fn generate(seed: u64, scale: u32) -> Atlas {
    let scale = scale.max(1);
    let n = scale as usize;
    let mut rng = SplitMix64::new(seed);
    let countries: Vec<Country> = COUNTRIES
        .iter()
        .map(|c| Country {
            id: c.id.into(),
            numeric: c.numeric.into(),
            name: I18nText::new(c.name[0], c.name[1], c.name[2]),
            region: c.region.into(),
            belt_and_road: c.belt_and_road,
            lat: c.lat,
            lon: c.lon,
        })
        .collect();
    // Everything that shapes the records comes from its own stream, drawn before anything
    // whose size depends on `scale`: so ×N has the same strong countries, join years and
    // talent-flow rows as ×1, with every count N times as large.
    let mut shape_rng = SplitMix64::new(rng.next_u64());
    let ranking = shape::Ranking::new(&mut shape_rng);
    // Certifications happen in the strongest countries, which include every one with an
    // overseas station (the ranking puts those first).
    let strongest = &ranking.countries()[..certifications_flows::CERT_COUNTRIES];
    let mut cert_countries: Vec<&'static str> = strongest.iter().map(|c| c.id).collect();
    cert_countries.sort_unstable();
    let everywhere = |_: &CountryRef| true;
    let partner_order = ranking.nudged(&mut shape_rng, everywhere);
    let trainer_order = ranking.nudged(&mut shape_rng, everywhere);
    let cert_order = ranking.nudged(&mut shape_rng, |c| cert_countries.contains(&c.id));
    let cert_joins = certifications_flows::join_years(&mut shape_rng, cert_order.len());
    let flow_order = ranking.nudged(&mut shape_rng, everywhere);
    let talent_flows = certifications_flows::talent_flows(&mut shape_rng, scale, &flow_order);

    let platforms = platforms::platforms(&mut rng);
    let institutions = institutions::institutions(&mut rng);
    let partners = partners::partners(&mut rng, &partner_order, n);
    let partnerships = partners::partnerships(&mut rng, &institutions, &partners);
    let workshops = partners::workshops(&mut rng, &partner_order, &partners);
    let standards = standards::standards(&mut rng, scale, &cert_countries);
    let trainers = trainers::trainers(&mut rng, n, &trainer_order, &institutions, &standards);
    let certifications = certifications_flows::certifications(
        &mut rng,
        scale,
        (&cert_order, &cert_joins),
        &standards,
    );
    Atlas {
        schema_version: SCHEMA_VERSION,
        meta: meta::meta(seed, scale),
        key_figures: figures_table::key_figures(scale),
        hub: meta::hub(),
        countries,
        platforms,
        institutions,
        partners,
        partnerships,
        workshops,
        standards,
        trainers,
        certifications,
        talent_flows,
    }
}

/// The file text: minified JSON in the model's field order, with a final newline.
pub fn to_json(atlas: &Atlas) -> String {
    let mut text = serde_json::to_string(atlas).expect("the model always serialises");
    text.push('\n');
    text
}

/// [`generate`] then [`to_json`].
pub fn generate_json(seed: u64, scale: u32) -> String {
    to_json(&generate(seed, scale))
}
