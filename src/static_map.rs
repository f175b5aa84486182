//! A hash table that `build.rs` writes and the binary reads in place: no table is built at
//! start-up, and a one-file check does not wait for one. Keys are byte strings, values `u16`.
//!
//! Layout, little-endian: `u32` slot count (a power of two), `u32` key count, `u32` filter
//! word count (a power of two); the filter, that many `u64` words, in which each key sets two
//! bits of one word, about eight bits a key: a key the table lacks is turned away by one read
//! of a quarter of the tags' size, which stays in the cache as most lookups are of words the
//! table lacks, the candidates a rule tries for a misreading; a tag per slot,
//! `u16`: the hash's low 16 bits with the lowest set (0: empty); the slots' entries, sixteen
//! bytes each: the key's whole hash, its offset (24 bits), its length (8 bits), the `u16` value
//! and two bytes unused; then the keys. Slots are found by the hash's high bits and filled by
//! linear probing at about half load. The tags lie apart from the entries, so that a lookup of
//! a word the table lacks — most of those a rule makes as it tries a misreading's candidates —
//! reads only the tags, an eighth of the table, which stay in the cache where the whole table
//! would not. A key of eight bytes or fewer is its hash (one multiplication, a bijection, of its
//! length and bytes), so a word found is read from its entry alone; a longer one is compared
//! byte by byte.
//! This file is also compiled into `build.rs`, so the writer and the reader share [`hash`].

/// The hash both sides use: FxHash's step, over eight bytes at a time, then the rest.
pub fn hash(key: &[u8]) -> u64 {
    let step = |h: u64, w: u64| (h.rotate_left(5) ^ w).wrapping_mul(0x517c_c1b7_2722_0a95);
    let mut h: u64 = key.len() as u64;
    let mut chunks = key.chunks_exact(8);
    for c in &mut chunks {
        h = step(
            h,
            u64::from_le_bytes([c[0], c[1], c[2], c[3], c[4], c[5], c[6], c[7]]),
        );
    }
    let rest = chunks.remainder();
    if !rest.is_empty() {
        // The last bytes as a little-endian word, built in registers (a copy into a buffer
        // of their length is a call to `memcpy` on every lookup).
        let last = rest
            .iter()
            .rev()
            .fold(0u64, |w, &b| (w << 8) | u64::from(b));
        h = step(h, last);
    }
    h
}

/// Writes the table of `rows` (keys unique and not empty).
#[allow(dead_code)] // used by build.rs only
pub fn write(rows: &[(&str, u16)]) -> Vec<u8> {
    let slots = (rows.len() + rows.len() / 2).next_power_of_two().max(2);
    let mask = slots - 1;
    let shift = 64 - slots.trailing_zeros();
    let mut tags = vec![0u16; slots];
    let mut entries = vec![[0u8; ENTRY]; slots];
    let mut keys: Vec<u8> = Vec::new();
    let filter_words = filter_words(rows.len());
    let mut filter = vec![0u64; filter_words];
    for (key, value) in rows {
        assert!(!key.is_empty() && key.len() < 256 && keys.len() < 1 << 24);
        let h = hash(key.as_bytes());
        let (word, bits) = filter_bits(h, filter_words);
        filter[word] |= bits;
        // The high bits: a multiplicative hash mixes them best.
        let mut i = (h >> shift) as usize;
        while tags[i] != 0 {
            i = (i + 1) & mask;
        }
        tags[i] = tag(h);
        let off = (keys.len() as u32).to_le_bytes();
        let v = value.to_le_bytes();
        entries[i][..8].copy_from_slice(&h.to_le_bytes());
        entries[i][8..].copy_from_slice(&[
            off[0],
            off[1],
            off[2],
            key.len() as u8,
            v[0],
            v[1],
            0,
            0,
        ]);
        keys.extend(key.as_bytes());
    }
    let mut out = Vec::with_capacity(12 + filter_words * 8 + slots * (2 + ENTRY) + keys.len());
    out.extend((slots as u32).to_le_bytes());
    out.extend((rows.len() as u32).to_le_bytes());
    out.extend((filter_words as u32).to_le_bytes());
    for w in filter {
        out.extend(w.to_le_bytes());
    }
    for t in tags {
        out.extend(t.to_le_bytes());
    }
    for e in entries {
        out.extend(e);
    }
    out.extend(keys);
    out
}

