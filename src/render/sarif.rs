//! SARIF 2.1.0, with rule metadata and help text from the rules' own documentation.

use super::FileReport;
use crate::rule::{RuleMeta, Severity};
use crate::span::LineIndex;
use serde_json::{Value, json};

fn level(s: Severity) -> &'static str {
    match s {
        Severity::Error => "error",
        Severity::Warning => "warning",
        Severity::Info => "note",
    }
}

fn region(text: &str, lines: &LineIndex, start: usize, end: usize) -> Value {
    let (sl, sc) = lines.line_col(text, start);
    let (el, ec) = lines.line_col(text, end);
    json!({
        "startLine": sl, "startColumn": sc, "endLine": el, "endColumn": ec,
        "byteOffset": start, "byteLength": end - start,
    })
}

pub fn rule_descriptor(m: &RuleMeta) -> Value {
    json!({
        "id": m.code,
        "name": m.name,
        "shortDescription": { "text": m.summary },
        "fullDescription": { "text": m.summary },
        "help": { "text": m.explanation(), "markdown": m.explanation() },
        "defaultConfiguration": { "level": level(m.severity) },
        "properties": { "family": m.family.name() },
    })
}

pub fn render(reports: &[FileReport]) -> String {
    let mut metas: Vec<&'static RuleMeta> = crate::rules::RULES.iter().map(|r| r.meta()).collect();
    metas.extend(crate::rules::NOTES.iter().copied());
    let index = |code: &str| metas.iter().position(|m| m.code == code);
    let mut results = Vec::new();
    for r in reports {
        let lines = LineIndex::new(&r.text);
        let uri = r.path.replace('\\', "/");
        for d in &r.diagnostics {
            let mut result = json!({
                "ruleId": d.rule.code,
                "level": level(d.severity),
                "message": { "text": d.message },
                "locations": [{
                    "physicalLocation": {
                        "artifactLocation": { "uri": uri },
                        "region": region(&r.text, &lines, d.span.start as usize, d.span.end as usize),
                    }
                }],
                "relatedLocations": d.labels.iter().enumerate().map(|(k, l)| json!({
                    "id": k,
                    "message": { "text": l.message },
                    "physicalLocation": {
                        "artifactLocation": { "uri": uri },
                        "region": region(&r.text, &lines, l.span.start as usize, l.span.end as usize),
                    }
                })).collect::<Vec<_>>(),
            });
            if let Some(i) = index(d.rule.code) {
                result["ruleIndex"] = json!(i);
            }
            if let Some(fix) = &d.fix {
                result["fixes"] = json!([{
                    "description": { "text": d.help.clone().unwrap_or_default() },
                    "artifactChanges": [{
                        "artifactLocation": { "uri": uri },
                        "replacements": [{
                            "deletedRegion": { "byteOffset": d.span.start, "byteLength": d.span.len() },
                            "insertedContent": { "text": fix },
                        }]
                    }]
                }]);
            }
            results.push(result);
        }
    }
    let log = json!({
        "$schema": "https://json.schemastore.org/sarif-2.1.0.json",
        "version": "2.1.0",
        "runs": [{
            "tool": { "driver": {
                "name": "wirelint",
                "version": env!("CARGO_PKG_VERSION"),
                "informationUri": "https://github.com/wirelint/wirelint",
                "rules": metas.iter().map(|m| rule_descriptor(m)).collect::<Vec<_>>(),
            }},
            "columnKind": "unicodeCodePoints",
            "results": results,
        }]
    });
    serde_json::to_string_pretty(&log).expect("sarif serializes") + "\n"
}
