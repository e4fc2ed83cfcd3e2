//! Recomputes the published key figures from the records, so the atlas can show that
//! its illustrative entries add up to what was published.

use crate::core::fast_hash::FastSet;

use super::dataset::Atlas;
use super::vocabularies::{PlatformKind, Qualifier, StandardStatus};

/// How far below its published value an "almost" figure may be, as a fraction:
/// "almost 200" accepts 190..=199.
pub const ALMOST_TOLERANCE: f64 = 0.05;

/// Whether `actual` honours a published figure: `exactly` means equal, `more_than` means
/// strictly greater, `almost` means below but within [`ALMOST_TOLERANCE`].
pub fn check_qualifier(qualifier: Qualifier, published: f64, actual: f64) -> bool {
    match qualifier {
        Qualifier::Exactly => actual == published,
        Qualifier::MoreThan => actual > published,
        Qualifier::Almost => actual < published && actual >= published * (1.0 - ALMOST_TOLERANCE),
    }
}

/// Every achievement figure of FACTS.md recomputed from the records, as
/// `(figure id, value)`, in FACTS.md order. Targets are plans and cannot be recomputed.
pub fn recompute(atlas: &Atlas) -> Vec<(String, f64)> {
    let platforms = |kind: PlatformKind| atlas.platforms.iter().filter(|p| p.kind == kind).count();
    let recognised = atlas
        .standards
        .iter()
        .filter(|s| s.status == StandardStatus::Recognised)
        .count();
    let certifications: u64 = atlas
        .certifications
        .iter()
        .map(|c| u64::from(c.count))
        .sum();
    let cert_countries: FastSet<&str> = atlas
        .certifications
        .iter()
        .filter(|c| c.count > 0)
        .map(|c| c.country.as_str())
        .collect();
    let workshop_countries: FastSet<&str> =
        atlas.workshops.iter().map(|w| w.country.as_str()).collect();
    let trained: u64 = atlas
        .talent_flows
        .iter()
        .map(|t| u64::from(t.trained))
        .sum();
    let abroad: u64 = atlas
        .talent_flows
        .iter()
        .map(|t| u64::from(t.sent_abroad))
        .sum();
    let rows: [(&str, f64); 15] = [
        (
            "certification_center",
            platforms(PlatformKind::CertificationCenter) as f64,
        ),
        (
            "training_centers",
            platforms(PlatformKind::TrainingCenter) as f64,
        ),
        (
            "exchange_center",
            platforms(PlatformKind::ExchangeCenter) as f64,
        ),
        (
            "stations_external",
            platforms(PlatformKind::StationExternal) as f64,
        ),
        (
            "stations_overseas",
            platforms(PlatformKind::StationOverseas) as f64,
        ),
        ("standards_mutual", recognised as f64),
        ("trainers_trained", atlas.trainers.len() as f64),
        ("certifications", certifications as f64),
        ("certification_countries", cert_countries.len() as f64),
        (
            "cooperation_countries",
            cooperation_countries(atlas).len() as f64,
        ),
        ("auto_workshop_countries", workshop_countries.len() as f64),
        ("cq_institutions", atlas.institutions.len() as f64),
        ("foreign_partners", atlas.partners.len() as f64),
        ("professionals_trained", trained as f64),
        ("professionals_abroad", abroad as f64),
    ];
    rows.iter().map(|(id, v)| (id.to_string(), *v)).collect()
}

/// Countries with at least one cooperation tie of any kind (partner, workshop, station,
/// certification, trainer, talent flow); the hub's own country never counts.
pub fn cooperation_countries(atlas: &Atlas) -> FastSet<&str> {
    let overseas = atlas
        .platforms
        .iter()
        .filter(|p| p.kind == PlatformKind::StationOverseas);
    let ids = atlas
        .partners
        .iter()
        .map(|p| p.country.as_str())
        .chain(atlas.workshops.iter().map(|w| w.country.as_str()))
        .chain(overseas.map(|p| p.country.as_str()))
        .chain(atlas.certifications.iter().map(|c| c.country.as_str()))
        .chain(atlas.trainers.iter().map(|t| t.country.as_str()))
        .chain(atlas.talent_flows.iter().map(|t| t.country.as_str()));
    ids.filter(|id| !id.is_empty() && *id != atlas.hub.country)
        .collect()
}
