//! Throughput benchmark: lints a generated corpus of wire articles on one core and prints MB/s and
//! per-article latency (median, p99). `cargo bench` runs it; `ARTICLES=N cargo bench` sizes it and
//! `SELECT=E cargo bench` times one family.

use std::time::Instant;

/// A small deterministic generator (xorshift), so every run lints the same corpus.
struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        self.0 ^= self.0 << 13;
        self.0 ^= self.0 >> 7;
        self.0 ^= self.0 << 17;
        self.0
    }
    fn pick<'a>(&mut self, items: &[&'a str]) -> &'a str {
        items[(self.next() % items.len() as u64) as usize]
    }
    fn below(&mut self, n: u64) -> u64 {
        self.next() % n
    }
}

const CITIES: &[&str] = &[
    "LONDON",
    "NEW YORK",
    "TOKYO",
    "Beijing",
    "WASHINGTON",
    "PARIS",
    "FRANKFURT",
];
const MONTHS: &[&str] = &[
    "January", "March", "April", "June", "August", "October", "December", "Dec", "Jan.",
];
const SUBJECTS: &[&str] = &[
    "The company",
    "The central bank",
    "Finance Minister Jane Smith",
    "Mr Li",
    "The ministry",
    "Analysts",
    "The Bank of England",
    "Shares in Acme Corp",
    "The union",
    "Officials in Shaanxi province",
];
const VERBS: &[&str] = &[
    "said",
    "reported",
    "announced",
    "expected",
    "warned",
    "added",
    "estimated",
    "rose",
    "fell",
];
const WORDS: &[&str] = &[
    "the",
    "a",
    "profit",
    "quarter",
    "market",
    "on",
    "in",
    "of",
    "to",
    "and",
    "billion",
    "dlrs",
    "pct",
    "growth",
    "prices",
    "trade",
    "talks",
    "government",
    "its",
    "his",
    "her",
    "their",
    "shares",
    "rate",
    "deficit",
    "exports",
    "first",
    "year",
    "week",
    "new",
    "economy",
    "investors",
    "that",
    "with",
    "for",
    "by",
    "from",
    "oil",
    "demand",
    "output",
    "policy",
    "interest",
    "rates",
    "inflation",
    "spokesman",
    "statement",
];

fn article(rng: &mut Rng) -> String {
    let mut s = String::new();
    s.push_str(&format!(
        "{}, {} {} (Reuters) - ",
        rng.pick(CITIES),
        rng.pick(MONTHS),
        1 + rng.below(28)
    ));
    let paragraphs = 6 + rng.below(10);
    for p in 0..paragraphs {
        if p > 0 {
            s.push_str("\n\n");
        }
        for _ in 0..2 + rng.below(3) {
            s.push_str(rng.pick(SUBJECTS));
            s.push(' ');
            s.push_str(rng.pick(VERBS));
            for k in 0..12 + rng.below(14) {
                s.push(' ');
                match rng.below(40) {
                    0 => s.push_str(&format!("{}", rng.below(2000))),
                    1 => s.push_str(&format!("{} {}", 1 + rng.below(31), rng.pick(MONTHS))),
                    2 => s.push_str(&format!("{}th", 4 + rng.below(15))),
                    3 => s.push_str("\"quoted words\""),
                    4 if k > 2 => s.push_str("the the"),
                    _ => s.push_str(rng.pick(WORDS)),
                }
            }
            s.push_str(". ");
        }
    }
    s.push('\n');
    s
}

fn main() {
    let n: usize = std::env::var("ARTICLES")
        .ok()
        .and_then(|v| v.parse().ok())
        .unwrap_or(10_000);
    let mut rng = Rng(0x5eed_1234_abcd_ef01);
    let corpus: Vec<String> = (0..n).map(|_| article(&mut rng)).collect();
    let bytes: usize = corpus.iter().map(String::len).sum();
    // SELECT=E (codes, names or families, comma-separated) times a part of the rule set.
    let config = wirelint::Config {
        select: std::env::var("SELECT")
            .map(|s| s.split(',').map(str::to_string).collect())
            .unwrap_or_default(),
        ..Default::default()
    };
    // Warm the lazily built data (word list, series) outside the timing.
    let _ = wirelint::lint(&corpus[0], &config);
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
}
