//! `--format json`: one array of findings, offsets in UTF-8 bytes, lines and columns 1-based.

use super::FileReport;
use crate::diagnostic::Diagnostic;
use crate::span::{LineIndex, Span};
use serde::Serialize;

#[derive(Serialize)]
pub struct JsonLabel<'a> {
    pub span: Span,
    pub line: usize,
    pub column: usize,
    pub message: &'a str,
}

#[derive(Serialize)]
pub struct JsonFinding<'a> {
    pub path: &'a str,
    pub code: &'static str,
    pub name: &'static str,
    pub severity: &'static str,
    pub message: &'a str,
    pub span: Span,
    pub line: usize,
    pub column: usize,
    pub end_line: usize,
    pub end_column: usize,
    pub text: &'a str,
    pub label: &'a str,
    pub labels: Vec<JsonLabel<'a>>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub help: Option<&'a str>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub fix: Option<&'a str>,
}

pub fn finding<'a>(
    path: &'a str,
    text: &'a str,
    lines: &LineIndex,
    d: &'a Diagnostic,
) -> JsonFinding<'a> {
    let (line, column) = lines.line_col(text, d.span.start as usize);
    let (end_line, end_column) = lines.line_col(text, d.span.end as usize);
    JsonFinding {
        path,
        code: d.rule.code,
        name: d.rule.name,
        severity: d.severity.as_str(),
        message: &d.message,
        span: d.span,
        line,
        column,
        end_line,
        end_column,
        text: &text[d.span.range()],
        label: &d.label,
        labels: d
            .labels
            .iter()
            .map(|l| {
                let (line, column) = lines.line_col(text, l.span.start as usize);
                JsonLabel {
                    span: l.span,
                    line,
                    column,
                    message: &l.message,
                }
            })
            .collect(),
        help: d.help.as_deref(),
        fix: d.fix.as_deref(),
    }
}

pub fn findings(reports: &[FileReport]) -> Vec<JsonFinding<'_>> {
    let mut all = Vec::new();
    for r in reports {
        let lines = LineIndex::new(&r.text);
        all.extend(
            r.diagnostics
                .iter()
                .map(|d| finding(&r.path, &r.text, &lines, d)),
        );
    }
    all
}

pub fn render(reports: &[FileReport]) -> String {
    serde_json::to_string_pretty(&findings(reports)).expect("findings serialize") + "\n"
}

/// `--format json-lines`: one finding a line.
pub fn render_lines(reports: &[FileReport]) -> String {
    findings(reports)
        .iter()
        .map(|f| serde_json::to_string(f).expect("finding serializes") + "\n")
        .collect()
}
