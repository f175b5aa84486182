//! GitHub Actions workflow commands: one `::error`/`::warning`/`::notice` annotation a finding.

use super::FileReport;
use crate::rule::Severity;
use crate::span::LineIndex;

/// Escapes a command's message: `%`, CR and LF.
fn escape_data(s: &str) -> String {
    s.replace('%', "%25")
        .replace('\r', "%0D")
        .replace('\n', "%0A")
}

/// Escapes a property value: also `:` and `,`.
fn escape_property(s: &str) -> String {
    escape_data(s).replace(':', "%3A").replace(',', "%2C")
}

pub fn render(reports: &[FileReport]) -> String {
    let mut out = String::new();
    for r in reports {
        let lines = LineIndex::new(&r.text);
        for d in &r.diagnostics {
            let (line, col) = lines.line_col(&r.text, d.span.start as usize);
            let (end_line, end_col) = lines.line_col(&r.text, d.span.end as usize);
            let kind = match d.severity {
                Severity::Error => "error",
                Severity::Warning => "warning",
                Severity::Info => "notice",
            };
            out.push_str(&format!(
                "::{kind} file={},line={line},col={col},endLine={end_line},endColumn={end_col},title={}::{}\n",
                escape_property(&r.path),
                escape_property(&format!("{} {}", d.rule.code, d.rule.name)),
                escape_data(&d.message)
            ));
        }
    }
    out
}
