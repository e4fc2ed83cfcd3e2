//! The app's one shared state, mirrored in the URL query string.
//!
//! Parsing and writing are pure: `AppState::from_query` never fails (a bad parameter is
//! ignored and reported as a [`UrlWarning`]) and `AppState::to_query` writes only what
//! differs from the defaults, in a stable order, so equal states give equal links.
//!
//! The choices a link names live here too: the view and theme, the map's layers, the chart
//! and its growth mode, the search's result kinds and sort orders. The map, the charts and
//! the search sit above the state and take them from it, never the state from them.

mod chart_choices;
mod charts;
mod embed_options;
mod group;
mod map;
mod map_layers;
mod search;
mod search_choices;
mod view_theme;

pub use chart_choices::{ChartKind, GrowthMode};
pub use charts::{ChartParams, DEFAULT_TOP};
pub use embed_options::EmbedParams;
pub use group::{parse_list, ParamGroup, Parsed};
pub use map::MapParams;
pub use map_layers::{Layer, LayerSet};
pub use search::{picked_years, SearchParams};
pub use search_choices::{kind_from_slug, kind_slug, SearchSort};
pub use view_theme::{Theme, View};

// The interface language lives at the bottom of the core (`core::lang`); a link carries it
// too (`lang=`), so it is named here as well.
pub use crate::core::lang::Lang;

use std::fmt;

/// Longest value kept for a free-text parameter (the search query); longer ones are cut.
pub const MAX_QUERY_CHARS: usize = 200;
/// Longest raw value echoed back inside a warning, so a hostile URL cannot flood the console.
const MAX_ECHO_CHARS: usize = 40;
/// Most parameters a link is read for (a view's whole state needs about 20); the rest are
/// skipped and counted in one warning, so a hostile link costs a bounded amount of work.
pub const MAX_PARAMS: usize = 64;
/// Most warnings a link yields: past the first `MAX_WARNINGS - 1`, one more says how many
/// others there were.
pub const MAX_WARNINGS: usize = 5;

/// Everything a link can restore. One struct, so a view is shareable and embeddable.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct AppState {
    /// The view shown.
    pub view: View,
    /// The language chosen explicitly; `None` follows the browser.
    pub lang: Option<Lang>,
    /// The colour theme.
    pub theme: Theme,
    /// Embed mode: only the view, without site header and navigation.
    pub embed: bool,
    /// The selected country (ISO 3166-1 alpha-3, upper case). Existence is checked against
    /// the dataset by the app, not here.
    pub country: Option<String>,
    /// The year shown on the map and charts; `None` means the latest year.
    pub year: Option<u16>,
    /// The search query (at most [`MAX_QUERY_CHARS`] characters).
    pub query: String,
    /// Embedding options: accent colour, controls shown.
    pub embed_params: EmbedParams,
    /// The map's own parameters (layers, zoom).
    pub map: MapParams,
    /// The search view's own parameters (facets).
    pub search: SearchParams,
    /// The charts' and presenter's own parameters.
    pub charts: ChartParams,
}

impl AppState {
    /// Offers `key=value` to each feature's group in turn.
    fn parse_group_param(&mut self, key: &str, value: &str) -> Parsed {
        for parsed in [
            self.embed_params.parse(key, value),
            self.map.parse(key, value),
            self.search.parse(key, value),
            self.charts.parse(key, value),
        ] {
            if parsed != Parsed::NotMine {
                return parsed;
            }
        }
        Parsed::NotMine
    }

    /// Each feature's group's parameters, in a stable order.
    fn group_params(&self) -> Vec<(&'static str, String)> {
        let mut out = Vec::new();
        self.embed_params.write(&mut out);
        self.map.write(&mut out);
        self.search.write(&mut out);
        self.charts.write(&mut out);
        out
    }
}

/// A URL parameter that was ignored, and why. Shown as a console warning.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct UrlWarning {
    /// The parameter's name (possibly shortened).
    pub key: String,
    /// Why it was ignored or changed.
    pub reason: WarningReason,
}

/// Why a URL parameter was ignored or changed.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum WarningReason {
    /// The parameter is not one the atlas knows.
    UnknownKey,
    /// The value is not valid for that parameter (the value is echoed, shortened).
    InvalidValue(String),
    /// The parameter appeared more than once; the first value was kept.
    Repeated,
    /// The value was too long and was cut.
    Truncated,
    /// This many more parameters were skipped (past [`MAX_PARAMS`]) or had warnings (past
    /// [`MAX_WARNINGS`]) that are not listed.
    More(usize),
}

impl fmt::Display for UrlWarning {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match &self.reason {
            WarningReason::UnknownKey => write!(f, "ignored unknown URL parameter “{}”", self.key),
            WarningReason::InvalidValue(v) => {
                write!(
                    f,
                    "ignored invalid value “{v}” for URL parameter “{}”",
                    self.key
                )
            }
            WarningReason::Repeated => {
                write!(
                    f,
                    "URL parameter “{}” repeated; kept the first value",
                    self.key
                )
            }
            WarningReason::Truncated => write!(
                f,
                "URL parameter “{}” longer than {MAX_QUERY_CHARS} characters; cut",
                self.key
            ),
            WarningReason::More(n) => write!(f, "{n} more URL parameter(s) ignored or changed"),
        }
    }
}

