//! Scales, nice ticks, number formatting and label thinning: axes stay legible for one
//! category, 250 categories, zeros and 10⁹.

use skills_atlas::core::charts::layout::{chart_width, layout_bars, CHART_WIDTH, MIN_CHART_WIDTH};
use skills_atlas::core::charts::ticks::{format_value, label_stride, nice_step, truncate_label};
use skills_atlas::core::charts::{
    nice_ticks, Arrangement, BandScale, BarData, Category, LinearScale, Orientation, Series,
};
use skills_atlas::core::url_state::Lang;

fn bars(values: &[f64], orientation: Orientation) -> BarData {
    BarData {
        categories: (0..values.len())
            .map(|i| {
                Category::new(
                    format!("c{i}"),
                    format!("Category number {i} with a long name"),
                )
            })
            .collect(),
        series: vec![Series {
            key: "s".into(),
            label: "S".into(),
            values: values.to_vec(),
        }],
        orientation,
        arrangement: Arrangement::Grouped,
    }
}

#[test]
fn linear_scale_maps_and_survives_a_degenerate_domain() {
    let s = LinearScale::new((0.0, 100.0), (10.0, 110.0));
    assert_eq!(s.map(50.0), 60.0);
    let inverted = LinearScale::new((0.0, 10.0), (300.0, 0.0));
    assert_eq!(inverted.map(10.0), 0.0);
    assert_eq!(LinearScale::new((5.0, 5.0), (0.0, 1.0)).map(5.0), 0.0);
    assert_eq!(s.map(f64::NAN), 10.0);
}

#[test]
fn band_scale_spaces_bands_evenly() {
    let b = BandScale::new(4, (0.0, 400.0), 0.2);
    assert_eq!(b.step(), 100.0);
    assert!((b.bandwidth() - 80.0).abs() < 1e-9);
    assert!((b.start(0) - 10.0).abs() < 1e-9);
    assert!((b.center(3) - 350.0).abs() < 1e-9);
    assert_eq!(BandScale::new(0, (0.0, 10.0), 0.1).step(), 0.0);
}

#[test]
fn ticks_use_1_2_5_steps_and_cover_the_range() {
    assert_eq!(nice_ticks(0.0, 523.0, 5), vec![0.0, 200.0, 400.0, 600.0]);
    assert_eq!(
        nice_ticks(0.0, 10.0, 5),
        vec![0.0, 2.0, 4.0, 6.0, 8.0, 10.0]
    );
    assert_eq!(nice_ticks(0.0, 1.0, 4), vec![0.0, 0.5, 1.0]);
    for (lo, hi) in [(0.0, 7.0), (0.0, 1e9), (-30.0, 30.0), (0.0, 0.3)] {
        let t = nice_ticks(lo, hi, 5);
        assert!(t[0] <= lo && *t.last().unwrap() >= hi, "{lo}..{hi}: {t:?}");
        assert!(t.len() >= 2 && t.len() <= 12, "{lo}..{hi}: {t:?}");
        let step = t[1] - t[0];
        let mantissa = step / 10f64.powf(step.log10().floor());
        assert!(
            [1.0, 2.0, 5.0].iter().any(|m| (m - mantissa).abs() < 1e-6),
            "{step}"
        );
    }
    assert!(nice_ticks(-30.0, 30.0, 5).contains(&0.0));
}

#[test]
fn ticks_for_zero_empty_and_hostile_ranges_do_not_explode() {
    assert_eq!(nice_ticks(0.0, 0.0, 5), vec![0.0, 0.2, 0.4, 0.6, 0.8, 1.0]);
    assert!(nice_ticks(f64::NAN, f64::INFINITY, 5).len() <= 12);
    assert!(nice_ticks(0.0, 1e300, 5).len() <= 1001);
    assert_eq!(nice_step(0.0, 5), 1.0);
    assert_eq!(nice_ticks(1e9, 1e9, 5).first(), Some(&0.0));
}

#[test]
fn numbers_are_formatted_without_locale_with_si_suffixes() {
    assert_eq!(format_value(0.0, Lang::En), "0");
    assert_eq!(format_value(-0.0, Lang::En), "0");
    assert_eq!(format_value(523.0, Lang::En), "523");
    assert_eq!(format_value(2500.0, Lang::En), "2,500");
    assert_eq!(format_value(2500.0, Lang::De), "2.500");
    assert_eq!(format_value(12_000.0, Lang::En), "12k");
    assert_eq!(format_value(3_500_000.0, Lang::En), "3.5M");
    assert_eq!(format_value(3_500_000.0, Lang::De), "3,5M");
    assert_eq!(format_value(1e9, Lang::ZhHans), "1G");
    assert_eq!(format_value(0.25, Lang::En), "0.25");
    assert_eq!(format_value(0.25, Lang::De), "0,25");
    assert_eq!(format_value(f64::NAN, Lang::En), "–");
}

#[test]
fn labels_thin_out_and_shorten_when_crowded() {
    assert_eq!(label_stride(10, 400.0, 13.0), 1);
    assert_eq!(label_stride(250, 1200.0, 13.0), 3);
    assert_eq!(label_stride(0, 0.0, 13.0), 1);
    assert_eq!(truncate_label("Short", 10), "Short");
    assert_eq!(truncate_label("A very long country name", 10), "A very lo…");
    // A Chinese character is twice as wide as a Latin one.
    assert_eq!(truncate_label("电动汽车充电设施安装工", 10), "电动汽车…");
    assert_eq!(truncate_label("电动汽车充电", 12), "电动汽车充电");
    assert_eq!(truncate_label("BRS-1 · 电动汽车", 9), "BRS-1 · …");
}

