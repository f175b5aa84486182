//! Which test clients this machine has. A client test whose client is missing is compiled as
//! ignored, with the reason, so `cargo test` shows it as ignored rather than as a silent pass;
//! under `CI=true` every client test runs, and a missing client fails it.

use std::collections::{HashMap, HashSet};
use std::process::{Command, Stdio};

#[path = "src/static_map.rs"]
mod static_map;

#[allow(dead_code)] // the binary's reader of the same rows
#[path = "src/rows.rs"]
mod rows;

fn runs(program: &str, args: &[&str]) -> bool {
    Command::new(program)
        .args(args)
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .status()
        .is_ok_and(|s| s.success())
}

/// A data file of `word` or `word<TAB>number` lines as a finite-state map from word to number
/// (0 when there is none), written to `OUT_DIR`: embedded as bytes and read in place, with no
/// table to build at start-up; and a Bloom filter of its words (`.bloom` for `.fst`) that turns
/// most other words away before the map is walked.
fn finite_state_map(source: &str, target: &str) {
    println!("cargo::rerun-if-changed={source}");
    let text = std::fs::read_to_string(source).unwrap_or_else(|e| panic!("{source}: {e}"));
    let mut rows: Vec<(&str, u64)> = text
        .lines()
        .filter(|l| !l.starts_with('#') && !l.trim().is_empty())
        .filter_map(|l| match l.split_once('\t') {
            Some((w, n)) => Some((w, n.trim().parse().ok()?)),
            None => Some((l.trim(), 0)),
        })
        .collect();
    rows.sort_unstable();
    rows.dedup_by(|a, b| a.0 == b.0);
    let out = std::path::Path::new(&std::env::var("OUT_DIR").unwrap()).join(target);
    let file = std::io::BufWriter::new(std::fs::File::create(out).unwrap());
    let mut map = fst::MapBuilder::new(file).unwrap();
    for &(w, n) in &rows {
        map.insert(w, n).unwrap();
    }
    map.finish().unwrap();
    let keys: Vec<&str> = rows.iter().map(|(w, _)| *w).collect();
    let bloom = target.replace(".fst", ".bloom");
    std::fs::write(out_path(&bloom), static_map::write_bloom(&keys)).unwrap();
}

/// A data file's text, rebuilt when it changes.
fn read(source: &str) -> String {
    println!("cargo::rerun-if-changed={source}");
    std::fs::read_to_string(source).unwrap_or_else(|e| panic!("{source}: {e}"))
}

fn out_path(target: &str) -> std::path::PathBuf {
    std::path::Path::new(&std::env::var("OUT_DIR").unwrap()).join(target)
}

/// `rows` (the last value of a key wins, as when a map is filled in order) as a
/// [`static_map`] table in `OUT_DIR`.
fn static_table<'a>(rows: impl Iterator<Item = (&'a str, u16)>, target: &str) {
    let map: HashMap<&str, u16> = rows.collect();
    let mut rows: Vec<(&str, u16)> = map.into_iter().collect();
    rows.sort_unstable();
    std::fs::write(out_path(target), static_map::write(&rows)).unwrap();
}

/// The word lists as tables read in place; the text of `words.txt`, for the letter model.
fn word_tables() -> String {
    let words = read("rules/words.txt");
    static_table(
        rows::data_lines(&words).filter_map(rows::word_row),
        "words.map",
    );
    let freq = read("rules/word-freq.tsv");
    static_table(
        rows::data_lines(&freq).filter_map(rows::freq_row),
        "word-freq.map",
    );
    words
}

/// Short given names that are mostly clippings of the other sex's names: "Ash" is a man's name
/// in the US counts (2,172 boys), but "Ashley" and "Ashleigh" are given to a million girls, so an
/// "Ash" in the news is as likely a woman. Four letters at most, under 30,000 births, and the
/// other sex's names that extend it by up to four letters outnumber its own births forty times
/// and the same sex's extensions ("Nat": Natalie and Natasha against Nathan and Nathaniel).
fn clippings<'a>(births: &[(&'a str, u64, u64)]) -> Vec<&'a str> {
    let mut sorted: Vec<&(&str, u64, u64)> = births.iter().collect();
    sorted.sort_unstable_by_key(|r| r.0);
    let mut out = Vec::new();
    for &(name, female, male) in births {
        let total = female + male;
        if name.len() > 4 || !(1000..30_000).contains(&total) {
            continue;
        }
        let (own, is_male) = if male * 100 >= total * 95 {
            (male, true)
        } else if female * 100 >= total * 95 {
            (female, false)
        } else {
            continue;
        };
        let from = sorted.partition_point(|r| r.0 <= name);
        let (mut other, mut same) = (0, 0);
        for &&(longer, f, m) in sorted[from..].iter().take_while(|r| r.0.starts_with(name)) {
            if longer.len() <= name.len() + 4 {
                let (o, s) = if is_male { (f, m) } else { (m, f) };
                other += o;
                same += s;
            }
        }
        if other >= 40 * own && other >= same {
            out.push(name);
        }
    }
    out.sort_unstable();
    out.dedup();
    out
}

