//! Never a panic: random articles built from the pieces that exercise every rule and every edge
//! of the tokenizer (multi-byte characters, placeholders, dates, quotes, line breaks) are linted
//! and rendered in every format.

use wirelint::render::{self, FileReport};
use wirelint::{Config, check};

const PIECES: &[&str] = &[
    "<p>",
    "</p>",
    "<nitf><body><body.content>",
    "</body.content></body></nitf>",
    "&#225;",
    "&amp;",
    "&bogus",
    "<!-- wirelint-disable -->",
    "{\"headline\": \"",
    "\\u00e9",
    "\\n",
    "\"}",
    "\u{1}",
    "\u{2}",
    "\u{3}",
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
        let path = [
            "story.txt",
            "story.md",
            "story.xml",
            "story.json",
            "story.html",
            "story.anpa",
        ][round % 6];
        let opts = check::FileOptions {
            report_unused: true,
            ..Default::default()
        };
        // A feed that does not parse is an error, never a panic.
        let Ok(diagnostics) = check::check_text(path, &text, &config, &opts) else {
            continue;
        };
        for d in &diagnostics {
            for span in std::iter::once(d.span).chain(d.labels.iter().map(|l| l.span)) {
                assert!(
                    span.end as usize <= text.len() && text.is_char_boundary(span.start as usize),
                    "{path}: {text:?}"
                );
                assert!(text.is_char_boundary(span.end as usize), "{path}: {text:?}");
            }
        }
        let reports = vec![FileReport {
            date: None,
            words: 0,
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

/// An article of `n` distinct bank names ("The Qwzkfa National Bank said."): every pair of them
/// differs by one word, the worst case for the institution rules.
fn bank_names(n: usize) -> String {
    let mut rng = Rng(0x9e37_79b9_7f4a_7c15);
    let modifiers = [
        "National", "Central", "Royal", "General", "Federal", "United",
    ];
    let mut out = String::new();
    for _ in 0..n {
        let mut name = String::from("Q");
        for _ in 0..6 {
            name.push((b'a' + (rng.next_u64() % 26) as u8) as char);
        }
        let m = modifiers[(rng.next_u64() % modifiers.len() as u64) as usize];
        out.push_str(&format!("The {name} {m} Bank said. "));
    }
    out
}

/// The fastest of three runs of the rules `select` (every rule when empty) over `text`.
fn lint_time(text: &str, select: &[&str]) -> std::time::Duration {
    let config = Config {
        select: select.iter().map(|s| s.to_string()).collect(),
        ..Default::default()
    };
    (0..3)
        .map(|_| {
            let t = std::time::Instant::now();
            std::hint::black_box(wirelint::lint(text, &config));
            t.elapsed()
        })
        .min()
        .unwrap()
}

#[test]
fn institution_names_stay_near_linear() {
    // Four times the names may take about four times as long, never sixteen (every pair).
    let small = lint_time(&bank_names(4_000), &["E"]);
    let large = lint_time(&bank_names(16_000), &["E"]);
    let ratio = large.as_secs_f64() / small.as_secs_f64().max(1e-3);
    assert!(
        ratio < 9.0,
        "4x the bank names took {ratio:.1}x the time ({small:?} -> {large:?})"
    );
}

/// A made-up capitalised word of `len` letters: a name no list knows.
fn made_up(rng: &mut Rng, len: usize) -> String {
    let mut w = String::from("Q");
    for _ in 1..len {
        w.push((b'a' + (rng.next_u64() % 26) as u8) as char);
    }
    w
}

/// Adversarial articles of each kind, `n` units long: every unit a new name, place, person,
/// date or quotation, so that anything comparing them pairwise meets n² pairs.
fn adversarial(kind: &str, n: usize) -> String {
    let mut rng = Rng(0x2545_f491_4f6c_dd1d);
    let mut out = String::new();
    let months = ["January", "March", "May", "July", "October", "December"];
    let days = ["Monday", "Tuesday", "Friday", "Sunday"];
    for k in 0..n {
        let unit = match kind {
            // People named once each, each one letter from the last: a variant for every pair.
            "names" => {
                let given = ["John", "Mary", "Ahmed", "Li", "Olga", "Pedro"][k % 6];
                format!("{given} {} said so. ", made_up(&mut rng, 7))
            }
            // Places no gazetteer knows, each in a dateline-like phrase.
            "places" => format!("Talks in {} ended. ", made_up(&mut rng, 8)),
            // Many people of both sexes and pronouns that may bind to any of them.
            "pronouns" => format!(
                "{} {} said {} would stay, and {} wife agreed. ",
                ["Mr", "Mrs", "Dr", "Ms"][k % 4],
                made_up(&mut rng, 6),
                ["he", "she"][k % 2],
                ["his", "her"][(k / 2) % 2],
            ),
            // One person and thousands of pronouns and reflexives bound to her, some of the
            // other sex, beside unnamed people: each asks her evidence again.
            "one-person" => {
                if k == 0 {
                    out.push_str("LONDON (Reuters) - Anna Keller won the final. ");
                }
                format!(
                    "Keller said {} had told {} to stay calm. The {} was taken to hospital. {} \
                     condition was stable. ",
                    ["she", "he"][k % 2],
                    ["herself", "himself"][(k / 2) % 2],
                    ["woman", "man"][k % 3 / 2],
                    ["Her", "His"][k % 2],
                )
            }
            // Dates, weekdays and times, some impossible.
            "dates" => format!(
                "On {}, {} {}, 20{:02} at {}:{:02} the market {}. ",
                days[k % 4],
                months[k % 6],
                1 + k % 35,
                k % 30,
                k % 25,
                k % 61,
                ["rose", "fell"][k % 2]
            ),
            // Quotations, each with a speaker, some left open.
            "quotes" => format!(
                "\"We will {} it,\" {} said. \"It is {}{} ",
                ["do", "see", "win"][k % 3],
                made_up(&mut rng, 6),
                ["done", "over", "fine"][k % 3],
                if k % 5 == 0 { "" } else { ".\"" }
            ),
            // One sentence of lower-case prose with no full stop, a capital "In" in every
            // phrase: each asks whether its sentence is a run of prose.
            "run-on" => format!("{} In {} ", made_up(&mut rng, 5), made_up(&mut rng, 6)),
            // One line that never ends: no sentence, no paragraph break.
            "line" => format!("{} and the {} ", made_up(&mut rng, 5), made_up(&mut rng, 6)),
            _ => unreachable!(),
        };
        out.push_str(&unit);
    }
    out
}

#[test]
fn every_kind_of_adversarial_article_stays_near_linear() {
    // Four times the text may take about four times as long, never sixteen: names, places,
    // people and their pronouns, dates, quotations and one endless line, under every rule.
    for (kind, n) in [
        ("names", 3_000),
        ("places", 3_000),
        ("pronouns", 2_000),
        ("one-person", 2_000),
        ("dates", 8_000),
        ("quotes", 2_000),
        ("line", 4_000),
        ("run-on", 4_000),
    ] {
        let small = lint_time(&adversarial(kind, n), &[]);
        let large = lint_time(&adversarial(kind, 4 * n), &[]);
        let ratio = large.as_secs_f64() / small.as_secs_f64().max(1e-3);
        eprintln!("{kind}: {small:?} -> {large:?} ({ratio:.1}x for 4x the text)");
        assert!(
            ratio < 9.0,
            "{kind}: 4x the text took {ratio:.1}x the time ({small:?} -> {large:?})"
        );
    }
}

#[test]
fn reports_of_one_long_line_with_many_findings_stay_near_linear() {
    // Columns are counted from the line's start: on a file of one line, counting afresh for
    // each finding made every report quadratic. Impossible dates with characters of several
    // bytes between them, on one line.
    let line = |n: usize| -> String {
        (0..n)
            .map(|k| format!("On March {}, 2019 the café reopened — ", 32 + k % 60))
            .collect()
    };
    let time = |text: &str| {
        let diagnostics = wirelint::lint(text, &Config::default());
        assert!(diagnostics.len() >= 1_000, "{} findings", diagnostics.len());
        let reports = vec![FileReport {
            date: None,
            words: 0,
            path: "one-line.txt".into(),
            text: text.to_string(),
            diagnostics,
        }];
        (0..3)
            .map(|_| {
                let t = std::time::Instant::now();
                std::hint::black_box(render::json::render(&reports));
                std::hint::black_box(render::sarif::render(&reports));
                std::hint::black_box(render::github::render(&reports));
                std::hint::black_box(render::term::render(
                    "one-line.txt",
                    text,
                    &reports[0].diagnostics,
                    false,
                ));
                t.elapsed()
            })
            .min()
            .unwrap()
    };
    let (small, large) = (time(&line(3_000)), time(&line(12_000)));
    let ratio = large.as_secs_f64() / small.as_secs_f64().max(1e-3);
    eprintln!("reports: {small:?} -> {large:?} ({ratio:.1}x for 4x the text)");
    assert!(ratio < 9.0, "4x the text took {ratio:.1}x the time");
}
