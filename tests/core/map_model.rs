//! The map's pure model: aggregation per country and year, geometry placement, colour
//! bins, keyboard order, find-a-country and table sorting.

use skills_atlas::core::data::dataset::{FIRST_YEAR, LAST_YEAR};
use skills_atlas::core::data::generate::{generate, DEFAULT_SEED};
use skills_atlas::core::data::{recompute, Atlas, Certification, StandardStatus, TalentFlow};
use skills_atlas::core::geo::{Bins, World};
use skills_atlas::core::lang::Lang;
use skills_atlas::core::list_keys::ListMove;
use skills_atlas::core::map_model::*;

fn atlas() -> Atlas {
    generate(DEFAULT_SEED, 1)
}

fn world() -> World {
    World::from_json(include_str!("../../public/data/world-110m.json")).expect("world")
}

fn published(atlas: &Atlas, id: &str) -> f64 {
    recompute(atlas)
        .into_iter()
        .find(|(k, _)| k == id)
        .map(|(_, v)| v)
        .unwrap()
}

#[test]
fn totals_at_the_last_year_match_the_recomputed_key_figures() {
    let a = atlas();
    let m = ActivityModel::build(&a);
    let t = m.totals(LAST_YEAR);
    assert_eq!(t.certifications as f64, published(&a, "certifications"));
    assert_eq!(t.partners as f64, published(&a, "foreign_partners"));
    assert_eq!(t.trainers as f64, published(&a, "trainers_trained"));
    assert_eq!(t.trained as f64, published(&a, "professionals_trained"));
    assert_eq!(t.sent_abroad as f64, published(&a, "professionals_abroad"));
    assert_eq!(t.stations as f64, published(&a, "stations_overseas"));
    assert_eq!(
        m.countries_with(LAST_YEAR, |x| x.certifications) as f64,
        published(&a, "certification_countries")
    );
    assert_eq!(
        m.countries_with(LAST_YEAR, |x| x.workshops) as f64,
        published(&a, "auto_workshop_countries")
    );
    assert_eq!(
        m.standards_cumulative[YEARS - 1] as f64,
        published(&a, "standards_mutual")
    );
}

#[test]
fn certifications_are_cumulative_to_the_year() {
    let a = atlas();
    let m = ActivityModel::build(&a);
    for c in &m.countries {
        for year in FIRST_YEAR..=LAST_YEAR {
            let expected: u64 = a
                .certifications
                .iter()
                .filter(|x| x.country == c.id && x.year <= year)
                .map(|x| u64::from(x.count))
                .sum();
            assert_eq!(c.upto(year).certifications, expected, "{} {year}", c.id);
        }
    }
    // Monotone: the network only grows.
    for y in FIRST_YEAR..LAST_YEAR {
        let (a0, a1) = (m.totals(y), m.totals(y + 1));
        assert!(a0.certifications <= a1.certifications && a0.partners <= a1.partners);
    }
}

#[test]
fn per_country_workshops_trainers_standards_and_flows() {
    let a = atlas();
    let m = ActivityModel::build(&a);
    let id = &a.workshops[0].country;
    let c = m.country(id).unwrap();
    let first = a
        .workshops
        .iter()
        .filter(|w| w.country == id)
        .map(|w| w.year)
        .min();
    assert_eq!(c.workshop_since, first);
    assert_eq!(c.workshop_since_by(first.unwrap() - 1), None);
    let trainers = a.trainers.iter().filter(|t| t.country == id).count() as u64;
    assert_eq!(c.upto(LAST_YEAR).trainers, trainers);
    let standards = a
        .standards
        .iter()
        .filter(|s| s.status == StandardStatus::Recognised && s.countries.contains(id))
        .count() as u64;
    assert_eq!(c.upto(LAST_YEAR).standards, standards);
    let trained: u64 = a
        .talent_flows
        .iter()
        .filter(|t| t.country == id)
        .map(|t| u64::from(t.trained))
        .sum();
    assert_eq!(c.upto(LAST_YEAR).trained, trained);
}

