//! The input layer, below the document model: reading a file (every way it can be unfit is a
//! clear, one-line reason, never a panic) and turning it into the text the rules read — plain
//! text and Markdown as they are, feed files (NITF, NewsML-G2, ninjs, ANPA 1312) and HTML pages
//! through a reader of their own — with the item's metadata and a map from every byte of that
//! text back to the file.

pub mod anpa;
pub mod feed;
pub mod hyphenation;
pub mod map;
pub mod markdown;
pub mod markup;
pub mod ninjs;

use crate::document::ItemMeta;
use map::OffsetMap;
use markdown::Comment;
use std::borrow::Cow;
use std::fmt;
use std::io::Read;
use std::path::Path;

/// How a file is read.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Format {
    Text,
    Markdown,
    /// NITF, NewsML-G2 or any other XML holding a story.
    Xml,
    Ninjs,
    Anpa,
    Html,
}

impl Format {
    pub const NAMES: &[&str] = &[
        "auto", "text", "markdown", "nitf", "newsml", "xml", "ninjs", "anpa", "html",
    ];

    /// A name given by `--input-format` or an API's `format` field; `None` for "auto".
    pub fn parse(name: &str) -> Result<Option<Format>, String> {
        Ok(Some(match name.to_ascii_lowercase().as_str() {
            "auto" => return Ok(None),
            "text" | "txt" | "plain" => Format::Text,
            "markdown" | "md" => Format::Markdown,
            "nitf" | "newsml" | "newsml-g2" | "xml" => Format::Xml,
            "ninjs" | "json" => Format::Ninjs,
            "anpa" | "anpa1312" | "iptc7901" => Format::Anpa,
            "html" | "xhtml" => Format::Html,
            _ => {
                return Err(format!(
                    "unknown input format `{name}` (expected one of: {})",
                    Format::NAMES.join(", ")
                ));
            }
        }))
    }

    /// The format a file's name and first bytes say it is in.
    pub fn detect(path: &str, text: &str) -> Format {
        let lower = path.to_ascii_lowercase();
        let ext = lower.rsplit_once('.').map_or("", |(_, e)| e);
        let head = text.trim_start_matches('\u{feff}').trim_start();
        match ext {
            "md" | "markdown" => return Format::Markdown,
            "json" => return Format::Ninjs,
            "anpa" | "ipt" | "7901" => return Format::Anpa,
            "html" | "htm" | "xhtml" => return Format::Html,
            "xml" | "nitf" | "newsml" => {
                return if starts_html(head) {
                    Format::Html
                } else {
                    Format::Xml
                };
            }
            _ => {}
        }
        if anpa::sniff(text) {
            Format::Anpa
        } else if starts_html(head) {
            Format::Html
        } else if head.starts_with("<?xml")
            || head.starts_with("<nitf")
            || head.starts_with("<newsMessage")
            || head.starts_with("<newsItem")
        {
            Format::Xml
        } else if head.starts_with('{') && ninjs::sniff(head) {
            Format::Ninjs
        } else {
            Format::Text
        }
    }
}

fn starts_html(head: &str) -> bool {
    let h = &head[..crate::document::floor_char_boundary(head, head.len().min(64))];
    let h = h.to_ascii_lowercase();
    h.starts_with("<!doctype html") || h.starts_with("<html")
}

/// A file made ready for the document model.
pub struct Extracted {
    /// The words the rules read.
    pub text: String,
    /// Offsets of `text` to the file's; `None` when they are the same.
    pub map: Option<OffsetMap>,
    pub meta: ItemMeta,
    /// Comments, for suppressions (spans into the file).
    pub comments: Vec<Comment>,
}

/// The text the rules read, borrowed when it is the file itself.
pub struct Prepared<'a> {
    pub text: Cow<'a, str>,
    pub map: Option<OffsetMap>,
    pub meta: ItemMeta,
    pub comments: Vec<Comment>,
}

impl Prepared<'_> {
    /// A span of the prepared text (or a metadata span) as bytes of the file.
    pub fn raw_span(&self, s: crate::span::Span) -> crate::span::Span {
        match &self.map {
            Some(m) => m.span(s),
            None => OffsetMap::default_span(s),
        }
    }
}

/// Reads `raw` as `format` (detected from the path and content when `None`).
pub fn prepare<'a>(
    path: &str,
    raw: &'a str,
    format: Option<Format>,
) -> Result<Prepared<'a>, InputError> {
    let format = format.unwrap_or_else(|| Format::detect(path, raw));
    let owned = |x: Extracted| Prepared {
        text: Cow::Owned(x.text),
        map: x.map,
        meta: x.meta,
        comments: x.comments,
    };
    // Plain text and Markdown as printed: words broken at a line end are joined (Markdown's mask
    // keeps every offset, so its map is the file's too).
    let joined = |text: Cow<'a, str>, comments: Vec<Comment>| match hyphenation::join(&text) {
        Some((t, map)) => Prepared {
            text: Cow::Owned(t),
            map: Some(map),
            meta: ItemMeta::default(),
            comments,
        },
        None => Prepared {
            text,
            map: None,
            meta: ItemMeta::default(),
            comments,
        },
    };
    Ok(match format {
        Format::Text => joined(Cow::Borrowed(raw), Vec::new()),
        Format::Markdown => {
            let (text, comments) = markdown::mask(raw);
            joined(Cow::Owned(text), comments)
        }
        Format::Anpa => owned(anpa::read(raw)),
        Format::Xml | Format::Html => {
            let mode = if format == Format::Xml {
                markup::Mode::Xml
            } else {
                markup::Mode::Html
            };
            owned(feed::read(raw, mode).map_err(|e| InputError::Malformed {
                what: if format == Format::Xml { "XML" } else { "HTML" },
                at: e.at,
                position: position(raw, e.at),
                reason: e.reason,
            })?)
        }
        Format::Ninjs => owned(ninjs::read(raw).map_err(|e| match e {
            ninjs::NinjsError::Json(e) => InputError::Malformed {
                what: "JSON",
                at: e.at,
                position: position(raw, e.at),
                reason: e.reason,
            },
            ninjs::NinjsError::NotNinjs => InputError::NotNinjs,
        })?),
    })
}

