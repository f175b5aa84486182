//! Data packs under `rules/`, embedded at build time and parsed once.

use crate::static_map::{Bloom, StaticMap};
use std::sync::LazyLock;

pub use crate::rows::data_lines;

/// English words (SCOWL, American and British), as written: lower-case common words and
/// capitalised proper nouns, each with SCOWL's size class when it is in the smaller lists: 35 for
/// everyday words ("house", "satin"), 50 for common ones ("renter", "Blair"), 0 for the rest
/// ("samey").
///
/// The word tables are read in place from the tables `build.rs` wrote ([`StaticMap`]): a one-file
/// check waits for none. (Heap maps built beside them once answered a long run 3-4 % faster; the
/// tables' tags, kept apart from their entries, made them the faster, and the heap maps went.)
pub static WORDS: StaticMap =
    StaticMap::new(include_bytes!(concat!(env!("OUT_DIR"), "/words.map")));

/// Lower-case English words with their frequency in centibels (128 for "the": 10^-1.28).
static WORD_FREQ: StaticMap =
    StaticMap::new(include_bytes!(concat!(env!("OUT_DIR"), "/word-freq.map")));

/// How rare a lower-case word is, in centibels: 128 for "the", 460 for "tho"; `None` below one
/// in a million.
pub fn word_rarity(word: &str) -> Option<u16> {
    WORD_FREQ.get(word)
}

/// Rarer tokens of English text (once in a million words down to once in a hundred million),
/// mostly names: `rules/rare-tokens.tsv` as the finite-state map `build.rs` makes of it, read in
/// place.
static RARE_TOKENS: LazyLock<fst::Map<&'static [u8]>> = LazyLock::new(|| {
    static BYTES: &[u8] = include_bytes!(concat!(env!("OUT_DIR"), "/rare-tokens.fst"));
    fst::Map::new(BYTES).expect("build.rs writes a valid map")
});

/// How rare a lower-case token is in English text, in centibels, down to once in a hundred
/// million words (800): 424 for "charles", 742 for "pinchuk"; `None` for a token no text has
/// written that often ("plnchuk").
pub fn token_rarity(word: &str) -> Option<u16> {
    static MAYBE: Bloom = Bloom::new(include_bytes!(concat!(
        env!("OUT_DIR"),
        "/rare-tokens.bloom"
    )));
    word_rarity(word).or_else(|| {
        if !MAYBE.may_contain(word) {
            return None;
        }
        RARE_TOKENS
            .get(word)
            .map(|cb| u16::try_from(cb).unwrap_or(u16::MAX))
    })
}

/// How often words and pairs of words are printed in books: `rules/word-bigrams.tsv` (Google
/// Books counts, via SymSpell) as the finite-state map `build.rs` makes of it, read in place.
static BOOK_COUNTS: LazyLock<fst::Map<&'static [u8]>> = LazyLock::new(|| {
    static BYTES: &[u8] = include_bytes!(concat!(env!("OUT_DIR"), "/word-bigrams.fst"));
    fst::Map::new(BYTES).expect("build.rs writes a valid map")
});

/// How often the lower-case `word` is printed in books, in bels (log10 of the count): 10.36 for
/// "the"; `None` for a word of no English dictionary.
pub fn book_count(word: &str) -> Option<f32> {
    book_lookup(word.as_bytes())
}

/// The book table's value of a key, in bels, asked of its Bloom filter first: most pairs a
/// reading asks of are not in it.
fn book_lookup(key: &[u8]) -> Option<f32> {
    static MAYBE: Bloom = Bloom::new(include_bytes!(concat!(
        env!("OUT_DIR"),
        "/word-bigrams.bloom"
    )));
    if !MAYBE.may_contain(key) {
        return None;
    }
    BOOK_COUNTS.get(key).map(|cb| cb as f32 / 100.0)
}

/// How often the lower-case words `a` and `b` are printed one after the other in books, in bels:
/// 11.02 for "in the"; `None` below 6.4 million times ([`BOOK_PAIR_FLOOR`]), which the table
/// does not hold.
pub fn book_pair_count(a: &str, b: &str) -> Option<f32> {
    let mut key = [0u8; 64];
    let n = a.len() + 1 + b.len();
    if n > key.len() {
        return None;
    }
    key[..a.len()].copy_from_slice(a.as_bytes());
    key[a.len()] = b' ';
    key[a.len() + 1..n].copy_from_slice(b.as_bytes());
    book_lookup(&key[..n])
}

/// The count, in bels, below which the book table holds no pair of words (6.4 million).
pub const BOOK_PAIR_FLOOR: f32 = 6.806;

/// All the words the book counts were made from, in bels (5.4 * 10^11).
pub const BOOK_WORDS: f32 = 11.734;

/// One-word names of GeoNames' places of 1,000 people or more, lower-case ASCII
/// (`rules/towns.txt`, as the map `build.rs` makes of it).
static TOWNS: LazyLock<fst::Map<&'static [u8]>> = LazyLock::new(|| {
    static BYTES: &[u8] = include_bytes!(concat!(env!("OUT_DIR"), "/towns.fst"));
    fst::Map::new(BYTES).expect("build.rs writes a valid map")
});

/// Whether a lower-case word is the name of a place of 1,000 people or more somewhere
/// ("garoua").
pub fn is_town(word: &str) -> bool {
    static MAYBE: Bloom = Bloom::new(include_bytes!(concat!(env!("OUT_DIR"), "/towns.bloom")));
    MAYBE.may_contain(word) && TOWNS.contains_key(word)
}

/// SCOWL's size class of `word` as written (35 or 50), if it is in the smaller lists.
pub fn word_size(word: &str) -> Option<u8> {
    WORDS.get(word).map(|s| s as u8).filter(|&s| s > 0)
}

/// Whether `word` is an English word as written, or in lower case.
pub fn is_word(word: &str) -> bool {
    if WORDS.contains_key(word) {
        return true;
    }
    word.bytes().any(|b| b.is_ascii_uppercase())
        && crate::strings::with_lowercase(word, |lower| WORDS.contains_key(lower))
}

#[cfg(test)]
mod table_tests {
    use super::{WORD_FREQ, WORDS, data_lines};
    use crate::rows::{freq_row, word_row};
    use crate::static_map::StaticMap;
    use rustc_hash::FxHashMap as HashMap;

    /// The table `build.rs` wrote holds the rows of its file: the last value of a word wins, as
    /// in a map filled in order.
    fn agree(table: &StaticMap, text: &str, row: fn(&str) -> Option<(&str, u16)>) {
        let rows: HashMap<&str, u16> = data_lines(text).filter_map(row).collect();
        assert!(rows.len() > 20_000);
        for (word, value) in &rows {
            assert_eq!(table.get(word), Some(*value), "{word}");
        }
        for absent in ["", "qxzzv", "Thé", "the the"] {
            assert_eq!(table.get(absent), rows.get(absent).copied(), "{absent}");
        }
    }

    #[test]
    fn the_build_time_tables_hold_the_rows_of_the_files() {
        agree(&WORDS, include_str!("../rules/words.txt"), word_row);
        agree(&WORD_FREQ, include_str!("../rules/word-freq.tsv"), freq_row);
    }
}
