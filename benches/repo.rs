//! Repository benchmark: writes generated repositories of 1,000, 10,000 and 50,000 articles under
//! target/bench-repo-N and times `wirelint check` over each (all cores, JSON to /dev/null), with
//! peak memory from /usr/bin/time, beside `rg --count the` over the same tree as the floor of
//! reading speed. `REPO_SIZES=1000,10000 cargo bench --bench repo` picks the sizes.

mod corpus;

use corpus::{Rng, article};
use std::path::{Path, PathBuf};
use std::process::Command;
use std::time::Instant;

fn generate(n: usize) -> (PathBuf, u64) {
    let dir = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join(format!("target/bench-repo-{n}"));
    let marker = dir.join(".complete");
    let mut rng = Rng(0x5eed_1234_abcd_ef01);
    let mut bytes = 0u64;
    let fresh = !marker.exists();
    if fresh {
        let _ = std::fs::remove_dir_all(&dir);
    }
    for i in 0..n {
        let text = article(&mut rng);
        bytes += text.len() as u64;
        if fresh {
            let sub = dir.join(format!("desk-{:02}", i % 50));
            std::fs::create_dir_all(&sub).unwrap();
            std::fs::write(sub.join(format!("story-{i:06}.txt")), text).unwrap();
        }
    }
    if fresh {
        std::fs::write(marker, "").unwrap();
    }
    (dir, bytes)
}

/// Wall seconds and peak resident MB of a command, best of three runs.
fn measure(cmd: &[&str], dir: &Path) -> (f64, Option<f64>) {
    let mut best = (f64::MAX, None);
    for _ in 0..3 {
        let timed = Path::new("/usr/bin/time").exists();
        let mut c = if timed {
            let mut c = Command::new("/usr/bin/time");
            c.arg("-v").args(cmd);
            c
        } else {
            let mut c = Command::new(cmd[0]);
            c.args(&cmd[1..]);
            c
        };
        let start = Instant::now();
        let out = c.current_dir(dir).output().expect("run benchmark command");
        let wall = start.elapsed().as_secs_f64();
        let rss = String::from_utf8_lossy(&out.stderr)
            .lines()
            .find_map(|l| {
                l.trim()
                    .strip_prefix("Maximum resident set size (kbytes): ")
                    .and_then(|v| v.parse::<f64>().ok())
            })
            .map(|kb| kb / 1024.0);
        if wall < best.0 {
            best = (wall, rss);
        }
    }
    best
}

fn main() {
    let sizes: Vec<usize> = std::env::var("REPO_SIZES")
        .unwrap_or_else(|_| "1000,10000,50000".into())
        .split(',')
        .filter_map(|s| s.trim().parse().ok())
        .collect();
    let bin = env!("CARGO_BIN_EXE_wirelint");
    let has_rg = Command::new("rg").arg("--version").output().is_ok();
    println!(
        "repository benchmark ({} cores)",
        std::thread::available_parallelism().map_or(1, |n| n.get())
    );
    println!(
        "{:>8} {:>8} {:>9} {:>8} {:>9} {:>9} {:>7}",
        "files", "MB", "wall s", "MB/s", "peak MB", "rg s", "ratio"
    );
    for n in sizes {
        let (dir, bytes) = generate(n);
        let (wall, rss) = measure(
            &[
                bin,
                "check",
                "--format",
                "json",
                "-o",
                "/dev/null",
                "--exit-zero",
                ".",
            ],
            &dir,
        );
        let rg = has_rg.then(|| measure(&["rg", "--count", "the", "."], &dir).0);
        let mb = bytes as f64 / 1e6;
        println!(
            "{:>8} {:>8.1} {:>9.3} {:>8.1} {:>9} {:>9} {:>7}",
            n,
            mb,
            wall,
            mb / wall,
            rss.map_or("-".into(), |r| format!("{r:.0}")),
            rg.map_or("-".into(), |r| format!("{r:.3}")),
            rg.map_or("-".into(), |r| format!("{:.1}x", wall / r)),
        );
    }
}
