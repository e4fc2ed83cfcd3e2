//! A tiny writer for SVG path data, rounding every coordinate to one decimal.
//!
//! One decimal is below a pixel yet keeps the strings short (OWID Grapher's `GeoFeatures`
//! does the same); repeated points that round together are dropped.

/// Builds an SVG `d` attribute from absolute `M`, `L` and `Z` commands.
#[derive(Debug, Default)]
pub struct SvgPath {
    d: String,
    last: Option<(i64, i64)>,
}

impl SvgPath {
    /// An empty path with room for about `points` points.
    pub fn with_capacity(points: usize) -> Self {
        Self {
            d: String::with_capacity(points * 12),
            last: None,
        }
    }

    /// Starts a new subpath at `p`.
    pub fn move_to(&mut self, p: (f64, f64)) {
        let q = tenths(p);
        self.d.push('M');
        push_point(&mut self.d, q);
        self.last = Some(q);
    }

    /// Draws a line to `p`, unless it rounds to the current point.
    pub fn line_to(&mut self, p: (f64, f64)) {
        let q = tenths(p);
        if self.last == Some(q) {
            return;
        }
        self.d.push('L');
        push_point(&mut self.d, q);
        self.last = Some(q);
    }

    /// Closes the current subpath.
    pub fn close(&mut self) {
        self.d.push('Z');
        self.last = None;
    }

    /// The finished `d` string.
    pub fn finish(self) -> String {
        self.d
    }
}

/// Rounds to integer tenths so that formatting is exact and `-0` never appears.
fn tenths((x, y): (f64, f64)) -> (i64, i64) {
    ((x * 10.0).round() as i64, (y * 10.0).round() as i64)
}

fn push_point(d: &mut String, (x, y): (i64, i64)) {
    push_tenths(d, x);
    d.push(',');
    push_tenths(d, y);
}

fn push_tenths(d: &mut String, v: i64) {
    // Hand-rolled digits: `write!` would cost most of the start-up projection time.
    if v < 0 {
        d.push('-');
    }
    let v = v.unsigned_abs();
    push_digits(d, v / 10);
    let frac = (v % 10) as u8;
    if frac != 0 {
        d.push('.');
        d.push(char::from(b'0' + frac));
    }
}

/// Appends the decimal digits of `v` (shared with the charts' markup writer).
pub(crate) fn push_digits(d: &mut String, mut v: u64) {
    let mut buf = [0u8; 20];
    let mut i = buf.len();
    loop {
        i -= 1;
        buf[i] = b'0' + (v % 10) as u8;
        v /= 10;
        if v == 0 {
            break;
        }
    }
    buf[i..].iter().for_each(|&b| d.push(char::from(b)));
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn rounds_to_one_decimal_without_negative_zero() {
        let mut p = SvgPath::default();
        p.move_to((1.04, -0.04));
        p.line_to((1.0, 0.0)); // rounds to the same point: dropped
        p.line_to((-2.25, 3.96));
        p.close();
        assert_eq!(p.finish(), "M1,0L-2.3,4Z");
    }

    #[test]
    fn formats_fractions_below_one_and_large_numbers() {
        let mut p = SvgPath::default();
        p.move_to((-0.5, 0.25));
        p.line_to((12345.67, -10.0));
        assert_eq!(p.finish(), "M-0.5,0.3L12345.7,-10");
    }
}
