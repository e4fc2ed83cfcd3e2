//! Keyboard order over the map's countries: one tab stop into the map, then arrow keys
//! move west/east along the longitude order and north/south to the nearest country.

/// An arrow key, or Home/End.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Direction {
    /// Next country to the east (→).
    East,
    /// Next country to the west (←).
    West,
    /// Nearest country to the north (↑).
    North,
    /// Nearest country to the south (↓).
    South,
    /// The westernmost country (Home).
    First,
    /// The easternmost country (End).
    Last,
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
    let pos = order.iter().position(|&i| i == current);
    match dir {
        Direction::First => order.first().copied().unwrap_or(current),
        Direction::Last => order.last().copied().unwrap_or(current),
        Direction::East => pos
            .and_then(|p| order.get(p + 1))
            .copied()
            .unwrap_or(current),
        Direction::West => pos
            .and_then(|p| p.checked_sub(1))
            .and_then(|p| order.get(p))
            .copied()
            .unwrap_or(current),
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
