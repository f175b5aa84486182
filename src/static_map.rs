//! A hash table that `build.rs` writes and the binary reads in place: no table is built at
//! start-up, and a one-file check does not wait for one. Keys are byte strings, values `u16`.
//!
//! Layout, little-endian: `u32` slot count (a power of two), `u32` key count; the slots, found
//! by the hash's high bits and filled by linear probing at half load, eight bytes each: the key's
//! offset (24 bits), its length (8 bits; 0: empty), a tag of the hash's low 16 bits (so that a
//! key the table lacks is seldom compared byte by byte) and the `u16` value; then the keys.
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
        let mut last = [0u8; 8];
        last[..rest.len()].copy_from_slice(rest);
        h = step(h, u64::from_le_bytes(last));
    }
    h
}

/// Writes the table of `rows` (keys unique and not empty).
#[allow(dead_code)] // used by build.rs only
pub fn write(rows: &[(&str, u16)]) -> Vec<u8> {
    let slots = (rows.len() * 2).next_power_of_two().max(2);
    let mask = slots - 1;
    let shift = 64 - slots.trailing_zeros();
    let mut slot = vec![[0u8; 8]; slots];
    let mut keys: Vec<u8> = Vec::new();
    for (key, value) in rows {
        assert!(!key.is_empty() && key.len() < 256 && keys.len() < 1 << 24);
        let h = hash(key.as_bytes());
        // The high bits: a multiplicative hash mixes them best.
        let mut i = (h >> shift) as usize;
        while slot[i][3] != 0 {
            i = (i + 1) & mask;
        }
        let off = (keys.len() as u32).to_le_bytes();
        let tag = (h as u16).to_le_bytes();
        let v = value.to_le_bytes();
        slot[i] = [
            off[0],
            off[1],
            off[2],
            key.len() as u8,
            tag[0],
            tag[1],
            v[0],
            v[1],
        ];
        keys.extend(key.as_bytes());
    }
    let mut out = Vec::with_capacity(8 + slots * 8 + keys.len());
    out.extend((slots as u32).to_le_bytes());
    out.extend((rows.len() as u32).to_le_bytes());
    for s in slot {
        out.extend(s);
    }
    out.extend(keys);
    out
}

/// A table read in place.
#[allow(dead_code)] // not used by build.rs
pub struct StaticMap {
    bytes: &'static [u8],
    mask: usize,
    shift: u32,
    keys: usize,
}

#[allow(dead_code)]
impl StaticMap {
    pub const fn new(bytes: &'static [u8]) -> StaticMap {
        let slots = u32::from_le_bytes([bytes[0], bytes[1], bytes[2], bytes[3]]) as usize;
        StaticMap {
            bytes,
            mask: slots - 1,
            shift: 64 - slots.trailing_zeros(),
            keys: 8 + slots * 8,
        }
    }

    /// The value of `key`, if the table has it.
    pub fn get(&self, key: &str) -> Option<u16> {
        let key = key.as_bytes();
        let h = hash(key);
        let tag = (h as u16).to_le_bytes();
        let mut i = (h >> self.shift) as usize;
        loop {
            let at = 8 + i * 8;
            let b = &self.bytes[at..at + 8];
            let len = b[3] as usize;
            if len == 0 {
                return None;
            }
            if len == key.len() && b[4..6] == tag {
                let off = self.keys + u32::from_le_bytes([b[0], b[1], b[2], 0]) as usize;
                if &self.bytes[off..off + len] == key {
                    return Some(u16::from_le_bytes([b[6], b[7]]));
                }
            }
            i = (i + 1) & self.mask;
        }
    }

    pub fn contains_key(&self, key: &str) -> bool {
        self.get(key).is_some()
    }
}

#[cfg(test)]
mod tests {
    use super::{StaticMap, write};

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
        ] {
            assert_eq!(map.get(absent), None, "{absent}");
        }
        let empty = StaticMap::new(Box::leak(write(&[]).into_boxed_slice()));
        assert!(!empty.contains_key("w1x"));
    }
}