/// The `u64` words of the filter of `keys` keys: about eight bits a key, a power of two.
fn filter_words(keys: usize) -> usize {
    (keys * 8 / 64).next_power_of_two().max(1)
}

/// The word of the filter a hash chooses and the two bits it sets there: the hash mixed once
/// more, its high bits the word, its low twelve the bits.
fn filter_bits(h: u64, words: usize) -> (usize, u64) {
    let mixed = (h ^ (h >> 31)).wrapping_mul(0x94d0_49bb_1331_11eb);
    let word = (mixed >> 32) as usize & (words - 1);
    (word, 1 << (mixed & 63) | 1 << ((mixed >> 6) & 63))
}

/// The bytes of a slot's entry: the key's hash, its offset, length and value.
const ENTRY: usize = 16;

/// A slot's tag of a key's hash: never 0, which marks an empty slot.
fn tag(h: u64) -> u16 {
    h as u16 | 1
}

/// A table read in place.
#[allow(dead_code)] // not used by build.rs
pub struct StaticMap {
    bytes: &'static [u8],
    filter_words: usize,
    tags: usize,
    mask: usize,
    shift: u32,
    entries: usize,
    keys: usize,
}

#[allow(dead_code)]
impl StaticMap {
    pub const fn new(bytes: &'static [u8]) -> StaticMap {
        let slots = u32::from_le_bytes([bytes[0], bytes[1], bytes[2], bytes[3]]) as usize;
        let filter_words = u32::from_le_bytes([bytes[8], bytes[9], bytes[10], bytes[11]]) as usize;
        let tags = 12 + filter_words * 8;
        StaticMap {
            bytes,
            filter_words,
            tags,
            mask: slots - 1,
            shift: 64 - slots.trailing_zeros(),
            entries: tags + slots * 2,
            keys: tags + slots * (2 + ENTRY),
        }
    }

    /// The value of `key`, if the table has it.
    pub fn get(&self, key: &str) -> Option<u16> {
        let key = key.as_bytes();
        let h = hash(key);
        let (word, bits) = filter_bits(h, self.filter_words);
        let at = 12 + word * 8;
        let w: &[u8; 8] = self.bytes[at..at + 8].try_into().ok()?;
        if u64::from_le_bytes(*w) & bits != bits {
            return None;
        }
        let want = tag(h);
        let mut i = (h >> self.shift) as usize;
        loop {
            let at = self.tags + i * 2;
            let t = u16::from_le_bytes([self.bytes[at], self.bytes[at + 1]]);
            if t == 0 {
                return None;
            }
            if t == want {
                let at = self.entries + i * ENTRY;
                let e: &[u8; ENTRY] = self.bytes[at..at + ENTRY].try_into().ok()?;
                let stored = u64::from_le_bytes([e[0], e[1], e[2], e[3], e[4], e[5], e[6], e[7]]);
                let len = e[11] as usize;
                // Keys of eight bytes or fewer have hashes of their own (one multiplication,
                // which is a bijection, of the length and the bytes): the hash is the key.
                if stored == h
                    && len == key.len()
                    && (len <= 8 || {
                        let off = self.keys + u32::from_le_bytes([e[8], e[9], e[10], 0]) as usize;
                        &self.bytes[off..off + len] == key
                    })
                {
                    return Some(u16::from_le_bytes([e[12], e[13]]));
                }
            }
            i = (i + 1) & self.mask;
        }
    }

    pub fn contains_key(&self, key: &str) -> bool {
        self.get(key).is_some()
    }
}

