use crate::calendar::{day_of_year, month_name};
use crate::declare_rule;
use crate::diagnostic::Diagnostic;
use crate::document::{Document, TokenKind};
use crate::rule::Context;

declare_rule! {
    /// ## What it does
    /// Flags an event told in the past tense ("was held on 15 December") dated later than the
    /// dateline (12 December) in the same year, when neither gives a year of its own.
    ///
    /// ## Why is this bad?
    /// A story cannot report what has not happened yet. The date is usually a typo, or the
    /// dateline was not updated when the story was rewritten.
    ///
    /// ## Example
    /// ```text
    /// Beijing, 12 Dec (ZXN) -- The seminar was held in Beijing on 15 December.
    /// ```
    ///
    /// ## Use instead
    /// ```text
    /// Beijing, 12 Dec (ZXN) -- The seminar was held in Beijing on 12 December.
    /// ```
    /// Dates more than 60 days after the dateline are left alone (they may be last year's).
    pub struct DateAfterDateline {
        code: "D003",
        name: "date-after-dateline",
        family: Dates,
        severity: Warning,
        summary: "a past event dated after the dateline",
        check: check,
    }
}

/// Irregular past forms that report a finished event; regular "-ed" forms are recognised as such.
const PAST: &[&str] = &[
    "held", "met", "said", "took", "died", "won", "lost", "began", "fell", "rose", "made", "told",
    "came", "went", "saw", "gave", "sold", "bought", "left", "paid", "struck", "hit", "broke",
    "spoke", "wrote", "ran", "shut", "cut", "put", "quit", "led", "beat", "sank",
];

/// Words that make the clause future or planned ("will be held on", "is scheduled on").
const FUTURE: &[&str] = &[
    "will",
    "would",
    "be",
    "is",
    "are",
    "to",
    "shall",
    "may",
    "might",
    "could",
    "should",
    "expected",
    "scheduled",
    "planned",
    "due",
    "set",
    "next",
    "until",
    "if",
];

fn check(doc: &Document, _ctx: &Context, out: &mut Vec<Diagnostic>) {
    let Some(dl) = doc
        .dateline
        .as_ref()
        .and_then(|d| d.date)
        .map(|i| &doc.dates[i])
    else {
        return;
    };
    if dl.year.is_some() {
        return;
    }
    for m in &doc.dates {
        if m.in_dateline || m.year.is_some() || m.day < 1 || m.day > 31 {
            continue;
        }
        let later =
            day_of_year(m.month, m.day, false) as i64 - day_of_year(dl.month, dl.day, false) as i64;
        if !(1..=60).contains(&later) {
            continue;
        }
        // "... was held in Beijing on 15 December": a past verb, then "on" the date, in one clause.
        let on = m.first_tok as isize - 1;
        if doc.tok_at(on) != "on" {
            continue;
        }
        let clause_start = (0..on as usize)
            .rev()
            .take(8)
            .take_while(|&i| doc.tokens[i].kind != TokenKind::Punct)
            .last()
            .unwrap_or(on as usize);
        let words = || (clause_start..on as usize).map(|i| doc.tok(i));
        let is_past = |w: &str| {
            PAST.contains(&w)
                || (w.len() > 4 && w.ends_with("ed") && w.bytes().all(|b| b.is_ascii_lowercase()))
        };
        // "met on", "announced on"; or "was held in Beijing on", with the verb close to "on".
        let near = (on as usize).saturating_sub(4).max(clause_start)..on as usize;
        let past = is_past(doc.tok_at(on - 1))
            || (words().any(|w| matches!(w, "was" | "were"))
                && near.clone().any(|i| is_past(doc.tok(i))));
        let future = words().any(|w| {
            FUTURE.contains(&w) || (w.ends_with("ing") && w.bytes().all(|b| b.is_ascii_lowercase()))
        });
        if !past || future {
            continue;
        }
        out.push(
            Diagnostic::new(
                &DateAfterDateline::META,
                m.span,
                format!(
                    "past event dated \"{}\", after the dateline's {} {}",
                    crate::strings::one_line(doc.slice(m.span)),
                    dl.day,
                    month_name(dl.month)
                ),
            )
            .label("later than the dateline")
            .evidence(
                dl.span,
                format!("the dateline says {} {}", dl.day, month_name(dl.month)),
            ),
        );
    }
}
