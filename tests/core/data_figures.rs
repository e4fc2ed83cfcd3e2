//! The committed dataset loads cleanly and its records add up to every published figure.

use std::collections::{BTreeSet, HashMap};

use skills_atlas::core::data::{
    check_qualifier, load_bytes, recompute, Atlas, FigureKind, LoadOutcome, PlatformKind, Qualifier,
};

fn committed() -> Atlas {
    let path = concat!(env!("CARGO_MANIFEST_DIR"), "/public/data/atlas.json");
    let bytes = std::fs::read(path).expect("public/data/atlas.json is committed");
    match load_bytes(&bytes) {
        LoadOutcome::Loaded {
            atlas, warnings, ..
        } => {
            assert!(warnings.is_empty(), "unexpected warnings: {warnings:#?}");
            atlas
        }
        LoadOutcome::Failed { problems, .. } => {
            panic!("committed atlas fails to load: {problems:#?}")
        }
    }
}

fn figures(atlas: &Atlas) -> HashMap<String, f64> {
    recompute(atlas).into_iter().collect()
}

#[test]
fn every_fact_is_recomputed_and_honours_its_qualifier() {
    let atlas = committed();
    let actual = figures(&atlas);
    // (id, published, qualifier) exactly as in FACTS.md.
    let facts = [
        ("certification_center", 1.0, Qualifier::Exactly),
        ("training_centers", 4.0, Qualifier::Exactly),
        ("exchange_center", 1.0, Qualifier::Exactly),
        ("stations_external", 27.0, Qualifier::Exactly),
        ("stations_overseas", 6.0, Qualifier::Exactly),
        ("standards_mutual", 30.0, Qualifier::MoreThan),
        ("trainers_trained", 200.0, Qualifier::Almost),
        ("certifications", 500.0, Qualifier::MoreThan),
        ("certification_countries", 47.0, Qualifier::Exactly),
        ("cooperation_countries", 40.0, Qualifier::MoreThan),
        ("auto_workshop_countries", 30.0, Qualifier::MoreThan),
        ("cq_institutions", 77.0, Qualifier::Exactly),
        ("foreign_partners", 211.0, Qualifier::Exactly),
        ("professionals_trained", 10000.0, Qualifier::MoreThan),
        ("professionals_abroad", 6000.0, Qualifier::MoreThan),
    ];
    assert_eq!(
        actual.len(),
        facts.len(),
        "recompute covers exactly the FACTS.md achievements"
    );
    for (id, published, qualifier) in facts {
        let value = actual[id];
        assert!(
            check_qualifier(qualifier, published, value),
            "{id}: {value} is not {qualifier:?} {published}"
        );
        let figure = atlas
            .key_figure(id)
            .unwrap_or_else(|| panic!("key figure {id} missing"));
        assert_eq!(
            (figure.value, figure.qualifier, figure.kind),
            (Some(published), qualifier, FigureKind::Achievement),
            "{id}"
        );
    }
}

#[test]
fn concrete_counts_match_the_brief() {
    let atlas = committed();
    let f = figures(&atlas);
    assert_eq!(f["certification_countries"], 47.0);
    assert!(f["certifications"] > 500.0);
    assert_eq!(atlas.partners.len(), 211);
    assert_eq!(atlas.institutions.len(), 77);
    let kinds = |k: PlatformKind| atlas.platforms.iter().filter(|p| p.kind == k).count();
    assert_eq!(
        (
            kinds(PlatformKind::StationExternal),
            kinds(PlatformKind::StationOverseas)
        ),
        (27, 6)
    );
    assert_eq!(kinds(PlatformKind::TrainingCenter), 4);
    assert!((190..200).contains(&atlas.trainers.len()));
    assert!(f["standards_mutual"] > 30.0);
    assert!(
        atlas.standards.len() as f64 > f["standards_mutual"],
        "some standards are still in development"
    );
    assert!(f["cooperation_countries"] > 40.0);
    assert!(f["auto_workshop_countries"] > 30.0);
    assert!(f["professionals_trained"] > 10_000.0 && f["professionals_abroad"] > 6_000.0);
}

