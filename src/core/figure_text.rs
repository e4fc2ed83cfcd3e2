//! Published figures as people read them: "more than 500", "fast 200", "超过10,000".

use crate::core::data::{KeyFigure, Qualifier};
use crate::core::i18n;
use crate::core::lang::Lang;

/// Formats a count with the language's digit grouping (`10,000`; German `10.000`).
/// Non-integers keep one decimal.
pub fn format_number(value: f64, lang: Lang) -> String {
    if !value.is_finite() {
        return "–".to_string();
    }
    let (group, decimal) = match lang {
        Lang::De => ('.', ','),
        Lang::En | Lang::ZhHans => (',', '.'),
    };
    let negative = value < 0.0;
    let rounded = (value.abs() * 10.0).round() / 10.0;
    let whole = rounded.trunc() as u64;
    let digits = whole.to_string();
    let mut out = String::new();
    for (i, c) in digits.chars().enumerate() {
        if i > 0 && (digits.len() - i).is_multiple_of(3) {
            out.push(group);
        }
        out.push(c);
    }
    let tenth = ((rounded - rounded.trunc()) * 10.0).round() as u64;
    if tenth > 0 {
        out.push(decimal);
        out.push_str(&tenth.to_string());
    }
    if negative && out != "0" {
        out.insert(0, '-');
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
    }
}
