//! Python bindings: `wirelint._wirelint`, wrapped by the `wirelint` package. Linting releases the
//! GIL, so threads (and Dask's threaded workers) lint in parallel.

use pyo3::exceptions::{PyOSError, PyValueError};
use pyo3::prelude::*;
use wirelint::check::{FileOptions, check_text};
use wirelint::input::Format;
use wirelint::render::json;
use wirelint::span::LineIndex;
use wirelint::{Config, rules};

/// The rules and reader a call asks for: unknown rules or formats are a `ValueError`.
fn request(
    select: Option<Vec<String>>,
    ignore: Option<Vec<String>>,
    input_format: Option<&str>,
) -> PyResult<(Config, Option<Format>)> {
    let config = Config {
        select: select.unwrap_or_default(),
        ignore: ignore.unwrap_or_default(),
        ..Default::default()
    };
    let unknown = config.unknown_selectors();
    if !unknown.is_empty() {
        return Err(PyValueError::new_err(format!(
            "no rule matches {}",
            unknown.join(", ")
        )));
    }
    let format = input_format.map_or(Ok(None), |n| {
        Format::parse(n).map_err(PyValueError::new_err)
    })?;
    Ok((config, format))
}

/// The findings of one text as a JSON array (the CLI's `--format json` objects).
fn findings_json(
    path: &str,
    text: &str,
    config: &Config,
    format: Option<Format>,
) -> Result<String, String> {
    let opts = FileOptions {
        format,
        ..Default::default()
    };
    let diags = check_text(path, text, config, &opts).map_err(|e| format!("{path}: {e}"))?;
    let lines = LineIndex::new(text);
    let all: Vec<_> = diags
        .iter()
        .map(|d| json::finding(path, text, &lines, d))
        .collect();
    serde_json::to_string(&all).map_err(|e| e.to_string())
}

/// lint_json(text, path=None, select=None, ignore=None, input_format=None) -> str
#[pyfunction]
#[pyo3(signature = (text, path=None, select=None, ignore=None, input_format=None))]
fn lint_json(
    py: Python<'_>,
    text: String,
    path: Option<String>,
    select: Option<Vec<String>>,
    ignore: Option<Vec<String>>,
    input_format: Option<String>,
) -> PyResult<String> {
    let (config, format) = request(select, ignore, input_format.as_deref())?;
    let path = path.unwrap_or_else(|| "<text>".to_string());
    py.detach(move || findings_json(&path, &text, &config, format))
        .map_err(PyValueError::new_err)
}

/// lint_path_json(path, select=None, ignore=None, input_format=None) -> str: reads the file
/// the way the CLI does (size limit, UTF-8, binary files refused).
#[pyfunction]
#[pyo3(signature = (path, select=None, ignore=None, input_format=None))]
fn lint_path_json(
    py: Python<'_>,
    path: String,
    select: Option<Vec<String>>,
    ignore: Option<Vec<String>>,
    input_format: Option<String>,
) -> PyResult<String> {
    let (config, format) = request(select, ignore, input_format.as_deref())?;
    // A file that cannot be read is an OSError; one that does not parse, a ValueError.
    enum Failed {
        Read(String),
        Parse(String),
    }
    py.detach(move || {
        let text = wirelint::input::read_file(std::path::Path::new(&path))
            .map_err(|e| Failed::Read(format!("{path}: {e}")))?;
        findings_json(&path, &text, &config, format).map_err(Failed::Parse)
    })
    .map_err(|e| match e {
        Failed::Read(m) => PyOSError::new_err(m),
        Failed::Parse(m) => PyValueError::new_err(m),
    })
}

/// rules() -> list of (code, name, family, severity, summary)
#[pyfunction]
fn rules_list() -> Vec<(String, String, String, String, String)> {
    rules::RULES
        .iter()
        .map(|r| {
            let m = r.meta();
            (
                m.code.to_string(),
                m.name.to_string(),
                m.family.name().to_string(),
                m.severity.as_str().to_string(),
                m.summary.to_string(),
            )
        })
        .collect()
}

#[pymodule]
fn _wirelint(m: &Bound<'_, PyModule>) -> PyResult<()> {
    m.add_function(wrap_pyfunction!(lint_json, m)?)?;
    m.add_function(wrap_pyfunction!(lint_path_json, m)?)?;
    m.add_function(wrap_pyfunction!(rules_list, m)?)?;
    m.add("__version__", env!("CARGO_PKG_VERSION"))?;
    Ok(())
}
