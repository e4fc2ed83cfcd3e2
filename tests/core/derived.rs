//! The data the views derive from a dataset is built once per dataset, on first use: a
//! second view asking gets the same model, and a new dataset gets its own.

use skills_atlas::core::atlas_search::SearchCorpus;
use skills_atlas::core::data::generate::{generate, DEFAULT_SEED};
use skills_atlas::core::derived::Derived;
use skills_atlas::core::geo::World;
use std::cell::Cell;
use std::sync::Arc;

#[test]
fn each_model_is_built_once_and_shared() {
    let derived = Derived::new(Arc::new(generate(DEFAULT_SEED, 1)));
    let world = World::from_json(include_str!("../../public/data/world-110m.json")).unwrap();
    assert!(derived.built_search_corpus().is_none());
    let first = derived.search_corpus();
    let second = derived.search_corpus();
    assert!(Arc::ptr_eq(&first, &second));
    assert!(Arc::ptr_eq(&first, &derived.built_search_corpus().unwrap()));
    // Built at once, so there is no build in slices left to start.
    assert!(!derived.start_search_corpus());

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
    let small = Derived::new(Arc::new(generate(DEFAULT_SEED, 1)));
    let other = Derived::new(Arc::new(generate(DEFAULT_SEED + 1, 1)));
    // One build in slices under way while the other dataset's index is built.
    assert!(small.start_search_corpus());
    assert!(small.build_search_corpus(&mut || true).is_none());
    let b = other.search_corpus();
    let a = small.search_corpus();
    assert!(!Arc::ptr_eq(&a, &b));
    let ids = |c: &SearchCorpus| -> Vec<String> {
        c.index.documents().iter().map(|d| d.id.clone()).collect()
    };
    assert_eq!(ids(&a), ids(&SearchCorpus::build(small.atlas())));
    assert_eq!(ids(&b), ids(&SearchCorpus::build(other.atlas())));
}

#[test]
fn a_build_in_slices_is_one_build_however_many_callers_advance_it() {
    let derived = Derived::new(Arc::new(generate(DEFAULT_SEED, 1)));
    assert!(derived.start_search_corpus());
    assert!(!derived.start_search_corpus(), "started once");
    // Two callers (the prebuild and an opened view) take turns, one unit each: together
    // they take as many units as one caller alone, so neither started a build of its own.
    let mut units = [0, 0];
    let corpus = (0..)
        .find_map(|turn: usize| {
            derived.build_search_corpus(&mut || {
                units[turn % 2] += 1;
                true
            })
        })
        .unwrap();
    assert!(units[0] > 0 && units[1] > 0, "{units:?}");
    let units = units[0] + units[1];
    let alone = Derived::new(derived.atlas().clone());
    let mut units_alone = 0;
    while alone
        .build_search_corpus(&mut || {
            units_alone += 1;
            true
        })
        .is_none()
    {}
    assert_eq!(units, units_alone);
    assert!(units > 10, "{units} units");
    // Built: every caller now gets the same corpus at once, without a unit of work.
    let mut asked = false;
    let again = derived.build_search_corpus(&mut || {
        asked = true;
        true
    });
    assert!(Arc::ptr_eq(&corpus, &again.unwrap()) && !asked);
    assert!(Arc::ptr_eq(&corpus, &derived.search_corpus()));
    assert!(!derived.start_search_corpus());
}

#[test]
fn a_build_left_in_slices_is_finished_by_a_caller_that_needs_it_at_once() {
    let derived = Derived::new(Arc::new(generate(DEFAULT_SEED, 1)));
    assert!(derived.start_search_corpus());
    for _ in 0..5 {
        assert!(derived.build_search_corpus(&mut || true).is_none());
    }
    let corpus = derived.search_corpus();
    assert_eq!(
        corpus.index.stats(),
        SearchCorpus::build(derived.atlas()).index.stats()
    );
}
