//! A hand-written reader for the JSON a dataset file normally is: it builds the same
//! [`Json`] tree as the serde_json-driven parser in [`super::tree`], byte by byte and
//! without serde's visitor calls, and gives up (`None`) at anything it does not handle
//! itself: any syntax error, nesting deeper than [`MAX_DEPTH`]. The caller then parses the
//! text with serde_json, which either builds the same tree or reports the error with
//! serde_json's message, so what is accepted, the tree and every error stay serde_json's.
//!
//! The tokens whose meaning has corners (numbers other than plain integers, strings with
//! escapes) are handed to serde_json one by one, so their values are serde_json's too; in
//! a dataset they are few (coordinates, a handful of escaped quotes), and the world map
//! has none (integers only).

use bumpalo::Bump;

use super::tree::{parse_with_serde, Json, Number, Object};

/// Deepest nesting read here; deeper documents go to serde_json (limit 128) whole.
pub const MAX_DEPTH: usize = 100;

/// The tree of `text`, or `None` when serde_json must decide (see the module note).
pub fn parse<'a>(text: &'a str, arena: &'a Bump) -> Option<Json<'a>> {
    let mut scan = Scan {
        text,
        bytes: text.as_bytes(),
        pos: 0,
        arena,
        items: Vec::new(),
        members: Vec::new(),
    };
    let value = scan.value(0)?;
    scan.skip_whitespace();
    (scan.pos == scan.bytes.len()).then_some(value)
}

/// The reader's position, plus the values and members of the lists and objects still
/// open (innermost last), which are copied into the arena as one slice when they close.
struct Scan<'a> {
    text: &'a str,
    bytes: &'a [u8],
    pos: usize,
    arena: &'a Bump,
    items: Vec<Json<'a>>,
    members: Vec<(&'a str, Json<'a>)>,
}

// The small helpers are marked `#[inline(always)]`: with `opt-level = "z"` they stayed
// calls, which cost more than the scanning itself (checked with callgrind).
impl<'a> Scan<'a> {
    #[inline(always)]
    fn peek(&self) -> Option<u8> {
        self.bytes.get(self.pos).copied()
    }

    /// Skips serde_json's whitespace: space, tab, line feed, carriage return.
    #[inline(always)]
    fn skip_whitespace(&mut self) {
        while let Some(b' ' | b'\t' | b'\n' | b'\r') = self.peek() {
            self.pos += 1;
        }
    }

    /// Skips whitespace and returns the next byte, consumed.
    #[inline(always)]
    fn next_token(&mut self) -> Option<u8> {
        self.skip_whitespace();
        let b = self.peek()?;
        self.pos += 1;
        Some(b)
    }

