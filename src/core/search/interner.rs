//! Distinct byte strings, numbered in order of first appearance: the index builder's term
//! and chunk tables.
//!
//! The bytes live in one buffer and the table holds numbers, so a new string costs no
//! allocation of its own (a `HashMap<String, u32>` made 68,000 strings at ×100, then moved
//! them all to sort them), and finding one hashes it once, a word at a time.

use crate::core::fast_hash::{fmix64, fx_round};

/// A set of byte strings, each with an id: 0, 1, 2… in order of first appearance.
pub(super) struct Interner {
    bytes: Vec<u8>,
    /// String `i` is `bytes[ends[i - 1]..ends[i]]` (from 0 for the first).
    ends: Vec<u32>,
    /// Open addressing with linear probing: 0 is empty, otherwise the id + 1 (low half) and
    /// the top half of the string's hash (high half), which rules out most other strings
    /// without reading their bytes.
    slots: Vec<u64>,
}

impl Interner {
    /// An empty set with room for about `strings` strings of `bytes` bytes in all.
    pub fn with_capacity(strings: usize, bytes: usize) -> Interner {
        Interner {
            bytes: Vec::with_capacity(bytes),
            ends: Vec::with_capacity(strings),
            // At most half full: linear probing stays short.
            slots: vec![0; (strings * 2).next_power_of_two().max(16)],
        }
    }

    /// Number of strings.
    pub fn len(&self) -> usize {
        self.ends.len()
    }

    /// String `id`.
    pub fn get(&self, id: u32) -> &[u8] {
        let ends = &self.ends[..];
        let end = ends[id as usize] as usize;
        let start = if id == 0 {
            0
        } else {
            ends[id as usize - 1] as usize
        };
        &self.bytes[start..end]
    }

    /// The id of `string` and whether it was new (then it has the next free id).
    pub fn intern(&mut self, string: &[u8]) -> (u32, bool) {
        let hash = hash(string);
        let tag = hash >> 32 << 32;
        let mask = self.slots.len() - 1;
        let mut at = hash as usize & mask;
        loop {
            let slot = self.slots[at];
            if slot == 0 {
                break;
            }
            if slot & !0xffff_ffff == tag {
                let id = (slot as u32).wrapping_sub(1);
                if self.get(id) == string {
                    return (id, false);
                }
            }
            at = (at + 1) & mask;
        }
        let id = self.ends.len() as u32;
        self.bytes.extend_from_slice(string);
        self.ends.push(self.bytes.len() as u32);
        self.slots[at] = tag | u64::from(id + 1);
        if self.ends.len() * 2 > self.slots.len() {
            self.grow();
        }
        (id, true)
    }

    /// Doubles the table (each string's hash is computed again: rare, as the builder sizes
    /// the table for the dataset).
    fn grow(&mut self) {
        let mut slots = vec![0u64; self.slots.len() * 2];
        let mask = slots.len() - 1;
        for id in 0..self.ends.len() as u32 {
            let hash = hash(self.get(id));
            let mut at = hash as usize & mask;
            while slots[at] != 0 {
                at = (at + 1) & mask;
            }
            slots[at] = hash >> 32 << 32 | u64::from(id + 1);
        }
        self.slots = slots;
    }
}

/// A hash of `bytes` (Fx's multiply-rotate over 8-byte words, the length mixed in, and
/// MurmurHash3's final mix). The last 1–8 bytes are read as two overlapping loads instead
/// of one at a time, so a short term is two or three rounds.
fn hash(bytes: &[u8]) -> u64 {
    let mut h = fx_round(0, bytes.len() as u64);
    let mut rest = bytes;
    while let Some((word, tail)) = rest.split_first_chunk::<8>() {
        if tail.is_empty() {
            break;
        }
        h = fx_round(h, u64::from_le_bytes(*word));
        rest = tail;
    }
    let n = rest.len();
    let last = if n >= 4 {
        let head = u32::from_le_bytes([rest[0], rest[1], rest[2], rest[3]]);
        let tail = u32::from_le_bytes([rest[n - 4], rest[n - 3], rest[n - 2], rest[n - 1]]);
        u64::from(head) | u64::from(tail) << 32
    } else if n > 0 {
        u64::from(rest[0]) | u64::from(rest[n / 2]) << 8 | u64::from(rest[n - 1]) << 16
    } else {
        0
    };
    fmix64(fx_round(h, last))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn each_distinct_string_gets_one_id_in_order_of_first_appearance() {
        // Few slots to start with, so the table grows several times on the way.
        let mut interner = Interner::with_capacity(1, 1);
        let mut expected: Vec<Vec<u8>> = Vec::new();
        let words: Vec<Vec<u8>> = (0..5000u32)
            .map(|i| {
                // Lengths 0 to 40, with shared prefixes and suffixes.
                let n = (i * 7 % 41) as usize;
                let mut w: Vec<u8> = format!("{:x}", i % 1700).into_bytes();
                w.resize(n.max(w.len()), b'-');
                w
            })
            .chain([Vec::new(), b"a".to_vec(), "汽车".as_bytes().to_vec()])
            .collect();
        for w in &words {
            let (id, new) = interner.intern(w);
            match expected.iter().position(|e| e == w) {
                Some(at) => assert_eq!((id, new), (at as u32, false), "{w:?}"),
                None => {
                    assert_eq!((id, new), (expected.len() as u32, true), "{w:?}");
                    expected.push(w.clone());
                }
            }
        }
        assert_eq!(interner.len(), expected.len());
        for (id, e) in expected.iter().enumerate() {
            assert_eq!(interner.get(id as u32), &e[..]);
        }
    }

    #[test]
    fn strings_differing_in_one_byte_or_length_hash_apart() {
        let words: [&[u8]; 8] = [
            b"",
            b"\0",
            b"\0\0",
            b"abcdefgh",
            b"abcdefgh\0",
            b"abcdefgi",
            b"bacdefgh",
            b"abc",
        ];
        for (i, a) in words.iter().enumerate() {
            for b in &words[i + 1..] {
                assert_ne!(hash(a), hash(b), "{a:?} {b:?}");
            }
        }
    }
}
