//! Baselines: accept the findings a repository has today and report only new ones. A finding is
//! known by its rule, its file and a fingerprint of its words and their neighbours, never by line
//! numbers, so editing a story above a known finding does not bring it back.

use crate::diagnostic::Diagnostic;
use serde::{Deserialize, Serialize};
use std::collections::HashMap;

#[derive(Serialize, Deserialize, Debug, Default)]
pub struct Baseline {
    pub version: u32,
    pub findings: Vec<Entry>,
}

#[derive(Serialize, Deserialize, Debug, Clone, PartialEq, Eq, Hash)]
pub struct Entry {
    pub path: String,
    pub code: String,
    pub fingerprint: String,
}

/// FNV-1a over the flagged words and up to 24 bytes either side on the same line, white space
/// folded: edits elsewhere in the story leave it unchanged.
pub fn fingerprint(text: &str, d: &Diagnostic) -> String {
    let (s, e) = (d.span.start as usize, d.span.end as usize);
    let line_start = text[..s].rfind('\n').map_or(0, |i| i + 1);
    let line_end = text[e..].find('\n').map_or(text.len(), |i| e + i);
    let mut before = s.saturating_sub(24).max(line_start);
    while !text.is_char_boundary(before) {
        before += 1;
    }
    let after = crate::document::floor_char_boundary(text, (e + 24).min(line_end));
    let context: String = format!(
        "{}\u{1}{}\u{1}{}",
        &text[before..s],
        &text[s..e],
        &text[e..after]
    )
    .split_whitespace()
    .collect::<Vec<_>>()
    .join(" ");
    let mut h: u64 = 0xcbf29ce484222325;
    for b in context.bytes().chain(d.rule.code.bytes()) {
        h ^= b as u64;
        h = h.wrapping_mul(0x100000001b3);
    }
    format!("{h:016x}")
}

pub fn entry(path: &str, text: &str, d: &Diagnostic) -> Entry {
    Entry {
        path: path.replace('\\', "/"),
        code: d.rule.code.to_string(),
        fingerprint: fingerprint(text, d),
    }
}

impl Baseline {
    pub fn load(path: &std::path::Path) -> Result<Baseline, String> {
        let text = std::fs::read_to_string(path).map_err(|e| format!("{}: {e}", path.display()))?;
        serde_json::from_str(&text)
            .map_err(|e| format!("{}: not a wirelint baseline: {e}", path.display()))
    }

    /// Counts of each known finding; each one forgives one finding now.
    pub fn budget(&self) -> HashMap<Entry, usize> {
        let mut m = HashMap::new();
        for e in &self.findings {
            *m.entry(e.clone()).or_insert(0) += 1;
        }
        m
    }
}
