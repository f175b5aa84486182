//! Generated wire articles for the benchmarks: deterministic, so every run lints the same text.
#![allow(dead_code)]

/// A small deterministic generator (xorshift), so every run lints the same corpus.
pub struct Rng(pub u64);

impl Rng {
    pub fn next_u64(&mut self) -> u64 {
        self.0 ^= self.0 << 13;
        self.0 ^= self.0 >> 7;
        self.0 ^= self.0 << 17;
        self.0
    }
    pub fn pick<'a>(&mut self, items: &[&'a str]) -> &'a str {
        items[(self.next_u64() % items.len() as u64) as usize]
    }
    pub fn below(&mut self, n: u64) -> u64 {
        self.next_u64() % n
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

pub fn article(rng: &mut Rng) -> String {
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
                // Numbers, dates, ordinals and quotes as often as wire copy has them; a slip
                // (here a doubled word) about once an article, as in real copy.
                match rng.below(40) {
                    0 => s.push_str(&format!("{}", rng.below(2000))),
                    1 => s.push_str(&format!("{} {}", 1 + rng.below(31), rng.pick(MONTHS))),
                    2 => s.push_str(&format!("{}th", 4 + rng.below(15))),
                    3 => s.push_str("\"quoted words\""),
                    4 if k > 2 && rng.below(16) == 0 => s.push_str("the the"),
                    _ => {
                        // Never the same word twice by chance: doubled words are the planted slip.
                        let mut w = rng.pick(WORDS);
                        while s.trim_end().rsplit(' ').next() == Some(w) {
                            w = rng.pick(WORDS);
                        }
                        s.push_str(w);
                    }
                }
            }
            s.push_str(". ");
        }
    }
    s.push('\n');
    s
}
