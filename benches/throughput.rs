//! Throughput benchmark: lints a generated corpus of wire articles on one core and prints MB/s and
//! per-article latency (median, p99). `cargo bench` runs it; `ARTICLES=N cargo bench` sizes it and
//! `SELECT=E cargo bench` times one family. `DIR=../shared/eval/dev/articles cargo bench --bench
//! throughput` times real articles instead: every `.txt` file of the folder, read before the
//! clock starts.

use std::time::Instant;

mod corpus;

/// The binary's allocator, so that the figures are the binary's.
#[global_allocator]
static GLOBAL: mimalloc::MiMalloc = mimalloc::MiMalloc;

use corpus::{Rng, article};

fn main() {
    let n: usize = std::env::var("ARTICLES")
        .ok()
        .and_then(|v| v.parse().ok())
        .unwrap_or(10_000);
    let corpus: Vec<String> = match std::env::var_os("DIR") {
        Some(dir) => real_articles(std::path::Path::new(&dir)),
        None => {
            let mut rng = Rng(0x5eed_1234_abcd_ef01);
            (0..n).map(|_| article(&mut rng)).collect()
        }
    };
    let n = corpus.len();
    let bytes: usize = corpus.iter().map(String::len).sum();
    // SELECT=E (codes, names or families, comma-separated) times a part of the rule set.
    let config = wirelint::Config {
        select: std::env::var("SELECT")
            .map(|s| s.split(',').map(str::to_string).collect())
            .unwrap_or_default(),
        ..Default::default()
    };
    // Build the tables made at start-up (names, places, series) outside the timing, as a long
    // run has them: their cost is the start-up's, which the one-file figure gives.
    let warm = Instant::now();
    wirelint::knowledge::warm_up();
    let _ = wirelint::lint(&corpus[0], &config);
    println!(
        "wirelint start-up tables: {:.1} ms (on every core at once)",
        warm.elapsed().as_secs_f64() * 1e3
    );
    let mut times = Vec::with_capacity(n);
    let mut findings = 0;
    let start = Instant::now();
    for text in &corpus {
        let t = Instant::now();
        findings += wirelint::lint(text, &config).len();
        times.push(t.elapsed().as_secs_f64());
    }
    let total = start.elapsed().as_secs_f64();
    times.sort_by(f64::total_cmp);
    let pct = |p: f64| times[((times.len() - 1) as f64 * p) as usize] * 1e6;
    println!(
        "wirelint throughput: {n} articles, {:.1} MB, {findings} findings, one core",
        bytes as f64 / 1e6
    );
    println!(
        "  total {:.3} s, {:.1} MB/s",
        total,
        bytes as f64 / 1e6 / total
    );
    println!(
        "  per article: median {:.1} µs, p99 {:.1} µs, mean article {:.1} KB",
        pct(0.5),
        pct(0.99),
        bytes as f64 / n as f64 / 1e3
    );
    feeds(&corpus, &config);
}

/// Every `.txt` file of `dir`, in name order (unreadable ones skipped).
fn real_articles(dir: &std::path::Path) -> Vec<String> {
    let mut paths: Vec<_> = std::fs::read_dir(dir)
        .unwrap_or_else(|e| panic!("{}: {e}", dir.display()))
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.extension().is_some_and(|x| x == "txt"))
        .collect();
    paths.sort();
    paths
        .iter()
        .filter_map(|p| std::fs::read_to_string(p).ok())
        .collect()
}

/// The same articles as NITF files: reading the feed must cost little beside linting the words
/// (the bar is 1.5x the plain text).
fn feeds(corpus: &[String], config: &wirelint::Config) {
    use wirelint::check::{FileOptions, check_text};
    let escape = |s: &str| {
        s.replace('&', "&amp;")
            .replace('<', "&lt;")
            .replace('>', "&gt;")
    };
    let nitf: Vec<String> = corpus
        .iter()
        .map(|a| {
            let body: String = a
                .split("\n\n")
                .map(|p| format!("      <p>{}</p>\n", escape(p)))
                .collect();
            format!(
                "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<nitf>\n  <head><docdata>\
                 <date.issue norm=\"20240301T100000Z\"/></docdata></head>\n  <body>\n    \
                 <body.content>\n{body}    </body.content>\n  </body>\n</nitf>\n"
            )
        })
        .collect();
    let opts = FileOptions::default();
    let time = |files: &[String], path: &str| {
        let start = Instant::now();
        for f in files {
            let _ = check_text(path, f, config, &opts);
        }
        start.elapsed().as_secs_f64()
    };
    let plain = time(corpus, "story.txt");
    let feed = time(&nitf, "story.xml");
    println!(
        "  NITF: {:.3} s for the same articles as feed files vs {:.3} s as text: {:.2}x",
        feed,
        plain,
        feed / plain
    );
}
