//! Never a panic: random articles built from the pieces that exercise every rule and every edge
//! of the tokenizer (multi-byte characters, placeholders, dates, quotes, line breaks) are linted
//! and rendered in every format.

use wirelint::render::{self, FileReport};
use wirelint::{Config, check};

const PIECES: &[&str] = &[
    "the",
    "The",
    " ",
    " ",
    " ",
    "\n",
    "\n\n",
    "\n    ",
    ".",
    ",",
    "-",
    "- ",
    "\"",
    "“",
    "”",
    "'",
    "’",
    "31",
    "80",
    "2O23",
    "l985",
    "1,5OO",
    "16",
    " th",
    "th",
    "21th",
    "<>",
    "<",
    ">",
    "{{n}}",
    "{",
    "}",
    "[N]",
    "##",
    "TK",
    "XX",
    "December",
    "Dec",
    "May",
    "Friday",
    "Wendesday",
    "April",
    ":",
    "25:30",
    "pm",
    "he",
    "She",
    "his",
    "her",
    "Mr",
    "Ma Lu",
    "Chinese National University",
    "University",
    "Shaanxi-Gansu-Ningxia",
    "Ningbo",
    "Bank of England",
    "â€™",
    "Ã©",
    "\u{FFFD}",
    "é",
    "中国",
    "🙂",
    "\u{FEFF}",
    "\t",
    "\r\n",
    "<!-- wirelint-disable -->",
    "<!-- wirelint-enable D001 -->",
    "```",
    "---",
    "`",
    "80th National Congress",
    "century",
    "learning Xi the",
    "tempo- rarily",
    "(",
    ")",
];

struct Rng(u64);

impl Rng {
    fn next_u64(&mut self) -> u64 {
        self.0 ^= self.0 << 13;
        self.0 ^= self.0 >> 7;
        self.0 ^= self.0 << 17;
        self.0
    }
}

#[test]
fn random_articles_never_panic() {
    // FUZZ_ROUNDS=100000 cargo test --release --test robustness runs a longer search.
    let rounds: usize = std::env::var("FUZZ_ROUNDS")
        .ok()
        .and_then(|r| r.parse().ok())
        .unwrap_or(3000);
    let mut rng = Rng(0x0bad_cafe_1234_5678);
    let config = Config::default();
    for round in 0..rounds {
        let len = (rng.next_u64() % 120) as usize;
        let text: String = (0..len)
            .map(|_| PIECES[(rng.next_u64() % PIECES.len() as u64) as usize])
            .collect();
        let path = if round % 2 == 0 {
            "story.txt"
        } else {
            "story.md"
        };
        let opts = check::FileOptions {
            report_unused: true,
            ..Default::default()
        };
        let diagnostics = check::check_text(path, &text, &config, &opts);
        for d in &diagnostics {
            assert!(
                d.span.end as usize <= text.len() && text.is_char_boundary(d.span.start as usize)
            );
            assert!(text.is_char_boundary(d.span.end as usize), "{text:?}");
        }
        let reports = vec![FileReport {
            path: path.to_string(),
            text: text.clone(),
            diagnostics,
        }];
        let _ = render::term::render(path, &text, &reports[0].diagnostics, round % 3 == 0);
        let _ = render::json::render(&reports);
        let _ = render::sarif::render(&reports);
        let _ = render::github::render(&reports);
        let _ = render::junit::render(&reports);
        let _ = render::concise(&reports);
    }
}

#[test]
fn every_prefix_of_the_seed_article_lints() {
    // Truncated files end anywhere: mid-word, mid-date, mid-character.
    let text = include_str!("../examples/seed-zxn-model-workers.txt");
    let config = Config::default();
    for end in (0..text.len())
        .filter(|&e| text.is_char_boundary(e))
        .step_by(7)
    {
        let _ = wirelint::lint(&text[..end], &config);
    }
}
