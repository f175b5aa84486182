//! The knowledge rules consult: data packs under `rules/`, embedded at build time and parsed once,
//! plus what a newsroom adds through its configuration.

use crate::data::data_lines;
use std::collections::HashSet;
use std::sync::LazyLock;

/// A numbered series and the highest number it plausibly reaches.
#[derive(Clone, Debug)]
pub struct Series {
    /// Lower-case words that follow the ordinal.
    pub words: Vec<String>,
    pub max: u32,
    /// One of these must appear in the same sentence; empty means none is needed.
    pub context: Vec<String>,
    pub what: String,
}

const SERIES_TSV: &str = include_str!("../rules/series.tsv");
const UNITS_TXT: &str = include_str!("../rules/units.txt");

static SERIES: LazyLock<Vec<Series>> = LazyLock::new(|| parse_series(SERIES_TSV));
static UNITS: LazyLock<HashSet<&'static str>> = LazyLock::new(|| data_lines(UNITS_TXT).collect());

pub fn parse_series(text: &str) -> Vec<Series> {
    let mut out: Vec<Series> = text
        .lines()
        .filter(|l| !l.trim().is_empty() && !l.starts_with('#'))
        .filter_map(|l| {
            let cols: Vec<&str> = l.split('\t').collect();
            Some(Series {
                words: cols[0].split_whitespace().map(str::to_lowercase).collect(),
                max: cols.get(1)?.trim().parse().ok()?,
                context: cols
                    .get(2)
                    .map(|c| {
                        c.split('|')
                            .filter(|w| !w.is_empty())
                            .map(str::to_string)
                            .collect()
                    })
                    .unwrap_or_default(),
                what: cols.get(3).unwrap_or(&"").to_string(),
            })
        })
        .collect();
    // Longest phrases first, so "national people's congress" wins over "congress".
    out.sort_by_key(|s| std::cmp::Reverse(s.words.len()));
    out
}

/// What the rules know: the embedded packs and a newsroom's additions.
#[derive(Default)]
pub struct Knowledge {
    /// Extra series from configuration, checked before the built-in ones.
    pub extra_series: Vec<Series>,
    /// Words a newsroom accepts as spelt (house names, jargon).
    pub accepted: HashSet<String>,
}

impl Knowledge {
    pub fn series(&self) -> impl Iterator<Item = &Series> {
        self.extra_series.iter().chain(SERIES.iter())
    }

    pub fn is_unit(&self, word: &str) -> bool {
        UNITS.contains(word) || UNITS.contains(word.to_ascii_lowercase().as_str())
    }

    pub fn is_word(&self, word: &str) -> bool {
        crate::data::is_word(word) || self.accepted.contains(word)
    }
}
