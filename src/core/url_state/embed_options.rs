//! Embedding options: an accent colour and whether the view's controls are shown.

use super::group::{ParamGroup, Parsed};

/// The embed options of the URL state (`accent=0b5fa5`, `controls=0`).
#[derive(Clone, Debug, PartialEq)]
pub struct EmbedParams {
    /// An accent colour as `#rrggbb` (lower case), validated; `None` keeps the theme's.
    pub accent: Option<String>,
    /// Whether the view shows its controls (layer toggles, facets, …).
    pub controls: bool,
}

impl Default for EmbedParams {
    fn default() -> Self {
        EmbedParams {
            accent: None,
            controls: true,
        }
    }
}

/// Reads `#rgb`, `#rrggbb`, `rgb` or `rrggbb` (case-insensitive) as `#rrggbb`.
pub fn parse_hex_color(value: &str) -> Option<String> {
    let hex = value.strip_prefix('#').unwrap_or(value);
    if !hex.bytes().all(|b| b.is_ascii_hexdigit()) {
        return None;
    }
    let hex = hex.to_ascii_lowercase();
    match hex.len() {
        6 => Some(format!("#{hex}")),
        3 => Some(format!(
            "#{}",
            hex.chars().flat_map(|c| [c, c]).collect::<String>()
        )),
        _ => None,
    }
}

impl ParamGroup for EmbedParams {
    fn parse(&mut self, key: &str, value: &str) -> Parsed {
        match key {
            "accent" => match parse_hex_color(value) {
                Some(color) => {
                    self.accent = Some(color);
                    Parsed::Taken
                }
                None => Parsed::Invalid,
            },
            "controls" => match value {
                "1" | "true" => {
                    self.controls = true;
                    Parsed::Taken
                }
                "0" | "false" => {
                    self.controls = false;
                    Parsed::Taken
                }
                _ => Parsed::Invalid,
            },
            _ => Parsed::NotMine,
        }
    }

    fn write(&self, out: &mut Vec<(&'static str, String)>) {
        if let Some(accent) = &self.accent {
            out.push(("accent", accent.trim_start_matches('#').to_string()));
        }
        if !self.controls {
            out.push(("controls", "0".to_string()));
        }
    }
}
