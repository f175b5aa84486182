//! `wirelint.toml` / `.wirelint.toml`: which rules run, how loud they are, which files are read,
//! what a newsroom accepts, and its own data.
//!
//! ```toml
//! select = ["D", "N", "E003"]
//! ignore = ["N003"]
//! include = ["stories/**"]
//! exclude = ["stories/drafts/**"]
//! articles = ["**/*.feed"]          # more files to read besides .txt .md .xml .nitf .json ...
//!
//! [severity]
//! D003 = "error"
//!
//! [per-file-ignores]
//! "archive/**" = ["E", "P"]
//!
//! [data]
//! places = ["house/places.txt"]      # one place a line
//! accepted = ["house/names.txt"]     # spellings never to flag
//!
//! [[allow]]                          # accepted findings, for plain text that cannot carry comments
//! code = "E002"
//! text = "Oatcn"
//! ```

use crate::rule::Severity;
use crate::{Config, selector_matches};
use globset::{Glob, GlobSet, GlobSetBuilder};
use serde::Deserialize;
use std::collections::HashMap;
use std::path::{Path, PathBuf};

pub const FILE_NAMES: [&str; 2] = ["wirelint.toml", ".wirelint.toml"];

#[derive(Debug, Default, Deserialize)]
#[serde(deny_unknown_fields, rename_all = "kebab-case")]
pub struct FileConfig {
    #[serde(default)]
    pub select: Vec<String>,
    #[serde(default)]
    pub ignore: Vec<String>,
    #[serde(default)]
    pub include: Vec<String>,
    #[serde(default)]
    pub exclude: Vec<String>,
    /// Globs of files to read as articles besides the known extensions.
    #[serde(default)]
    pub articles: Vec<String>,
    #[serde(default)]
    pub severity: HashMap<String, String>,
    #[serde(default)]
    pub per_file_ignores: HashMap<String, Vec<String>>,
    #[serde(default)]
    pub data: DataFiles,
    #[serde(default)]
    pub allow: Vec<Allow>,
}

#[derive(Debug, Default, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct DataFiles {
    #[serde(default)]
    pub places: Vec<PathBuf>,
    #[serde(default)]
    pub accepted: Vec<PathBuf>,
}

/// An accepted finding: a rule code and the exact words it flagged.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Allow {
    pub code: String,
    pub text: String,
}

/// The settings for a whole run, with paths resolved against the config file's folder.
#[derive(Default)]
pub struct Settings {
    pub config: Config,
    pub include: Option<GlobSet>,
    pub exclude: Option<GlobSet>,
    pub articles: Option<GlobSet>,
    pub per_file_ignores: Vec<(GlobSet, Vec<String>)>,
    pub allow: Vec<Allow>,
    /// Where the config file was, for relative globs.
    pub root: PathBuf,
    pub source: Option<PathBuf>,
    /// `root` made absolute, once: a walk asks for each of its files.
    canonical_root: std::sync::OnceLock<PathBuf>,
}

/// Searches upward from `start` for a config file.
pub fn find(start: &Path) -> Option<PathBuf> {
    let start = if start.is_file() {
        start.parent()?
    } else {
        start
    };
    let start = start.canonicalize().ok()?;
    for dir in start.ancestors() {
        for name in FILE_NAMES {
            let candidate = dir.join(name);
            if candidate.is_file() {
                return Some(candidate);
            }
        }
    }
    None
}

pub fn globs(patterns: &[String], what: &str) -> Result<Option<GlobSet>, String> {
    if patterns.is_empty() {
        return Ok(None);
    }
    let mut b = GlobSetBuilder::new();
    for p in patterns {
        b.add(Glob::new(p).map_err(|e| format!("{what}: bad glob `{p}`: {e}"))?);
    }
    b.build().map(Some).map_err(|e| format!("{what}: {e}"))
}

/// Reads and checks a config file. Errors name the file, and the key and line where TOML says.
pub fn load(path: &Path) -> Result<Settings, String> {
    let text = std::fs::read_to_string(path).map_err(|e| format!("{}: {e}", path.display()))?;
    parse(&text, path)
}

/// Reads a config file's text; `path` names it in errors and its folder roots its globs.
pub fn parse(text: &str, path: &Path) -> Result<Settings, String> {
    let file: FileConfig = toml::from_str(text).map_err(|e| {
        let at = e
            .span()
            .map(|s| {
                let line = text[..s.start.min(text.len())].matches('\n').count() + 1;
                format!(" (line {line})")
            })
            .unwrap_or_default();
        format!("{}{at}: {}", path.display(), e.message())
    })?;
    let root = path.parent().unwrap_or(Path::new(".")).to_path_buf();
    settings_from(file, root, Some(path.to_path_buf()))
}