#[test]
fn a_chart_as_wide_as_a_phone_keeps_its_labels_in_the_gutter_and_its_ticks_apart() {
    assert_eq!(chart_width(None), CHART_WIDTH);
    assert_eq!(chart_width(Some(1920.0)), CHART_WIDTH);
    assert_eq!(chart_width(Some(338.7)), 338.0);
    assert_eq!(chart_width(Some(10.0)), MIN_CHART_WIDTH);
    assert_eq!(chart_width(Some(f64::INFINITY)), CHART_WIDTH);

    let values: Vec<f64> = (1..=10).map(|i| f64::from(i) * 15.3).collect();
    let data = bars(&values, Orientation::Horizontal);
    let wide = layout_bars(&data, Lang::En, CHART_WIDTH);
    let narrow = layout_bars(&data, Lang::En, 338.0);
    assert_eq!((wide.width, narrow.width), (CHART_WIDTH, 338.0));
    assert!(narrow.plot.0 < wide.plot.0 && narrow.plot.2 < narrow.width);
    // Each label fits its gutter (6.8 units a character at 11 px, 6 units to the bars),
    // cut shorter than in the wide chart.
    for (n, w) in narrow.category_labels.iter().zip(&wide.category_labels) {
        let chars = n.text.chars().count();
        assert!(chars as f64 * 6.8 <= narrow.plot.0 - 6.0, "{n:?}");
        assert!(chars < w.text.chars().count(), "{n:?} / {w:?}");
    }
    // Value ticks keep room for their labels: fewer of them.
    assert!(narrow.value_ticks.len() < wide.value_ticks.len());
    for pair in narrow.value_ticks.windows(2) {
        assert!(pair[1].pos - pair[0].pos >= 40.0, "{pair:?}");
    }
    for m in &narrow.marks {
        assert!(m.x >= narrow.plot.0 - 1e-9 && m.x + m.width <= narrow.plot.2 + 1e-9);
    }
    // Columns keep every year's label apart too.
    let years: Vec<f64> = (0..11).map(f64::from).collect();
    let columns = layout_bars(&bars(&years, Orientation::Vertical), Lang::En, 338.0);
    for pair in columns.category_labels.windows(2) {
        assert!(pair[1].pos - pair[0].pos >= 40.0 - 1e-9, "{pair:?}");
    }
}

#[test]
fn one_category_and_250_categories_stay_legible() {
    let one = layout_bars(
        &bars(&[5.0], Orientation::Horizontal),
        Lang::En,
        CHART_WIDTH,
    );
    assert_eq!(one.marks.len(), 1);
    assert!(one.marks[0].width > 0.0 && one.marks[0].height >= 10.0);
    assert_eq!(one.category_labels.len(), 1);

    let many: Vec<f64> = (0..250).map(|i| i as f64).collect();
    let l = layout_bars(&bars(&many, Orientation::Horizontal), Lang::En, CHART_WIDTH);
    assert_eq!(l.marks.len(), 250);
    // Kept labels are at least a label's height apart.
    for pair in l.category_labels.windows(2) {
        assert!(pair[1].pos - pair[0].pos >= 13.0 - 1e-9, "{pair:?}");
    }
    assert!(l
        .category_labels
        .iter()
        .all(|c| c.text.chars().count() <= 22));
    let cols = layout_bars(&bars(&many, Orientation::Vertical), Lang::En, CHART_WIDTH);
    for pair in cols.category_labels.windows(2) {
        assert!(pair[1].pos - pair[0].pos >= 40.0 - 1e-9);
    }
}

#[test]
fn zeros_and_a_billion_fit_the_plot() {
    let l = layout_bars(
        &bars(&[0.0, 1e9, 0.0], Orientation::Vertical),
        Lang::En,
        CHART_WIDTH,
    );
    let (x0, y0, x1, y1) = l.plot;
    for m in &l.marks {
        assert!(m.x >= x0 - 1e-6 && m.x + m.width <= x1 + 1e-6);
        assert!(m.y >= y0 - 1e-6 && m.y + m.height <= y1 + 1e-6);
    }
    assert_eq!(l.marks[0].height, 0.0);
    assert!(l.value_ticks.iter().any(|t| t.text == "1G"));
    let empty = layout_bars(&bars(&[], Orientation::Horizontal), Lang::En, CHART_WIDTH);
    assert!(empty.marks.is_empty() && !empty.value_ticks.is_empty());
    let bad = layout_bars(
        &bars(&[f64::NAN, -5.0, f64::INFINITY], Orientation::Horizontal),
        Lang::En,
        f64::NAN,
    );
    assert!(bad
        .marks
        .iter()
        .all(|m| m.width.is_finite() && m.width >= 0.0));
}

#[test]
fn charts_map_and_about_write_a_number_the_same_way_in_each_language() {
    use skills_atlas::core::charts::format_count;
    use skills_atlas::core::figure_text::format_number;
    use skills_atlas::core::map_model::labels::count;
    for lang in Lang::ALL {
        for v in [0u64, 7, 344, 2_500, 10_000, 1_234_567] {
            let chart = format_count(v as f64, lang);
            assert_eq!(chart, count(v, lang), "{lang:?} {v}");
            assert_eq!(chart, format_number(v as f64, lang), "{lang:?} {v}");
            if v < 10_000 {
                assert_eq!(format_value(v as f64, lang), chart, "the axis too");
            }
        }
    }
    assert_eq!(format_count(10_000.0, Lang::De), "10.000");
    assert_eq!(format_count(10_000.0, Lang::En), "10,000");
    assert_eq!(format_count(10_000.0, Lang::ZhHans), "10,000");
}
