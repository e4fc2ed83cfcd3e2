//! Keyboard movement between a matrix chart's cells (roving tab stop): which cell an
//! arrow key lands on. A bar chart's marks are a plain list: [`crate::core::list_keys`].

use crate::core::list_keys::{ListKeys, ListMove};

/// The cell a key moves to among filled `cells` given as `(row, column)` in reading
/// order: Left/Right step along the list, Up/Down go to the nearest filled cell in the
/// previous/next row that has one.
pub fn move_in_grid(key: &str, current: usize, cells: &[(usize, usize)]) -> Option<usize> {
    if cells.is_empty() {
        return None;
    }
    let current = current.min(cells.len() - 1);
    let (row, col) = cells[current];
    let nearest_in = |target_row: usize| {
        cells
            .iter()
            .enumerate()
            .filter(|(_, (r, _))| *r == target_row)
            .min_by_key(|(_, (_, c))| c.abs_diff(col))
            .map(|(i, _)| i)
    };
    match key {
        "ArrowDown" => Some(
            cells
                .iter()
                .map(|(r, _)| *r)
                .filter(|r| *r > row)
                .min()
                .and_then(nearest_in)
                .unwrap_or(current),
        ),
        "ArrowUp" => Some(
            cells
                .iter()
                .map(|(r, _)| *r)
                .filter(|r| *r < row)
                .max()
                .and_then(nearest_in)
                .unwrap_or(current),
        ),
        _ => ListMove::from_key(key, ListKeys::All)?.apply(Some(current), cells.len()),
    }
}
