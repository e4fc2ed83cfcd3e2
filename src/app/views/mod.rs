//! The views behind the navigation.

mod about;
mod charts;
mod current_view;
mod map;
mod present;
mod search;

pub use about::AboutView;
pub use charts::ChartsView;
pub use current_view::CurrentView;
pub use map::{provide_world, CooperationMap, MapView};
pub use present::PresentView;
pub use search::{prebuild_soon, SearchView};
