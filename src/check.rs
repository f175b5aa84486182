//! Checking one file: its reader (plain text, Markdown, a feed file), rules, spans mapped back to
//! the file, per-file ignores, in-text suppressions and the config's accepted findings, in that
//! order.

use crate::config::Allow;
use crate::diagnostic::Diagnostic;
use crate::input::{Format, InputError, prepare};
use crate::rule::{Family, RuleMeta, Severity};
use crate::suppress::Suppressions;
use crate::{Config, Document, lint_document_until};

#[derive(Default)]
pub struct FileOptions<'a> {
    /// Selectors turned off for this file (`per-file-ignores`).
    pub ignore: &'a [String],
    pub allow: &'a [Allow],
    pub report_unused: bool,
    /// How to read the file; detected from its name and content when `None`.
    pub format: Option<Format>,
    /// Stop the work at this instant (the server's per-request budget).
    pub deadline: Option<std::time::Instant>,
}

/// The note for an item that declares a language other than English.
pub static SKIPPED_LANGUAGE: RuleMeta = RuleMeta {
    code: "T901",
    name: "skipped-language",
    family: Family::Text,
    severity: Severity::Info,
    summary: "an item in another language, not checked",
    doc: "## What it does\nNotes once that a feed item declares a language other than English \
          (`xml:lang`, ninjs `language`, NewsML-G2 `language`), and checks nothing else in it.\n\n\
          ## Why is this bad?\nIt is not: wirelint's rules read English, and would only raise false \
          alarms in another language.\n\n## Example\n```text\n<nitf xml:lang=\"fr\"> ... </nitf>\n```\n\n\
          ## Use instead\n```text\nNothing to change; the note says the item was skipped.\n```\n",
};

/// The finding an editor sees for a feed file that does not parse.
pub static UNREADABLE: RuleMeta = RuleMeta {
    code: "T902",
    name: "unreadable-file",
    family: Family::Text,
    severity: Severity::Error,
    summary: "a feed file that does not parse (broken XML, JSON that is not ninjs)",
    doc: "## What it does\nReports, in the editor and the HTTP API, a feed file that cannot be read: \
          XML that is not well formed, broken JSON, JSON that is not a ninjs item. On the command \
          line the same is one error line naming the file and position, and exit code 2.\n\n\
          ## Why is this bad?\nNothing in the file was checked, and the feed will not load \
          elsewhere either.\n\n## Example\n```text\n<p>Talks resume.</body>\n```\n\n\
          ## Use instead\n```text\n<p>Talks resume.</p>\n```\n",
};

/// An input error as a finding at its position, for the language server and the HTTP API.
pub fn unreadable(text: &str, e: &InputError) -> Diagnostic {
    let at = match e {
        InputError::Malformed { at, .. } => {
            crate::document::floor_char_boundary(text, (*at).min(text.len()))
        }
        _ => 0,
    };
    let end = text[at..].chars().next().map_or(at, |c| at + c.len_utf8());
    Diagnostic::new(&UNREADABLE, crate::span::Span::new(at, end), e.to_string()).label("here")
}

/// Lints one file's text. A feed file that does not parse is an error naming the position.
pub fn check_text(
    path: &str,
    text: &str,
    config: &Config,
    opts: &FileOptions,
) -> Result<Vec<Diagnostic>, InputError> {
    check_dated(path, text, config, opts).map(|(d, _)| d)
}

/// Findings, and the story's year and month where known.
pub type Dated = (Vec<Diagnostic>, Option<(i32, u8)>);

/// `check_text`, with the story's date where the file gives one (year, month): the feed item's
/// date, or a dateline that carries a year.
pub fn check_dated(
    path: &str,
    text: &str,
    config: &Config,
    opts: &FileOptions,
) -> Result<Dated, InputError> {
    let prepared = prepare(path, text, opts.format)?;
    if let Some((lang, span)) = &prepared.meta.language {
        let primary = lang
            .split(['-', '_'])
            .next()
            .unwrap_or("")
            .to_ascii_lowercase();
        if !primary.is_empty() && primary != "en" && primary != "eng" {
            let span = prepared.raw_span(*span);
            return Ok((vec![
                Diagnostic::new(
                    &SKIPPED_LANGUAGE,
                    span,
                    format!("the item declares language \"{lang}\"; wirelint checks English, so it was skipped"),
                )
                .label("declared here"),
            ], None));
        }
    }
    let doc = Document::parse_with(&prepared.text, prepared.meta.clone());
    let date = prepared.meta.date.map(|d| (d.year, d.month)).or_else(|| {
        let dl = doc.dateline.as_ref()?.date.map(|i| &doc.dates[i])?;
        dl.year.map(|y| (y, dl.month))
    });
    let mut found = lint_document_until(&doc, config, opts.ignore, opts.deadline)
        .ok_or(InputError::TimedOut)?;
    // Spans of the prepared text, and metadata spans, as bytes of the file (the identity for a
    // file read as it is).
    for d in &mut found {
        d.span = prepared.raw_span(d.span);
        for l in &mut d.labels {
            l.span = prepared.raw_span(l.span);
        }
    }
    let mut suppressions = Suppressions::parse(text, &prepared.comments);
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
    Ok((kept, date))
}
