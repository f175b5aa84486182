//! A progress line on stderr for long runs: files done (of how many, once the walk has counted
//! them), throughput, findings so far and the time left. Drawn on a terminal only, not before half
//! a second has passed, at most five times a second, and wiped when the run ends.

use std::io::Write;
use std::sync::atomic::{AtomicBool, AtomicUsize, Ordering};
use std::time::{Duration, Instant};

#[derive(Default)]
pub struct Progress {
    files: AtomicUsize,
    bytes: AtomicUsize,
    findings: AtomicUsize,
    /// The number of files the walk found, once it has finished (0 before).
    total: AtomicUsize,
    done: AtomicBool,
}

impl Progress {
    pub fn file_done(&self, bytes: usize, findings: usize) {
        self.bytes.fetch_add(bytes, Ordering::Relaxed);
        self.findings.fetch_add(findings, Ordering::Relaxed);
        self.files.fetch_add(1, Ordering::Relaxed);
    }

    pub fn walk_done(&self, total: usize) {
        self.total.store(total, Ordering::Relaxed);
    }

    pub fn finish(&self) {
        self.done.store(true, Ordering::Relaxed);
    }

    /// The line as it reads now.
    pub fn line(&self, elapsed: Duration) -> String {
        let files = self.files.load(Ordering::Relaxed);
        let total = self.total.load(Ordering::Relaxed);
        let mb = self.bytes.load(Ordering::Relaxed) as f64 / 1e6;
        let secs = elapsed.as_secs_f64().max(1e-3);
        let findings = self.findings.load(Ordering::Relaxed);
        let mut line = if total > 0 {
            format!("checked {files}/{total} files")
        } else {
            format!("checked {files} files")
        };
        line += &format!(", {:.1} MB/s, {findings} findings", mb / secs);
        if total > files && files > 0 {
            let left = secs / files as f64 * (total - files) as f64;
            line += &format!(", about {} left", human(left));
        }
        line
    }

    /// Draws the line on stderr until `finish`, then wipes it.
    pub fn draw_until_done(&self, start: Instant) {
        // WIRELINT_PROGRESS_DELAY_MS changes the half second (tests use 0).
        let delay = std::env::var("WIRELINT_PROGRESS_DELAY_MS")
            .ok()
            .and_then(|v| v.parse().ok())
            .map_or(Duration::from_millis(500), Duration::from_millis);
        let mut drawn = false;
        while !self.done.load(Ordering::Relaxed) {
            std::thread::sleep(Duration::from_millis(100));
            let elapsed = start.elapsed();
            if elapsed < delay || self.done.load(Ordering::Relaxed) {
                continue;
            }
            let mut err = std::io::stderr().lock();
            let _ = write!(err, "\r\x1b[2K{}", self.line(elapsed));
            let _ = err.flush();
            drawn = true;
            drop(err);
            std::thread::sleep(Duration::from_millis(100));
        }
        if drawn {
            let _ = write!(std::io::stderr(), "\r\x1b[2K");
        }
    }
}

fn human(secs: f64) -> String {
    if secs < 60.0 {
        format!("{secs:.0} s")
    } else if secs < 3600.0 {
        format!("{:.0} min", secs / 60.0)
    } else {
        format!("{:.1} h", secs / 3600.0)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_line_counts_and_estimates() {
        let p = Progress::default();
        p.file_done(2_000_000, 3);
        assert_eq!(
            p.line(Duration::from_secs(1)),
            "checked 1 files, 2.0 MB/s, 3 findings"
        );
        p.walk_done(4);
        assert_eq!(
            p.line(Duration::from_secs(1)),
            "checked 1/4 files, 2.0 MB/s, 3 findings, about 3 s left"
        );
    }
}
