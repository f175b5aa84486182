//! The knowledge rules consult: data packs under `rules/`, embedded at build time and parsed once,
//! plus what a newsroom adds through its configuration.

use crate::data::data_lines;
use crate::static_map::StaticMap;
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
const HEADS_TXT: &str = include_str!("../rules/institution-heads.txt");
const MODIFIERS_TXT: &str = include_str!("../rules/generic-modifiers.txt");
const PLACE_PAIRS_TSV: &str = include_str!("../rules/place-pairs.tsv");
const GENDERED_TSV: &str = include_str!("../rules/gendered-words.tsv");
const CHINESE_SURNAMES_TXT: &str = include_str!("../rules/chinese-surnames.txt");
const PUBLIC_FIGURES_TSV: &str = include_str!("../rules/public-figures.tsv");

/// A table build.rs made from a data file, read in place: each key's row number in a table of
/// rows of `WIDTH` bytes beside it.
struct Rows<const WIDTH: usize> {
    index: StaticMap,
    rows: &'static [u8],
}

impl<const WIDTH: usize> Rows<WIDTH> {
    fn get(&self, key: &str) -> Option<&'static [u8; WIDTH]> {
        let at = usize::from(self.index.get(key)?) * WIDTH;
        self.rows.get(at..at + WIDTH)?.try_into().ok()
    }
}

/// Text of a row, as its offset (`u32`) and length (`u16`) in `blob`.
fn text_of(blob: &'static str, at: &[u8]) -> &'static str {
    let off = u32::from_le_bytes([at[0], at[1], at[2], at[3]]) as usize;
    let len = usize::from(u16::from_le_bytes([at[4], at[5]]));
    blob.get(off..off + len).unwrap_or("")
}

macro_rules! built {
    ($file:literal) => {
        include_bytes!(concat!(env!("OUT_DIR"), "/", $file))
    };
}

/// The first-level divisions a city of that name lies in, as "CC:Division|CC:Division".
static CITY_REGIONS: Rows<6> = Rows {
    index: StaticMap::new(built!("city-regions.map")),
    rows: built!("city-regions.rows"),
};
static CITY_REGIONS_TEXT: &str = include_str!(concat!(env!("OUT_DIR"), "/city-regions.txt"));

/// Public figures by the name stories give them ("Narendra Modi"), with their sex.
static PUBLIC_FIGURES: LazyLock<HashMap<&'static str, Gender>> = LazyLock::new(|| {
    data_lines(PUBLIC_FIGURES_TSV)
        .filter_map(|l| {
            let (name, sex) = l.split_once('\t')?;
            let g = match sex {
                "m" => Gender::Male,
                "f" => Gender::Female,
                _ => return None,
            };
            Some((name, g))
        })
        .collect()
});

/// US surnames by spelling, with their frequency rank.
static SURNAMES_US: StaticMap = StaticMap::new(built!("surnames-us.map"));

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

    /// "woman", "man".
    pub fn noun(self) -> &'static str {
        match self {
            Gender::Female => "woman",
            Gender::Male => "man",
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
    /// A US state, China's provinces, a continent or world region.
    Region,
    /// A first-level division of any country ("Bavaria", "Gotland"): many are little known.
    Division,
    City,
}

impl PlaceKind {
    /// A town or a division: a place many stories never name, and whose name may be a person's.
    pub fn is_minor(self) -> bool {
        matches!(self, PlaceKind::City | PlaceKind::Division)
    }
}

#[derive(Clone, Copy, Debug)]
pub struct Place {
    pub kind: PlaceKind,
    pub population: u64,
    /// ISO 3166 codes of the countries it lies in, comma-separated ("GB,CA" for London); empty
    /// when unknown (a newsroom's own places).
    pub countries: &'static str,
}

impl Place {
    /// Whether the two places may lie in one country; unknown countries may.
    pub fn may_share_country(&self, other: &Place) -> bool {
        self.countries.is_empty()
            || other.countries.is_empty()
            || self
                .countries
                .split(',')
                .any(|c| other.countries.split(',').any(|o| o == c))
    }
}

