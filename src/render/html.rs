//! `--format html`: one self-contained page for a run (no network: CSS and SVG inline, a few
//! lines of script for the filter). A summary (files, findings by family and by rule as bar
//! charts, the files with most findings), then every finding in a filterable table with its line,
//! the flagged words marked and the evidence it cites.

use super::{FileReport, Totals};
use crate::rule::Family;
use crate::span::{LineIndex, Span};
use std::collections::BTreeMap;
use std::fmt::Write;

fn esc(s: &str) -> String {
    super::junit::xml(s)
}

/// A horizontal bar chart as inline SVG.
fn bars(rows: &[(String, usize, &str)]) -> String {
    let max = rows.iter().map(|r| r.1).max().unwrap_or(1).max(1);
    let h = 22;
    let mut svg = format!(
        "<svg class=\"bars\" width=\"560\" height=\"{}\" role=\"img\">",
        rows.len() * h + 4
    );
    for (i, (label, n, color)) in rows.iter().enumerate() {
        let y = i * h + 2;
        let w = (*n as f64 / max as f64 * 300.0).max(2.0);
        let _ = write!(
            svg,
            "<text x=\"0\" y=\"{}\" class=\"lbl\">{}</text><rect x=\"225\" y=\"{y}\" width=\"{w:.0}\" \
             height=\"16\" fill=\"{color}\"/><text x=\"{:.0}\" y=\"{}\" class=\"num\">{n}</text>",
            y + 13,
            esc(label),
            231.0 + w,
            y + 13
        );
    }
    svg.push_str("</svg>");
    svg
}

fn family_color(f: Family) -> &'static str {
    match f {
        Family::Dates => "#4e79a7",
        Family::Numbers => "#f28e2b",
        Family::Entities => "#59a14f",
        Family::Pronouns => "#b07aa1",
        Family::Text => "#e15759",
    }
}

/// The line of a span with the span marked, windowed around it when the line is long.
fn excerpt(text: &str, lines: &LineIndex, span: Span) -> String {
    let line = lines.line(span.start as usize);
    let range = lines.line_range(text, line);
    let (s, e) = (
        span.start as usize,
        (span.end as usize).min(range.end).max(span.start as usize),
    );
    let from = crate::document::floor_char_boundary(text, s.saturating_sub(90).max(range.start));
    let to = crate::document::floor_char_boundary(text, (e + 90).min(range.end).max(e));
    format!(
        "{}{}<mark>{}</mark>{}{}",
        if from > range.start { "…" } else { "" },
        esc(&text[from..s]),
        esc(&text[s..e]),
        esc(&text[e..to]),
        if to < range.end { "…" } else { "" }
    )
}

