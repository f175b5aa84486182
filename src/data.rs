//! Data packs under `rules/`, embedded at build time and parsed once.

use crate::static_map::StaticMap;
use std::sync::LazyLock;

/// The lines of an embedded data file, without comments (`#`) and blank lines.
pub fn data_lines(text: &'static str) -> impl Iterator<Item = &'static str> {
    text.lines()
        .map(|l| l.trim_end_matches('\r'))
        .filter(|l| !l.trim().is_empty() && !l.starts_with('#'))
}

/// English words (SCOWL, American and British), as written: lower-case common words and
/// capitalised proper nouns, each with SCOWL's size class when it is in the smaller lists: 35 for
/// everyday words ("house", "satin"), 50 for common ones ("renter", "Blair"), 0 for the rest
/// ("samey"). `rules/words.txt` as the table `build.rs` makes of it, read in place.
pub static WORDS: LazyLock<StaticMap> =
    LazyLock::new(|| StaticMap::in_heap(include_bytes!(concat!(env!("OUT_DIR"), "/words.map"))));

/// Lower-case English words with their frequency in centibels (128 for "the": 10^-1.28):
/// `rules/word-freq.tsv`, read in place.
static WORD_FREQ: LazyLock<StaticMap> = LazyLock::new(|| {
    StaticMap::in_heap(include_bytes!(concat!(env!("OUT_DIR"), "/word-freq.map")))
});

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
    word_rarity(word).or_else(|| {
        RARE_TOKENS
            .get(word)
            .map(|cb| u16::try_from(cb).unwrap_or(u16::MAX))
    })
}

/// One-word names of GeoNames' places of 1,000 people or more, lower-case ASCII
/// (`rules/towns.txt`, as the map `build.rs` makes of it).
static TOWNS: LazyLock<fst::Map<&'static [u8]>> = LazyLock::new(|| {
    static BYTES: &[u8] = include_bytes!(concat!(env!("OUT_DIR"), "/towns.fst"));
    fst::Map::new(BYTES).expect("build.rs writes a valid map")
});

/// Whether a lower-case word is the name of a place of 1,000 people or more somewhere
/// ("garoua").
pub fn is_town(word: &str) -> bool {
    TOWNS.contains_key(word)
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
    if word.bytes().any(|b| b.is_ascii_uppercase()) {
        let lower = word.to_lowercase();
        return WORDS.contains_key(lower.as_str());
    }
    false
}
