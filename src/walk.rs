//! Finding the articles to check: files named on the command line as they are, directories walked
//! in parallel-safe, sorted order, honouring `.gitignore`, `.ignore` and the include/exclude globs.

use crate::config::Settings;
use crate::input::{InputError, is_article};
use std::path::{Path, PathBuf};

pub type Found = Result<PathBuf, (PathBuf, InputError)>;

pub fn collect(paths: &[PathBuf], settings: &Settings) -> Vec<Found> {
    let mut out = Vec::new();
    for p in paths {
        if !p.is_dir() {
            // Named files are checked whatever their name; missing ones are reported later.
            out.push(Ok(p.clone()));
            continue;
        }
        let mut found: Vec<Found> = Vec::new();
        let walker = ignore::WalkBuilder::new(p)
            .require_git(false)
            .follow_links(false)
            .build();
        for entry in walker {
            match entry {
                Ok(e) => {
                    let path = e.path();
                    if e.file_type().is_some_and(|t| t.is_file())
                        && is_article(path)
                        && settings.wants(path)
                    {
                        found.push(Ok(path.to_path_buf()));
                    }
                }
                Err(err) => {
                    let path = err_path(&err).unwrap_or_else(|| p.clone());
                    found.push(Err((path, InputError::Io(err.to_string()))));
                }
            }
        }
        found.sort_by(|a, b| key(a).cmp(key(b)));
        out.extend(found);
    }
    out
}

fn key(f: &Found) -> &Path {
    match f {
        Ok(p) => p,
        Err((p, _)) => p,
    }
}

fn err_path(err: &ignore::Error) -> Option<PathBuf> {
    match err {
        ignore::Error::WithPath { path, .. } => Some(path.clone()),
        ignore::Error::WithDepth { err, .. } | ignore::Error::WithLineNumber { err, .. } => {
            err_path(err)
        }
        _ => None,
    }
}
