//! The map view's URL parameters: `layers=cert,partners,…`, `zoom=k,x,y`, `table=1`.

use super::group::{parse_list, ParamGroup, Parsed};
use super::map_layers::{Layer, LayerSet};

/// Largest zoom factor a link may ask for (the map's own limit).
const MAX_K: f64 = 12.0;
/// Largest translation a link may carry, in viewBox pixels (12 × the map's width).
const MAX_PAN: f64 = 12_000.0;

/// The map view's part of the URL state.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct MapParams {
    /// The layers shown.
    pub layers: LayerSet,
    /// Zoom as `(k, tx, ty)` in viewBox pixels; `None` is the whole world.
    pub zoom: Option<(f64, f64, f64)>,
    /// Whether the table view replaces the map.
    pub table: bool,
}

impl MapParams {
    /// Rounds a zoom for the URL: two decimals for the scale, whole pixels for the pan, so
    /// links stay short and equal views give equal links.
    pub fn round_zoom((k, x, y): (f64, f64, f64)) -> (f64, f64, f64) {
        (
            (k * 100.0).round() / 100.0,
            x.round() + 0.0,
            y.round() + 0.0,
        )
    }
}

fn parse_zoom(value: &str) -> Option<(f64, f64, f64)> {
    let parts = parse_list(value, |v| {
        v.parse::<f64>()
            .ok()
            .filter(|n| n.is_finite() && n.abs() <= MAX_PAN)
    })?;
    match parts[..] {
        [k, x, y] if (1.0..=MAX_K).contains(&k) => Some(MapParams::round_zoom((k, x, y))),
        _ => None,
    }
}

impl ParamGroup for MapParams {
    fn parse(&mut self, key: &str, value: &str) -> Parsed {
        let ok = match key {
            "layers" => parse_list(value, Layer::from_slug)
                .map(|ls| {
                    self.layers = ls.into_iter().fold(LayerSet::EMPTY, |s, l| s.with(l, true))
                })
                .is_some(),
            "zoom" => parse_zoom(value)
                .map(|z| self.zoom = (z.0 > 1.0 || z.1 != 0.0 || z.2 != 0.0).then_some(z))
                .is_some(),
            "table" => match value {
                "1" | "true" => {
                    self.table = true;
                    true
                }
                "0" | "false" => true,
                _ => false,
            },
            _ => return Parsed::NotMine,
        };
        if ok {
            Parsed::Taken
        } else {
            Parsed::Invalid
        }
    }

    fn write(&self, out: &mut Vec<(&'static str, String)>) {
        if self.layers != LayerSet::default() {
            out.push(("layers", self.layers.to_slugs()));
        }
        if let Some(z) = self.zoom {
            let (k, x, y) = MapParams::round_zoom(z);
            out.push(("zoom", format!("{k},{x},{y}")));
        }
        if self.table {
            out.push(("table", "1".to_string()));
        }
    }
}