/// Whether a short given name is mostly a clipping of the other sex's names ("Ash" for
/// "Ashley"), as build.rs found from the US counts.
fn is_clipping(name: &str) -> bool {
    static CLIPPINGS: LazyLock<Vec<&'static str>> = LazyLock::new(|| {
        let text = std::str::from_utf8(built!("given-name-clippings.txt")).unwrap_or("");
        text.lines().collect()
    });
    CLIPPINGS.binary_search(&name).is_ok()
}

/// Birth counts of a given name: evidence of a person's gender, weak on its own.
#[derive(Clone, Copy, Debug)]
pub struct GivenName {
    pub female: u64,
    pub male: u64,
}

/// Places: population (`u64`), countries (offset and length in `PLACES_TEXT`), kind (0 country,
/// 1 region, 2 division, 3 city); the rows of places.tsv, then the divisions of regions.tsv no
/// country or city of the name already holds.
static PLACES: Rows<16> = Rows {
    index: StaticMap::new(built!("places.map")),
    rows: built!("places.rows"),
};
static PLACES_TEXT: &str = include_str!(concat!(env!("OUT_DIR"), "/places.txt"));

fn place_of(row: &[u8; 16]) -> Place {
    let mut population = [0u8; 8];
    population.copy_from_slice(&row[..8]);
    Place {
        kind: match row[14] {
            0 => PlaceKind::Country,
            1 => PlaceKind::Region,
            2 => PlaceKind::Division,
            _ => PlaceKind::City,
        },
        population: u64::from_le_bytes(population),
        countries: text_of(PLACES_TEXT, &row[8..14]),
    }
}

/// The names of the places (the keys of `PLACES`), as build.rs wrote them beside the table.
fn place_names() -> impl Iterator<Item = &'static str> {
    include_str!(concat!(env!("OUT_DIR"), "/places.names")).lines()
}

/// Two-word places by their first word: "New" -> ["York", "Delhi", "Zealand", ...].
static TWO_WORD_PLACES: LazyLock<HashMap<&'static str, Vec<&'static str>>> = LazyLock::new(|| {
    let mut map: HashMap<&'static str, Vec<&'static str>> = HashMap::default();
    for name in place_names() {
        if let Some((first, rest)) = name.split_once(' ')
            && !rest.contains(' ')
        {
            map.entry(first).or_default().push(rest);
        }
    }
    map
});

/// Two-word places by their second word: "States" -> ["United", ...].
static TWO_WORD_FIRSTS: LazyLock<HashMap<&'static str, Vec<&'static str>>> = LazyLock::new(|| {
    let mut map: HashMap<&'static str, Vec<&'static str>> = HashMap::default();
    for (first, rests) in TWO_WORD_PLACES.iter() {
        for rest in rests {
            map.entry(*rest).or_default().push(*first);
        }
    }
    map
});

/// US given names: female and male births (`u32` each).
static GIVEN_NAMES: Rows<8> = Rows {
    index: StaticMap::new(built!("given-names.map")),
    rows: built!("given-names.rows"),
};

/// Given names of 55 countries with the sex they are used for: 0 `m`, 1 `f`, 2 `mostly-m`,
/// 3 `mostly-f`, 4 `both` (the file's third column, a frequency class, is not read).
static GIVEN_NAMES_INTL: StaticMap = StaticMap::new(built!("given-names-intl.map"));

