//! Keyboard movement between a chart's marks (roving tab stop): which mark an arrow key
//! lands on. Pure, so the rules are tested natively.

/// The mark a key moves to in a list of `len` marks, from `current`; `None` if the key
/// is not a movement key. Right/Down go forward, Left/Up back, Home/End to the ends.
pub fn move_in_list(key: &str, current: usize, len: usize) -> Option<usize> {
    if len == 0 {
        return None;
    }
    let current = current.min(len - 1);
    Some(match key {
        "ArrowRight" | "ArrowDown" => (current + 1).min(len - 1),
        "ArrowLeft" | "ArrowUp" => current.saturating_sub(1),
        "Home" => 0,
        "End" => len - 1,
        _ => return None,
    })
}

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
        "ArrowRight" | "ArrowLeft" | "Home" | "End" => move_in_list(key, current, cells.len()),
        _ => None,
    }
}
