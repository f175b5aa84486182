//! The knowledge rules consult: data packs under `rules/`, embedded at build time and parsed once,
//! plus what a newsroom adds through its configuration.

use crate::data::data_lines;
use rustc_hash::{FxHashMap as HashMap, FxHashSet as HashSet};
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
const PLACES_TSV: &str = include_str!("../rules/places.tsv");
const GIVEN_NAMES_TSV: &str = include_str!("../rules/given-names.tsv");
const HEADS_TXT: &str = include_str!("../rules/institution-heads.txt");
const MODIFIERS_TXT: &str = include_str!("../rules/generic-modifiers.txt");
const PLACE_PAIRS_TSV: &str = include_str!("../rules/place-pairs.tsv");
const GENDERED_TSV: &str = include_str!("../rules/gendered-words.tsv");
const CHINESE_SURNAMES_TXT: &str = include_str!("../rules/chinese-surnames.txt");

static CHINESE_SURNAMES: LazyLock<HashSet<&'static str>> =
    LazyLock::new(|| data_lines(CHINESE_SURNAMES_TXT).collect());

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Gender {
    Female,
    Male,
}

impl Gender {
    pub fn other(self) -> Gender {
        match self {
            Gender::Female => Gender::Male,
            Gender::Male => Gender::Female,
        }
    }

    pub fn adjective(self) -> &'static str {
        match self {
            Gender::Female => "female",
            Gender::Male => "male",
        }
    }
}

static GENDERED: LazyLock<HashMap<&'static str, (Gender, bool)>> = LazyLock::new(|| {
    data_lines(GENDERED_TSV)
        .filter_map(|l| {
            let mut cols = l.split('\t');
            let word = cols.next()?;
            let gender = if cols.next()? == "f" {
                Gender::Female
            } else {
                Gender::Male
            };
            Some((word, (gender, cols.next()? == "honorific")))
        })
        .collect()
});

static PLACE_PAIRS: LazyLock<HashSet<(&'static str, &'static str)>> = LazyLock::new(|| {
    data_lines(PLACE_PAIRS_TSV)
        .filter_map(|l| l.split_once('\t'))
        .flat_map(|(a, b)| [(a, b), (b, a)])
        .collect()
});

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum PlaceKind {
    Country,
    Region,
    City,
}

#[derive(Clone, Copy, Debug)]
pub struct Place {
    pub kind: PlaceKind,
    pub population: u64,
}

/// Birth counts of a given name: evidence of a person's gender, weak on its own.
#[derive(Clone, Copy, Debug)]
pub struct GivenName {
    pub female: u64,
    pub male: u64,
}

static PLACES: LazyLock<HashMap<&'static str, Place>> = LazyLock::new(|| {
    data_lines(PLACES_TSV)
        .filter_map(|l| {
            let mut cols = l.split('\t');
            let name = cols.next()?;
            let kind = match cols.next()? {
                "country" => PlaceKind::Country,
                "city" => PlaceKind::City,
                _ => PlaceKind::Region,
            };
            let population = cols.next().and_then(|p| p.parse().ok()).unwrap_or(0);
            Some((name, Place { kind, population }))
        })
        .collect()
});

static GIVEN_NAMES: LazyLock<HashMap<&'static str, GivenName>> = LazyLock::new(|| {
    data_lines(GIVEN_NAMES_TSV)
        .filter_map(|l| {
            let mut cols = l.split('\t');
            let name = cols.next()?;
            let female = cols.next()?.parse().ok()?;
            let male = cols.next()?.parse().ok()?;
            Some((name, GivenName { female, male }))
        })
        .collect()
});

static HEADS: LazyLock<HashSet<&'static str>> = LazyLock::new(|| data_lines(HEADS_TXT).collect());
static MODIFIERS: LazyLock<HashSet<&'static str>> =
    LazyLock::new(|| data_lines(MODIFIERS_TXT).collect());
const UNITS_TXT: &str = include_str!("../rules/units.txt");

static SERIES: LazyLock<Vec<Series>> = LazyLock::new(|| parse_series(SERIES_TSV));
static UNITS: LazyLock<HashSet<&'static str>> = LazyLock::new(|| data_lines(UNITS_TXT).collect());

/// Whether a word heads institution names: "University", "Bank", "Ministry".
pub fn is_institution_head(word: &str) -> bool {
    HEADS.contains(word)
}

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
    /// Places a newsroom adds to the gazetteer.
    pub extra_places: HashSet<String>,
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

    pub fn place(&self, name: &str) -> Option<Place> {
        PLACES.get(name).copied().or_else(|| {
            self.extra_places.contains(name).then_some(Place {
                kind: PlaceKind::City,
                population: 0,
            })
        })
    }

    pub fn given_name(&self, name: &str) -> Option<GivenName> {
        GIVEN_NAMES.get(name).copied()
    }

    /// The gender a given name almost always has (95 per cent of at least 1,000 births), if any.
    /// Names used for both sexes give no evidence.
    pub fn name_gender(&self, name: &str) -> Option<Gender> {
        let g = self.given_name(name)?;
        let total = g.female + g.male;
        if total < 1000 {
            None
        } else if g.female * 100 >= total * 95 {
            Some(Gender::Female)
        } else if g.male * 100 >= total * 95 {
            Some(Gender::Male)
        } else {
            None
        }
    }

    /// A common Chinese surname ("Lin", "Ma"), which opens a Chinese name.
    pub fn is_chinese_surname(&self, word: &str) -> bool {
        CHINESE_SURNAMES.contains(word)
    }

    /// A gendered honorific ("Mrs") or role noun ("wife"): its gender and whether it is an
    /// honorific.
    pub fn gendered_word(&self, word: &str) -> Option<(Gender, bool)> {
        GENDERED.get(word).copied()
    }

    pub fn is_institution_head(&self, word: &str) -> bool {
        is_institution_head(word)
    }

    /// Two real places with look-alike names that stories name together ("Iran", "Iraq").
    pub fn are_known_pair(&self, a: &str, b: &str) -> bool {
        PLACE_PAIRS.contains(&(a, b))
    }

    pub fn is_generic_modifier(&self, word: &str) -> bool {
        MODIFIERS.contains(word)
    }

    /// Whether a capitalised word is known as spelt: an English word, a place, a given name, or
    /// a newsroom's accepted spelling.
    pub fn is_known_name(&self, word: &str) -> bool {
        self.is_word(word) || self.place(word).is_some() || self.given_name(word).is_some()
    }
}
