//! The presenter's slide deck and keyboard vocabulary, kept pure so the key handling is
//! tested natively and the component only dispatches.

use crate::core::url_state::ChartKind;

/// One slide.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Slide {
    /// The published key figures with their qualifiers.
    KeyFigures,
    /// The map, growing year by year.
    Map,
    /// One chart.
    Chart(ChartKind),
}

/// Every slide, in order: key figures, the map, then each chart.
pub fn deck() -> Vec<Slide> {
    let mut slides = vec![Slide::KeyFigures, Slide::Map];
    slides.extend(ChartKind::ALL.into_iter().map(Slide::Chart));
    slides
}

impl Slide {
    /// The i18n key of the slide's title.
    pub fn title_key(self) -> &'static str {
        match self {
            Slide::KeyFigures => "charts_slide_key_figures",
            Slide::Map => "charts_slide_map",
            Slide::Chart(kind) => kind.title_key(),
        }
    }
}

/// What a key press asks the presenter to do.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum PresenterKey {
    /// Next slide (→, Space, PageDown).
    Next,
    /// Previous slide (←, PageUp).
    Previous,
    /// First slide (Home).
    First,
    /// Last slide (End).
    Last,
    /// Toggle full screen (F).
    Fullscreen,
    /// Leave the presenter (Esc).
    Leave,
    /// Pause or resume animations (P).
    Pause,
    /// A digit of a slide number to jump to.
    Digit(u8),
    /// Jump to the typed number (Enter).
    Jump,
    /// Remove the last typed digit (Backspace).
    Erase,
}

/// The action for a `KeyboardEvent.key` value; `None` leaves the key to the browser.
pub fn presenter_key(key: &str) -> Option<PresenterKey> {
    Some(match key {
        "ArrowRight" | " " | "Spacebar" | "PageDown" => PresenterKey::Next,
        "ArrowLeft" | "PageUp" => PresenterKey::Previous,
        "Home" => PresenterKey::First,
        "End" => PresenterKey::Last,
        "f" | "F" => PresenterKey::Fullscreen,
        "Escape" | "Esc" => PresenterKey::Leave,
        "p" | "P" => PresenterKey::Pause,
        "Enter" => PresenterKey::Jump,
        "Backspace" => PresenterKey::Erase,
        k if k.len() == 1 && k.as_bytes()[0].is_ascii_digit() => {
            PresenterKey::Digit(k.as_bytes()[0] - b'0')
        }
        _ => return None,
    })
}

/// The slide (1-based) a typed number jumps to, clamped to `1..=total`; `None` when
/// nothing usable was typed.
pub fn jump_target(typed: &str, total: usize) -> Option<usize> {
    let n: usize = typed.parse().ok()?;
    (total > 0).then(|| n.clamp(1, total))
}

/// Clamps a 1-based slide number from the URL to the deck.
pub fn clamp_slide(slide: Option<u16>, total: usize) -> usize {
    usize::from(slide.unwrap_or(1)).clamp(1, total.max(1))
}

/// The next year of the map animation, wrapping from `last` back to `first`.
pub fn next_year(current: Option<u16>, first: u16, last: u16) -> u16 {
    match current {
        Some(y) if y >= first && y < last => y + 1,
        Some(y) if y >= last => first,
        _ => first,
    }
}
