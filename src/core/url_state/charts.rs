//! The charts view's URL parameters (filled in by the charts feature).

use super::group::{ParamGroup, Parsed};

/// The charts view's part of the URL state.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct ChartParams {}

impl ParamGroup for ChartParams {
    fn parse(&mut self, _key: &str, _value: &str) -> Parsed {
        Parsed::NotMine
    }

    fn write(&self, _out: &mut Vec<(&'static str, String)>) {}
}