/// The letter model's counts over the words, the places and the given names (the keys the
/// binary's tables hold) as little-endian `u32`s: 28³ trigrams, then 28² contexts.
fn letter_model<'a>(words: &'a str, places: &[&'a str], given: &[&'a str]) {
    // Each list counts its names once; a name on two lists counts twice.
    let words: HashSet<&str> = rows::data_lines(words)
        .filter_map(rows::word_row)
        .map(|(w, _)| w)
        .collect();
    let names = words
        .into_iter()
        .chain(places.iter().copied())
        .chain(given.iter().copied());
    let (trigrams, contexts) = rows::letter_counts(names);
    let bytes: Vec<u8> = trigrams
        .iter()
        .chain(&contexts)
        .flat_map(|n| n.to_le_bytes())
        .collect();
    std::fs::write(out_path("letters.bin"), bytes).unwrap();
}

/// Rows of fixed width beside a [`static_map`] table whose values are row numbers: `rows` (the
/// last of a key wins) as `<target>.map` and `<target>.rows`.
fn indexed_rows<'a>(rows: impl Iterator<Item = (&'a str, Vec<u8>)>, target: &str) {
    let map: HashMap<&str, Vec<u8>> = rows.collect();
    let mut rows: Vec<(&str, Vec<u8>)> = map.into_iter().collect();
    rows.sort_unstable();
    assert!(
        rows.len() <= usize::from(u16::MAX),
        "{target}: too many rows"
    );
    let index: Vec<(&str, u16)> = rows
        .iter()
        .enumerate()
        .map(|(i, (k, _))| (*k, i as u16))
        .collect();
    std::fs::write(
        out_path(&format!("{target}.map")),
        static_map::write(&index),
    )
    .unwrap();
    let bytes: Vec<u8> = rows.iter().flat_map(|(_, r)| r.iter().copied()).collect();
    std::fs::write(out_path(&format!("{target}.rows")), bytes).unwrap();
}

/// Text values of a table of rows: appended to `blob`, their place as offset and length.
fn text_at(blob: &mut String, text: &str) -> [u8; 6] {
    let off = u32::try_from(blob.len()).unwrap().to_le_bytes();
    let len = u16::try_from(text.len()).unwrap().to_le_bytes();
    blob.push_str(text);
    [off[0], off[1], off[2], off[3], len[0], len[1]]
}

