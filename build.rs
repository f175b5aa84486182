//! Which test clients this machine has. A client test whose client is missing is compiled as
//! ignored, with the reason, so `cargo test` shows it as ignored rather than as a silent pass;
//! under `CI=true` every client test runs, and a missing client fails it.

use std::process::{Command, Stdio};

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

fn main() {
    println!("cargo::rerun-if-changed=build.rs");
    finite_state_map("rules/rare-tokens.tsv", "rare-tokens.fst");
    finite_state_map("rules/towns.txt", "towns.fst");
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
