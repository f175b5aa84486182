//! Suppressions a writer puts in the article, as HTML comments:
//! `<!-- wirelint-disable D001 -->` ... `<!-- wirelint-enable -->`, and
//! `<!-- wirelint-disable-next-line E010 -->`. Without codes they cover every rule.

use crate::diagnostic::Diagnostic;
use crate::input::markdown::Comment;
use crate::rule::{Family, RuleMeta, Severity};
use crate::selector_matches;
use crate::span::{LineIndex, Span};

/// The finding `--report-unused` gives for a suppression that silenced nothing.
pub static UNUSED_SUPPRESSION: RuleMeta = RuleMeta {
    code: "T900",
    name: "unused-suppression",
    family: Family::Text,
    severity: Severity::Warning,
    summary: "a wirelint-disable comment that silences nothing",
    doc: "## What it does\nReports a `wirelint-disable` comment under which no finding was silenced \
          (with `--report-unused`).\n\n## Why is this bad?\nStale suppressions hide the next real \
          problem at that spot.\n\n## Example\n```text\n<!-- wirelint-disable-next-line D001 -->\nHeld on 3 \
          December.\n```\n\n## Use instead\n```text\nHeld on 3 December.\n```\n",
};

#[derive(Debug)]
struct Region {
    /// The comment itself, for reporting.
    comment: Span,
    range: std::ops::Range<usize>,
    codes: Vec<String>,
    used: bool,
}

#[derive(Debug, Default)]
pub struct Suppressions {
    regions: Vec<Region>,
}

impl Suppressions {
    pub fn parse(text: &str, comments: &[Comment]) -> Suppressions {
        if comments.is_empty() {
            return Suppressions::default();
        }
        let lines = LineIndex::new(text);
        let mut regions: Vec<Region> = Vec::new();
        // Open "disable" regions waiting for their "enable".
        let mut open: Vec<usize> = Vec::new();
        for c in comments {
            let mut words = c.body.split_whitespace();
            let Some(directive) = words.next() else {
                continue;
            };
            let codes: Vec<String> = words
                .flat_map(|w| w.split(','))
                .filter(|w| !w.is_empty())
                .map(str::to_string)
                .collect();
            match directive {
                "wirelint-disable-next-line" => {
                    let line = lines.line(c.span.end as usize) + 1;
                    if line < lines.line_count() {
                        regions.push(Region {
                            comment: c.span,
                            range: lines.line_range(text, line),
                            codes,
                            used: false,
                        });
                    }
                }
                "wirelint-disable" => {
                    regions.push(Region {
                        comment: c.span,
                        range: c.span.end as usize..text.len(),
                        codes,
                        used: false,
                    });
                    open.push(regions.len() - 1);
                }
                "wirelint-enable" => {
                    // Closes the regions it names, or all of them.
                    open.retain(|&r| {
                        let closes =
                            codes.is_empty() || regions[r].codes.iter().any(|c| codes.contains(c));
                        if closes {
                            regions[r].range.end = c.span.start as usize;
                        }
                        !closes
                    });
                }
                _ => {}
            }
        }
        Suppressions { regions }
    }

    /// Removes suppressed findings, remembering which suppressions were used.
    pub fn apply(&mut self, diags: Vec<Diagnostic>) -> Vec<Diagnostic> {
        diags
            .into_iter()
            .filter(|d| {
                let at = d.span.start as usize;
                let mut silenced = false;
                for r in &mut self.regions {
                    if r.range.contains(&at)
                        && (r.codes.is_empty()
                            || r.codes.iter().any(|c| selector_matches(c, d.rule)))
                    {
                        r.used = true;
                        silenced = true;
                    }
                }
                !silenced
            })
            .collect()
    }

    /// Findings for suppressions that silenced nothing.
    pub fn unused(&self) -> Vec<Diagnostic> {
        self.regions
            .iter()
            .filter(|r| !r.used)
            .map(|r| {
                Diagnostic::new(
                    &UNUSED_SUPPRESSION,
                    r.comment,
                    "unused suppression: \"wirelint-disable\" silences nothing here",
                )
                .label("nothing to silence")
                .fix("")
            })
            .collect()
    }
}
