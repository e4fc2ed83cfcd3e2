//! Keyboard order over the map's countries: one tab stop into the map, then arrow keys
//! move west/east along the longitude order and north/south to the nearest country.

use crate::core::list_keys::{ListKeys, ListMove};

/// A move between countries by keyboard.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Direction {
    /// Along the west-to-east order: → east, ← west, Home the westernmost, End the
    /// easternmost.
    Along(ListMove),
    /// Nearest country to the north (↑).
    North,
    /// Nearest country to the south (↓).
    South,
}

impl Direction {
    /// The move `key` (a `KeyboardEvent.key`) means on a focused country: ↑ and ↓ go
    /// north and south, the other arrows, Home and End along the order.
    pub fn from_key(key: &str) -> Option<Self> {
        match key {
            "ArrowUp" => Some(Self::North),
            "ArrowDown" => Some(Self::South),
            _ => ListMove::from_key(key, ListKeys::All).map(Self::Along),
        }
    }
}

/// Indices of `anchors` sorted west to east, ties north to south: the Tab/arrow order.
pub fn keyboard_order(anchors: &[(f64, f64)]) -> Vec<usize> {
    let mut order: Vec<usize> = (0..anchors.len()).collect();
    order.sort_by(|&a, &b| {
        anchors[a]
            .0
            .total_cmp(&anchors[b].0)
            .then(anchors[a].1.total_cmp(&anchors[b].1))
    });
    order
}

/// The country reached from `current` (an index into `anchors`, screen coordinates with
/// `y` down) by `dir`. East/West step along `order`; North/South pick the nearest country
/// above/below, favouring small sideways moves. Stays put at the edges.
pub fn neighbour(anchors: &[(f64, f64)], order: &[usize], current: usize, dir: Direction) -> usize {
    match dir {
        Direction::Along(step) => {
            let pos = order.iter().position(|&i| i == current);
            step.apply(pos, order.len())
                .and_then(|p| order.get(p))
                .copied()
                .unwrap_or(current)
        }
        Direction::North | Direction::South => {
            let Some(&(x0, y0)) = anchors.get(current) else {
                return current;
            };
            let sign = if dir == Direction::North { -1.0 } else { 1.0 };
            anchors
                .iter()
                .enumerate()
                .filter(|&(i, &(_, y))| i != current && (y - y0) * sign > 0.0)
                .map(|(i, &(x, y))| (i, (y - y0).abs() + 2.0 * (x - x0).abs()))
                .min_by(|a, b| a.1.total_cmp(&b.1))
                .map_or(current, |(i, _)| i)
        }
    }
}
