//! What each fuzz target does with its input. `fuzz/fuzz_targets/*.rs` call these under
//! libFuzzer, and `tests/fuzz.rs` replays every input kept in `fuzz/regressions/<target>/`
//! through the same functions, so an input that once broke wirelint stays a test.
//! Each returns normally for any input; a panic or a hang is the finding.

use std::path::Path;
use wirelint::check::{FileOptions, check_text};
use wirelint::input::{self, Format};

/// A fuzz target: takes any bytes, returns only if wirelint handled them.
pub type Target = fn(&[u8]);

/// The targets by name, as the script and the replay test find them.
pub const TARGETS: &[(&str, Target)] = &[
    ("document", document),
    ("reader", reader),
    ("config", config),
    ("form", form),
];

/// The document model and every rule, on any text.
pub fn document(data: &[u8]) {
    if let Ok(text) = std::str::from_utf8(data) {
        let _ = wirelint::lint(text, &wirelint::Config::default());
    }
}

/// Each input reader, then the rules on what it extracted: the first byte picks the reader
/// (text, Markdown, NITF/NewsML-G2, ninjs, ANPA, HTML, or detection from the content).
pub fn reader(data: &[u8]) {
    let Some((&pick, rest)) = data.split_first() else {
        return;
    };
    let format = match pick % 7 {
        0 => Some(Format::Text),
        1 => Some(Format::Markdown),
        2 => Some(Format::Xml),
        3 => Some(Format::Ninjs),
        4 => Some(Format::Anpa),
        5 => Some(Format::Html),
        _ => None,
    };
    let Ok(text) = input::decode(rest.to_vec()) else {
        return;
    };
    let opts = FileOptions {
        format,
        ..Default::default()
    };
    let _ = check_text("fuzz.xml", &text, &wirelint::Config::default(), &opts);
}

/// The config file parser.
pub fn config(data: &[u8]) {
    if let Ok(text) = std::str::from_utf8(data) {
        let _ = wirelint::config::parse(text, Path::new("fuzz/wirelint.toml"));
    }
}

/// The HTTP API's form parsing, and the LanguageTool answer to what it asks.
pub fn form(data: &[u8]) {
    let Ok((text, _language)) = wirelint::serve::form_request(data) else {
        return;
    };
    let findings = wirelint::lint(&text, &wirelint::Config::default());
    let matches = wirelint::serve::lt_matches(&text, &findings);
    let _ = serde_json::to_vec(&matches);
}
