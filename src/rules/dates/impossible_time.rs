use crate::declare_rule;
use crate::diagnostic::Diagnostic;
use crate::document::{Document, Gap, TokenKind};
use crate::rule::Context;

declare_rule! {
    /// ## What it does
    /// Flags a clock time that no clock shows: "25:30 GMT", "7:75 pm", "at 24:15".
    ///
    /// ## Why is this bad?
    /// The reader cannot tell when the event happens. Such times come from swapped or doubled
    /// digits and from templates.
    ///
    /// ## Example
    /// ```text
    /// The talks resume at 7:75 pm local time.
    /// ```
    ///
    /// ## Use instead
    /// ```text
    /// The talks resume at 7:45 pm local time.
    /// ```
    /// Only times marked as times are checked (by "am"/"pm", a time zone, "local time", or
    /// "at"/"by"/"until" before them): race results ("61:09") and ratios ("3:1") are left alone.
    /// Wire-style four-digit times count when a time zone or "local time" follows ("2530 GMT").
    pub struct ImpossibleTime {
        code: "D004",
        name: "impossible-time",
        family: Dates,
        severity: Error,
        summary: "a clock time with an hour or minute no clock shows",
        check: check,
    }
}

const ZONES: &[&str] = &[
    "am", "pm", "a", "p", "AM", "PM", "GMT", "BST", "UTC", "EST", "EDT", "CST", "CDT", "MST",
    "MDT", "PST", "PDT", "ET", "CET", "CEST", "JST", "IST", "HKT", "local", "hours", "hrs", "h",
];

/// Zones that mark a four-digit figure as a clock time ("1945 GMT"); "hours" does not, since
/// "2500 hours" may be a duration.
const FOUR_DIGIT_ZONES: &[&str] = &[
    "GMT", "BST", "UTC", "EST", "EDT", "CST", "CDT", "MST", "MDT", "PST", "PDT", "CET", "CEST",
    "JST", "IST", "HKT", "SGT", "AEST", "AEDT", "WIB", "MSK", "SAST", "WAT", "EAT",
];

/// The finding for a time no clock shows; `what` says which part is out of range.
fn impossible(doc: &Document, span: crate::span::Span, what: &str) -> Diagnostic {
    Diagnostic::new(
        &ImpossibleTime::META,
        span,
        format!(
            "impossible time \"{}\": {what}",
            crate::strings::one_line(doc.slice(span))
        ),
    )
    .label("no such time")
}

fn four_digit_zone(word: &str) -> bool {
    word.len() <= 4
        && FOUR_DIGIT_ZONES
            .iter()
            .any(|z| z.eq_ignore_ascii_case(word))
}

/// "2530 GMT", "at 2900 local time", "1800GMT": a wire-style four-digit clock time whose hour or
/// minute no clock shows.
fn four_digit_times(doc: &Document, out: &mut Vec<Diagnostic>) {
    let toks = &doc.tokens;
    for (i, t) in toks.iter().enumerate() {
        if !matches!(t.kind, TokenKind::Number | TokenKind::Alnum) {
            continue;
        }
        let text = doc.tok(i);
        let b = text.as_bytes();
        if b.len() < 4 || !b[..4].iter().all(u8::is_ascii_digit) {
            continue;
        }
        let glued = &text[4..];
        let next = doc.tok_at(i as isize + 1);
        let marked = if glued.is_empty() {
            t.kind == TokenKind::Number
                && toks.get(i + 1).is_some_and(|n| n.gap != Gap::Paragraph)
                && (four_digit_zone(next)
                    || (next == "local" && doc.tok_at(i as isize + 2) == "time"))
        } else {
            four_digit_zone(glued)
        };
        // "2,530 GMT" is no time; neither is a figure glued to a hyphen or a decimal.
        if !marked
            || doc.tok_at(i as isize - 1) == "."
            || (i > 0 && toks[i].gap == Gap::None && doc.tok_at(i as isize - 1) == "-")
        {
            continue;
        }
        // "1992 GMT" is more likely a year beside a zone than 19:92, unless "at" makes it a time.
        let year_like = matches!(&text[..2], "19" | "20")
            && !matches!(
                doc.tok_at(i as isize - 1),
                "at" | "At" | "by" | "until" | "till" | "from" | "before" | "after"
            );
        if year_like {
            continue;
        }
        let hour: u32 = text[..2].parse().unwrap_or(0);
        let minute: u32 = text[2..4].parse().unwrap_or(0);
        let what = if minute > 59 {
            format!("minutes run from 00 to 59, not {minute:02}")
        } else if hour > 24 || (hour == 24 && minute > 0) {
            format!("hours run from 00 to 24, not {hour}")
        } else {
            continue;
        };
        let span = if glued.is_empty() {
            let zone_end = if next == "local" { i + 2 } else { i + 1 };
            t.span.cover(toks[zone_end].span)
        } else {
            t.span
        };
        out.push(impossible(doc, span, &what));
    }
}

fn check(doc: &Document, _ctx: &Context, out: &mut Vec<Diagnostic>) {
    four_digit_times(doc, out);
    let toks = &doc.tokens;
    for i in 1..toks.len().saturating_sub(1) {
        if doc.tok(i) != ":" || toks[i].gap != Gap::None || toks[i + 1].gap != Gap::None {
            continue;
        }
        if toks[i - 1].kind != TokenKind::Number {
            continue;
        }
        let hour_text = doc.tok(i - 1);
        let min_tok = doc.tok(i + 1);
        // The minutes may carry "pm" glued on: "7:75pm".
        let digits = min_tok.bytes().take_while(u8::is_ascii_digit).count();
        let suffix = &min_tok[digits..];
        if digits != 2
            || hour_text.len() > 2
            || !(suffix.is_empty()
                || matches!(
                    suffix.to_ascii_lowercase().as_str(),
                    "am" | "pm" | "h" | "hrs" | "gmt"
                ))
        {
            continue;
        }
        // "2:05:38" is a race time.
        if doc.tok_at(i as isize + 2) == ":" || doc.tok_at(i as isize - 2) == ":" {
            continue;
        }
        let (Ok(hour), Ok(minute)) = (hour_text.parse::<u32>(), min_tok[..2].parse::<u32>()) else {
            continue;
        };
        let marked = !suffix.is_empty()
            || ZONES.contains(&doc.tok_at(i as isize + 2))
            || matches!(
                doc.tok_at(i as isize - 2),
                "at" | "At" | "by" | "until" | "till" | "before" | "from"
            );
        if !marked {
            continue;
        }
        let what = if minute > 59 {
            format!("minutes run from 00 to 59, not {minute}")
        } else if hour > 24 || (hour == 24 && minute > 0) {
            format!("hours run from 0 to 24, not {hour}")
        } else {
            continue;
        };
        let span = toks[i - 1].span.cover(toks[i + 1].span);
        out.push(impossible(doc, span, &what));
    }
}
