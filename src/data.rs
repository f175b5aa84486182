//! Data packs under `rules/`, embedded at build time and parsed once.

use rustc_hash::{FxHashMap as HashMap, FxHashSet as HashSet};
use std::sync::LazyLock;

/// The lines of an embedded data file, without comments (`#`) and blank lines.
pub fn data_lines(text: &'static str) -> impl Iterator<Item = &'static str> {
    text.lines()
        .map(|l| l.trim_end_matches('\r'))
        .filter(|l| !l.trim().is_empty() && !l.starts_with('#'))
}

const WORDS_TXT: &str = include_str!("../rules/words.txt");

/// English words (SCOWL, American and British), as written: lower-case common words and
/// capitalised proper nouns.
pub static WORDS: LazyLock<HashSet<&'static str>> =
    LazyLock::new(|| data_lines(WORDS_TXT).map(first_column).collect());

/// SCOWL's size class of the words in its smaller lists: 35 for everyday words ("house",
/// "satin"), 50 for common ones ("renter", "Blair"); rarer words ("samey") are not here.
pub static WORD_SIZES: LazyLock<HashMap<&'static str, u8>> = LazyLock::new(|| {
    data_lines(WORDS_TXT)
        .filter_map(|l| l.split_once('\t'))
        .filter_map(|(w, size)| Some((w, size.parse().ok()?)))
        .collect()
});

fn first_column(line: &str) -> &str {
    line.split_once('\t').map_or(line, |(w, _)| w)
}

/// SCOWL's size class of `word` as written (35 or 50), if it is in the smaller lists.
pub fn word_size(word: &str) -> Option<u8> {
    WORD_SIZES.get(word).copied()
}

/// Whether `word` is an English word as written, or in lower case.
pub fn is_word(word: &str) -> bool {
    if WORDS.contains(word) {
        return true;
    }
    if word.bytes().any(|b| b.is_ascii_uppercase()) {
        let lower = word.to_lowercase();
        return WORDS.contains(lower.as_str());
    }
    false
}