fn intl_sex(name: &str) -> Option<IntlSex> {
    Some(match GIVEN_NAMES_INTL.get(name)? {
        0 => IntlSex::Male,
        1 => IntlSex::Female,
        2 => IntlSex::MostlyMale,
        3 => IntlSex::MostlyFemale,
        _ => IntlSex::Both,
    })
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum IntlSex {
    Male,
    Female,
    MostlyMale,
    MostlyFemale,
    Both,
}

/// Institution heads, each with whether stories often name several of a kind (companies,
/// committees, parties).
static HEADS: LazyLock<HashMap<&'static str, bool>> = LazyLock::new(|| {
    data_lines(HEADS_TXT)
        .map(|l| match l.split_once('\t') {
            Some((head, kind)) => (head, kind == "several"),
            None => (l, false),
        })
        .collect()
});
static MODIFIERS: LazyLock<HashSet<&'static str>> =
    LazyLock::new(|| data_lines(MODIFIERS_TXT).collect());
const UNITS_TXT: &str = include_str!("../rules/units.txt");

static SERIES: LazyLock<Vec<Series>> = LazyLock::new(|| parse_series(SERIES_TSV));
static UNITS: LazyLock<HashSet<&'static str>> = LazyLock::new(|| data_lines(UNITS_TXT).collect());

/// Whether a word heads institution names: "University", "Bank", "Ministry".
pub fn is_institution_head(word: &str) -> bool {
    HEADS.contains_key(word)
}

