//! Finding the articles to check: files named on the command line as they are, directories walked
//! in file-name order, honouring `.gitignore`, `.ignore` and the include/exclude globs. The walk is
//! an iterator, so checking can start while the walk goes on.

use crate::config::Settings;
use crate::input::{InputError, is_article};
use std::path::PathBuf;

pub type Found = Result<PathBuf, (PathBuf, InputError)>;

/// Every article under `paths`, in a stable order: each path in turn, directories depth-first by
/// file name.
pub fn walk<'a>(paths: &'a [PathBuf], settings: &'a Settings) -> impl Iterator<Item = Found> + 'a {
    paths
        .iter()
        .flat_map(move |p| -> Box<dyn Iterator<Item = Found> + 'a> {
            if !p.is_dir() {
                // Named files are checked whatever their name; missing ones are reported later.
                return Box::new(std::iter::once(Ok(p.clone())));
            }
            let walker = ignore::WalkBuilder::new(p)
                .require_git(false)
                .follow_links(false)
                .sort_by_file_name(|a, b| a.cmp(b))
                .build();
            Box::new(walker.filter_map(move |entry| match entry {
                Ok(e) => {
                    let path = e.path();
                    (e.file_type().is_some_and(|t| t.is_file())
                        && (is_article(path) || settings.names(path))
                        && settings.wants(path))
                    .then(|| Ok(path.to_path_buf()))
                }
                Err(err) => Some(Err((
                    err_path(&err).unwrap_or_else(|| p.clone()),
                    InputError::Io(err.to_string()),
                ))),
            }))
        })
}

/// The walk collected: for callers that want the list.
pub fn collect(paths: &[PathBuf], settings: &Settings) -> Vec<Found> {
    walk(paths, settings).collect()
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
