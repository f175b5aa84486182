//! wirelint: a linter for news-wire articles.
//!
//! The pipeline has three stages with narrow interfaces: [`document`] reads an article once into
//! tokens, sentences, paragraphs, the dateline, dates and mentions, all as byte spans into the
//! original text; [`rules`] are pure functions of that document; [`render`] turns findings into
//! terminal diagnostics or machine-readable formats.
//!
//! ```
//! let findings = wirelint::lint("Talks were held on 31 April.", &wirelint::Config::default());
//! assert_eq!(findings[0].code(), "D001");
//! ```

pub mod baseline;
pub mod calendar;
pub mod check;
pub mod config;
pub mod data;
pub mod diagnostic;
pub mod document;
pub mod input;
pub mod knowledge;
pub mod lsp;
pub mod mentions;
pub mod people;
pub mod progress;
pub mod render;
pub mod rows;
pub mod rule;
pub mod rules;
pub mod run;
pub mod serve;
pub mod span;
pub mod static_map;
pub mod strings;
pub mod suppress;
pub mod walk;

pub use diagnostic::{Diagnostic, Label};
pub use document::Document;
pub use knowledge::Knowledge;
pub use rule::{Family, RuleMeta, Severity};
pub use span::Span;

use std::collections::HashMap;

/// Which rules run and how loud they are.
#[derive(Default)]
pub struct Config {
    /// Rule codes, names or family letters to run; empty means all.
    pub select: Vec<String>,
    /// Rule codes, names or family letters to skip.
    pub ignore: Vec<String>,
    /// Severity overrides by rule code.
    pub severity: HashMap<String, Severity>,
    pub knowledge: Knowledge,
}

/// Whether a selector ("D001", "impossible-date", "D") names a rule.
pub fn selector_matches(selector: &str, meta: &RuleMeta) -> bool {
    selector.eq_ignore_ascii_case(meta.code)
        || selector == meta.name
        || (selector.len() == 1 && selector.eq_ignore_ascii_case(&meta.family.letter().to_string()))
        || selector.eq_ignore_ascii_case(meta.family.name())
        // A code prefix: "D00" selects D001..D009.
        || (selector.len() > 1 && meta.code.starts_with(&selector.to_ascii_uppercase()))
}

impl Config {
    pub fn enabled(&self, meta: &RuleMeta) -> bool {
        (self.select.is_empty() || self.select.iter().any(|s| selector_matches(s, meta)))
            && !self.ignore.iter().any(|s| selector_matches(s, meta))
    }

    /// Every selector that names no rule, for a usage error.
    pub fn unknown_selectors(&self) -> Vec<&str> {
        self.select
            .iter()
            .chain(&self.ignore)
            .filter(|s| !rules::RULES.iter().any(|r| selector_matches(s, r.meta())))
            .map(String::as_str)
            .collect()
    }
}

/// Lints one article; findings come sorted by position.
pub fn lint(text: &str, config: &Config) -> Vec<Diagnostic> {
    let doc = Document::parse(text);
    lint_document(&doc, config)
}

pub fn lint_document(doc: &Document, config: &Config) -> Vec<Diagnostic> {
    lint_document_with(doc, config, &[])
}

/// Lints with some rules turned off besides the config's (a file's `per-file-ignores`).
pub fn lint_document_with(
    doc: &Document,
    config: &Config,
    also_ignore: &[String],
) -> Vec<Diagnostic> {
    lint_document_until(doc, config, also_ignore, None).unwrap_or_default()
}

/// Lints, stopping the work (between rules) once `deadline` has passed: `None` then.
pub fn lint_document_until(
    doc: &Document,
    config: &Config,
    also_ignore: &[String],
    deadline: Option<std::time::Instant>,
) -> Option<Vec<Diagnostic>> {
    let ctx = rule::Context {
        knowledge: &config.knowledge,
    };
    let mut out = Vec::new();
    for rule in rules::RULES {
        if deadline.is_some_and(|d| std::time::Instant::now() > d) {
            return None;
        }
        if config.enabled(rule.meta())
            && !also_ignore.iter().any(|s| selector_matches(s, rule.meta()))
        {
            rule.check(doc, &ctx, &mut out);
        }
    }
    for d in &mut out {
        if let Some(s) = config.severity.get(d.rule.code) {
            d.severity = *s;
        }
    }
    out.sort_by(|a, b| {
        (a.span.start, a.span.end, a.rule.code).cmp(&(b.span.start, b.span.end, b.rule.code))
    });
    // Two rules that reach one correction of the same words report it once, under the first
    // code ("Industrics": a misreading for E002, a slip in an institution name for E005).
    // Two rules of one family on the same words ("Daveport": a place slip for E001, a name
    // slip for E004) report it once too, the one with a fix if either has it.
    // So do two of one family from the same word whose fixes differ only by a possessive
    // ("Bank of Japna's": E006's "Japna" for "Japan", E004's "Japna's" for "Japan's"). The
    // one kept is the one whose fix the story writes, if only one's is.
    let bare = |fix: &Option<String>| {
        fix.as_deref()
            .map(|f| f.trim_end_matches("'s").trim_end_matches("’s").to_string())
    };
    // A fix the story itself writes ("Millei's": E004's "Milei", written three times, beside
    // E002's "Miller") is the better reading.
    let written = |fix: &Option<String>| {
        bare(fix).is_some_and(|f| doc.mentions.words.contains_key(f.as_str()))
    };
    out.dedup_by(|later, first| {
        let same = later.span == first.span
            && (later.fix.is_some() && later.fix == first.fix
                || later.rule.family == first.rule.family)
            || later.span.start == first.span.start
                && later.rule.family == first.rule.family
                && later.fix.is_some()
                && bare(&later.fix) == bare(&first.fix);
        if same
            && (first.fix.is_none() && later.fix.is_some()
                || first.fix.is_some()
                    && later.fix.is_some()
                    && !written(&first.fix)
                    && written(&later.fix))
        {
            std::mem::swap(later, first);
        }
        same
    });
    // A name read whole without a fix ("European Centrl Bank" as another name for the European
    // Central Bank, E003) around a word of it read with one ("Centrl" for "Central", E004):
    // one slip, reported once, where the fix is.
    let covered: Vec<bool> = out
        .iter()
        .enumerate()
        .map(|(i, d)| {
            let outer = d.span;
            d.fix.is_none()
                && d.rule.family == rule::Family::Entities
                && out[i + 1..]
                    .iter()
                    .take_while(|e| e.span.start < outer.end)
                    .any(|e| {
                        e.rule.family == d.rule.family
                            && e.fix.is_some()
                            && e.span.end <= outer.end
                            && e.span != outer
                    })
        })
        .collect();
    let mut covered = covered.into_iter();
    out.retain(|_| !covered.next().unwrap_or(false));
    Some(out)
}
