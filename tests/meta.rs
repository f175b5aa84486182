//! House style of the rule registry: codes, names, summaries and documentation.

use std::collections::HashSet;
use wirelint::rules::RULES;

#[test]
fn codes_are_unique_and_start_with_their_family_letter() {
    let mut seen = HashSet::new();
    for r in RULES {
        let m = r.meta();
        assert!(seen.insert(m.code), "duplicate code {}", m.code);
        assert!(seen.insert(m.name), "duplicate name {}", m.name);
        assert_eq!(m.code.chars().next(), Some(m.family.letter()), "{}", m.code);
        assert_eq!(m.code.len(), 4, "{}", m.code);
    }
}

#[test]
fn summaries_are_lower_case_one_liners() {
    for r in RULES {
        let m = r.meta();
        assert!(
            m.summary.chars().next().is_some_and(char::is_lowercase),
            "{}: {}",
            m.code,
            m.summary
        );
        assert!(!m.summary.ends_with('.'), "{}: trailing period", m.code);
        assert!(!m.summary.contains('\n'), "{}", m.code);
        assert!(
            m.name.chars().all(|c| c.is_ascii_lowercase() || c == '-'),
            "{}",
            m.name
        );
    }
}

#[test]
fn docs_follow_the_template() {
    for r in RULES {
        let m = r.meta();
        for section in [
            "## What it does",
            "## Why is this bad?",
            "## Example",
            "## Use instead",
        ] {
            assert!(m.doc.contains(section), "{} lacks {section}", m.code);
        }
        let explanation = m.explanation();
        assert!(explanation.contains("## How to silence it"));
        assert!(explanation.starts_with(&format!("# {} {}", m.code, m.name)));
    }
}

#[test]
fn messages_name_the_words() {
    // Every finding in the examples quotes the words it is about.
    let dir = format!("{}/examples", env!("CARGO_MANIFEST_DIR"));
    let config = wirelint::Config::default();
    for entry in std::fs::read_dir(dir).unwrap() {
        let path = entry.unwrap().path();
        if path.extension().is_none_or(|e| e != "txt") {
            continue;
        }
        let text = std::fs::read_to_string(&path).unwrap();
        for d in wirelint::lint(&text, &config) {
            assert!(
                d.message.contains('"'),
                "{}: {} does not quote the words: {}",
                path.display(),
                d.code(),
                d.message
            );
            assert!(
                d.message.chars().next().is_some_and(char::is_lowercase),
                "{}",
                d.message
            );
            assert!(!d.message.ends_with('.'), "{}", d.message);
        }
    }
}

#[test]
fn every_rule_fires_on_the_examples() {
    let dir = format!("{}/examples", env!("CARGO_MANIFEST_DIR"));
    let config = wirelint::Config::default();
    let mut fired = HashSet::new();
    for entry in std::fs::read_dir(dir).unwrap() {
        let path = entry.unwrap().path();
        if path.extension().is_some_and(|e| e == "txt") {
            let text = std::fs::read_to_string(&path).unwrap();
            fired.extend(wirelint::lint(&text, &config).iter().map(|d| d.code()));
        }
    }
    for r in RULES {
        assert!(
            fired.contains(r.meta().code),
            "no example shows {}",
            r.meta().code
        );
    }
}
