//! Which test clients this machine has. A client test whose client is missing is compiled as
//! ignored, with the reason, so `cargo test` shows it as ignored rather than as a silent pass;
//! under `CI=true` every client test runs, and a missing client fails it.

use std::collections::{HashMap, HashSet};
use std::process::{Command, Stdio};

#[path = "src/static_map.rs"]
mod static_map;

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
/// table to build at start-up.
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
    for (w, n) in rows {
        map.insert(w, n).unwrap();
    }
    map.finish().unwrap();
}

/// A data file's lines as the binary reads them: no blank lines, no `#` comments.
fn data_lines(source: &str) -> Vec<String> {
    println!("cargo::rerun-if-changed={source}");
    std::fs::read_to_string(source)
        .unwrap_or_else(|e| panic!("{source}: {e}"))
        .lines()
        .map(|l| l.trim_end_matches('\r').to_string())
        .filter(|l| !l.trim().is_empty() && !l.starts_with('#'))
        .collect()
}

fn out_path(target: &str) -> std::path::PathBuf {
    std::path::Path::new(&std::env::var("OUT_DIR").unwrap()).join(target)
}

/// `rows` (the last value of a key wins, as when a map is filled in order) as a
/// [`static_map`] table in `OUT_DIR`.
fn static_table(rows: impl IntoIterator<Item = (String, u16)>, target: &str) {
    let map: HashMap<String, u16> = rows.into_iter().collect();
    let mut rows: Vec<(&str, u16)> = map.iter().map(|(k, v)| (k.as_str(), *v)).collect();
    rows.sort_unstable();
    std::fs::write(out_path(target), static_map::write(&rows)).unwrap();
}

/// Letter-trigram counts over every word, place and given name (the binary's `LetterModel`),
/// as little-endian `u32`s: 28³ trigrams, then 28² contexts.
fn letter_model(words: &HashSet<String>, places: &HashSet<String>, given: &HashSet<String>) {
    let mut trigrams = vec![0u32; 28 * 28 * 28];
    let mut contexts = vec![0u32; 28 * 28];
    let letter = |c: u8| {
        c.is_ascii_alphabetic()
            .then(|| (c.to_ascii_lowercase() - b'a') as usize)
    };
    for name in words.iter().chain(places).chain(given) {
        for part in name.split(' ') {
            if !part.bytes().all(|b| b.is_ascii_alphabetic()) {
                continue;
            }
            let (mut a, mut b) = (26, 26);
            for c in part.bytes().filter_map(letter).chain([27]) {
                trigrams[(a * 28 + b) * 28 + c] += 1;
                contexts[a * 28 + b] += 1;
                (a, b) = (b, c);
            }
        }
    }
    let bytes: Vec<u8> = trigrams
        .iter()
        .chain(&contexts)
        .flat_map(|n| n.to_le_bytes())
        .collect();
    std::fs::write(out_path("letters.bin"), bytes).unwrap();
}

/// The word lists as tables read in place, and the letter model of the words and names.
fn word_tables() {
    let words: Vec<(String, u16)> = data_lines("rules/words.txt")
        .into_iter()
        .map(|l| match l.split_once('\t') {
            Some((w, size)) => (w.to_string(), size.parse::<u8>().map_or(0, u16::from)),
            None => (l, 0),
        })
        .collect();
    let freq = data_lines("rules/word-freq.tsv")
        .into_iter()
        .filter_map(|l| {
            let (w, cb) = l.split_once('\t')?;
            Some((w.to_string(), cb.parse().ok()?))
        });
    static_table(freq, "word-freq.map");
    let word_keys: HashSet<String> = words.iter().map(|(w, _)| w.clone()).collect();
    static_table(words, "words.map");
    // The places: rows of places.tsv with a kind, and the divisions of regions.tsv.
    let mut places: HashSet<String> = data_lines("rules/places.tsv")
        .into_iter()
        .filter_map(|l| {
            let mut cols = l.split('\t');
            let name = cols.next()?.to_string();
            cols.next()?;
            Some(name)
        })
        .collect();
    for l in data_lines("rules/regions.tsv") {
        if let Some((name, _)) = l.split_once('\t') {
            places.insert(name.to_string());
        }
    }
    let given: HashSet<String> = data_lines("rules/given-names.tsv")
        .into_iter()
        .filter_map(|l| {
            let mut cols = l.split('\t');
            let name = cols.next()?.to_string();
            cols.next()?.parse::<u64>().ok()?;
            cols.next()?.parse::<u64>().ok()?;
            Some(name)
        })
        .collect();
    letter_model(&word_keys, &places, &given);
}

fn main() {
    println!("cargo::rerun-if-changed=build.rs");
    println!("cargo::rerun-if-changed=src/static_map.rs");
    finite_state_map("rules/rare-tokens.tsv", "rare-tokens.fst");
    finite_state_map("rules/towns.txt", "towns.fst");
    word_tables();
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