/// The first warnings, and one that counts the rest (and `skipped` unread parameters).
fn cap_warnings(mut warnings: Vec<UrlWarning>, skipped: usize) -> Vec<UrlWarning> {
    if warnings.len() <= MAX_WARNINGS && skipped == 0 {
        return warnings;
    }
    let listed = warnings.len().min(MAX_WARNINGS - 1);
    let more = warnings.len() - listed + skipped;
    warnings.truncate(listed);
    warnings.push(UrlWarning {
        key: String::new(),
        reason: WarningReason::More(more),
    });
    warnings
}

fn shorten(s: &str) -> String {
    let mut out: String = s.chars().take(MAX_ECHO_CHARS).collect();
    if s.chars().count() > MAX_ECHO_CHARS {
        out.push('…');
    }
    out
}

fn is_country_code(s: &str) -> bool {
    s.len() == 3 && s.bytes().all(|b| b.is_ascii_uppercase())
}

fn parse_year(s: &str) -> Option<u16> {
    if s.len() != 4 || !s.bytes().all(|b| b.is_ascii_digit()) {
        return None;
    }
    s.parse().ok().filter(|y| (1900..=2100).contains(y))
}

impl AppState {
    /// Parses a query string (with or without the leading `?`). Never fails: whatever is
    /// malformed, unknown or repeated is skipped and listed in the returned warnings.
    pub fn from_query(query: &str) -> (AppState, Vec<UrlWarning>) {
        let query = query.strip_prefix('?').unwrap_or(query);
        let mut state = AppState::default();
        let mut warnings = Vec::new();
        // At most MAX_PARAMS keys: a linear scan of them is cheap.
        let mut seen: Vec<String> = Vec::new();
        let (mut read, mut skipped) = (0, 0);
        let mut pairs = form_urlencoded::parse(query.as_bytes());
        while let Some((key, value)) = pairs.next() {
            if key.is_empty() && value.is_empty() {
                continue;
            }
            if read == MAX_PARAMS {
                skipped = 1 + pairs
                    .filter(|(k, v)| !(k.is_empty() && v.is_empty()))
                    .count();
                break;
            }
            read += 1;
            let key_short = shorten(&key);
            if seen.iter().any(|k| *k == key) {
                warnings.push(UrlWarning {
                    key: key_short,
                    reason: WarningReason::Repeated,
                });
                continue;
            }
            seen.push(key.to_string());
            let invalid = || UrlWarning {
                key: shorten(&key),
                reason: WarningReason::InvalidValue(shorten(&value)),
            };
            let ok = match key.as_ref() {
                "view" => View::from_slug(&value).map(|v| state.view = v).is_some(),
                "lang" => Lang::from_tag(&value)
                    .map(|l| state.lang = Some(l))
                    .is_some(),
                "theme" => Theme::from_slug(&value).map(|t| state.theme = t).is_some(),
                "embed" => match value.as_ref() {
                    "1" | "true" => {
                        state.embed = true;
                        true
                    }
                    "0" | "false" => true,
                    _ => false,
                },
                "country" => {
                    let code = value.to_ascii_uppercase();
                    is_country_code(&code)
                        .then(|| state.country = Some(code))
                        .is_some()
                }
                "year" => parse_year(&value).map(|y| state.year = Some(y)).is_some(),
                "q" => {
                    if value.chars().count() > MAX_QUERY_CHARS {
                        warnings.push(UrlWarning {
                            key: key_short.clone(),
                            reason: WarningReason::Truncated,
                        });
                    }
                    state.query = value.chars().take(MAX_QUERY_CHARS).collect();
                    true
                }
                _ => match state.parse_group_param(&key, &value) {
                    Parsed::Taken => true,
                    Parsed::Invalid => false,
                    Parsed::NotMine => {
                        warnings.push(UrlWarning {
                            key: key_short,
                            reason: WarningReason::UnknownKey,
                        });
                        continue;
                    }
                },
            };
            if !ok {
                warnings.push(invalid());
            }
        }
        (state, cap_warnings(warnings, skipped))
    }

    /// Writes the state as a query string with a leading `?`, or `""` for the default state.
    /// Only non-default values are written, always in the same order.
    pub fn to_query(&self) -> String {
        let mut out = form_urlencoded::Serializer::new(String::new());
        if self.view != View::default() {
            out.append_pair("view", self.view.slug());
        }
        if let Some(lang) = self.lang {
            out.append_pair("lang", lang.slug());
        }
        if self.theme != Theme::default() {
            out.append_pair("theme", self.theme.slug());
        }
        if self.embed {
            out.append_pair("embed", "1");
        }
        if let Some(country) = &self.country {
            out.append_pair("country", country);
        }
        if let Some(year) = self.year {
            out.append_pair("year", &year.to_string());
        }
        if !self.query.is_empty() {
            out.append_pair("q", &self.query);
        }
        for (key, value) in self.group_params() {
            out.append_pair(key, &value);
        }
        let query = out.finish();
        if query.is_empty() {
            query
        } else {
            format!("?{query}")
        }
    }
}
