//! Find a country by its name in English, Chinese or German, or by its ISO alpha-3 code.

use crate::core::search::normalize;

/// A country's code and names, as the matcher sees them.
#[derive(Clone, Debug, PartialEq)]
pub struct CountryNames {
    /// ISO alpha-3 code.
    pub id: String,
    /// Names in every language (English, Chinese, German).
    pub names: Vec<String>,
}

/// How well a country matches; lower is better.
fn rank(query: &str, country: &CountryNames) -> Option<u8> {
    if country.id.eq_ignore_ascii_case(query) {
        return Some(0);
    }
    country
        .names
        .iter()
        .filter_map(|name| {
            let name = normalize(name);
            if name == query {
                Some(1)
            } else if name.starts_with(query) {
                Some(2)
            } else if name
                .split(|c: char| !c.is_alphanumeric())
                .any(|w| w.starts_with(query))
            {
                Some(3)
            } else if name.contains(query) {
                Some(4)
            } else {
                None
            }
        })
        .min()
}

/// Ids of the countries matching `query`, best first (exact code, exact name, name prefix,
/// word prefix, substring; ties keep the input order), at most `limit`. Case, accents and
/// full-width forms are ignored (`kenia`, `KEN`, `肯尼亚`, `turkiye` all match). An empty
/// query matches nothing.
pub fn find_countries(query: &str, countries: &[CountryNames], limit: usize) -> Vec<String> {
    let query = normalize(query.trim());
    if query.is_empty() {
        return Vec::new();
    }
    let mut hits: Vec<(u8, usize)> = countries
        .iter()
        .enumerate()
        .filter_map(|(i, c)| rank(&query, c).map(|r| (r, i)))
        .collect();
    hits.sort();
    hits.into_iter()
        .take(limit)
        .map(|(_, i)| countries[i].id.clone())
        .collect()
}
