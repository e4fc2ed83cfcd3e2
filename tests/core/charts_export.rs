//! CSV writer (RFC 4180 quoting, BOM, Chinese), file names and the export SVG frame.

use skills_atlas::core::charts::csv::{csv_field, plain_number};
use skills_atlas::core::charts::export_svg::wrap_text;
use skills_atlas::core::charts::{
    compose_export_svg, export_file_name, export_file_stem, table_csv_rows, write_csv, xml_escape,
    ChartTable, ExportFrame, BOM,
};

#[test]
fn csv_quotes_commas_quotes_and_newlines_only() {
    assert_eq!(csv_field("Thailand"), "Thailand");
    assert_eq!(csv_field("Korea, Republic of"), "\"Korea, Republic of\"");
    assert_eq!(csv_field("the \"Belt\""), "\"the \"\"Belt\"\"\"");
    assert_eq!(csv_field("two\nlines"), "\"two\nlines\"");
    assert_eq!(csv_field("=HYPERLINK(1)"), "\"'=HYPERLINK(1)\"");
}

#[test]
fn csv_starts_with_a_bom_ends_lines_with_crlf_and_keeps_chinese() {
    let rows = vec![
        vec!["国家".to_string(), "认证".to_string()],
        vec!["泰国".to_string(), "52".to_string()],
    ];
    let csv = write_csv(&rows);
    assert!(csv.starts_with(BOM));
    assert_eq!(&csv.as_bytes()[..3], &[0xef, 0xbb, 0xbf]);
    assert_eq!(&csv[BOM.len()..], "国家,认证\r\n泰国,52\r\n");
}

#[test]
fn csv_rows_use_plain_numbers() {
    let table = ChartTable {
        header: vec!["Land".into(), "Zertifizierungen".into()],
        rows: vec![vec!["Deutschland".into(), "12.345".into()]],
        values: vec![vec![12345.0]],
    };
    assert_eq!(
        table_csv_rows(&table),
        vec![
            vec!["Land".to_string(), "Zertifizierungen".to_string()],
            vec!["Deutschland".to_string(), "12345".to_string()]
        ]
    );
    assert_eq!(plain_number(2.5), "2.5");
    assert_eq!(plain_number(f64::NAN), "");
}

#[test]
fn file_names_say_what_and_when() {
    assert_eq!(
        export_file_name("certifications-by-country", None, 2025, "png"),
        "certifications-by-country-2025.png"
    );
    assert_eq!(
        export_file_name("growth", Some("cumulative"), 2019, "csv"),
        "growth-cumulative-2019.csv"
    );
    // Non-ASCII and path characters never reach the file name.
    assert_eq!(
        export_file_stem("../Évil name?", Some(""), 2025),
        "vil-name-2025"
    );
    assert_eq!(export_file_stem("", None, 2025), "chart-2025");
}

#[test]
fn every_formula_start_is_neutralised_but_numbers_stay_numbers() {
    // OWASP's CSV injection list, and the full-width forms some spreadsheets fold.
    for cell in [
        "-2+3+cmd|' /C calc'!A0",
        "\t=1+1",
        "\r=1+1",
        "@SUM(A1:A2)",
        "+1+1",
        "\u{FF1D}1+1",
        "\u{FF0B}1",
        "\u{FF0D}1+cmd",
        "\u{FF20}SUM(1)",
    ] {
        let field = csv_field(cell);
        assert!(field.starts_with("\"'"), "{cell:?} → {field:?}");
    }
    assert_eq!(csv_field("-12.5"), "-12.5");
    assert_eq!(csv_field("-3"), "-3");
    assert_eq!(csv_field("Kenya"), "Kenya");
}

