//! A JSON document tree that borrows from the text it was parsed from and lives in an arena:
//! strings without escapes and object keys without escapes point into the text, and lists
//! and objects are slices in a [`Bump`] arena, built on a scratch stack so each is copied
//! once at its final size. A ×100 dataset (15 MB) holds about 210,000 objects and lists:
//! `serde_json::Value` makes a `String` per key and value and a B-tree per object, and even
//! one vector per object or list meant 210,000 allocations, 55,000 reallocations and as many
//! frees, which in wasm (dlmalloc) were the largest single cost of loading.
//!
//! Semantics follow `serde_json::Value` where the reader depends on them: a repeated key
//! keeps its last value, and numbers remember whether they were written as integers.

use bumpalo::Bump;
use serde::de::{self, DeserializeSeed, Deserializer, MapAccess, SeqAccess, Visitor};
use std::fmt;

/// A JSON number as written: a non-negative integer, a negative integer or a float.
#[derive(Clone, Copy, Debug, PartialEq)]
pub enum Number {
    /// An integer ≥ 0.
    PosInt(u64),
    /// An integer < 0.
    NegInt(i64),
    /// Anything with a fraction or exponent.
    Float(f64),
}

impl Number {
    /// The value as a float (always possible).
    pub fn as_f64(self) -> f64 {
        match self {
            Number::PosInt(n) => n as f64,
            Number::NegInt(n) => n as f64,
            Number::Float(f) => f,
        }
    }

    /// The value as an `i64`, if it is an integer that fits.
    pub fn as_i64(self) -> Option<i64> {
        match self {
            Number::PosInt(n) => i64::try_from(n).ok(),
            Number::NegInt(n) => Some(n),
            Number::Float(_) => None,
        }
    }

    /// The value as a `u64`, if it is a non-negative integer.
    pub fn as_u64(self) -> Option<u64> {
        match self {
            Number::PosInt(n) => Some(n),
            _ => None,
        }
    }
}

impl fmt::Display for Number {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Number::PosInt(n) => write!(f, "{n}"),
            Number::NegInt(n) => write!(f, "{n}"),
            Number::Float(x) => write!(f, "{x}"),
        }
    }
}

/// A JSON value borrowing from the parsed text and the arena.
#[derive(Clone, Copy, Debug, PartialEq)]
pub enum Json<'a> {
    /// `null`.
    Null,
    /// `true` or `false`.
    Bool(bool),
    /// A number.
    Number(Number),
    /// A string (in the text unless it had escapes, then decoded into the arena).
    String(&'a str),
    /// A list.
    Array(&'a [Json<'a>]),
    /// An object.
    Object(Object<'a>),
}

/// A JSON object: its members in file order.
#[derive(Clone, Copy, Debug, Default, PartialEq)]
pub struct Object<'a>(&'a [(&'a str, Json<'a>)]);

impl<'a> Object<'a> {
    /// An object of `members`, in file order.
    pub(super) fn from_members(members: &'a [(&'a str, Json<'a>)]) -> Self {
        Self(members)
    }

    /// The value of `key` (the last one, if the key repeats).
    pub fn get(&self, key: &str) -> Option<&'a Json<'a>> {
        // Length and first byte first: the decoder asks for every field of 100,000 records,
        // and nearly every other key differs in one of them, which saves calling `memcmp`
        // (a plain byte loop in wasm) a few million times at ×100.
        let first = key.as_bytes().first();
        self.0
            .iter()
            .rev()
            .find(|(k, _)| k.len() == key.len() && k.as_bytes().first() == first && *k == key)
            .map(|(_, v)| v)
    }

    /// Every member, in file order (a repeated key appears each time).
    pub fn members(&self) -> &'a [(&'a str, Json<'a>)] {
        self.0
    }

    /// Number of members.
    pub fn len(&self) -> usize {
        self.0.len()
    }

    /// Whether there are no members.
    pub fn is_empty(&self) -> bool {
        self.0.is_empty()
    }
}

impl<'a> Json<'a> {
    /// Whether this is a string.
    pub fn is_string(&self) -> bool {
        matches!(self, Json::String(_))
    }

    /// The value as an `i64`, if it is an integer number that fits.
    pub fn as_i64(&self) -> Option<i64> {
        match self {
            Json::Number(n) => n.as_i64(),
            _ => None,
        }
    }

    /// The string, if this is one.
    pub fn as_str(&self) -> Option<&str> {
        match self {
            Json::String(s) => Some(s),
            _ => None,
        }
    }

    /// The items, if this is a list.
    pub fn as_array(&self) -> Option<&'a [Json<'a>]> {
        match self {
            Json::Array(items) => Some(items),
            _ => None,
        }
    }
}

