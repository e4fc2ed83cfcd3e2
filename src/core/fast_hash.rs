//! A multiply-rotate hasher (the rustc "Fx" hash) for maps and sets over the dataset's own
//! strings: SipHash's protection against crafted collisions is not needed there, and
//! hashing every id and token of a ×100 dataset dominated loading and index building.
//!
//! Why not `rustc-hash` (compiled in through Leptos anyway): its `FxHasher` keeps a `usize`
//! state, 32 bits in wasm32, finished by a rotate only, which presumably gives hashbrown
//! many more collisions there.
//! Natively (64-bit) it was 5 % fewer instructions for the ×100 index build, but in the
//! browser the ×100 parse + validate took 669 ms against 204 ms with this hasher, and the
//! map's year change 13 ms against 3.7 ms (A/B of 3 December 2026, docs/PERFORMANCE.md).
//! This one hashes 64-bit words everywhere and mixes the result with fmix64.

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

/// The hasher's state.
#[derive(Default, Clone, Copy)]
pub struct FxHasher(u64);

impl std::hash::Hasher for FxHasher {
    fn write(&mut self, bytes: &[u8]) {
        let mut chunks = bytes.chunks_exact(8);
        for chunk in &mut chunks {
            let word = u64::from_le_bytes(chunk.try_into().unwrap_or_default());
            self.0 = fx_round(self.0, word);
        }
        for &b in chunks.remainder() {
            self.0 = fx_round(self.0, u64::from(b));
        }
    }

    // The same step as `write(&[b])`, without the call and the loop: `str` hashes end with
    // a 0xff byte, so every id hashed goes through here once (same hash values as before).
    fn write_u8(&mut self, b: u8) {
        self.0 = fx_round(self.0, u64::from(b));
    }

    fn finish(&self) -> u64 {
        // The multiply leaves the low bits (hashbrown's bucket index) depending only on
        // the low bits of the input; a final mix (MurmurHash3's fmix64) spreads every input
        // bit over the whole word. Without it, ids that differ late (`trainer-01234`)
        // crowded into a few buckets and every set insert compared many strings.
        fmix64(self.0)
    }
}

/// Builds [`FxHasher`]s.
pub type FastHash = std::hash::BuildHasherDefault<FxHasher>;
/// A `HashMap` with [`FxHasher`].
pub type FastMap<K, V> = HashMap<K, V, FastHash>;
/// A `HashSet` with [`FxHasher`].
pub type FastSet<T> = HashSet<T, FastHash>;

#[cfg(test)]
mod tests {
    use super::FxHasher;
    use std::hash::Hasher;

    #[test]
    fn one_byte_hashes_as_a_one_byte_slice() {
        for b in [0, 1, 0x7f, 0xff] {
            let (mut a, mut s) = (FxHasher(0x1234_5678), FxHasher(0x1234_5678));
            a.write_u8(b);
            s.write(&[b]);
            assert_eq!(a.finish(), s.finish());
        }
    }
}
