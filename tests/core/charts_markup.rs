//! The charts' SVG markup: one element per mark with its index, role, name and roving tab
//! index; dataset text escaped (never markup); compact coordinates; one-pass i18n format.

use skills_atlas::core::charts::chart_markup::{bars_markup, coord, matrix_markup, tab_index};
use skills_atlas::core::charts::{
    layout_bars, layout_matrix, Arrangement, BarData, Category, MatrixData, Orientation, Series,
    CHART_WIDTH,
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
    let layout = layout_bars(&data, Lang::En, CHART_WIDTH);
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
    let layout = layout_bars(&data, Lang::En, CHART_WIDTH);
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

/// "Others" in the committed dataset's "Certifications by country": the top ten set the
/// axis and fill most of the plot; the remainder is cut at the axis's end, marked as cut
/// and labelled with its whole value.
#[test]
fn a_remainder_never_sets_the_scale_and_shows_its_value() {
    use skills_atlas::core::charts::{
        chart_data, ChartBody, ChartData, ChartFilter, ChartKind, Facts, DEFAULT_TOP,
    };
    use skills_atlas::core::data::{load_bytes, LoadOutcome};
    let LoadOutcome::Loaded { atlas, .. } =
        load_bytes(include_bytes!("../../public/data/atlas.json"))
    else {
        panic!("the committed dataset loads");
    };
    let filter = ChartFilter {
        top: Some(DEFAULT_TOP),
        cumulative: true,
        ..ChartFilter::default()
    };
    let facts = Facts::new(&atlas);
    let d: ChartData = chart_data(
        ChartKind::CertificationsByCountry,
        &facts,
        &atlas,
        &filter,
        Lang::En,
    );
    let ChartBody::Bars(data) = &d.body else {
        panic!("a bar chart");
    };
    let last = data.categories.last().expect("categories");
    assert!(last.remainder && last.key == "others", "{last:?}");
    let others = *data.series[0].values.last().unwrap();
    let top = data.series[0].values[0];
    assert!(
        others > top,
        "the dataset's remainder ({others}) outgrows the top bar ({top})"
    );

    let l = layout_bars(data, Lang::En, CHART_WIDTH);
    let plot_width = l.plot.2 - l.plot.0;
    let widest = l
        .marks
        .iter()
        .filter(|m| !data.categories[m.category].remainder)
        .map(|m| m.width)
        .fold(0.0, f64::max);
    assert!(
        widest >= 0.6 * plot_width,
        "the top bar is {widest:.0} of a {plot_width:.0} plot"
    );
    let rest = l.marks.last().unwrap();
    assert!(rest.clipped, "{rest:?}");
    assert_eq!(rest.value, others);
    assert!(
        rest.x + rest.width <= l.plot.2 + 0.01,
        "{rest:?} runs past the plot"
    );
    assert!(l.marks[..l.marks.len() - 1].iter().all(|m| !m.clipped));

    let svg = bars_markup(data, &l, Lang::En, "url(#h)", 0);
    let label = r#"class="sa-remainder-label""#;
    assert_eq!(svg.matches(label).count(), 1, "{svg}");
    assert!(
        svg.contains(&format!(">{}</text>", others as u64)),
        "the remainder's value is written: {svg}"
    );
    assert_eq!(svg.matches(r#"class="sa-break""#).count(), 1);
    assert!(svg.contains("sa-mark sa-mark-remainder"));
}

#[test]
fn a_chart_of_remainders_only_is_scaled_by_them() {
    let mut data = bars(&["Others"], &[344.0]);
    data.categories[0].remainder = true;
    let l = layout_bars(&data, Lang::En, CHART_WIDTH);
    assert!(!l.marks[0].clipped);
    assert!(l.marks[0].width > 0.5 * (l.plot.2 - l.plot.0));
}