/// Line and column (1-based, columns in characters) of a byte offset, for an error message.
fn position(text: &str, at: usize) -> (usize, usize) {
    let at = crate::document::floor_char_boundary(text, at.min(text.len()));
    crate::span::LineIndex::new(text).line_col(text, at)
}

/// Files larger than this are not articles.
pub const MAX_FILE_BYTES: u64 = 16 * 1024 * 1024;

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum InputError {
    NotFound,
    PermissionDenied,
    Empty,
    TooLarge(u64),
    Binary(usize),
    InvalidUtf8(usize),
    Io(String),
    /// A feed file that does not parse: what it should be, line and column, and why.
    Malformed {
        what: &'static str,
        /// Byte offset, and line and column (1-based).
        at: usize,
        position: (usize, usize),
        reason: String,
    },
    /// JSON that is not a ninjs news item.
    NotNinjs,
    /// The work ran past its time budget and was stopped.
    TimedOut,
}

impl fmt::Display for InputError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            InputError::NotFound => write!(f, "no such file or directory"),
            InputError::PermissionDenied => write!(f, "permission denied"),
            InputError::Empty => write!(f, "the file is empty"),
            InputError::TooLarge(n) => write!(
                f,
                "the file is {:.1} MiB, over the {} MiB limit for an article",
                *n as f64 / 1048576.0,
                MAX_FILE_BYTES / 1048576
            ),
            InputError::Binary(at) => write!(f, "binary file (NUL byte at offset {at}), not text"),
            InputError::InvalidUtf8(at) => {
                write!(f, "invalid UTF-8 at byte {at}; save the file as UTF-8")
            }
            InputError::Io(e) => write!(f, "{e}"),
            InputError::Malformed {
                what,
                position: (line, col),
                reason,
                ..
            } => write!(f, "broken {what} at line {line}, column {col}: {reason}"),
            InputError::TimedOut => write!(
                f,
                "checking took longer than its time budget and was stopped"
            ),
            InputError::NotNinjs => write!(
                f,
                "JSON that is not a ninjs news item (no headline, body_html, body_text or bodies)"
            ),
        }
    }
}

fn io_error(e: std::io::Error) -> InputError {
    match e.kind() {
        std::io::ErrorKind::NotFound => InputError::NotFound,
        std::io::ErrorKind::PermissionDenied => InputError::PermissionDenied,
        _ => InputError::Io(e.to_string()),
    }
}

/// Checks bytes read from anywhere and turns them into text.
pub fn decode(bytes: Vec<u8>) -> Result<String, InputError> {
    if bytes.is_empty() {
        return Err(InputError::Empty);
    }
    if bytes.len() as u64 > MAX_FILE_BYTES {
        return Err(InputError::TooLarge(bytes.len() as u64));
    }
    if let Some(at) = bytes.iter().position(|&b| b == 0) {
        return Err(InputError::Binary(at));
    }
    String::from_utf8(bytes).map_err(|e| InputError::InvalidUtf8(e.utf8_error().valid_up_to()))
}

pub fn read_file(path: &Path) -> Result<String, InputError> {
    let meta = std::fs::metadata(path).map_err(io_error)?;
    if meta.len() > MAX_FILE_BYTES {
        return Err(InputError::TooLarge(meta.len()));
    }
    let mut bytes = Vec::with_capacity(meta.len() as usize);
    std::fs::File::open(path)
        .and_then(|mut f| f.read_to_end(&mut bytes))
        .map_err(io_error)?;
    decode(bytes)
}

pub fn read_stdin() -> Result<String, InputError> {
    let mut bytes = Vec::new();
    std::io::stdin()
        .take(MAX_FILE_BYTES + 1)
        .read_to_end(&mut bytes)
        .map_err(io_error)?;
    decode(bytes)
}

/// Whether a file found under a directory is an article: text, Markdown, feed files and HTML
/// pages by their extension, and JSON only when it looks like ninjs.
pub fn is_article(path: &Path) -> bool {
    match path
        .extension()
        .and_then(|e| e.to_str())
        .map(str::to_ascii_lowercase)
        .as_deref()
    {
        Some(
            "txt" | "md" | "markdown" | "text" | "xml" | "nitf" | "newsml" | "anpa" | "ipt"
            | "html" | "htm" | "xhtml",
        ) => true,
        Some("json") => {
            let mut head = Vec::with_capacity(1 << 16);
            std::fs::File::open(path)
                .and_then(|f| f.take(1 << 16).read_to_end(&mut head))
                .is_ok_and(|_| ninjs::sniff(&String::from_utf8_lossy(&head)))
        }
        _ => false,
    }
}