#[test]
fn partners_count_from_their_first_partnership() {
    let mut a = atlas();
    let p = a.partners[0].clone();
    a.partnerships.retain(|s| s.partner != p.id);
    a.partnerships[0].partner = p.id.clone();
    a.partnerships[0].since = 2020;
    let extra = a.partnerships[0].clone();
    let mut later = extra.clone();
    later.since = 2023;
    a.partnerships.push(later);
    let m = ActivityModel::build(&a);
    let c = m.country(&p.country).unwrap();
    assert!(c.yearly[2020 - FIRST_YEAR as usize].partners >= 1);
    // Counted once, not once per partnership.
    assert_eq!(
        c.upto(LAST_YEAR).partners,
        a.partners.iter().filter(|x| x.country == p.country).count() as u64
    );
}

#[test]
fn zero_values_unknown_countries_and_out_of_range_years_do_not_break_aggregation() {
    let mut a = atlas();
    a.certifications.push(Certification {
        country: "XXX".into(),
        year: 2019,
        standard: "S".into(),
        count: 99,
    });
    a.certifications.push(Certification {
        country: "KEN".into(),
        year: 2030,
        standard: "S".into(),
        count: 0,
    });
    a.talent_flows.push(TalentFlow {
        country: "CHN".into(),
        year: 1990,
        trained: 5,
        sent_abroad: 5,
    });
    let m = ActivityModel::build(&a);
    assert!(m.country("XXX").is_none());
    assert_eq!(
        m.totals(LAST_YEAR).certifications as f64,
        published(&atlas(), "certifications")
    );
}

#[test]
fn a_dataset_with_one_country_and_one_with_none() {
    let mut a = atlas();
    a.countries.retain(|c| c.id == "KEN");
    let m = ActivityModel::build(&a);
    assert_eq!(m.countries.len(), 1);
    let g = MapGeometry::build(&world(), &a);
    assert_eq!(g.countries.len(), 1);
    assert!(g.countries[0].d.is_some());
    a.countries.clear();
    let m = ActivityModel::build(&a);
    assert!(m.is_empty_by(LAST_YEAR));
    let g = MapGeometry::build(&world(), &a);
    assert!(g.countries.is_empty());
    assert!(!g.background.is_empty());
}

#[test]
fn micro_states_are_points_and_countries_without_place_are_listed() {
    let mut a = atlas();
    let g = MapGeometry::build(&world(), &a);
    assert_eq!(g.countries.len(), a.countries.len());
    for id in ["SGP", "BHR", "MDV"] {
        let c = g.country(id).unwrap();
        assert!(c.d.is_none(), "{id} has no 110m shape");
        assert!(c.anchor.0.is_finite() && !c.arc_out.is_empty());
    }
    assert!(g.country("KEN").unwrap().d.is_some());
    // Neither shape nor coordinates: listed, not drawn.
    let sgp = a.countries.iter_mut().find(|c| c.id == "SGP").unwrap();
    sgp.lat = f64::NAN;
    let g = MapGeometry::build(&world(), &a);
    assert_eq!(g.unplaceable, vec!["SGP".to_string()]);
    assert!(g.country("SGP").is_none());
    // A shape without coordinates still gets an anchor from its centroid.
    let ken = a.countries.iter_mut().find(|c| c.id == "KEN").unwrap();
    ken.lon = f64::INFINITY;
    let g = MapGeometry::build(&world(), &a);
    assert!(g.country("KEN").unwrap().anchor.0.is_finite());
}

#[test]
fn every_placed_country_has_arcs_both_ways() {
    let a = atlas();
    let g = MapGeometry::build(&world(), &a);
    for c in &g.countries {
        assert!(!c.arc_out.is_empty() && c.arc_out.len() <= 2, "{}", c.id);
        assert_eq!(c.arc_out.len(), c.arc_in.len(), "{}", c.id);
        assert!(c.arc_out.iter().all(|d| d.starts_with('M')));
    }
}