/// Parses `text` into a tree in `arena` by serde_json alone: the reference the byte scanner
/// (`scan.rs`, which uses this file's tree) must agree with, and what it hands its rare tokens
/// (escaped strings, signed or fractional numbers) and the documents it gives up on to.
pub fn parse_with_serde<'a>(text: &'a str, arena: &'a Bump) -> Result<Json<'a>, serde_json::Error> {
    let mut de = serde_json::Deserializer::from_str(text);
    let mut scratch = Scratch::default();
    let value = ValueSeed {
        arena,
        scratch: &mut scratch,
    }
    .deserialize(&mut de)?;
    de.end()?;
    Ok(value)
}

/// Values and members of the lists and objects still open, innermost last: a list's items
/// are pushed here while it is read, then copied into the arena as one slice.
#[derive(Default)]
struct Scratch<'a> {
    items: Vec<Json<'a>>,
    members: Vec<(&'a str, Json<'a>)>,
}

/// Reads one value into the arena.
struct ValueSeed<'s, 'a> {
    arena: &'a Bump,
    scratch: &'s mut Scratch<'a>,
}

impl<'a> DeserializeSeed<'a> for ValueSeed<'_, 'a> {
    type Value = Json<'a>;

    fn deserialize<D: Deserializer<'a>>(self, d: D) -> Result<Self::Value, D::Error> {
        d.deserialize_any(self)
    }
}

impl<'a> Visitor<'a> for ValueSeed<'_, 'a> {
    type Value = Json<'a>;

    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("any JSON value")
    }

    fn visit_bool<E>(self, v: bool) -> Result<Json<'a>, E> {
        Ok(Json::Bool(v))
    }

    fn visit_i64<E>(self, v: i64) -> Result<Json<'a>, E> {
        Ok(Json::Number(if v < 0 {
            Number::NegInt(v)
        } else {
            Number::PosInt(v as u64)
        }))
    }

    fn visit_u64<E>(self, v: u64) -> Result<Json<'a>, E> {
        Ok(Json::Number(Number::PosInt(v)))
    }

    fn visit_f64<E>(self, v: f64) -> Result<Json<'a>, E> {
        Ok(Json::Number(Number::Float(v)))
    }

    fn visit_borrowed_str<E>(self, v: &'a str) -> Result<Json<'a>, E> {
        Ok(Json::String(v))
    }

    fn visit_str<E>(self, v: &str) -> Result<Json<'a>, E> {
        Ok(Json::String(self.arena.alloc_str(v)))
    }

    fn visit_unit<E>(self) -> Result<Json<'a>, E> {
        Ok(Json::Null)
    }

    fn visit_none<E>(self) -> Result<Json<'a>, E> {
        Ok(Json::Null)
    }

    fn visit_seq<A: SeqAccess<'a>>(self, mut seq: A) -> Result<Json<'a>, A::Error> {
        let (arena, scratch) = (self.arena, self.scratch);
        let base = scratch.items.len();
        while let Some(item) = seq.next_element_seed(ValueSeed {
            arena,
            scratch: &mut *scratch,
        })? {
            scratch.items.push(item);
        }
        let items = arena.alloc_slice_copy(&scratch.items[base..]);
        scratch.items.truncate(base);
        Ok(Json::Array(items))
    }

    fn visit_map<A: MapAccess<'a>>(self, mut map: A) -> Result<Json<'a>, A::Error> {
        let (arena, scratch) = (self.arena, self.scratch);
        let base = scratch.members.len();
        while let Some(key) = map.next_key_seed(KeySeed(arena))? {
            let value = map.next_value_seed(ValueSeed {
                arena,
                scratch: &mut *scratch,
            })?;
            scratch.members.push((key, value));
        }
        let members = arena.alloc_slice_copy(&scratch.members[base..]);
        scratch.members.truncate(base);
        Ok(Json::Object(Object(members)))
    }
}

/// Reads an object key, borrowing it when it has no escapes.
struct KeySeed<'a>(&'a Bump);

impl<'a> DeserializeSeed<'a> for KeySeed<'a> {
    type Value = &'a str;

    fn deserialize<D: Deserializer<'a>>(self, d: D) -> Result<Self::Value, D::Error> {
        d.deserialize_str(self)
    }
}

impl<'a> Visitor<'a> for KeySeed<'a> {
    type Value = &'a str;

    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("an object key")
    }

    fn visit_borrowed_str<E: de::Error>(self, v: &'a str) -> Result<Self::Value, E> {
        Ok(v)
    }

    fn visit_str<E: de::Error>(self, v: &str) -> Result<Self::Value, E> {
        Ok(self.0.alloc_str(v))
    }
}