/// Whether stories often name several institutions with this head, told apart by a generic word
/// ("Continental Airlines" and "United Airlines", "Labour Party" and "Green Party").
pub fn is_several_head(word: &str) -> bool {
    HEADS.get(word).copied().unwrap_or(false)
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
        UNITS.contains(word)
            || word.bytes().any(|b| b.is_ascii_uppercase())
                && UNITS.contains(word.to_ascii_lowercase().as_str())
    }

    pub fn is_word(&self, word: &str) -> bool {
        crate::data::is_word(word) || self.accepted.contains(word)
    }

    /// Whether `name` is a place: `place(name).is_some()` without reading its row.
    pub fn is_place(&self, name: &str) -> bool {
        PLACES.index.contains_key(name) || self.extra_places.contains(name)
    }

    pub fn place(&self, name: &str) -> Option<Place> {
        PLACES.get(name).map(place_of).or_else(|| {
            self.extra_places.contains(name).then_some(Place {
                kind: PlaceKind::City,
                population: 0,
                countries: "",
            })
        })
    }

    /// The first-level divisions ("Hainan") that a city of this name lies in, in `country`.
    pub fn regions_of_city(&self, city: &str, country: &str) -> impl Iterator<Item = &'static str> {
        CITY_REGIONS
            .get(city)
            .map_or("", |row| text_of(CITY_REGIONS_TEXT, row))
            .split('|')
            .filter_map(move |r| r.strip_prefix(country)?.strip_prefix(':'))
    }

    /// Whether any city of this name is known to lie in a first-level division.
    pub fn has_regions(&self, city: &str) -> bool {
        CITY_REGIONS.index.contains_key(city)
    }

    /// The second words of the two-word places that start with `first` ("New" -> "York", ...).
    pub fn two_word_places(&self, first: &str) -> &'static [&'static str] {
        TWO_WORD_PLACES.get(first).map_or(&[], Vec::as_slice)
    }

    /// The first words of the two-word places that end with `second` ("States" -> "United").
    pub fn two_word_firsts(&self, second: &str) -> &'static [&'static str] {
        TWO_WORD_FIRSTS.get(second).map_or(&[], Vec::as_slice)
    }

    pub fn given_name(&self, name: &str) -> Option<GivenName> {
        let row = GIVEN_NAMES.get(name)?;
        Some(GivenName {
            female: u64::from(u32::from_le_bytes([row[0], row[1], row[2], row[3]])),
            male: u64::from(u32::from_le_bytes([row[4], row[5], row[6], row[7]])),
        })
    }

    /// The given names of 30,000 US births or more that have `len` letters ("John", "Mary").
    pub fn common_given_names(&self, len: usize) -> &'static [&'static str] {
        static NAMES: LazyLock<Vec<&'static str>> = LazyLock::new(|| {
            let text = std::str::from_utf8(built!("common-given-names.txt")).unwrap_or("");
            text.lines().collect()
        });
        let names = NAMES.as_slice();
        let from = names.partition_point(|n| n.len() < len);
        let to = names.partition_point(|n| n.len() <= len);
        &names[from..to]
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

    /// The gender a given name tells of a person, with a weight: 2 when the US birth counts
    /// and the international list agree (or only one of them knows the name), 1 when the
    /// international list has it for both sexes ("Ashley", "Jose"); `None` when the lists
    /// disagree or the name is used for both.
    pub fn given_name_evidence(&self, name: &str) -> Option<(Gender, u32)> {
        // A compound no list has: French ones in "Jean-" are men's ("Jean-Louis", "Jean-Marie");
        // otherwise the first name tells, when the second does not say the other sex
        // ("Hans-Peter", "Marie-Claire", "Anna-Lena").
        if let Some((head, tail)) = name.split_once('-')
            && !head.is_empty()
            && !tail.is_empty()
            && !self.is_given_name(name)
        {
            if head == "Jean" {
                return Some((Gender::Male, 2));
            }
            let (g, weight) = self.given_name_evidence(head)?;
            if self
                .given_name_evidence(tail)
                .is_some_and(|(other, _)| other != g)
            {
                return None;
            }
            return Some((g, weight));
        }
        let intl = intl_sex(name).filter(|_| self.is_given_name_or_rare_word(name));
        // "Ash" for an Ashleigh, "Nat" for a Natalie: a clipping tells only where the
        // international list gives it to one sex.
        if is_clipping(name) && !matches!(intl, Some(IntlSex::Male) | Some(IntlSex::Female)) {
            return None;
        }
        let us = self.name_gender(name).filter(|_| !is_clipping(name));
        let intl_gender = match intl {
            Some(IntlSex::Male) | Some(IntlSex::MostlyMale) => Some(Gender::Male),
            Some(IntlSex::Female) | Some(IntlSex::MostlyFemale) => Some(Gender::Female),
            _ => None,
        };
        match (us, intl) {
            (Some(g), None) => Some((g, 2)),
            (Some(g), Some(IntlSex::Both)) => Some((g, 1)),
            (Some(g), Some(_)) => (intl_gender == Some(g)).then_some((g, 2)),
            (None, Some(IntlSex::Male)) | (None, Some(IntlSex::Female)) => {
                let g = intl_gender?;
                // The US counts must not say the name is mostly given to the other sex.
                if let Some(c) = self.given_name(name) {
                    let (this, other) = match g {
                        Gender::Male => (c.male, c.female),
                        Gender::Female => (c.female, c.male),
                    };
                    if c.female + c.male >= 1000 && this * 100 < (this + other) * 80 {
                        return None;
                    }
                }
                Some((g, 2))
            }
            // "Chris": mostly a man's name in both lists (86 % of US births), weakly.
            (None, Some(IntlSex::MostlyMale)) | (None, Some(IntlSex::MostlyFemale)) => {
                let g = intl_gender?;
                let c = self.given_name(name)?;
                let this = match g {
                    Gender::Male => c.male,
                    Gender::Female => c.female,
                };
                (c.female + c.male >= 1000 && this * 100 >= (c.female + c.male) * 80)
                    .then_some((g, 1))
            }
            _ => None,
        }
    }

    /// Whether a word is a given name in the US list, or in the international list and no
    /// English word ("The" is a Vietnamese name there).
    pub fn is_given_name(&self, name: &str) -> bool {
        GIVEN_NAMES.index.contains_key(name)
            || (GIVEN_NAMES_INTL.contains_key(name)
                && !crate::strings::with_lowercase(name, crate::data::is_word))
    }

    /// [`Knowledge::is_given_name`], or a listed given name that is an English word rarer than
    /// once in 100,000 words ("Mats"; not "The", a Vietnamese name too, nor "Will").
    pub fn is_given_name_or_rare_word(&self, name: &str) -> bool {
        self.is_given_name(name)
            || GIVEN_NAMES_INTL.contains_key(name)
                && crate::data::word_rarity(&name.to_ascii_lowercase()).is_none_or(|r| r > 500)
    }

    /// The frequency rank of a US surname ("Horan": 4072), written in Title case.
    pub fn surname_rank(&self, name: &str) -> Option<u32> {
        SURNAMES_US.get(name).map(u32::from)
    }

    /// The sex of a public figure named in full ("Narendra Modi", "Claudia Sheinbaum"), words
    /// separated by single spaces.
    pub fn public_figure(&self, name: &str) -> Option<Gender> {
        PUBLIC_FIGURES.get(name).copied()
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
        self.is_word(word) || self.is_place(word) || GIVEN_NAMES.index.contains_key(word)
    }
}

