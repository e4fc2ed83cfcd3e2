//! A document's text, shared rather than copied.

use std::fmt;
use std::ops::{Deref, Range};
use std::sync::Arc;

/// A shared string or a piece of one: what a document's ids, fields and facet values are.
/// Cloning one counts a reference instead of copying, so an adapter can give many documents
/// the same text (a country's name) and cut all their own texts (titles, codes) from one
/// string, instead of allocating each (at ×100 the adapter made 450,000 allocations).
#[derive(Clone)]
pub struct Text {
    buf: Arc<str>,
    start: u32,
    end: u32,
}

impl Text {
    /// The piece `range` of `buf`.
    ///
    /// Panics if `range` is out of bounds or not on character boundaries.
    pub fn slice(buf: &Arc<str>, range: Range<usize>) -> Text {
        assert!(
            buf.get(range.clone()).is_some() && buf.len() <= u32::MAX as usize,
            "{range:?} is not a piece of a text of {} bytes",
            buf.len()
        );
        Text {
            buf: buf.clone(),
            start: range.start as u32,
            end: range.end as u32,
        }
    }

    /// A piece `range` of a string still being written, which `buf` stands for until
    /// [`Text::move_to`] points the piece at the finished string: reading it before then
    /// panics or reads the wrong bytes.
    pub(crate) fn pending(buf: &Arc<str>, range: Range<usize>) -> Text {
        Text {
            buf: buf.clone(),
            start: range.start as u32,
            end: range.end as u32,
        }
    }

    /// The text.
    #[inline]
    pub fn as_str(&self) -> &str {
        &self.buf[self.start as usize..self.end as usize]
    }

    /// Length in bytes (without reading the text).
    #[inline]
    pub fn len(&self) -> usize {
        (self.end - self.start) as usize
    }

    /// True if the text is empty.
    #[inline]
    pub fn is_empty(&self) -> bool {
        self.end == self.start
    }

    /// Where the text lies in memory, as (address, length): the same for every clone of one
    /// text, so a shared text can be recognised without reading it.
    #[inline]
    pub fn address(&self) -> (usize, usize) {
        let start = self.buf.as_ptr() as usize + self.start as usize;
        (start, self.len())
    }

    /// Points this text at `to` instead of `from`, keeping its range, if it is a piece of
    /// `from` (an adapter cuts texts from a string it is still writing, then shares it).
    pub(crate) fn move_to(&mut self, from: &Arc<str>, to: &Arc<str>) {
        if Arc::ptr_eq(&self.buf, from) {
            *self = Text::slice(to, self.start as usize..self.end as usize);
        }
    }
}

impl Default for Text {
    fn default() -> Self {
        Text::from("")
    }
}

impl Deref for Text {
    type Target = str;

    #[inline]
    fn deref(&self) -> &str {
        self.as_str()
    }
}

impl AsRef<str> for Text {
    fn as_ref(&self) -> &str {
        self.as_str()
    }
}

impl From<Arc<str>> for Text {
    fn from(buf: Arc<str>) -> Text {
        let end = buf.len();
        Text::slice(&buf, 0..end)
    }
}

impl From<&str> for Text {
    fn from(text: &str) -> Text {
        Text::from(Arc::<str>::from(text))
    }
}

impl From<String> for Text {
    fn from(text: String) -> Text {
        Text::from(Arc::<str>::from(text))
    }
}

impl PartialEq for Text {
    fn eq(&self, other: &Text) -> bool {
        self.as_str() == other.as_str()
    }
}

impl Eq for Text {}

impl PartialEq<str> for Text {
    fn eq(&self, other: &str) -> bool {
        self.as_str() == other
    }
}

impl PartialEq<&str> for Text {
    fn eq(&self, other: &&str) -> bool {
        self.as_str() == *other
    }
}

/// The dataset's ids and list items are compact strings; a facet value equals the one it
/// was made from.
impl PartialEq<compact_str::CompactString> for Text {
    fn eq(&self, other: &compact_str::CompactString) -> bool {
        self.as_str() == other.as_str()
    }
}

impl PartialEq<String> for Text {
    fn eq(&self, other: &String) -> bool {
        self.as_str() == other
    }
}

impl PartialEq<Text> for String {
    fn eq(&self, other: &Text) -> bool {
        self == other.as_str()
    }
}

impl fmt::Debug for Text {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        fmt::Debug::fmt(self.as_str(), f)
    }
}

impl fmt::Display for Text {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn pieces_of_one_string_share_it_and_keep_their_address() {
        let buf: Arc<str> = Arc::from("Türkiye汽车BRS-1");
        let word = Text::slice(&buf, 0..8);
        assert_eq!(word, "Türkiye");
        assert_eq!(Text::slice(&buf, 8..14), "汽车");
        assert_eq!(word.clone().address(), word.address());
        assert_ne!(Text::from("Türkiye").address(), word.address());
        assert_eq!(Text::from("Türkiye"), word);

        let mut moved = Text::slice(&buf, 14..19);
        let copy: Arc<str> = Arc::from(&*buf);
        moved.move_to(&buf, &copy);
        assert_eq!(moved, "BRS-1");
        assert_eq!(moved.address().0, copy.as_ptr() as usize + 14);
    }

    #[test]
    #[should_panic(expected = "not a piece")]
    fn a_piece_must_lie_on_character_boundaries() {
        let buf: Arc<str> = Arc::from("汽车");
        Text::slice(&buf, 0..1);
    }
}
