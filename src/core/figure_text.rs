//! Published figures as people read them: "more than 500", "fast 200", "超过10,000".

use crate::core::data::{KeyFigure, Qualifier};
use crate::core::i18n;
use crate::core::lang::Lang;

/// Formats a count with the language's digit grouping (`10,000`; German `10.000`).
/// Non-integers keep one decimal.
pub fn format_number(value: f64, lang: Lang) -> String {
    format_decimal(value, 1, lang)
}

/// Every number the app shows goes through here: `value` rounded to at most `decimals`
/// decimals (trailing zeros dropped), with the language's digit grouping and decimal sign
/// (`12,345.67`; German `12.345,67`). Not finite: a dash. `-0` shows as `0`.
pub fn format_decimal(value: f64, decimals: u32, lang: Lang) -> String {
    if !value.is_finite() {
        return "–".to_string();
    }
    let (group, decimal) = match lang {
        Lang::De => ('.', ','),
        Lang::En | Lang::ZhHans => (',', '.'),
    };
    let scale = 10f64.powi(decimals.min(6) as i32);
    let rounded = (value.abs() * scale).round();
    // Whole part and fraction as integers, so no float noise reaches the digits.
    let whole = (rounded / scale).trunc();
    let fraction = (rounded - whole * scale) as u64;
    let digits = format!("{whole:.0}");
    let mut out = String::with_capacity(digits.len() + 8);
    if value < 0.0 && rounded > 0.0 {
        out.push('-');
    }
    for (i, c) in digits.chars().enumerate() {
        if i > 0 && (digits.len() - i).is_multiple_of(3) {
            out.push(group);
        }
        out.push(c);
    }
    if fraction > 0 {
        let text = format!("{fraction:0width$}", width = decimals as usize);
        out.push(decimal);
        out.push_str(text.trim_end_matches('0'));
    }
    out
}

/// The i18n key of the phrase for a qualifier (`{value}`, `more than {value}`, …).
pub fn qualifier_key(qualifier: Qualifier) -> &'static str {
    match qualifier {
        Qualifier::Exactly => "figure_exactly",
        Qualifier::MoreThan => "figure_more_than",
        Qualifier::Almost => "figure_almost",
    }
}

/// A key figure's value with its qualifier, in `lang` ("more than 500"); a dash when the
/// figure has no number (targets such as the fields of cooperation).
pub fn qualified_value(figure: &KeyFigure, lang: Lang) -> String {
    match figure.value {
        Some(value) => i18n::format(
            lang,
            qualifier_key(figure.qualifier),
            &[("value", &format_number(value, lang))],
        ),
        None => "–".to_string(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn groups_digits_by_language() {
        assert_eq!(format_number(10000.0, Lang::En), "10,000");
        assert_eq!(format_number(10000.0, Lang::De), "10.000");
        assert_eq!(format_number(1234567.0, Lang::ZhHans), "1,234,567");
        assert_eq!(format_number(47.0, Lang::En), "47");
        assert_eq!(format_number(0.0, Lang::En), "0");
        assert_eq!(format_number(2.5, Lang::De), "2,5");
        assert_eq!(format_number(-1500.0, Lang::En), "-1,500");
        assert_eq!(format_number(f64::NAN, Lang::En), "–");
        assert_eq!(format_number(1e9, Lang::En), "1,000,000,000");
        assert_eq!(format_decimal(1234.567, 2, Lang::De), "1.234,57");
        assert_eq!(format_decimal(0.25, 2, Lang::ZhHans), "0.25");
        assert_eq!(format_decimal(0.05, 2, Lang::En), "0.05");
        assert_eq!(format_decimal(-0.001, 2, Lang::En), "0");
        assert_eq!(format_decimal(2.999, 2, Lang::En), "3");
        assert_eq!(format_decimal(-2.5, 0, Lang::En), "-3");
    }
}