#[test]
fn targets_are_targets_never_achievements() {
    let atlas = committed();
    for id in [
        "target_certified_per_year",
        "target_new_occupations_per_year",
        "target_observatory",
        "target_fields",
        "target_competitions",
    ] {
        let f = atlas
            .key_figure(id)
            .unwrap_or_else(|| panic!("{id} missing"));
        assert_eq!(f.kind, FigureKind::Target, "{id}");
    }
    assert!(atlas.key_figure("target_fields").unwrap().value.is_none());
    assert!(atlas
        .key_figure("target_competitions")
        .unwrap()
        .value
        .is_none());
    assert!(
        atlas
            .key_figure("target_certified_per_year")
            .unwrap()
            .per_year
    );
}

#[test]
fn countries_match_world_atlas_ids_and_cover_every_reference() {
    let atlas = committed();
    assert!(
        atlas.countries.len() > 40 && atlas.country("CHN").is_none(),
        "China is the hub, not a partner"
    );
    let cert: BTreeSet<&str> = atlas
        .certifications
        .iter()
        .map(|c| c.country.as_str())
        .collect();
    assert!(cert.iter().all(|c| atlas.country(c).is_some()));
    for small in ["SGP", "BHR"] {
        assert!(
            atlas.country(small).is_some(),
            "{small} must be listed with a point"
        );
    }
    // Ids used by world-atlas countries-110m.json, the source of the map's geometry (npm
    // package `world-atlas`, pinned in package-lock.json).
    let world = concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/node_modules/world-atlas/countries-110m.json"
    );
    let text = std::fs::read_to_string(world).unwrap_or_else(|e| {
        panic!(
            "{world} cannot be read ({e}): this test needs the npm packages; \
             run `npm ci` (or `./atlas setup`) first"
        )
    });
    let v: serde_json::Value = serde_json::from_str(&text).unwrap();
    let ids: BTreeSet<&str> = v["objects"]["countries"]["geometries"]
        .as_array()
        .unwrap()
        .iter()
        .filter_map(|g| g["id"].as_str())
        .collect();
    assert!(ids.len() > 150, "{} country ids in {world}", ids.len());
    for c in &atlas.countries {
        let micro = ["SGP", "BHR", "MDV"].contains(&c.id.as_str());
        assert_eq!(
            ids.contains(c.numeric.as_str()),
            !micro,
            "{} numeric {}",
            c.id,
            c.numeric
        );
    }
}

#[test]
fn every_institution_and_partner_has_a_partnership_and_workshops_are_hosted_locally() {
    let atlas = committed();
    let inst: BTreeSet<&str> = atlas
        .partnerships
        .iter()
        .map(|p| p.institution.as_str())
        .collect();
    let part: BTreeSet<&str> = atlas
        .partnerships
        .iter()
        .map(|p| p.partner.as_str())
        .collect();
    assert_eq!(inst.len(), 77);
    assert_eq!(part.len(), 211);
    for w in &atlas.workshops {
        let host = atlas.partners.iter().find(|p| p.id == w.partner).unwrap();
        assert_eq!(host.country, w.country, "{}", w.id);
        assert!(
            atlas.country(&w.country).unwrap().belt_and_road,
            "{} is a Belt and Road workshop",
            w.id
        );
    }
    assert_eq!(atlas.meta.scale, 1);
    assert!(atlas.meta.illustrative);
}

#[test]
fn qualifier_edges() {
    assert!(check_qualifier(Qualifier::Exactly, 47.0, 47.0));
    assert!(!check_qualifier(Qualifier::Exactly, 47.0, 48.0));
    assert!(!check_qualifier(Qualifier::MoreThan, 500.0, 500.0));
    assert!(check_qualifier(Qualifier::MoreThan, 500.0, 501.0));
    assert!(!check_qualifier(Qualifier::Almost, 200.0, 200.0));
    assert!(check_qualifier(Qualifier::Almost, 200.0, 190.0));
    assert!(!check_qualifier(Qualifier::Almost, 200.0, 189.0));
}
