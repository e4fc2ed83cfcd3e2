//! The charts' SVG markup: one element per mark with its index, role, name and roving tab
//! index; dataset text escaped (never markup); compact coordinates; one-pass i18n format.

use skills_atlas::core::charts::chart_markup::{bars_markup, coord, matrix_markup, tab_index};
use skills_atlas::core::charts::{
    layout_bars, layout_matrix, Arrangement, BarData, Category, MatrixData, Orientation, Series,
};
use skills_atlas::core::i18n;
use skills_atlas::core::url_state::Lang;

fn bars(labels: &[&str], values: &[f64]) -> BarData {
    BarData {
        categories: labels
            .iter()
            .enumerate()
            .map(|(i, l)| {
                let mut c = Category::new(format!("k{i}"), *l);
                c.selects_country = i == 0;
                c.highlight = i == 0;
                c
            })
            .collect(),
        series: vec![Series {
            key: "s".into(),
            label: "Certifications".into(),
            values: values.to_vec(),
        }],
        orientation: Orientation::Horizontal,
        arrangement: Arrangement::Grouped,
    }
}

fn count(haystack: &str, needle: &str) -> usize {
    haystack.matches(needle).count()
}

#[test]
fn coordinates_have_at_most_two_decimals_and_no_noise() {
    assert_eq!(coord(12.0), "12");
    assert_eq!(coord(12.5), "12.5");
    assert_eq!(coord(1.0 / 3.0), "0.33");
    assert_eq!(coord(-0.001), "0");
    assert_eq!(coord(-4.256), "-4.26");
    assert_eq!(coord(f64::NAN), "0");
    assert_eq!(coord(f64::INFINITY), "0");
    assert_eq!(coord(100.0), "100");
    assert_eq!(coord(0.05), "0.05");
    assert_eq!(coord(0.5), "0.5");
    assert_eq!(coord(-0.5), "-0.5");
    assert_eq!(coord(1234567.891), "1234567.89");
    assert_eq!(coord(1e300), "0");
}

#[test]
fn only_the_active_mark_is_in_the_tab_order_even_after_the_marks_shrink() {
    assert_eq!(tab_index(2, 2, 5), "0");
    assert_eq!(tab_index(1, 2, 5), "-1");
    assert_eq!(tab_index(2, 9, 3), "0", "the last mark holds the stop");
    assert_eq!(tab_index(0, 0, 0), "0");
}

#[test]
fn a_bar_chart_has_one_named_mark_per_value_and_one_tab_stop() {
    let data = bars(&["Thailand", "Kenya", "Germany"], &[52.0, 20.0, 7.0]);
    let layout = layout_bars(&data);
    let svg = bars_markup(&data, &layout, Lang::En, "url(#h)", 1);
    assert_eq!(count(&svg, "<rect class=\"sa-mark"), 3);
    for i in 0..3 {
        assert!(svg.contains(&format!("data-i=\"{i}\"")));
    }
    assert_eq!(count(&svg, "tabindex=\"0\""), 1);
    assert_eq!(count(&svg, "tabindex=\"-1\""), 2);
    assert!(svg.contains("sa-mark-highlight sa-mark-selectable"));
    assert!(svg.contains("role=\"button\""), "a country bar selects");
    assert!(svg.contains("aria-pressed=\"true\""));
    assert_eq!(count(&svg, "role=\"img\""), 2);
    assert!(svg.contains("aria-label=\"Thailand"));
    assert!(svg.contains("52"));
    assert_eq!(count(&svg, "<g class=\"sa-marks\">"), 1);
    assert!(svg.ends_with("</g>"));
}

#[test]
fn dataset_text_in_labels_and_names_is_escaped_never_markup() {
    let hostile = "<script>alert(1)</script> & \"q\" 'a'";
    let data = bars(&[hostile, "Kenya"], &[3.0, 1.0]);
    let layout = layout_bars(&data);
    let svg = bars_markup(&data, &layout, Lang::De, "url(#h)", 0);
    assert!(!svg.contains("<script"));
    assert!(!svg.contains("\"q\""));
    assert!(svg.contains("&lt;script&gt;"));
    assert!(svg.contains("&amp;"));
    assert!(svg.contains("&quot;q&quot;"));
    assert!(svg.contains("&apos;a&apos;"));

    let matrix = MatrixData {
        rows: vec![Category::new("BRS-1", hostile)],
        columns: vec![Category::new("TH", "<b>Thai</b>")],
        cells: vec![vec![1.0]],
        total_rows: 1,
    };
    let svg = matrix_markup(&matrix, &layout_matrix(&matrix), Lang::ZhHans, 0);
    assert!(!svg.contains("<script") && !svg.contains("<b>"));
    assert_eq!(count(&svg, "class=\"sa-mark sa-cell\""), 1);
}

#[test]
fn a_matrix_has_one_focusable_cell_per_recognition() {
    let matrix = MatrixData {
        rows: vec![
            Category::new("a", "Welding"),
            Category::new("b", "Mechatronics"),
        ],
        columns: vec![Category::new("TH", "TH"), Category::new("KE", "KE")],
        cells: vec![vec![1.0, 0.0], vec![2.0, 1.0]],
        total_rows: 2,
    };
    let svg = matrix_markup(&matrix, &layout_matrix(&matrix), Lang::En, 5);
    assert_eq!(count(&svg, "class=\"sa-mark sa-cell\""), 3);
    assert_eq!(count(&svg, "role=\"button\""), 3);
    assert_eq!(count(&svg, "tabindex=\"0\""), 1);
    assert!(svg.contains("aria-label=\"Welding"));
}

#[test]
fn format_fills_each_placeholder_once_and_keeps_unknown_ones() {
    let text = i18n::format(
        Lang::En,
        "charts_matrix_cell",
        &[("standard", "{country}"), ("country", "Kenya")],
    );
    assert!(
        text.contains("{country}"),
        "a value is not searched again: {text}"
    );
    assert!(text.contains("Kenya"));
    let raw = i18n::format(Lang::En, "no such key {x}", &[]);
    assert_eq!(raw, "no such key {x}");
}
