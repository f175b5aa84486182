//! Data packs under `rules/`, embedded at build time and parsed once.

use rustc_hash::FxHashSet as HashSet;
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
    LazyLock::new(|| data_lines(WORDS_TXT).collect());

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