/// A blocked Bloom filter of a set of keys, written by `build.rs` and read in place: whether a
/// key may be in the set, answered from one cache line. A key of the set always may; another,
/// about once in a hundred. Put before a slower exact table (a finite-state map), it turns away
/// most keys the table lacks.
///
/// Layout: `u32` block count (a power of two), then the blocks, 64 bytes each; a key sets
/// [`BLOOM_BITS`] bits of the block its hash's high bits choose.
#[allow(dead_code)] // used by build.rs only
pub fn write_bloom(keys: &[&str]) -> Vec<u8> {
    // About sixteen bits a key.
    let blocks = (keys.len() * 16 / 512).next_power_of_two().max(1);
    let mut bits = vec![[0u64; 8]; blocks];
    for key in keys {
        let h = hash(key.as_bytes());
        let block = &mut bits[bloom_block(h, blocks)];
        for bit in bloom_bits(h) {
            block[bit / 64] |= 1 << (bit % 64);
        }
    }
    let mut out = Vec::with_capacity(4 + blocks * 64);
    out.extend((blocks as u32).to_le_bytes());
    for block in bits {
        for word in block {
            out.extend(word.to_le_bytes());
        }
    }
    out
}

/// How many bits of its block a key sets.
const BLOOM_BITS: usize = 6;

/// The block of a key's hash: its high bits.
fn bloom_block(h: u64, blocks: usize) -> usize {
    ((h >> 32) as usize) & (blocks - 1)
}

/// The bits (0..512) of a key's hash in its block: nine bits each of the hash mixed once more.
fn bloom_bits(h: u64) -> impl Iterator<Item = usize> {
    let mixed = (h ^ (h >> 29)).wrapping_mul(0xbf58_476d_1ce4_e5b9);
    (0..BLOOM_BITS).map(move |i| ((mixed >> (i * 9)) & 511) as usize)
}

/// A filter [`write_bloom`] wrote, read in place.
#[allow(dead_code)] // not used by build.rs
pub struct Bloom {
    bytes: &'static [u8],
    blocks: usize,
}

#[allow(dead_code)]
impl Bloom {
    pub const fn new(bytes: &'static [u8]) -> Bloom {
        let blocks = u32::from_le_bytes([bytes[0], bytes[1], bytes[2], bytes[3]]) as usize;
        Bloom { bytes, blocks }
    }

    /// False when `key` is surely not in the set.
    pub fn may_contain(&self, key: impl AsRef<[u8]>) -> bool {
        let h = hash(key.as_ref());
        let at = 4 + bloom_block(h, self.blocks) * 64;
        let block = &self.bytes[at..at + 64];
        bloom_bits(h).all(|bit| block[bit / 8] & (1 << (bit % 8)) != 0)
    }
}

#[cfg(test)]
mod tests {
    use super::{Bloom, StaticMap, write, write_bloom};

    #[test]
    fn a_bloom_filter_lets_every_key_through_and_turns_most_others_away() {
        let words: Vec<String> = (0..20_000).map(|n| format!("k{n}y")).collect();
        let keys: Vec<&str> = words.iter().map(String::as_str).collect();
        let bloom = Bloom::new(Box::leak(write_bloom(&keys).into_boxed_slice()));
        assert!(keys.iter().all(|k| bloom.may_contain(k)));
        let others = (0..20_000)
            .filter(|n| bloom.may_contain(format!("q{n}z")))
            .count();
        assert!(others < 400, "{others} of 20,000 others let through");
        let empty = Bloom::new(Box::leak(write_bloom(&[]).into_boxed_slice()));
        assert!(!empty.may_contain("k1y"));
    }

    #[test]
    fn a_written_table_reads_back_every_key_and_no_other() {
        let words: Vec<String> = (0..5_000).map(|n| format!("w{n}x")).collect();
        let rows: Vec<(&str, u16)> = words
            .iter()
            .enumerate()
            .map(|(n, w)| (w.as_str(), n as u16))
            .collect();
        let map = StaticMap::new(Box::leak(write(&rows).into_boxed_slice()));
        for (w, n) in &rows {
            assert_eq!(map.get(w), Some(*n), "{w}");
        }
        for absent in [
            "",
            "w",
            "w5000x",
            "w12",
            "a much longer key than any in the table",
            // Short keys are told apart by their hash alone: not by case, nor by a NUL more.
            "W1x",
            "w1x\0",
            "w1X",
            "w4999x\0\0",
        ] {
            assert_eq!(map.get(absent), None, "{absent}");
        }
        let empty = StaticMap::new(Box::leak(write(&[]).into_boxed_slice()));
        assert!(!empty.contains_key("w1x"));
    }
}