/// Builds the larger tables on every core at once, before the first story needs them: a
/// one-file check then waits for the slowest table, not for all of them in turn.
pub fn warm_up() {
    fn force<T>(lock: &'static LazyLock<T>) {
        LazyLock::force(lock);
    }
    std::thread::scope(|s| {
        s.spawn(|| {
            force(&LETTERS);
        });
        s.spawn(|| {
            force(&TWO_WORD_PLACES);
            force(&TWO_WORD_FIRSTS);
        });
        s.spawn(|| {
            force(&PUBLIC_FIGURES);
            crate::rules::warm_up();
        });
    });
}

/// Letter-trigram counts over every word, place and given name the packs know: how English and
/// the world's names spell. A misreading ("Communlty", "Rlghts") makes runs of letters no name
/// has; a real name, however rare ("Safin"), spells like other names.
struct LetterModel {
    /// Counts of `a b c` at `(a * 28 + b) * 28 + c`; 26 letters, 26 for a word's start, 27 for
    /// its end.
    trigrams: Vec<u32>,
    /// Counts of the two-letter contexts, at `a * 28 + b`.
    contexts: Vec<u32>,
}

/// The letter model's counts, which `build.rs` takes over `rules/words.txt`, the places and the
/// given names (the same keys the tables here hold): 28³ trigram counts, then 28² contexts.
static LETTERS: LazyLock<LetterModel> = LazyLock::new(|| {
    static BYTES: &[u8] = include_bytes!(concat!(env!("OUT_DIR"), "/letters.bin"));
    let mut counts = BYTES
        .chunks_exact(4)
        .map(|b| u32::from_le_bytes([b[0], b[1], b[2], b[3]]));
    LetterModel {
        trigrams: counts.by_ref().take(28 * 28 * 28).collect(),
        contexts: counts.collect(),
    }
});

impl LetterModel {
    fn log_prob(&self, word: &str) -> Option<f32> {
        let mut sum = 0.0f32;
        crate::rows::each_step(word, |ctx, c| {
            let n = self.trigrams[ctx * 28 + c] as f32;
            sum += ((n + 0.1) / (self.contexts[ctx] as f32 + 3.0)).ln();
        })
        .then_some(sum)
    }
}

impl Knowledge {
    /// How a word spells under the letter model, in nats a letter (its end counted as one):
    /// near -2 for words and names ("Campbell", "Woronora"), below -3 for letter runs no word
    /// or name has ("Cmipboll", "Hctchcr"); `None` for a word with other characters than ASCII
    /// letters.
    pub fn spelling(&self, word: &str) -> Option<f32> {
        LETTERS
            .log_prob(word)
            .map(|lp| lp / (word.chars().count() + 1) as f32)
    }

    /// How much more name-like `meant` spells than `written`, in nats under the letter model:
    /// above 3 or so, `written` has letter runs no known word or name has ("Tactlcal" for
    /// "Tactical"); near 0, both spell like names ("Safin", "Satin").
    pub fn spelling_gain(&self, written: &str, meant: &str) -> f32 {
        match (LETTERS.log_prob(meant), LETTERS.log_prob(written)) {
            (Some(m), Some(w)) => m - w,
            _ => 0.0,
        }
    }
}