/// The name lists the people and place models ask at every capitalised word, as tables read in
/// place, so that no table is built at start-up: international given names (the sex, 0 `m`,
/// 1 `f`, 2 `mostly-m`, 3 `mostly-f`, 4 other), US surnames (the rank), US given names (rows of
/// female and male births, `u32` each), places (rows of population `u64`, the countries' offset
/// `u32` and length `u16` in `places.txt`, kind `u8`: 0 country, 1 region, 2 division, 3 city,
/// and a byte of padding) and cities' divisions (offset and length in `city-regions.txt`);
/// then the letter model over `words` and these places and given names.
fn name_tables(words: &str) {
    let intl = read("rules/given-names-intl.tsv");
    static_table(
        rows::data_lines(&intl).filter_map(|l| {
            let mut cols = l.split('\t');
            let name = cols.next()?;
            let sex = match cols.next()? {
                "m" => 0,
                "f" => 1,
                "mostly-m" => 2,
                "mostly-f" => 3,
                _ => 4,
            };
            Some((name, sex))
        }),
        "given-names-intl.map",
    );
    let surnames = read("rules/surnames-us.tsv");
    static_table(
        rows::data_lines(&surnames).filter_map(|l| {
            let (name, rank) = l.split_once('\t')?;
            let rank: u32 = rank.parse().ok()?;
            Some((
                name,
                u16::try_from(rank).expect("a surname rank fits 16 bits"),
            ))
        }),
        "surnames-us.map",
    );
    let given = read("rules/given-names.tsv");
    // Each given name with its female and male births.
    let births: Vec<(&str, u64, u64)> = rows::data_lines(&given)
        .filter_map(|l| {
            let mut cols = l.split('\t');
            let name = cols.next()?;
            let female: u64 = cols.next()?.parse().ok()?;
            let male: u64 = cols.next()?.parse().ok()?;
            Some((name, female, male))
        })
        .collect();
    // The commonest given names (30,000 US births or more), by length: what a misread given
    // name is read back against.
    let mut common: Vec<&str> = births
        .iter()
        .filter(|(name, female, male)| {
            female + male >= 30_000 && name.bytes().all(|b| b.is_ascii_alphabetic())
        })
        .map(|(name, _, _)| *name)
        .collect();
    common.sort_unstable_by_key(|n| (n.len(), *n));
    common.dedup();
    std::fs::write(out_path("common-given-names.txt"), common.join("\n")).unwrap();
    std::fs::write(
        out_path("given-name-clippings.txt"),
        clippings(&births).join("\n"),
    )
    .unwrap();
    let given_rows: Vec<(&str, Vec<u8>)> = births
        .iter()
        .map(|&(name, female, male)| {
            let mut row = u32::try_from(female).unwrap().to_le_bytes().to_vec();
            row.extend(u32::try_from(male).unwrap().to_le_bytes());
            (name, row)
        })
        .collect();
    let given_names: Vec<&str> = given_rows
        .iter()
        .map(|(name, _)| *name)
        .collect::<HashSet<_>>()
        .into_iter()
        .collect();
    indexed_rows(given_rows.into_iter(), "given-names");
    // Places: rows of places.tsv with a kind, then the divisions of regions.tsv that no
    // country or city of the name already holds.
    let (places, regions) = (read("rules/places.tsv"), read("rules/regions.tsv"));
    let mut table: HashMap<&str, (u8, u64, &str)> = rows::data_lines(&places)
        .filter_map(|l| {
            let mut cols = l.split('\t');
            let name = cols.next()?;
            let kind = match cols.next()? {
                "country" => 0,
                "city" => 3,
                _ => 1,
            };
            let population = cols.next().and_then(|p| p.parse().ok()).unwrap_or(0);
            let countries = cols.next().unwrap_or("");
            Some((name, (kind, population, countries)))
        })
        .collect();
    for l in rows::data_lines(&regions) {
        if let Some((name, countries)) = l.split_once('\t') {
            table.entry(name).or_insert((2, 1_000_000, countries));
        }
    }
    let mut blob = String::new();
    let mut sorted: Vec<_> = table.into_iter().collect();
    sorted.sort_unstable();
    let rows: Vec<(&str, Vec<u8>)> = sorted
        .into_iter()
        .map(|(name, (kind, population, countries))| {
            let mut row = population.to_le_bytes().to_vec();
            row.extend(text_at(&mut blob, countries));
            row.extend([kind, 0]);
            (name, row)
        })
        .collect();
    // The names alone, one a line, for the two-word places built at start-up.
    let place_names: Vec<&str> = rows.iter().map(|(name, _)| *name).collect();
    let lines: String = place_names.iter().map(|name| format!("{name}\n")).collect();
    std::fs::write(out_path("places.names"), lines).unwrap();
    indexed_rows(rows.into_iter(), "places");
    std::fs::write(out_path("places.txt"), blob).unwrap();
    letter_model(words, &place_names, &given_names);
    let cities = read("rules/city-regions.tsv");
    let mut blob = String::new();
    let table: HashMap<&str, &str> = rows::data_lines(&cities)
        .filter_map(|l| l.split_once('\t'))
        .collect();
    let mut sorted: Vec<_> = table.into_iter().collect();
    sorted.sort_unstable();
    let rows: Vec<(&str, Vec<u8>)> = sorted
        .into_iter()
        .map(|(city, divisions)| (city, text_at(&mut blob, divisions).to_vec()))
        .collect();
    indexed_rows(rows.into_iter(), "city-regions");
    std::fs::write(out_path("city-regions.txt"), blob).unwrap();
}

fn main() {
    println!("cargo::rerun-if-changed=build.rs");
    println!("cargo::rerun-if-changed=src/static_map.rs");
    println!("cargo::rerun-if-changed=src/rows.rs");
    finite_state_map("rules/rare-tokens.tsv", "rare-tokens.fst");
    finite_state_map("rules/towns.txt", "towns.fst");
    finite_state_map("rules/word-bigrams.tsv", "word-bigrams.fst");
    let words = word_tables();
    name_tables(&words);
    println!("cargo::rerun-if-env-changed=CI");
    println!("cargo::rerun-if-env-changed=PATH");
    let clients: [(&str, bool); 5] = [
        ("wirelint_no_nvim", runs("nvim", &["--version"])),
        ("wirelint_no_chromium", runs("chromedriver", &["--version"])),
        (
            "wirelint_no_lt_client",
            runs("python3", &["-c", "import language_tool_python"]),
        ),
        (
            "wirelint_no_jsonschema",
            runs("python3", &["-c", "import jsonschema"]),
        ),
        ("wirelint_no_pty", runs("script", &["--version"])),
    ];
    let ci = std::env::var("CI").is_ok_and(|v| v == "true" || v == "1");
    for (cfg, present) in clients {
        println!("cargo::rustc-check-cfg=cfg({cfg})");
        if !present && !ci {
            println!("cargo::rustc-cfg={cfg}");
        }
    }
}