pub fn settings_from(
    file: FileConfig,
    root: PathBuf,
    source: Option<PathBuf>,
) -> Result<Settings, String> {
    let name = source
        .as_ref()
        .map_or("configuration".to_string(), |p| p.display().to_string());
    let mut config = Config {
        select: file.select,
        ignore: file.ignore,
        ..Default::default()
    };
    let unknown = config.unknown_selectors();
    if !unknown.is_empty() {
        return Err(format!(
            "{name}: no rule matches `{}` in `select`/`ignore`",
            unknown.join("`, `")
        ));
    }
    for (code, level) in &file.severity {
        let Some(sev) = Severity::parse(level) else {
            return Err(format!(
                "{name}: severity.{code} = \"{level}\" is not one of \"error\", \"warning\", \"info\""
            ));
        };
        let Some(meta) = crate::rules::find(code) else {
            return Err(format!(
                "{name}: severity.{code}: no rule is called `{code}`"
            ));
        };
        config.severity.insert(meta.code.to_string(), sev);
    }
    for list in &file.data.places {
        for line in read_list(&root.join(list))? {
            config.knowledge.extra_places.insert(line);
        }
    }
    for list in &file.data.accepted {
        for line in read_list(&root.join(list))? {
            config.knowledge.accepted.insert(line);
        }
    }
    let mut per_file_ignores = Vec::new();
    for (pattern, selectors) in &file.per_file_ignores {
        let set = globs(std::slice::from_ref(pattern), "per-file-ignores")?.expect("one glob");
        for s in selectors {
            if !crate::rules::RULES
                .iter()
                .any(|r| selector_matches(s, r.meta()))
            {
                return Err(format!(
                    "{name}: per-file-ignores.\"{pattern}\": no rule matches `{s}`"
                ));
            }
        }
        per_file_ignores.push((set, selectors.clone()));
    }
    for a in &file.allow {
        if crate::rules::find(&a.code).is_none() {
            return Err(format!("{name}: allow: no rule is called `{}`", a.code));
        }
    }
    Ok(Settings {
        config,
        include: globs(&file.include, "include")?,
        exclude: globs(&file.exclude, "exclude")?,
        articles: globs(&file.articles, "articles")?,
        per_file_ignores,
        allow: file.allow,
        root,
        source,
        canonical_root: std::sync::OnceLock::new(),
    })
}

fn read_list(path: &Path) -> Result<Vec<String>, String> {
    let text = std::fs::read_to_string(path).map_err(|e| format!("{}: {e}", path.display()))?;
    Ok(text
        .lines()
        .map(str::trim)
        .filter(|l| !l.is_empty() && !l.starts_with('#'))
        .map(str::to_string)
        .collect())
}

impl Settings {
    /// The path as the globs see it: relative to the config file's folder when below it.
    fn relative<'p>(&self, path: &'p Path) -> std::borrow::Cow<'p, Path> {
        let abs = path.canonicalize().unwrap_or_else(|_| path.to_path_buf());
        let root = self.canonical_root.get_or_init(|| {
            self.root
                .canonicalize()
                .unwrap_or_else(|_| self.root.clone())
        });
        match abs.strip_prefix(root) {
            Ok(rel) => std::borrow::Cow::Owned(rel.to_path_buf()),
            Err(_) => std::borrow::Cow::Borrowed(path),
        }
    }

    /// Whether a file found by walking is checked. (With no globs, no path is made absolute.)
    pub fn wants(&self, path: &Path) -> bool {
        if self.include.is_none() && self.exclude.is_none() {
            return true;
        }
        let rel = self.relative(path);
        self.include.as_ref().is_none_or(|g| g.is_match(&*rel))
            && self.exclude.as_ref().is_none_or(|g| !g.is_match(&*rel))
    }

    /// Whether the `articles` globs name this file (so it is read whatever its extension).
    pub fn names(&self, path: &Path) -> bool {
        let Some(articles) = &self.articles else {
            return false;
        };
        articles.is_match(&*self.relative(path))
    }

    /// Rule selectors turned off for this file by `per-file-ignores`.
    pub fn ignored_for(&self, path: &Path) -> Vec<String> {
        if self.per_file_ignores.is_empty() {
            return Vec::new();
        }
        let rel = self.relative(path);
        self.per_file_ignores
            .iter()
            .filter(|(g, _)| g.is_match(&*rel))
            .flat_map(|(_, s)| s.iter().cloned())
            .collect()
    }
}