#[test]
fn colour_bins_give_zero_its_own_class_in_every_year() {
    let a = atlas();
    let m = ActivityModel::build(&a);
    let values: Vec<f64> = m
        .countries
        .iter()
        .map(|c| c.upto(LAST_YEAR).certifications as f64)
        .chain([0.0])
        .collect();
    let bins = Bins::nice(&values, 6);
    assert_eq!(bins.bin_of(0.0), Some(0));
    assert_eq!(bins.labels()[0], "0");
    let max = values.iter().cloned().fold(0.0, f64::max);
    assert_eq!(bins.bin_of(max), Some(bins.len() - 1));
    assert_ne!(bins.color_of(0.0), bins.color_of(max));
}

#[test]
fn keyboard_order_runs_west_to_east_and_arrows_move_sensibly() {
    let anchors = [
        (500.0, 100.0),
        (100.0, 200.0),
        (300.0, 50.0),
        (310.0, 300.0),
    ];
    let order = keyboard_order(&anchors);
    assert_eq!(order, vec![1, 2, 3, 0]);
    assert_eq!(
        neighbour(&anchors, &order, 1, Direction::Along(ListMove::Next)),
        2
    );
    assert_eq!(
        neighbour(&anchors, &order, 1, Direction::Along(ListMove::Previous)),
        1,
        "stays at the edge"
    );
    assert_eq!(neighbour(&anchors, &order, 2, Direction::South), 3);
    assert_eq!(neighbour(&anchors, &order, 3, Direction::North), 2);
    assert_eq!(neighbour(&anchors, &order, 2, Direction::North), 2);
    assert_eq!(
        neighbour(&anchors, &order, 3, Direction::Along(ListMove::Last)),
        0
    );
    assert_eq!(
        neighbour(&anchors, &order, 0, Direction::Along(ListMove::First)),
        1
    );
    assert_eq!(neighbour(&[], &[], 0, Direction::Along(ListMove::Next)), 0);
    assert_eq!(Direction::from_key("ArrowUp"), Some(Direction::North));
    assert_eq!(Direction::from_key("ArrowDown"), Some(Direction::South));
    assert_eq!(
        Direction::from_key("ArrowRight"),
        Some(Direction::Along(ListMove::Next))
    );
    assert_eq!(
        Direction::from_key("End"),
        Some(Direction::Along(ListMove::Last))
    );
    assert_eq!(Direction::from_key("Enter"), None);
}

fn names() -> Vec<CountryNames> {
    atlas()
        .countries
        .iter()
        .map(|c| CountryNames {
            id: c.id.clone(),
            names: vec![c.name.en.clone(), c.name.zh_hans.clone(), c.name.de.clone()],
        })
        .collect()
}

#[test]
fn find_a_country_in_english_chinese_german_and_by_code() {
    let n = names();
    assert_eq!(find_countries("Kenya", &n, 5)[0], "KEN");
    assert_eq!(find_countries("肯尼亚", &n, 5), vec!["KEN"]);
    assert_eq!(find_countries("Kenia", &n, 5)[0], "KEN");
    assert_eq!(find_countries("ken", &n, 5)[0], "KEN");
    assert_eq!(find_countries("deu", &n, 5)[0], "DEU");
    assert_eq!(find_countries("Türkei", &n, 5)[0], "TUR");
    assert_eq!(find_countries("turkiye", &n, 5)[0], "TUR");
    assert_eq!(find_countries("  NEUSEELAND ", &n, 5)[0], "NZL");
    assert_eq!(
        find_countries("arabische", &n, 5)[0],
        "ARE",
        "word prefix in German"
    );
    assert!(find_countries("", &n, 5).is_empty());
    assert!(find_countries("zzzz", &n, 5).is_empty());
    assert_eq!(find_countries("a", &n, 3).len(), 3, "limit");
}