#[cfg(test)]
mod tests {
    /// The rows of a data file under `rules/`, as `field<TAB>field...` split.
    fn rows(text: &'static str) -> impl Iterator<Item = Vec<&'static str>> {
        crate::rows::data_lines(text).map(|l| l.split('\t').collect())
    }

    #[test]
    fn the_name_tables_build_rs_wrote_hold_the_rows_of_their_files() {
        use super::{Gender, Knowledge, PlaceKind};
        use std::collections::HashMap;
        let k = Knowledge::default();
        // The last row of a name wins, as when a map is filled in order.
        let given: HashMap<&str, (u64, u64)> = rows(include_str!("../rules/given-names.tsv"))
            .filter_map(|c| Some((c[0], (c.get(1)?.parse().ok()?, c.get(2)?.parse().ok()?))))
            .collect();
        assert!(given.len() > 10_000);
        for (name, (female, male)) in &given {
            let g = k.given_name(name).unwrap();
            assert_eq!((g.female, g.male), (*female, *male), "{name}");
        }
        let surnames: HashMap<&str, u32> = rows(include_str!("../rules/surnames-us.tsv"))
            .filter_map(|c| Some((c[0], c.get(1)?.parse().ok()?)))
            .collect();
        assert!(surnames.len() > 5_000);
        for (name, rank) in &surnames {
            assert_eq!(k.surname_rank(name), Some(*rank), "{name}");
        }
        let mut places: HashMap<&str, (PlaceKind, u64, &str)> =
            rows(include_str!("../rules/places.tsv"))
                .filter(|c| c.len() >= 2)
                .map(|c| {
                    let kind = match c[1] {
                        "country" => PlaceKind::Country,
                        "city" => PlaceKind::City,
                        _ => PlaceKind::Region,
                    };
                    let population = c.get(2).and_then(|p| p.parse().ok()).unwrap_or(0);
                    (c[0], (kind, population, c.get(3).copied().unwrap_or("")))
                })
                .collect();
        for c in rows(include_str!("../rules/regions.tsv")).filter(|c| c.len() >= 2) {
            places
                .entry(c[0])
                .or_insert((PlaceKind::Division, 1_000_000, c[1]));
        }
        assert!(places.len() > 8_000);
        for (name, (kind, population, countries)) in &places {
            let p = k.place(name).unwrap();
            assert_eq!(
                (p.kind, p.population, p.countries),
                (*kind, *population, *countries)
            );
        }
        assert_eq!(super::place_names().count(), places.len());
        let cities: HashMap<&str, &str> = rows(include_str!("../rules/city-regions.tsv"))
            .filter(|c| c.len() >= 2)
            .map(|c| (c[0], c[1]))
            .collect();
        for (city, divisions) in &cities {
            assert!(k.has_regions(city));
            let (first, _) = divisions
                .split('|')
                .next()
                .unwrap()
                .split_once(':')
                .unwrap();
            assert!(k.regions_of_city(city, first).next().is_some(), "{city}");
        }
        // International given names: a name only that list has tells its sex.
        assert!(k.is_given_name("Ferdinand"));
        assert_eq!(k.given_name_evidence("Ferdinand"), Some((Gender::Male, 2)));
        // Names no file has.
        assert!(k.given_name("Qxzv").is_none() && k.place("Qxzv").is_none() && !k.is_place("Qxzv"));
        assert!(k.surname_rank("Qxzv").is_none() && !k.has_regions("Qxzv"));
    }

    /// The given names of the US counts: rows with both counts.
    fn given_names() -> impl Iterator<Item = &'static str> {
        rows(include_str!("../rules/given-names.tsv"))
            .filter(|c| c.len() >= 3 && c[1].parse::<u64>().is_ok() && c[2].parse::<u64>().is_ok())
            .map(|c| c[0])
    }
    #[test]
    fn the_letter_model_build_rs_counted_is_the_one_of_the_tables_here() {
        use crate::rows::{data_lines, letter_counts, word_row};
        let words: std::collections::HashSet<&str> = data_lines(include_str!("../rules/words.txt"))
            .filter_map(word_row)
            .map(|(w, _)| w)
            .collect();
        let names = words
            .iter()
            .copied()
            .chain(super::place_names())
            .chain(given_names());
        let (trigrams, contexts) = letter_counts(names);
        assert!(trigrams == super::LETTERS.trigrams && contexts == super::LETTERS.contexts);
    }

