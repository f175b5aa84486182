//! Checking one file: Markdown masking, rules, per-file ignores, in-text suppressions and the
//! config's accepted findings, in that order.

use crate::config::Allow;
use crate::diagnostic::Diagnostic;
use crate::markdown::{is_markdown, mask};
use crate::suppress::Suppressions;
use crate::{Config, Document, lint_document_with};
use std::borrow::Cow;

#[derive(Default)]
pub struct FileOptions<'a> {
    /// Selectors turned off for this file (`per-file-ignores`).
    pub ignore: &'a [String],
    pub allow: &'a [Allow],
    pub report_unused: bool,
}

pub fn check_text(path: &str, text: &str, config: &Config, opts: &FileOptions) -> Vec<Diagnostic> {
    let (prose, comments): (Cow<str>, Vec<_>) = if is_markdown(path) {
        let (m, c) = mask(text);
        (Cow::Owned(m), c)
    } else {
        (Cow::Borrowed(text), Vec::new())
    };
    let doc = Document::parse(&prose);
    let found = lint_document_with(&doc, config, opts.ignore);
    let mut suppressions = Suppressions::parse(text, &comments);
    let mut kept = suppressions.apply(found);
    kept.retain(|d| {
        !opts
            .allow
            .iter()
            .any(|a| d.rule.code.eq_ignore_ascii_case(&a.code) && text[d.span.range()] == a.text)
    });
    if opts.report_unused {
        kept.extend(suppressions.unused());
        kept.sort_by_key(|d| (d.span.start, d.span.end, d.rule.code));
    }
    kept
}
