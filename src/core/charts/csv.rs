//! CSV export: RFC 4180 quoting, CRLF line ends, a UTF-8 byte-order mark so spreadsheet
//! programs read Chinese and German text correctly.

use super::table::ChartTable;

/// The UTF-8 byte-order mark, as text.
pub const BOM: &str = "\u{feff}";

/// The first characters that make a spreadsheet read a cell as a formula (OWASP's list:
/// `=`, `+`, `-`, `@`, tab, carriage return), and their full-width forms, which some
/// spreadsheets fold to them.
const FORMULA_STARTS: [char; 10] = [
    '=', '+', '-', '@', '\t', '\r', '\u{FF1D}', '\u{FF0B}', '\u{FF0D}', '\u{FF20}',
];

/// One field, quoted when it holds a comma, quote, CR or LF (quotes doubled), or starts
/// with a character a spreadsheet would run as a formula; such a field gets a leading
/// apostrophe too, unless it is a plain number (`-12.5` stays a number).
pub fn csv_field(field: &str) -> String {
    let formula = field.starts_with(FORMULA_STARTS) && field.parse::<f64>().is_err();
    let needs = field.contains([',', '"', '\r', '\n']) || formula;
    if !needs {
        return field.to_string();
    }
    let body = field.replace('"', "\"\"");
    if formula {
        // A leading apostrophe keeps spreadsheets from evaluating it (OWASP CSV injection).
        format!("\"'{body}\"")
    } else {
        format!("\"{body}\"")
    }
}

/// Rows written as CSV with a BOM, each line ended by CRLF.
pub fn write_csv(rows: &[Vec<String>]) -> String {
    let mut out = String::from(BOM);
    for row in rows {
        let line: Vec<String> = row.iter().map(|f| csv_field(f)).collect();
        out.push_str(&line.join(","));
        out.push_str("\r\n");
    }
    out
}

/// The CSV rows of a chart's table: the header, then the label and plain numbers
/// (no thousands separators, so spreadsheets read them as numbers).
pub fn table_csv_rows(table: &ChartTable) -> Vec<Vec<String>> {
    let mut rows = vec![table.header.clone()];
    for (row, values) in table.rows.iter().zip(&table.values) {
        let mut line = vec![row.first().cloned().unwrap_or_default()];
        line.extend(values.iter().map(|v| plain_number(*v)));
        rows.push(line);
    }
    rows
}

/// A number with no grouping and no trailing `.0`.
pub fn plain_number(v: f64) -> String {
    if !v.is_finite() {
        return String::new();
    }
    if v.fract() == 0.0 && v.abs() < 1e15 {
        format!("{}", v as i64)
    } else {
        format!("{v}")
    }
}

/// A file name that says what and when: `certifications-by-country-2025.png`.
/// `variant` (e.g. `cumulative`) is added when given; unsafe characters become `-`.
pub fn export_file_name(slug: &str, variant: Option<&str>, year: u16, ext: &str) -> String {
    format!(
        "{}.{}",
        export_file_stem(slug, variant, year),
        clean_name(ext)
    )
}

/// Keeps ASCII letters and digits (lower-cased); everything else becomes a single `-`.
fn clean_name(s: &str) -> String {
    s.chars()
        .map(|c| {
            if c.is_ascii_alphanumeric() {
                c.to_ascii_lowercase()
            } else {
                '-'
            }
        })
        .collect::<String>()
        .split('-')
        .filter(|p| !p.is_empty())
        .collect::<Vec<_>>()
        .join("-")
}

/// [`export_file_name`] without the extension: `certifications-by-country-2025`.
pub fn export_file_stem(slug: &str, variant: Option<&str>, year: u16) -> String {
    let mut name = clean_name(slug);
    if name.is_empty() {
        name = "chart".to_string();
    }
    if let Some(v) = variant.map(clean_name).filter(|v| !v.is_empty()) {
        name.push('-');
        name.push_str(&v);
    }
    format!("{name}-{year}")
}