    #[test]
    fn international_given_names_tell_sex_where_the_lists_agree() {
        use super::{Gender, Knowledge};
        let k = Knowledge::default();
        // Names the US counts lack or hold few of.
        assert_eq!(k.given_name_evidence("Ferdinand"), Some((Gender::Male, 2)));
        assert_eq!(k.given_name_evidence("Kelvin"), Some((Gender::Male, 2)));
        assert_eq!(k.given_name_evidence("Linda"), Some((Gender::Female, 2)));
        // Used for both sexes somewhere: weak ("Ashley", "Andrea") or none ("Kim").
        assert_eq!(k.given_name_evidence("Ashley"), Some((Gender::Female, 1)));
        assert_eq!(k.given_name_evidence("Kim"), None);
        assert_eq!(k.given_name_evidence("Andrea"), Some((Gender::Female, 1)));
        // English words are no given names ("The" is a Vietnamese name in the list).
        assert!(!k.is_given_name("The"));
        assert_eq!(k.given_name_evidence("The"), None);
        // Compounds: "Jean-" makes French men's names; else the first name, unless the second
        // says the other sex.
        assert_eq!(k.given_name_evidence("Jean-Louis"), Some((Gender::Male, 2)));
        assert_eq!(k.given_name_evidence("Jean-Marie"), Some((Gender::Male, 2)));
        assert_eq!(k.given_name_evidence("Hans-Peter"), Some((Gender::Male, 2)));
        assert_eq!(
            k.given_name_evidence("Marie-Claire"),
            Some((Gender::Female, 2))
        );
        assert_eq!(k.given_name_evidence("Linda-Kelvin"), None);
        assert_eq!(k.given_name_evidence("Myung-whun"), None);
    }

    use super::Knowledge;

    #[test]
    fn misreadings_spell_worse_than_names() {
        let k = Knowledge::default();
        // Letter runs no word or name has.
        assert!(k.spelling_gain("Tactlcal", "Tactical") > 3.5);
        assert!(k.spelling_gain("Rlghts", "Rights") > 3.5);
        // Two real names spell alike.
        assert!(k.spelling_gain("Gatland", "Gotland").abs() < 2.0);
        // Not letters only: no opinion.
        assert_eq!(k.spelling_gain("Zürich", "Zurich"), 0.0);
    }

    #[test]
    fn places_know_their_countries() {
        let k = Knowledge::default();
        let london = k.place("London").unwrap();
        assert!(london.population > 8_000_000, "London, GB, not London, CA");
        let dublin = k.place("Dublin").unwrap();
        let lublin = k.place("Lublin").unwrap();
        assert!(!lublin.may_share_country(&dublin));
        assert!(
            k.place("Toulon")
                .unwrap()
                .may_share_country(&k.place("Toulouse").unwrap())
        );
        assert!(k.is_place("Zurich"), "accented names also without accents");
        assert!(k.two_word_places("Sri").contains(&"Lanka"));
        assert!(k.two_word_places("New").contains(&"York"));
    }

