//! The map view's URL parameters (filled in by the map feature).

use super::group::{ParamGroup, Parsed};

/// The map view's part of the URL state.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct MapParams {}

impl ParamGroup for MapParams {
    fn parse(&mut self, _key: &str, _value: &str) -> Parsed {
        Parsed::NotMine
    }

    fn write(&self, _out: &mut Vec<(&'static str, String)>) {}
}
