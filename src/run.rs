//! A whole run, owned by the library: walk the paths, read and lint the files on all cores, and
//! hand each file's outcome to a sink in walk order as soon as it and every file before it are
//! done (a reorder buffer), so a report can be written while the run goes on and memory follows
//! the files in flight, not the size of the archive. The command line, and anything else that
//! checks trees of files, share this path.

use crate::check::{FileOptions, check_dated};
use crate::config::Settings;
use crate::input::{self, Format, InputError};
use crate::progress::Progress;
use crate::render::FileReport;
use crate::walk;
use rayon::iter::{ParallelBridge, ParallelIterator};
use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

/// One file's outcome: its report, or its name and why it could not be read.
pub type Checked = Result<FileReport, (String, InputError)>;

pub struct Runner<'a> {
    pub settings: &'a Settings,
    pub report_unused: bool,
    /// How to read files; detected per file when `None`.
    pub format: Option<Format>,
    /// Counters for a progress line, if one is drawn.
    pub progress: Option<&'a Progress>,
}

/// The year and month of a day counted from 1970-01-01 (the civil-from-days algorithm).
fn year_month(days: i64) -> (i32, u8) {
    let z = days + 719_468;
    let era = z.div_euclid(146_097);
    let doe = z - era * 146_097;
    let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let month = if mp < 10 { mp + 3 } else { mp - 9 };
    let year = yoe + era * 400 + i64::from(month <= 2);
    (year as i32, month as u8)
}

/// A path as reports show it: without a leading "./".
pub fn display(path: &Path) -> String {
    let s = path.display().to_string();
    s.strip_prefix("./").map(str::to_string).unwrap_or(s)
}

impl Runner<'_> {
    /// Lints one file's text. A clean file's text is dropped at once: memory follows the
    /// findings, not the size of the tree.
    pub fn check_one(&self, name: String, path: Option<&Path>, text: String) -> Checked {
        let ignore = path
            .map(|p| self.settings.ignored_for(p))
            .unwrap_or_default();
        let opts = FileOptions {
            ignore: &ignore,
            allow: &self.settings.allow,
            report_unused: self.report_unused,
            format: self.format,
            deadline: None,
        };
        let (diagnostics, date) = match check_dated(&name, &text, &self.settings.config, &opts) {
            Ok(d) => d,
            Err(e) => return Err((name, e)),
        };
        // Else the file's own date (only worth a system call when there is something to show).
        let date = date.or_else(|| {
            let modified = std::fs::metadata(path?).ok()?.modified().ok()?;
            let days = modified
                .duration_since(std::time::UNIX_EPOCH)
                .ok()?
                .as_secs()
                / 86_400;
            Some(year_month(days as i64))
        });
        let words = text.split_ascii_whitespace().count();
        let text = if diagnostics.is_empty() {
            String::new()
        } else {
            text
        };
        Ok(FileReport {
            path: name,
            text,
            diagnostics,
            date,
            words,
        })
    }

    fn check_found(&self, found: walk::Found) -> Checked {
        match found {
            Ok(path) => {
                let name = display(&path);
                match input::read_file(&path) {
                    Ok(text) => {
                        let bytes = text.len();
                        let r = self.check_one(name, Some(&path), text);
                        if let Some(p) = self.progress {
                            p.file_done(bytes, r.as_ref().map_or(0, |r| r.diagnostics.len()));
                        }
                        r
                    }
                    Err(e) => Err((name, e)),
                }
            }
            Err((path, e)) => Err((display(&path), e)),
        }
    }

    /// Checks every file under `paths` and gives `sink` each outcome in walk order.
    pub fn run(&self, paths: &[PathBuf], mut sink: impl FnMut(Checked)) {
        // The tables are built on every core while the walk starts.
        std::thread::spawn(crate::knowledge::warm_up);
        // One thread: walk and check in turn, with no hand-offs between threads to wait on.
        if rayon::current_num_threads() == 1 {
            let mut total = 0;
            for found in walk::walk(paths, self.settings) {
                total += 1;
                sink(self.check_found(found));
            }
            if let Some(p) = self.progress {
                p.walk_done(total);
                p.finish();
            }
            return;
        }
        let (found_tx, found_rx) = std::sync::mpsc::channel();
        let (done_tx, done_rx) = std::sync::mpsc::channel::<(usize, Checked)>();
        std::thread::scope(|scope| {
            let settings = self.settings;
            let progress = self.progress;
            scope.spawn(move || {
                let mut total = 0;
                for found in walk::walk(paths, settings).enumerate() {
                    total += 1;
                    if found_tx.send(found).is_err() {
                        break;
                    }
                }
                if let Some(p) = progress {
                    p.walk_done(total);
                }
            });
            scope.spawn(move || {
                found_rx
                    .into_iter()
                    .par_bridge()
                    .for_each_with(done_tx, |tx, (n, found)| {
                        let _ = tx.send((n, self.check_found(found)));
                    });
            });
            // The reorder buffer: outcomes wait here only until every earlier file is done.
            let mut next = 0;
            let mut waiting: BTreeMap<usize, Checked> = BTreeMap::new();
            for (n, checked) in done_rx {
                waiting.insert(n, checked);
                while let Some(c) = waiting.remove(&next) {
                    sink(c);
                    next += 1;
                }
            }
            for (_, c) in std::mem::take(&mut waiting) {
                sink(c);
            }
        });
        if let Some(p) = self.progress {
            p.finish();
        }
    }
}

#[cfg(test)]
mod tests {
    #[test]
    fn days_become_year_and_month() {
        assert_eq!(super::year_month(0), (1970, 1));
        assert_eq!(super::year_month(19_782), (2024, 2)); // 29 February 2024
        assert_eq!(super::year_month(19_783), (2024, 3));
        assert_eq!(super::year_month(20_454), (2026, 1));
    }
}
