//! A tiny writer for SVG path data, rounding every coordinate to one decimal, and its reader.
//!
//! One decimal is below a pixel yet keeps the strings short (OWID Grapher's `GeoFeatures`
//! does the same); repeated points that round together are dropped. Each subpath starts
//! with an absolute `M`; the points after it are relative steps (`l`, written once, as SVG
//! repeats a command for the pairs that follow), between points rounded first, so no error
//! adds up. Numbers drop a leading zero and a separator before a minus sign:
//! `M458.4,143.9l0,.2-8.2-.1` is 458.4,143.9 → 458.4,144.1 → 450.2,144. The map's paths are
//! most of the first view's bytes: this takes about a third off them.

/// Builds an SVG `d` attribute from `M`, `l` and `Z` commands.
#[derive(Debug, Default)]
pub struct SvgPath {
    d: String,
    last: Option<(i64, i64)>,
    /// Whether the current subpath's `l` has been written.
    relative: bool,
}

impl SvgPath {
    /// An empty path with room for about `points` points.
    pub fn with_capacity(points: usize) -> Self {
        Self {
            d: String::with_capacity(points * 8),
            last: None,
            relative: false,
        }
    }

    /// Starts a new subpath at `p`.
    pub fn move_to(&mut self, p: (f64, f64)) {
        let q = tenths(p);
        self.d.push('M');
        push_pair(&mut self.d, q);
        self.last = Some(q);
        self.relative = false;
    }

    /// Draws a line to `p`, unless it rounds to the current point.
    pub fn line_to(&mut self, p: (f64, f64)) {
        let q = tenths(p);
        let Some(last) = self.last else {
            // A line with no current point starts the subpath there.
            self.move_to(p);
            return;
        };
        if last == q {
            return;
        }
        let step = (q.0 - last.0, q.1 - last.1);
        if !self.relative {
            self.d.push('l');
            self.relative = true;
        } else if step.0 >= 0 {
            self.d.push(' ');
        }
        push_pair(&mut self.d, step);
        self.last = Some(q);
    }

    /// Closes the current subpath.
    pub fn close(&mut self) {
        self.d.push('Z');
        self.last = None;
        self.relative = false;
    }

    /// The finished `d` string.
    pub fn finish(self) -> String {
        self.d
    }
}

/// The points of each subpath of a `d` string written by [`SvgPath`] (or any path of `M`,
/// `L`, `l` and `Z` commands), in absolute coordinates.
pub fn parse_path(d: &str) -> Result<Vec<Vec<(f64, f64)>>, String> {
    let mut subpaths: Vec<Vec<(f64, f64)>> = Vec::new();
    let mut numbers: Vec<f64> = Vec::new();
    let mut command = ' ';
    let mut at = (0.0, 0.0);
    let mut rest = d;
    loop {
        let start = rest.trim_start_matches([' ', ',']);
        let c = start.chars().next();
        match c {
            Some(c @ ('M' | 'L' | 'l' | 'Z')) => {
                if c == 'Z' && subpaths.is_empty() {
                    return Err("Z before M".into());
                }
                command = c;
                rest = &start[1..];
            }
            Some(c) if c == '-' || c == '.' || c.is_ascii_digit() => {
                let (value, after) = read_number(start)?;
                numbers.push(value);
                rest = after;
                if numbers.len() == 2 {
                    let (x, y) = (numbers[0], numbers[1]);
                    numbers.clear();
                    match command {
                        'M' => {
                            at = (x, y);
                            subpaths.push(vec![at]);
                            command = 'L';
                        }
                        'L' | 'l' => {
                            at = if command == 'l' {
                                (at.0 + x, at.1 + y)
                            } else {
                                (x, y)
                            };
                            subpaths.last_mut().ok_or("a line before M")?.push(at);
                        }
                        _ => return Err(format!("a number after {command:?}")),
                    }
                }
            }
            Some(other) => return Err(format!("unexpected {other:?}")),
            None if numbers.is_empty() => return Ok(subpaths),
            None => return Err("an odd number of coordinates".into()),
        }
    }
}

/// Reads one number (`-12.5`, `.3`, `-.3`, `7`) from the start of `s`.
fn read_number(s: &str) -> Result<(f64, &str), String> {
    let bytes = s.as_bytes();
    let mut end = usize::from(bytes.first() == Some(&b'-'));
    let mut dot = false;
    while let Some(&b) = bytes.get(end) {
        match b {
            b'0'..=b'9' => end += 1,
            b'.' if !dot => {
                dot = true;
                end += 1;
            }
            _ => break,
        }
    }
    let text = &s[..end];
    text.parse()
        .map(|v| (v, &s[end..]))
        .map_err(|_| format!("not a number: {text:?}"))
}

/// Rounds to integer tenths so that formatting is exact and `-0` never appears.
fn tenths((x, y): (f64, f64)) -> (i64, i64) {
    ((x * 10.0).round() as i64, (y * 10.0).round() as i64)
}

/// `x,y`, or `x-y` when the minus sign separates them.
fn push_pair(d: &mut String, (x, y): (i64, i64)) {
    push_tenths(d, x);
    if y >= 0 {
        d.push(',');
    }
    push_tenths(d, y);
}

fn push_tenths(d: &mut String, v: i64) {
    // Hand-rolled digits: `write!` would cost most of the start-up projection time.
    if v < 0 {
        d.push('-');
    }
    let v = v.unsigned_abs();
    let whole = v / 10;
    let frac = (v % 10) as u8;
    // ".5", not "0.5"; but "0" itself.
    if whole != 0 || frac == 0 {
        push_digits(d, whole);
    }
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
        assert_eq!(p.finish(), "M1,0l-3.3,4Z");
    }

    #[test]
    fn steps_are_relative_between_rounded_points_and_share_one_command() {
        let mut p = SvgPath::default();
        p.move_to((458.44, 143.9));
        p.line_to((458.4, 144.1));
        p.line_to((450.2, 144.0));
        p.line_to((450.2, 150.0));
        p.close();
        p.move_to((-0.5, 0.25));
        p.line_to((12345.67, -10.0));
        assert_eq!(
            p.finish(),
            "M458.4,143.9l0,.2-8.2-.1 0,6ZM-.5,.3l12346.2-10.3"
        );
    }

    #[test]
    fn the_reader_gives_back_the_rounded_points() {
        let d = "M458.4,143.9l0,.2-8.2-.1 0,6ZM-.5,.3l12346.2-10.3";
        let points = parse_path(d).unwrap();
        let expected = [
            vec![
                (458.4, 143.9),
                (458.4, 144.1),
                (450.2, 144.0),
                (450.2, 150.0),
            ],
            vec![(-0.5, 0.3), (12345.7, -10.0)],
        ];
        assert_eq!(points.len(), expected.len());
        for (got, want) in points.iter().zip(&expected) {
            assert_eq!(got.len(), want.len());
            for (a, b) in got.iter().zip(want) {
                assert!(
                    (a.0 - b.0).abs() < 1e-9 && (a.1 - b.1).abs() < 1e-9,
                    "{a:?} {b:?}"
                );
            }
        }
        assert_eq!(
            parse_path("M1,2L3,4 5,6").unwrap(),
            [vec![(1.0, 2.0), (3.0, 4.0), (5.0, 6.0)]]
        );
        for bad in ["M1", "l1,2", "M1,2x", "M1,2l3", "Z"] {
            assert!(parse_path(bad).is_err(), "{bad}");
        }
    }
}