#[test]
fn table_rows_sort_by_any_column_in_both_directions() {
    let a = atlas();
    let m = ActivityModel::build(&a);
    let mut rows: Vec<TableRow> = m
        .countries
        .iter()
        .map(|c| TableRow {
            id: c.id.clone(),
            name: a.country_name(&c.id, Lang::En).into(),
            metrics: c.upto(LAST_YEAR),
            workshop_since: c.workshop_since,
        })
        .collect();
    sort_rows(
        &mut rows,
        SortColumn::Certifications,
        SortDirection::Descending,
    );
    assert!(rows
        .windows(2)
        .all(|w| w[0].metrics.certifications >= w[1].metrics.certifications));
    sort_rows(&mut rows, SortColumn::Partners, SortDirection::Ascending);
    assert!(rows
        .windows(2)
        .all(|w| w[0].metrics.partners <= w[1].metrics.partners));
    sort_rows(&mut rows, SortColumn::Name, SortDirection::Ascending);
    assert_eq!(rows[0].name, "Azerbaijan");
    sort_rows(&mut rows, SortColumn::Name, SortDirection::Descending);
    assert_eq!(rows[0].name, "Zambia");
}

#[test]
fn headline_figures_are_published_at_the_end_and_running_totals_before() {
    let a = atlas();
    let m = ActivityModel::build(&a);
    let last = headline_figures(&a, &m, LAST_YEAR);
    let certs = last.iter().find(|h| h.id == "certifications").unwrap();
    assert_eq!(certs.value, 500.0);
    assert_eq!(
        certs.qualifier,
        Some(skills_atlas::core::data::Qualifier::MoreThan)
    );
    let early = headline_figures(&a, &m, 2018);
    let certs18 = early.iter().find(|h| h.id == "certifications").unwrap();
    assert_eq!(certs18.qualifier, None);
    assert_eq!(certs18.value, m.totals(2018).certifications as f64);
    assert!(certs18.value < published(&a, "certifications"));
    assert_eq!(last.len(), HEADLINE_IDS.len());
}

#[test]
fn layer_sets_round_trip_through_slugs() {
    let all = LayerSet::all();
    assert_eq!(all.to_slugs(), "cert,partners,workshops,stations,flows");
    assert!(!LayerSet::default().contains(Layer::Flows));
    let s = LayerSet::EMPTY
        .with(Layer::Flows, true)
        .with(Layer::Certifications, true);
    assert_eq!(s.to_slugs(), "cert,flows");
    assert_eq!(s.with(Layer::Flows, false).to_slugs(), "cert");
    for l in Layer::ALL {
        assert_eq!(Layer::from_slug(l.slug()), Some(l));
    }
    assert_eq!(Layer::from_slug("CERT"), None);
}

#[test]
fn a_phone_shows_chongqing_and_most_partners_around_the_network_centre() {
    let geometry = &MapGeometry::build(&world(), &atlas());
    let center = geometry.network_center_x();
    // A 390 × 439 phone frame centred there.
    let frame = skills_atlas::core::geo::Frame::covering(MAP_WIDTH, MAP_HEIGHT, 390.0 / 439.0);
    let home = skills_atlas::core::geo::Zoom::home(center, frame);
    let shown = |x: f64| {
        let (sx, _) = home.apply((x, 0.0));
        sx >= frame.x && sx <= frame.x + frame.width
    };
    assert!(shown(geometry.hub.0), "Chongqing is in view");
    let partners = geometry.countries.len();
    let in_view = geometry
        .countries
        .iter()
        .filter(|c| shown(c.anchor.0))
        .count();
    assert!(
        in_view * 2 > partners,
        "{in_view} of {partners} partners in view"
    );
}
