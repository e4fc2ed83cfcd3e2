//! The data the views derive from a dataset is built once per dataset, on first use: a
//! second view asking gets the same model, and a new dataset gets its own.

use skills_atlas::core::data::generate::{generate, DEFAULT_SEED};
use skills_atlas::core::derived::Derived;
use skills_atlas::core::geo::World;
use std::cell::Cell;
use std::sync::Arc;

#[test]
fn each_model_is_built_once_and_shared() {
    let derived = Derived::new(Arc::new(generate(DEFAULT_SEED, 1)));
    let world = World::from_json(include_str!("../../public/data/world-110m.json")).unwrap();
    let builds = Cell::new(0);
    let counted = |build: &dyn Fn() -> _| {
        builds.set(builds.get() + 1);
        build()
    };
    assert!(!derived.has_search_corpus());
    let first = derived.search_corpus(&counted);
    let second = derived.search_corpus(&counted);
    assert!(Arc::ptr_eq(&first, &second));
    assert_eq!(builds.get(), 1);
    assert!(derived.has_search_corpus());

    let map_builds = Cell::new(0);
    let counted_map = |build: &dyn Fn() -> _| {
        map_builds.set(map_builds.get() + 1);
        build()
    };
    let a = derived.map_model(&world, &counted_map);
    let b = derived.map_model(&world, &counted_map);
    assert!(Arc::ptr_eq(&a, &b));
    assert_eq!(map_builds.get(), 1);
    assert!(a.geometry.countries.len() >= 40);

    assert!(Arc::ptr_eq(&derived.facts(), &derived.facts()));
}

#[test]
fn a_new_dataset_gets_its_own_index() {
    let direct = |build: &dyn Fn() -> _| build();
    let small = Derived::new(Arc::new(generate(DEFAULT_SEED, 1)));
    let other = Derived::new(Arc::new(generate(DEFAULT_SEED + 1, 1)));
    let a = small.search_corpus(&direct);
    let b = other.search_corpus(&direct);
    assert!(!Arc::ptr_eq(&a, &b));
}
