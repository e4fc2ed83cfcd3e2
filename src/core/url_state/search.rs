//! The search view's URL parameters (filled in by the search feature).

use super::group::{ParamGroup, Parsed};

/// The search view's part of the URL state.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct SearchParams {}

impl ParamGroup for SearchParams {
    fn parse(&mut self, _key: &str, _value: &str) -> Parsed {
        Parsed::NotMine
    }

    fn write(&self, _out: &mut Vec<(&'static str, String)>) {}
}
