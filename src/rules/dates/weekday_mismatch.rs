use super::describe;
use crate::calendar::{day_of_year, days_in_month, weekday_name, weekday_of};
use crate::declare_rule;
use crate::diagnostic::Diagnostic;
use crate::document::{DateMention, Document};
use crate::rule::Context;

declare_rule! {
    /// ## What it does
    /// Flags a weekday written next to a date it does not fall on. With a year ("Friday, 20
    /// August 2021") the calendar decides. Without one, the article's first weekday-and-date pair
    /// (the dateline's when it has one) fixes the calendar, and later pairs must agree with it:
    /// if Saturday is 17 August, then 20 August is a Tuesday in any year.
    ///
    /// ## Why is this bad?
    /// Readers plan by weekdays. A wrong one usually means the date or the weekday was carried
    /// over from an older version of the story.
    ///
    /// ## Example
    /// ```text
    /// The vote is on Saturday, 17 August. Results follow on Friday, 20 August.
    /// ```
    ///
    /// ## Use instead
    /// ```text
    /// The vote is on Saturday, 17 August. Results follow on Tuesday, 20 August.
    /// ```
    pub struct WeekdayMismatch {
        code: "D002",
        name: "weekday-mismatch",
        family: Dates,
        severity: Error,
        summary: "a weekday that does not match its date",
        check: check,
    }
}

fn check(doc: &Document, _ctx: &Context, out: &mut Vec<Diagnostic>) {
    let valid = |m: &&DateMention| m.day >= 1 && m.day <= days_in_month(m.month, m.year);
    let paired: Vec<&DateMention> = doc
        .dates
        .iter()
        .filter(|m| m.weekday.is_some())
        .filter(valid)
        .collect();
    // The anchor for dates without a year: the dateline's pair, or else the first pair.
    let anchor = paired
        .iter()
        .find(|m| m.in_dateline)
        .or_else(|| paired.iter().find(|m| m.year.is_none()))
        .copied();
    for m in &paired {
        let (wd, wtok) = m.weekday.expect("paired");
        let written = weekday_name(wd);
        if let Some(y) = m.year {
            let actual = weekday_of(y, m.month, m.day);
            if actual != wd {
                let span = doc.tokens[wtok].span;
                out.push(
                    Diagnostic::new(
                        &WeekdayMismatch::META,
                        span,
                        format!(
                            "weekday \"{written}\" does not match {}, which is a {}",
                            describe(m),
                            weekday_name(actual)
                        ),
                    )
                    .label("wrong weekday")
                    .evidence(date_only(doc, m), "the date")
                    .fix(weekday_name(actual)),
                );
            }
            continue;
        }
        let Some(a) = anchor.filter(|a| !std::ptr::eq(*a, *m)) else {
            continue;
        };
        let (awd, _) = a.weekday.expect("paired");
        // The offset between the dates must be the same in a leap and a common year.
        let expected: Vec<u8> = [false, true]
            .iter()
            .map(|&leap| {
                let delta = day_of_year(m.month, m.day, leap) as i64
                    - day_of_year(a.month, a.day, leap) as i64;
                (awd as i64 + delta).rem_euclid(7) as u8
            })
            .collect();
        if expected[0] != expected[1] || expected[0] == wd {
            continue;
        }
        let span = doc.tokens[wtok].span;
        out.push(
            Diagnostic::new(
                &WeekdayMismatch::META,
                span,
                format!(
                    "weekday \"{written}\" does not fit {}: if {} is a {}, {} is a {}",
                    describe(m),
                    describe(a),
                    weekday_name(awd),
                    describe(m),
                    weekday_name(expected[0])
                ),
            )
            .label("wrong weekday")
            .evidence(
                a.span,
                format!("{} is a {} here", describe(a), weekday_name(awd)),
            )
            .fix(weekday_name(expected[0])),
        );
    }
}

/// The date without its weekday: "3 March 2020".
fn date_only(doc: &Document, m: &DateMention) -> crate::span::Span {
    let first = m.day_tok.min(m.month_tok);
    doc.tokens[first].span.cover(doc.tokens[m.last_tok].span)
}
