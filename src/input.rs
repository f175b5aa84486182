//! Reading articles: every way a file can be unfit is a clear, one-line reason, never a panic.

use std::fmt;
use std::io::Read;
use std::path::Path;

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

/// Whether a file found under a directory is an article.
pub fn is_article(path: &Path) -> bool {
    matches!(
        path.extension().and_then(|e| e.to_str()),
        Some("txt" | "md" | "markdown" | "text")
    )
}