    /// A value inside a list or object: strings and plain integers, most of them, are
    /// read in place; the rest through [`Scan::value`].
    #[inline(always)]
    fn item(&mut self, depth: usize) -> Option<Json<'a>> {
        self.skip_whitespace();
        match self.peek()? {
            b'"' => {
                self.pos += 1;
                self.string().map(Json::String)
            }
            b'1'..=b'9' => {
                let start = self.pos;
                let mut n = 0u64;
                while let Some(d @ b'0'..=b'9') = self.peek() {
                    n = n.wrapping_mul(10).wrapping_add(u64::from(d - b'0'));
                    self.pos += 1;
                }
                let plain = self.pos - start <= 19
                    && !matches!(self.peek(), Some(b'.' | b'e' | b'E' | b'+' | b'-'));
                if plain {
                    Some(Json::Number(Number::PosInt(n)))
                } else {
                    self.pos = start;
                    self.value(depth)
                }
            }
            _ => self.value(depth),
        }
    }

    fn value(&mut self, depth: usize) -> Option<Json<'a>> {
        match self.next_token()? {
            b'"' => self.string().map(Json::String),
            b'{' if depth < MAX_DEPTH => self.object(depth + 1),
            b'[' if depth < MAX_DEPTH => self.array(depth + 1),
            b't' => self.literal(b"rue", Json::Bool(true)),
            b'f' => self.literal(b"alse", Json::Bool(false)),
            b'n' => self.literal(b"ull", Json::Null),
            b'-' | b'0'..=b'9' => self.number(),
            _ => None,
        }
    }

    fn literal(&mut self, rest: &[u8], value: Json<'a>) -> Option<Json<'a>> {
        let end = self.pos + rest.len();
        (self.bytes.get(self.pos..end)? == rest).then(|| {
            self.pos = end;
            value
        })
    }

    /// A number; its first byte is consumed. Plain integers are read here: up to 19 digits,
    /// or a minus and up to 18 digits not starting with 0 (the world map's coordinate
    /// deltas); anything else (fraction, exponent, leading zero, `-0`, more digits) by
    /// serde_json.
    fn number(&mut self) -> Option<Json<'a>> {
        let start = self.pos - 1;
        while let Some(b'0'..=b'9' | b'.' | b'e' | b'E' | b'+' | b'-') = self.peek() {
            self.pos += 1;
        }
        let token = &self.bytes[start..self.pos];
        let (negative, digits) = match token {
            [b'-', rest @ ..] => (true, rest),
            _ => (false, token),
        };
        let leading = match digits {
            [b'1'..=b'9', ..] => true,
            [b'0'] => !negative,
            _ => false,
        };
        let plain = leading
            && digits.len() <= if negative { 18 } else { 19 }
            && digits.iter().all(u8::is_ascii_digit);
        if plain {
            let n = digits
                .iter()
                .fold(0u64, |n, &d| n * 10 + u64::from(d - b'0'));
            return Some(Json::Number(if negative {
                // 18 digits and a non-zero first one: 1 ≤ n < 10^18 < 2^63.
                Number::NegInt(-(n as i64))
            } else {
                Number::PosInt(n)
            }));
        }
        match parse_with_serde(self.text.get(start..self.pos)?, self.arena) {
            Ok(number @ Json::Number(_)) => Some(number),
            _ => None,
        }
    }

    /// A string; its opening quote is consumed. Borrowed from the text when it has no
    /// escapes; an escaped one is decoded by serde_json into the arena.
    #[inline(always)]
    fn string(&mut self) -> Option<&'a str> {
        let start = self.pos;
        self.pos += plain_run(&self.bytes[start..]);
        let b = self.peek()?;
        self.pos += 1;
        match b {
            b'"' => self.text.get(start..self.pos - 1),
            b'\\' => self.escaped_string(start),
            _ => None,
        }
    }

    /// The rest of a string with escapes, from its first backslash (consumed); `start` is
    /// just after the opening quote.
    #[cold]
    fn escaped_string(&mut self, start: usize) -> Option<&'a str> {
        // Find the closing quote (a backslash always escapes the byte after it), then let
        // serde_json decode and check the whole string.
        self.pos += 1;
        loop {
            match *self.bytes.get(self.pos)? {
                b'"' => break,
                b'\\' => self.pos += 2,
                _ => self.pos += 1,
            }
        }
        self.pos += 1;
        match parse_with_serde(self.text.get(start - 1..self.pos)?, self.arena) {
            Ok(Json::String(s)) => Some(s),
            _ => None,
        }
    }

    /// A list; its `[` is consumed.
    fn array(&mut self, depth: usize) -> Option<Json<'a>> {
        let base = self.items.len();
        self.skip_whitespace();
        if self.peek() == Some(b']') {
            self.pos += 1;
        } else {
            loop {
                let item = self.item(depth)?;
                self.items.push(item);
                match self.next_token()? {
                    b',' => {}
                    b']' => break,
                    _ => return None,
                }
            }
        }
        let items = self.arena.alloc_slice_copy(&self.items[base..]);
        self.items.truncate(base);
        Some(Json::Array(items))
    }

    /// An object; its `{` is consumed.
    fn object(&mut self, depth: usize) -> Option<Json<'a>> {
        let base = self.members.len();
        self.skip_whitespace();
        if self.peek() == Some(b'}') {
            self.pos += 1;
        } else {
            loop {
                if self.next_token()? != b'"' {
                    return None;
                }
                let key = self.string()?;
                if self.next_token()? != b':' {
                    return None;
                }
                let value = self.item(depth)?;
                self.members.push((key, value));
                match self.next_token()? {
                    b',' => {}
                    b'}' => break,
                    _ => return None,
                }
            }
        }
        let members = self.arena.alloc_slice_copy(&self.members[base..]);
        self.members.truncate(base);
        Some(Json::Object(Object::from_members(members)))
    }
}

/// The length of the run at the start of `bytes` without a quote, a backslash or a control
/// byte (what ends or breaks a plain string), looked for eight bytes at a time: strings are
/// most of a dataset's bytes.
#[inline(always)]
fn plain_run(bytes: &[u8]) -> usize {
    const ONES: u64 = 0x0101_0101_0101_0101;
    const HIGH: u64 = 0x8080_8080_8080_8080;
    let mut chunks = bytes.chunks_exact(8);
    let mut n = 0;
    for chunk in &mut chunks {
        let w = u64::from_le_bytes(chunk.try_into().unwrap_or_default());
        let quote = w ^ (ONES * u64::from(b'"'));
        let backslash = w ^ (ONES * u64::from(b'\\'));
        // A byte's high bit is set where it is zero (resp. below 0x20); bits above the
        // lowest one may be false, so only the lowest is used.
        let found = (quote.wrapping_sub(ONES) & !quote
            | backslash.wrapping_sub(ONES) & !backslash
            | w.wrapping_sub(ONES * 0x20) & !w)
            & HIGH;
        if found != 0 {
            return n + (found.trailing_zeros() / 8) as usize;
        }
        n += 8;
    }
    n + chunks
        .remainder()
        .iter()
        .position(|&b| b == b'"' || b == b'\\' || b < 0x20)
        .unwrap_or(chunks.remainder().len())
}
