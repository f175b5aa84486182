//! Output formats. Each takes the linted files and writes one format; the binary only picks one.

pub mod github;
pub mod html;
pub mod json;
pub mod junit;
pub mod sarif;
pub mod term;

use crate::diagnostic::Diagnostic;
use crate::rule::Severity;

/// One linted file: its name as shown, its text, and what was found in it.
pub struct FileReport {
    pub path: String,
    pub text: String,
    pub diagnostics: Vec<Diagnostic>,
    /// The story's date where known (year, month): the feed item's, a dateline's with a year, or
    /// else the file's modification time; for the HTML report's timeline.
    pub date: Option<(i32, u8)>,
    /// Words in the file (counted before a clean file's text is dropped).
    pub words: usize,
}

/// Counts for the summary line.
#[derive(Default, Debug, Clone, Copy)]
pub struct Totals {
    pub files: usize,
    pub files_with_findings: usize,
    pub errors: usize,
    pub warnings: usize,
    pub infos: usize,
}

impl Totals {
    /// Adds another run's counts (a file's, when reports are written one by one).
    pub fn add(&mut self, other: Totals) {
        self.files += other.files;
        self.files_with_findings += other.files_with_findings;
        self.errors += other.errors;
        self.warnings += other.warnings;
        self.infos += other.infos;
    }

    pub fn of(reports: &[FileReport]) -> Totals {
        let mut t = Totals {
            files: reports.len(),
            ..Default::default()
        };
        for r in reports {
            if !r.diagnostics.is_empty() {
                t.files_with_findings += 1;
            }
            for d in &r.diagnostics {
                match d.severity {
                    Severity::Error => t.errors += 1,
                    Severity::Warning => t.warnings += 1,
                    Severity::Info => t.infos += 1,
                }
            }
        }
        t
    }

    pub fn problems(&self) -> usize {
        self.errors + self.warnings + self.infos
    }

    /// "12 problems in 3 of 40 files (3 errors, 9 warnings)".
    pub fn summary(&self) -> String {
        let n = self.problems();
        if n == 0 {
            return format!(
                "no problems in {} {}",
                self.files,
                plural(self.files, "file")
            );
        }
        let mut parts = Vec::new();
        for (count, word) in [
            (self.errors, "error"),
            (self.warnings, "warning"),
            (self.infos, "note"),
        ] {
            if count > 0 {
                parts.push(format!("{count} {}", plural(count, word)));
            }
        }
        let files = if self.files == 1 {
            "1 file".to_string()
        } else {
            format!("{} of {} files", self.files_with_findings, self.files)
        };
        format!(
            "{n} {} in {files} ({})",
            plural(n, "problem"),
            parts.join(", ")
        )
    }
}

pub fn plural(n: usize, word: &str) -> String {
    if n == 1 {
        word.to_string()
    } else {
        format!("{word}s")
    }
}

/// `path:line:col: CODE message`, one line a finding.
pub fn concise(reports: &[FileReport]) -> String {
    let mut out = String::new();
    for r in reports {
        let lines = crate::span::LineIndex::new(&r.text);
        for d in &r.diagnostics {
            let (line, col) = lines.line_col(&r.text, d.span.start as usize);
            out.push_str(&format!(
                "{}:{line}:{col}: {} {} [{}]\n",
                r.path,
                d.rule.code,
                d.message,
                d.severity.as_str()
            ));
        }
    }
    out
}

/// `--statistics`: findings per rule, most first.
pub fn statistics(reports: &[FileReport]) -> String {
    let mut counts: std::collections::BTreeMap<&'static str, (usize, &'static str)> =
        Default::default();
    for d in reports.iter().flat_map(|r| &r.diagnostics) {
        counts.entry(d.rule.code).or_insert((0, d.rule.name)).0 += 1;
    }
    let mut rows: Vec<_> = counts.into_iter().collect();
    rows.sort_by(|a, b| b.1.0.cmp(&a.1.0).then(a.0.cmp(b.0)));
    rows.iter()
        .map(|(code, (n, name))| format!("{n:>6}  {code}  {name}\n"))
        .collect()
}
