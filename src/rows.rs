//! How the data files' rows are read. This file is compiled into the binary and into
//! `build.rs`, so the tables `build.rs` writes from `rules/` hold exactly what the binary reads.

/// The lines of a data file, without comments (`#`) and blank lines.
pub fn data_lines(text: &str) -> impl Iterator<Item = &str> {
    text.lines()
        .map(|l| l.trim_end_matches('\r'))
        .filter(|l| !l.trim().is_empty() && !l.starts_with('#'))
}

/// A row of `rules/words.txt`: the word as written and SCOWL's size class (0 when the row has
/// none).
pub fn word_row(l: &str) -> Option<(&str, u16)> {
    Some(match l.split_once('\t') {
        Some((w, size)) => (w, size.parse::<u8>().map_or(0, u16::from)),
        None => (l, 0),
    })
}

/// A row of `rules/word-freq.tsv`: the word and its frequency in centibels.
pub fn freq_row(l: &str) -> Option<(&str, u16)> {
    let (w, cb) = l.split_once('\t')?;
    Some((w, cb.parse().ok()?))
}

/// The letter model's index of a word's start and end beside the 26 letters.
pub const START: usize = 26;
pub const END: usize = 27;

fn letter(c: u8) -> Option<usize> {
    c.is_ascii_alphabetic()
        .then(|| (c.to_ascii_lowercase() - b'a') as usize)
}

/// Calls `f` with each (context, letter) of `^^word$`, the context `a * 28 + b` of the two
/// letters before; false, without a call, for a word with other characters than ASCII letters.
pub fn each_step(word: &str, mut f: impl FnMut(usize, usize)) -> bool {
    if !word.bytes().all(|b| b.is_ascii_alphabetic()) {
        return false;
    }
    let (mut a, mut b) = (START, START);
    for c in word.bytes().filter_map(letter).chain([END]) {
        f(a * 28 + b, c);
        (a, b) = (b, c);
    }
    true
}

/// The letter model's counts over `names` (each split at spaces): 28³ trigram counts at
/// `context * 28 + letter`, and 28² context counts.
pub fn letter_counts<'a>(names: impl Iterator<Item = &'a str>) -> (Vec<u32>, Vec<u32>) {
    let mut trigrams = vec![0u32; 28 * 28 * 28];
    let mut contexts = vec![0u32; 28 * 28];
    for name in names {
        for part in name.split(' ') {
            each_step(part, |ctx, c| {
                trigrams[ctx * 28 + c] += 1;
                contexts[ctx] += 1;
            });
        }
    }
    (trigrams, contexts)
}
