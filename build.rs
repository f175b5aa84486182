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

/// `rules/rare-tokens.tsv` as a finite-state map from token to centibels, written to
/// `OUT_DIR`: embedded as bytes and read in place, with no table to build at start-up.
fn rare_tokens() {
    let source = "rules/rare-tokens.tsv";
    println!("cargo::rerun-if-changed={source}");
    let text = std::fs::read_to_string(source).expect("rules/rare-tokens.tsv is readable");
    let mut rows: Vec<(&str, u64)> = text
        .lines()
        .filter(|l| !l.starts_with('#') && !l.trim().is_empty())
        .filter_map(|l| {
            let (w, cb) = l.split_once('\t')?;
            Some((w, cb.trim().parse().ok()?))
        })
        .collect();
    rows.sort_unstable();
    rows.dedup_by(|a, b| a.0 == b.0);
    let out = std::path::Path::new(&std::env::var("OUT_DIR").unwrap()).join("rare-tokens.fst");
    let file = std::io::BufWriter::new(std::fs::File::create(out).unwrap());
    let mut map = fst::MapBuilder::new(file).unwrap();
    for (w, cb) in rows {
        map.insert(w, cb).unwrap();
    }
    map.finish().unwrap();
}

fn main() {
    println!("cargo::rerun-if-changed=build.rs");
    rare_tokens();
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