pub fn render(reports: &[FileReport]) -> String {
    let totals = Totals::of(reports);
    let mut by_family: BTreeMap<&'static str, (usize, Family)> = BTreeMap::new();
    let mut by_rule: BTreeMap<&'static str, (usize, &'static str, Family)> = BTreeMap::new();
    for d in reports.iter().flat_map(|r| &r.diagnostics) {
        by_family
            .entry(d.rule.family.name())
            .or_insert((0, d.rule.family))
            .0 += 1;
        by_rule
            .entry(d.rule.code)
            .or_insert((0, d.rule.name, d.rule.family))
            .0 += 1;
    }
    let family_rows: Vec<(String, usize, &str)> = Family::ALL
        .iter()
        .filter_map(|f| {
            by_family
                .get(f.name())
                .map(|(n, _)| (format!("{} {}", f.letter(), f.name()), *n, family_color(*f)))
        })
        .collect();
    let mut rule_rows: Vec<(String, usize, &str)> = by_rule
        .iter()
        .map(|(code, (n, name, f))| (format!("{code} {name}"), *n, family_color(*f)))
        .collect();
    rule_rows.sort_by(|a, b| b.1.cmp(&a.1).then(a.0.cmp(&b.0)));
    // Findings by the month of their story (the feed's date, a dated dateline, or the file's).
    let mut by_month: BTreeMap<(i32, u8), usize> = BTreeMap::new();
    for r in reports {
        if let Some(d) = r.date
            && !r.diagnostics.is_empty()
        {
            *by_month.entry(d).or_default() += r.diagnostics.len();
        }
    }
    let month_rows: Vec<(String, usize, &str)> = by_month
        .iter()
        .rev()
        .take(48)
        .rev()
        .map(|((y, m), n)| (format!("{y}-{m:02}"), *n, "#76b7b2"))
        .collect();
    let mut worst: Vec<&FileReport> = reports
        .iter()
        .filter(|r| !r.diagnostics.is_empty())
        .collect();
    worst.sort_by(|a, b| {
        b.diagnostics
            .len()
            .cmp(&a.diagnostics.len())
            .then(a.path.cmp(&b.path))
    });
    worst.truncate(10);

    let mut html = String::with_capacity(4096 + totals.problems() * 600);
    html.push_str(concat!(
        "<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">",
        "<meta name=\"viewport\" content=\"width=device-width\"><title>wirelint report</title><style>",
        "body{font:14px/1.45 system-ui,sans-serif;margin:24px;color:#222;max-width:1200px}",
        "h1{font-size:22px;margin:0 0 4px}h2{font-size:16px;margin:22px 0 8px}",
        ".cards{display:flex;gap:12px;flex-wrap:wrap}.card{border:1px solid #ddd;border-radius:6px;padding:10px 14px;min-width:110px}",
        ".card b{display:block;font-size:22px}.grid{display:flex;gap:40px;flex-wrap:wrap}",
        ".bars .lbl{font-size:12px}.bars .num{font-size:12px;fill:#444}",
        "table{border-collapse:collapse;width:100%}th,td{text-align:left;padding:5px 8px;border-bottom:1px solid #eee;vertical-align:top}",
        "th{background:#f6f6f6;position:sticky;top:0}td.x{font-family:Georgia,serif}mark{background:#ffe08a;padding:0 1px}",
        ".error{color:#b00020}.warning{color:#9a6700}.info{color:#0b6bcb}.ev{color:#555;font-size:12px}",
        "input{font-size:14px;padding:5px 8px;width:320px}code{font-size:13px}",
        "</style></head><body>\n"
    ));
    let _ = write!(
        html,
        "<h1>wirelint report</h1><div>{}</div>\n<div class=\"cards\">\
         <div class=\"card\"><b>{}</b>files checked</div>\
         <div class=\"card\"><b>{}</b>words</div>\
         <div class=\"card\"><b>{}</b>files with findings</div>\
         <div class=\"card\"><b class=\"error\">{}</b>errors</div>\
         <div class=\"card\"><b class=\"warning\">{}</b>warnings</div>\
         <div class=\"card\"><b class=\"info\">{}</b>notes</div></div>\n",
        esc(&totals.summary()),
        totals.files,
        reports.iter().map(|r| r.words).sum::<usize>(),
        totals.files_with_findings,
        totals.errors,
        totals.warnings,
        totals.infos
    );
    if totals.problems() > 0 {
        let _ = write!(
            html,
            "<div class=\"grid\"><div><h2>Findings by family</h2>{}</div>\
             <div><h2>Findings by rule</h2>{}</div>{}</div>\n<h2>Files with most findings</h2><table>\
             <tr><th>file</th><th>findings</th></tr>",
            bars(&family_rows),
            bars(&rule_rows),
            if month_rows.is_empty() {
                String::new()
            } else {
                format!(
                    "<div><h2>Findings by month of the story</h2>{}</div>",
                    bars(&month_rows)
                )
            }
        );
        for r in &worst {
            let _ = write!(
                html,
                "<tr><td><code>{}</code></td><td>{}</td></tr>",
                esc(&r.path),
                r.diagnostics.len()
            );
        }
        html.push_str(
            "</table>\n<h2>Findings</h2><p><input id=\"q\" placeholder=\"filter: a code, a file, \
             a word…\" oninput=\"filter()\"> <span id=\"shown\"></span></p>\n<table id=\"f\">\
             <tr><th>where</th><th>rule</th><th>finding</th></tr>\n",
        );
        for r in reports.iter().filter(|r| !r.diagnostics.is_empty()) {
            let lines = LineIndex::new(&r.text);
            for d in &r.diagnostics {
                let (line, col) = lines.line_col(&r.text, d.span.start as usize);
                let mut evidence = String::new();
                for l in &d.labels {
                    let (ll, _) = lines.line_col(&r.text, l.span.start as usize);
                    let _ = write!(
                        evidence,
                        "<div class=\"ev\">line {ll}: {} — “{}”</div>",
                        esc(&l.message),
                        esc(&crate::strings::one_line(
                            r.text.get(l.span.range()).unwrap_or("")
                        ))
                    );
                }
                let fix = d
                    .fix
                    .as_ref()
                    .map(|f| format!("<div class=\"ev\">fix: “{}”</div>", esc(f)))
                    .unwrap_or_default();
                let _ = writeln!(
                    html,
                    "<tr><td><code>{}:{line}:{col}</code></td><td class=\"{}\"><code>{}</code> {}</td>\
                     <td><div>{}</div><div class=\"x\">{}</div>{evidence}{fix}</td></tr>",
                    esc(&r.path),
                    d.severity.as_str(),
                    d.rule.code,
                    d.rule.name,
                    esc(&d.message),
                    excerpt(&r.text, &lines, d.span),
                );
            }
        }
        html.push_str("</table>\n");
    }
    html.push_str(concat!(
        "<script>function filter(){const q=document.getElementById('q').value.toLowerCase();",
        "let n=0;const rows=[...document.querySelectorAll('#f tr')].slice(1);",
        "for(const r of rows){const on=!q||r.textContent.toLowerCase().includes(q);",
        "r.style.display=on?'':'none';if(on)n++;}",
        "document.getElementById('shown').textContent=n+' of '+rows.length+' shown';}",
        "if(document.getElementById('q'))filter();</script>\n</body></html>\n"
    ));
    html
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_report_is_self_contained_and_escaped() {
        let text = "Held on 80 December <b>.\n";
        let reports = vec![FileReport {
            path: "a<b>.txt".into(),
            text: text.into(),
            diagnostics: crate::lint(text, &Default::default()),
            date: Some((2024, 3)),
            words: 5,
        }];
        let html = render(&reports);
        assert!(html.contains("<mark>80 December</mark> &lt;b&gt;."));
        assert!(html.contains("a&lt;b&gt;.txt:1:9"));
        assert!(html.contains("D001"));
        assert!(html.contains("2024-03"), "the timeline");
        assert!(html.contains("<b>5</b>words"));
        assert!(!html.contains("http://") && !html.contains("https://"));
    }
}
