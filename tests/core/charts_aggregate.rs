//! Per-chart aggregation on the bundled dataset: every chart's sums equal the dataset's
//! totals, filters behave, and an empty dataset draws nothing without panicking.

use skills_atlas::core::charts::{
    chart_data, chart_table, BarData, ChartBody, ChartData, ChartFilter, ChartKind, Facts,
    DEFAULT_TOP,
};
use skills_atlas::core::data::generate::{generate, DEFAULT_SEED};
use skills_atlas::core::data::{load_bytes, Atlas, LoadOutcome, StandardStatus};
use skills_atlas::core::url_state::Lang;

fn atlas() -> Atlas {
    match load_bytes(include_bytes!("../../public/data/atlas.json")) {
        LoadOutcome::Loaded { atlas, .. } => atlas,
        LoadOutcome::Failed { problems, .. } => panic!("{problems:?}"),
    }
}

fn bars(d: &ChartData) -> &BarData {
    match &d.body {
        ChartBody::Bars(b) => b,
        ChartBody::Matrix(_) => panic!("expected bars"),
    }
}

fn sum(b: &BarData, series: usize) -> f64 {
    b.series[series].values.iter().sum()
}

fn all() -> ChartFilter {
    ChartFilter {
        top: Some(DEFAULT_TOP),
        cumulative: true,
        ..ChartFilter::default()
    }
}

#[test]
fn certifications_by_country_sum_to_the_total_with_others() {
    let a = atlas();
    let f = Facts::new(&a);
    let total: u64 = a.certifications.iter().map(|c| u64::from(c.count)).sum();
    for top in [Some(1), Some(10), None] {
        let d = chart_data(
            ChartKind::CertificationsByCountry,
            &f,
            &a,
            &ChartFilter { top, ..all() },
            Lang::En,
        );
        let b = bars(&d);
        assert_eq!(sum(b, 0) as u64, total, "top {top:?}");
        let values = &b.series[0].values;
        let named = values.len() - usize::from(b.categories.last().unwrap().key == "others");
        assert!(values[..named].windows(2).all(|w| w[0] >= w[1]), "sorted");
    }
    let d = chart_data(
        ChartKind::CertificationsByCountry,
        &f,
        &a,
        &ChartFilter { top: None, ..all() },
        Lang::En,
    );
    assert_eq!(bars(&d).categories.len(), 47);
    assert!(bars(&d).categories.iter().all(|c| c.selects_country));
}

#[test]
fn a_selected_country_outside_the_top_keeps_its_bar() {
    let a = atlas();
    let f = Facts::new(&a);
    let full = chart_data(
        ChartKind::CertificationsByCountry,
        &f,
        &a,
        &ChartFilter { top: None, ..all() },
        Lang::En,
    );
    let last = bars(&full).categories.last().unwrap().key.clone();
    let filter = ChartFilter {
        country: Some(last.clone()),
        ..all()
    };
    let d = chart_data(
        ChartKind::CertificationsByCountry,
        &f,
        &a,
        &filter,
        Lang::En,
    );
    let b = bars(&d);
    assert_eq!(b.categories.len(), DEFAULT_TOP + 2);
    assert!(b.categories.iter().any(|c| c.key == last && c.highlight));
}

#[test]
fn growth_running_totals_end_at_the_dataset_totals() {
    let a = atlas();
    let f = Facts::new(&a);
    let d = chart_data(ChartKind::Growth, &f, &a, &all(), Lang::De);
    let b = bars(&d);
    let cert_total: u64 = a.certifications.iter().map(|c| u64::from(c.count)).sum();
    let last = |s: usize| *b.series[s].values.last().unwrap();
    assert_eq!(last(0) as u64, cert_total);
    assert_eq!(last(1) as usize, a.trainers.len());
    assert_eq!(last(2) as usize, a.workshops.len());
    assert_eq!(last(3) as usize, a.partners.len());
    let yearly = chart_data(
        ChartKind::Growth,
        &f,
        &a,
        &ChartFilter {
            cumulative: false,
            ..all()
        },
        Lang::En,
    );
    assert_eq!(sum(bars(&yearly), 0) as u64, cert_total);
    assert_eq!(sum(bars(&yearly), 1) as usize, a.trainers.len());
    assert_eq!(b.categories.iter().filter(|c| c.highlight).count(), 1);
    assert_eq!(b.series[1].label, "Ausgebildete Ausbilder");
}