    /// Each data pack under `rules/` loads, with a fact it must hold and a near miss it must not.
    #[test]
    fn every_data_pack_loads_with_its_facts() {
        use super::Gender;
        let k = Knowledge::default();
        // surnames-us.tsv: ranked by frequency.
        assert_eq!(k.surname_rank("Smith"), Some(1));
        assert!(k.surname_rank("Kowalski").is_some_and(|r| r > 100));
        assert_eq!(k.surname_rank("Government"), None);
        // public-figures.tsv: full names with their sex.
        assert_eq!(k.public_figure("Narendra Modi"), Some(Gender::Male));
        assert_eq!(k.public_figure("Modi"), None);
        // chinese-surnames.txt
        assert!(k.is_chinese_surname("Wang") && !k.is_chinese_surname("Smith"));
        // gendered-words.tsv: honorifics and role nouns.
        assert_eq!(k.gendered_word("Mrs"), Some((Gender::Female, true)));
        assert_eq!(k.gendered_word("widower"), Some((Gender::Male, false)));
        assert_eq!(k.gendered_word("minister"), None);
        // series.tsv: how far a numbered series plausibly runs.
        assert!(k.series().any(|s| s.words.iter().any(|w| w == "president")));
        // units.txt
        assert!(k.is_unit("pct") && k.is_unit("PCT") && !k.is_unit("pact"));
        // place-pairs.tsv: real look-alikes stories name together, both ways round.
        assert!(k.are_known_pair("Iran", "Iraq") && k.are_known_pair("Iraq", "Iran"));
        assert!(!k.are_known_pair("Iran", "Oman"));
        // institution-heads.txt and generic-modifiers.txt
        assert!(k.is_institution_head("Ministry") && !k.is_institution_head("Minister"));
        assert!(k.is_generic_modifier("National") && k.is_generic_modifier("Scientific"));
        assert!(!k.is_generic_modifier("Karolinska"));
        // word-freq.tsv (centibels: lower is more frequent) and words.txt.
        let rarity = |w: &str| crate::data::word_rarity(w).unwrap();
        assert!(rarity("the") < rarity("really") && rarity("really") < rarity("lottery"));
        assert!(crate::data::word_rarity("qxzv").is_none());
        assert!(k.is_word("government") && !k.is_word("govcrnmcnt"));
        // rare-tokens.tsv, through the map build.rs makes of it: rarer tokens, mostly names,
        // after the frequent words.
        let token = |w: &str| crate::data::token_rarity(w);
        assert_eq!(token("the"), crate::data::word_rarity("the"));
        assert!(token("pinchuk").is_some_and(|r| (601..=800).contains(&r)));
        assert!(crate::data::word_rarity("pinchuk").is_none());
        assert!(token("plnchuk").is_none() && token("").is_none());
        // towns.txt, through its map: one-word towns of 1,000 people or more.
        assert!(crate::data::is_town("garoua") && crate::data::is_town("freuchie"));
        assert!(!crate::data::is_town("plnchuk"));
    }

    #[test]
    fn divisions_of_every_country_and_the_cities_in_them() {
        use super::PlaceKind;
        let k = Knowledge::default();
        // English and local names of first-level divisions; countries and cities keep their kind.
        for (name, country) in [("Bavaria", "DE"), ("Bayern", "DE"), ("Maharashtra", "IN")] {
            let p = k.place(name).unwrap_or_else(|| panic!("{name}"));
            assert_eq!(p.kind, PlaceKind::Division, "{name}");
            assert!(p.countries.split(',').any(|c| c == country), "{name}");
        }
        assert_ne!(k.place("Georgia").unwrap().kind, PlaceKind::Division);
        assert_eq!(k.place("Hainan").unwrap().kind, PlaceKind::Region);
        // Divisions that are English words say nothing and are left out.
        assert!(!k.is_place("Central") && !k.is_place("Western"));
        // A city lies in every division a town of its name lies in.
        let taiyuan: Vec<_> = k.regions_of_city("Taiyuan", "CN").collect();
        assert!(taiyuan.contains(&"Shanxi") && !taiyuan.contains(&"Shaanxi"));
        assert!(
            k.regions_of_city("Springfield", "US")
                .any(|r| r == "Illinois")
        );
        assert_eq!(k.regions_of_city("Springfield", "CN").count(), 0);
    }
}
