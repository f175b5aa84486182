//! Replays every input the fuzzers kept (`fuzz/regressions/<target>/`) and the seed inputs
//! (`fuzz/seeds/<target>/`) through the same functions the fuzz targets call
//! (`fuzz/src/targets.rs`): an input that once panicked or hung wirelint stays a test.
//! `scripts/fuzz.sh SECONDS` runs the fuzzers themselves; `.ci/run` runs them for a bounded time.

#[path = "../fuzz/src/targets.rs"]
mod targets;

use std::path::Path;
use std::time::{Duration, Instant};

fn inputs(kind: &str, target: &str) -> Vec<(String, Vec<u8>)> {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("fuzz")
        .join(kind)
        .join(target);
    let Ok(entries) = std::fs::read_dir(&dir) else {
        return Vec::new();
    };
    let mut files: Vec<_> = entries
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.is_file())
        .filter(|p| {
            !p.file_name()
                .is_some_and(|n| n.to_string_lossy().starts_with('.'))
        })
        .collect();
    files.sort();
    files
        .into_iter()
        .map(|p| (p.display().to_string(), std::fs::read(&p).unwrap()))
        .collect()
}

#[test]
fn every_kept_fuzz_input_runs_quickly_without_a_panic() {
    let mut replayed = 0;
    for (target, run) in targets::TARGETS {
        for kind in ["seeds", "regressions"] {
            for (name, data) in inputs(kind, target) {
                let start = Instant::now();
                if std::panic::catch_unwind(|| run(&data)).is_err() {
                    panic!("{target}: {name} panics");
                }
                let took = start.elapsed();
                assert!(
                    took < Duration::from_secs(2),
                    "{target}: {name} took {took:?}"
                );
                replayed += 1;
            }
        }
    }
    // The seeds are there: a replay of nothing would pass without testing anything.
    assert!(replayed >= 4, "only {replayed} inputs replayed");
}

#[test]
fn every_target_has_a_fuzz_binary_and_a_replay_folder() {
    let fuzz = Path::new(env!("CARGO_MANIFEST_DIR")).join("fuzz");
    let manifest = std::fs::read_to_string(fuzz.join("Cargo.toml")).unwrap();
    for (target, _) in targets::TARGETS {
        assert!(
            fuzz.join("fuzz_targets")
                .join(format!("{target}.rs"))
                .is_file(),
            "fuzz/fuzz_targets/{target}.rs"
        );
        assert!(
            manifest.contains(&format!("name = \"{target}\"")),
            "{target} in fuzz/Cargo.toml"
        );
        assert!(
            fuzz.join("regressions").join(target).is_dir(),
            "fuzz/regressions/{target}/"
        );
    }
}
