//! JUnit XML: one test case a file, failing with one `<failure>` a finding.

use super::FileReport;
use crate::span::LineIndex;

/// Text made safe for XML and HTML: markup characters as references, control characters gone.
pub(super) fn xml(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&apos;"),
            // Control characters other than tab and line breaks are not allowed in XML 1.0.
            c if (c as u32) < 0x20 && !matches!(c, '\t' | '\n' | '\r') => out.push('\u{FFFD}'),
            c => out.push(c),
        }
    }
    out
}

pub fn render(reports: &[FileReport]) -> String {
    let failed_files = reports.iter().filter(|r| !r.diagnostics.is_empty()).count();
    let mut out = String::from("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
    out.push_str(&format!(
        "<testsuites name=\"wirelint\" tests=\"{}\" failures=\"{failed_files}\">\n  <testsuite name=\"wirelint\" tests=\"{}\" failures=\"{failed_files}\" errors=\"0\">\n",
        reports.len(),
        reports.len()
    ));
    for r in reports {
        let lines = LineIndex::new(&r.text);
        out.push_str(&format!(
            "    <testcase name=\"{}\" classname=\"wirelint\" file=\"{}\"",
            xml(&r.path),
            xml(&r.path)
        ));
        if r.diagnostics.is_empty() {
            out.push_str("/>\n");
            continue;
        }
        out.push_str(">\n");
        for d in &r.diagnostics {
            let (line, col) = lines.line_col(&r.text, d.span.start as usize);
            out.push_str(&format!(
                "      <failure type=\"{}\" message=\"{}\">{}:{line}:{col}: {} {}</failure>\n",
                d.rule.code,
                xml(&d.message),
                xml(&r.path),
                d.rule.code,
                xml(&d.message)
            ));
        }
        out.push_str("    </testcase>\n");
    }
    out.push_str("  </testsuite>\n</testsuites>\n");
    out
}