#[test]
fn text_that_would_break_xml_or_read_backwards_is_dropped() {
    // U+FFFE and U+FFFF make an exported SVG ill-formed; a right-to-left override (U+202E)
    // can disguise a name ("Kenya" shown as "aynek"), and so can the other embeddings and
    // isolates.
    let hostile =
        "Ke\u{FFFE}n\u{FFFF}ya \u{202E}gnp.exe\u{202C} \u{2066}x\u{2069} \u{202A}\u{202B}\u{202D}";
    let escaped = xml_escape(hostile);
    assert_eq!(escaped, "Kenya gnp.exe x ");
    let doc = format!("<svg xmlns=\"http://www.w3.org/2000/svg\"><text>{escaped}</text></svg>");
    assert!(roxmltree::Document::parse(&doc).is_ok());
    // Ordinary typography stays.
    assert_eq!(
        xml_escape("Chongqing’s – “network” …"),
        "Chongqing’s – “network” …"
    );
}

#[test]
fn the_export_frame_escapes_text_and_wraps_chinese() {
    assert_eq!(xml_escape("a<b & \"c\"\u{1}"), "a&lt;b &amp; &quot;c&quot;");
    let lines = wrap_text(&"示意数据".repeat(30), 40);
    assert!(lines.len() >= 6 && lines.iter().all(|l| l.chars().count() <= 20));
    let frame = ExportFrame {
        title: "Certifications <by> country".into(),
        subtitle: "Certifications (number)".into(),
        legend: vec![("Trained".into(), "#0072b2".into())],
        source: "Source: X".into(),
        notice: "Illustrative data".into(),
    };
    let (svg, w, h) = compose_export_svg(
        &frame,
        "<svg width=\"640\" height=\"300\"></svg>",
        640.0,
        300.0,
    );
    assert!(svg.starts_with("<svg xmlns=\"http://www.w3.org/2000/svg\""));
    assert!(svg.contains("Certifications &lt;by&gt; country"));
    assert!(
        svg.contains("Illustrative data") && svg.contains("Source: X") && svg.contains("Trained")
    );
    assert_eq!(w, 672.0);
    assert!(h > 300.0 + 100.0);
    assert!(svg.contains(&format!("width=\"{w}\" height=\"{h}\"")));
}

#[test]
fn a_chart_exported_from_a_phone_wraps_its_subtitle_to_its_width() {
    let frame = ExportFrame {
        title: "Certifications by country".into(),
        subtitle: "Certifications (number) · Counted up to and including 2025 · Top 10".into(),
        legend: Vec::new(),
        source: String::new(),
        notice: String::new(),
    };
    let subtitle_lines = |width: f64| {
        let (svg, _, _) = compose_export_svg(&frame, "<svg></svg>", width, 300.0);
        svg.matches("font-size=\"12\" fill=\"#4a5560\"").count()
    };
    assert_eq!(subtitle_lines(640.0), 1);
    assert_eq!(subtitle_lines(338.0), 2);
}

#[test]
fn a_whole_export_frames_the_view_and_everything_drawn_past_it() {
    use skills_atlas::core::charts::{parse_view_box, whole_frame};
    assert_eq!(
        parse_view_box("0 0 960 480"),
        Some([0.0, 0.0, 960.0, 480.0])
    );
    assert_eq!(
        parse_view_box("-5,2.5 10 20"),
        Some([-5.0, 2.5, 10.0, 20.0])
    );
    for bad in ["", "0 0 960", "0 0 960 480 1", "0 0 NaN 480", "a b c d"] {
        assert_eq!(parse_view_box(bad), None, "{bad:?}");
    }
    let view = [0.0, 0.0, 960.0, 480.0];
    // Nothing past the edge: the view and the margin.
    assert_eq!(whole_frame(view, None, 8.0), [-8.0, -8.0, 976.0, 496.0]);
    assert_eq!(
        whole_frame(view, Some([10.0, 10.0, 100.0, 100.0]), 8.0),
        [-8.0, -8.0, 976.0, 496.0]
    );
    // An arc past the right and bottom edges (Fiji) widens the frame; whole units.
    assert_eq!(
        whole_frame(view, Some([500.0, 100.0, 475.2, 390.5]), 8.0),
        [-8.0, -8.0, 992.0, 507.0]
    );
    // Empty or broken boxes are ignored.
    for content in [[0.0, 0.0, 0.0, 0.0], [f64::NAN, 0.0, 5.0, 5.0]] {
        assert_eq!(whole_frame(view, Some(content), 0.0), view, "{content:?}");
    }
}
