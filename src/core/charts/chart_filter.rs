//! What the charts are filtered by: the year, the selected country, the number of bars and
//! how growth counts, as the charts view and the presenter set them.

/// What the charts are filtered by.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct ChartFilter {
    /// Count up to this year; `None` = all years (the latest).
    pub year: Option<u16>,
    /// The selected country (alpha-3).
    pub country: Option<String>,
    /// Bars shown before "others"; `None` = all countries.
    pub top: Option<usize>,
    /// Growth over time as running totals instead of per year.
    pub cumulative: bool,
}

impl ChartFilter {
    /// The last year counted: the filter's year, or every year.
    pub(super) fn through(&self) -> u16 {
        self.year.unwrap_or(u16::MAX)
    }
}