#[test]
fn standards_partnerships_and_talent_add_up() {
    let a = atlas();
    let f = Facts::new(&a);
    let s = chart_data(ChartKind::StandardsBySector, &f, &a, &all(), Lang::ZhHans);
    let recognised = a
        .standards
        .iter()
        .filter(|s| s.status == StandardStatus::Recognised)
        .count();
    assert_eq!(sum(bars(&s), 0) as usize, recognised);
    assert_eq!(
        (sum(bars(&s), 0) + sum(bars(&s), 1)) as usize,
        a.standards.len()
    );
    assert!(bars(&s).categories.iter().any(|c| c.label == "汽车"));

    let p = chart_data(ChartKind::Partnerships, &f, &a, &all(), Lang::En);
    let fields: usize = a.partnerships.iter().map(|p| p.fields.len()).sum();
    let total: f64 = (0..bars(&p).series.len()).map(|i| sum(bars(&p), i)).sum();
    assert_eq!(total as usize, fields);

    let t = chart_data(ChartKind::TalentFlows, &f, &a, &all(), Lang::En);
    let trained: u64 = a.talent_flows.iter().map(|t| u64::from(t.trained)).sum();
    let abroad: u64 = a
        .talent_flows
        .iter()
        .map(|t| u64::from(t.sent_abroad))
        .sum();
    assert_eq!(sum(bars(&t), 0) as u64, trained);
    assert_eq!(sum(bars(&t), 1) as u64, abroad);
}

#[test]
fn the_matrix_marks_exactly_the_recognitions() {
    let a = atlas();
    let f = Facts::new(&a);
    let d = chart_data(ChartKind::RecognitionMatrix, &f, &a, &all(), Lang::En);
    let ChartBody::Matrix(m) = &d.body else {
        panic!("matrix")
    };
    let marks: f64 = m.cells.iter().flatten().sum();
    let recognised: Vec<_> = a
        .standards
        .iter()
        .filter(|s| s.status == StandardStatus::Recognised && !s.countries.is_empty())
        .collect();
    let expected: usize = recognised.iter().map(|s| s.countries.len()).sum();
    assert!(m.rows.len() <= 40);
    // The committed data has fewer recognised standards than the matrix shows at most, so
    // no row is cut and every recognition must be marked.
    assert!(
        recognised.len() <= 40,
        "{} recognised standards: more than the matrix's 40 rows, so this check cannot \
         count every mark; give it data with at most 40",
        recognised.len()
    );
    assert_eq!(m.total_rows, recognised.len());
    assert_eq!(m.rows.len(), recognised.len(), "no row is cut");
    assert_eq!(marks as usize, expected);
    let t = chart_table(&d, "Standard", Lang::En);
    assert_eq!(t.rows.len(), m.rows.len());
    assert_eq!(t.header.len(), m.columns.len() + 1);
}

#[test]
fn targets_are_marked_and_come_from_key_figures() {
    let a = atlas();
    let f = Facts::new(&a);
    let d = chart_data(ChartKind::TargetCertifications, &f, &a, &all(), Lang::En);
    let b = bars(&d);
    let last = b.categories.last().unwrap();
    assert!(last.target);
    assert_eq!(*b.series[0].values.last().unwrap(), 500.0);
    assert_eq!(b.categories.iter().filter(|c| c.target).count(), 1);
    let s = chart_data(ChartKind::TargetStandards, &f, &a, &all(), Lang::En);
    assert_eq!(*bars(&s).series[0].values.last().unwrap(), 10.0);
}

#[test]
fn an_early_year_and_an_empty_dataset_say_there_is_no_data() {
    let a = atlas();
    let f = Facts::new(&a);
    let early = ChartFilter {
        year: Some(2015),
        ..all()
    };
    assert!(chart_data(ChartKind::CertificationsByCountry, &f, &a, &early, Lang::En).is_empty());
    let mut empty = a.clone();
    empty.certifications.clear();
    empty.standards.clear();
    empty.partnerships.clear();
    empty.talent_flows.clear();
    empty.trainers.clear();
    empty.workshops.clear();
    empty.partners.clear();
    empty.key_figures.clear();
    let f = Facts::new(&empty);
    for kind in ChartKind::ALL {
        let d = chart_data(kind, &f, &empty, &all(), Lang::En);
        assert!(d.is_empty(), "{kind:?}");
        let _ = chart_table(&d, "x", Lang::En);
    }
}

#[test]
fn a_year_from_a_link_is_brought_within_the_years_with_records() {
    let a = generate(DEFAULT_SEED, 1);
    let f = Facts::new(&a);
    assert_eq!(
        (f.first_year, f.last_year),
        (2015, 2025),
        "the generator's years"
    );
    assert_eq!(f.clamp_year(Some(1900)), Some(2015));
    assert_eq!(f.clamp_year(Some(2100)), Some(2025));
    assert_eq!(f.clamp_year(Some(2020)), Some(2020));
    assert_eq!(f.clamp_year(None), None);
}
