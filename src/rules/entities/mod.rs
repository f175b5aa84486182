//! E: entity names written two ways in one article.

pub mod institution_variant;
pub mod institution_word;
pub mod known_institution;
pub mod name_misspelling;
pub mod name_variant;
pub mod place_variant;
pub mod title_slip;

use crate::document::Document;

/// "once", "twice", "3 times".
pub fn times(n: usize) -> String {
    match n {
        1 => "once".to_string(),
        2 => "twice".to_string(),
        n => format!("{n} times"),
    }
}

/// How often a Title-case word occurs, and its first token.
pub fn occurrences(doc: &Document, word: &str) -> (usize, Option<usize>) {
    doc.mentions
        .words
        .get(word)
        .map_or((0, None), |v| (v.len(), v.first().copied()))
}
