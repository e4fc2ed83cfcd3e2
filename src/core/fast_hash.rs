//! The Fx hash (rustc's multiply-rotate hash) for maps and sets over the dataset's own
//! strings: SipHash's protection against crafted collisions is not needed there, and
//! hashing every id and token of a ×100 dataset dominated loading and index building.
//! The maps use `rustc-hash`; the search's term interner mixes its own words with the
//! two steps below.

use std::collections::{HashMap, HashSet};

/// One step of the Fx hash: mixes `word` into the state `h`.
#[inline(always)]
pub(crate) fn fx_round(h: u64, word: u64) -> u64 {
    const K: u64 = 0x51_7c_c1_b7_27_22_0a_95;
    (h.rotate_left(5) ^ word).wrapping_mul(K)
}

/// MurmurHash3's final mix (fmix64): spreads every bit of `h` over the whole word.
#[inline(always)]
pub(crate) fn fmix64(mut h: u64) -> u64 {
    h ^= h >> 33;
    h = h.wrapping_mul(0xff51_afd7_ed55_8ccd);
    h ^= h >> 33;
    h = h.wrapping_mul(0xc4ce_b9fe_1a85_ec53);
    h ^ (h >> 33)
}

/// Builds Fx hashers (`rustc-hash`: the hash rustc itself uses, with a final rotate that
/// spreads the input over the bits hashbrown indexes by).
pub type FastHash = rustc_hash::FxBuildHasher;
/// A `HashMap` with [`FastHash`].
pub type FastMap<K, V> = HashMap<K, V, FastHash>;
/// A `HashSet` with [`FastHash`].
pub type FastSet<T> = HashSet<T, FastHash>;
