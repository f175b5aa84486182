use super::describe;
use crate::calendar::{
    self, CalendarKind, day_of_year, days_in_month, lookup, month_name, weekday_name, weekday_of,
};
use crate::declare_rule;
use crate::diagnostic::Diagnostic;
use crate::document::{DateMention, Document, Gap};
use crate::rule::Context;
use crate::span::Span;

declare_rule! {
    /// ## What it does
    /// Flags a weekday written next to a date it does not fall on. With a year ("Friday, 20
    /// August 2021") the calendar decides. Without one, a feed item's date or a dateline's date
    /// with its year ("SYDNEY, Nov. 4, 2025") gives the year nearest to it; else the article's
    /// first weekday-and-date pair
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
    // The anchor for dates without a year: the dateline's pair, or else the first pair, or else
    // the dateline's date with the weekday its lede gives the news ("Washington, 24 June -- The
    // court on Friday overturned ...": 24 June is a Friday).
    // The lede's weekday is an inference, so it anchors only a story with one such pair: two
    // pairs that agree with each other outweigh it.
    let yearless = paired.iter().filter(|m| m.year.is_none()).count();
    let lede = (yearless == 1 && !paired.iter().any(|m| m.in_dateline))
        .then(|| lede_anchor(doc))
        .flatten();
    let anchor: Option<Anchor> = lede.or_else(|| {
        paired
            .iter()
            .find(|m| m.in_dateline)
            .or_else(|| paired.iter().find(|m| m.year.is_none()))
            .map(|a| Anchor {
                month: a.month,
                day: a.day,
                weekday: a.weekday.expect("paired").0,
                span: a.span,
                evidence: format!(
                    "{} is a {} here",
                    describe(a),
                    weekday_name(a.weekday.expect("paired").0)
                ),
                date: Some(a.span),
            })
    });
    let item_date = doc.meta.date.or_else(|| {
        let d = &doc.dates[doc.dateline.as_ref()?.date?];
        Some(crate::document::ItemDate {
            year: d.year?,
            month: d.month,
            day: d.day,
            span: d.span,
            what: "the dateline's date",
        })
    });
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
        // A feed item's own date, or the dateline's with its year, gives the year: the one
        // that puts the date nearest to it.
        if let Some(item) = item_date {
            let year = [item.year - 1, item.year, item.year + 1]
                .into_iter()
                .min_by_key(|&y| {
                    let days = |y: i32, mo: u8, d: u32| {
                        y as i64 * 366 + day_of_year(mo, d, calendar::is_leap(y)) as i64
                    };
                    (days(y, m.month, m.day) - days(item.year, item.month, item.day)).abs()
                })
                .expect("three years");
            if m.day > days_in_month(m.month, Some(year)) {
                continue;
            }
            let actual = weekday_of(year, m.month, m.day);
            if actual != wd {
                out.push(
                    Diagnostic::new(
                        &WeekdayMismatch::META,
                        doc.tokens[wtok].span,
                        format!(
                            "weekday \"{written}\" does not match {} {}, which is a {}",
                            describe(m),
                            year,
                            weekday_name(actual)
                        ),
                    )
                    .label("wrong weekday")
                    .evidence(
                        item.span,
                        format!(
                            "{} is {} {} {}",
                            item.what,
                            item.day,
                            month_name(item.month),
                            item.year
                        ),
                    )
                    .fix(weekday_name(actual)),
                );
            }
            continue;
        }
        let Some(a) = anchor.as_ref().filter(|a| a.date != Some(m.span)) else {
            continue;
        };
        let awd = a.weekday;
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
                    format_args!("{} {}", a.day, month_name(a.month)),
                    weekday_name(awd),
                    describe(m),
                    weekday_name(expected[0])
                ),
            )
            .label("wrong weekday")
            .evidence(a.span, a.evidence.clone())
            .fix(weekday_name(expected[0])),
        );
    }
}

/// The date without its weekday: "3 March 2020".
fn date_only(doc: &Document, m: &DateMention) -> crate::span::Span {
    let first = m.day_tok.min(m.month_tok);
    doc.tokens[first].span.cover(doc.tokens[m.last_tok].span)
}

/// A day of the year whose weekday the story fixes.
struct Anchor {
    month: u8,
    day: u32,
    weekday: u8,
    span: Span,
    evidence: String,
    /// The span of the date mention that is the anchor, so it is not checked against itself.
    date: Option<Span>,
}

/// The dateline's date (without a year or weekday of its own) read with the one weekday the lede
/// gives the news: "on Friday", "The court Friday overturned". A lede naming two weekdays, or one
/// qualified ("last Friday", "next Friday", "Friday's vote", "until Friday"), fixes nothing.
fn lede_anchor(doc: &Document) -> Option<Anchor> {
    let dl = doc.dateline.as_ref()?;
    let date = &doc.dates[dl.date?];
    if date.year.is_some() || date.weekday.is_some() {
        return None;
    }
    // The lede: the first sentence that ends after the dateline.
    let sentence = doc.sentences.iter().find(|s| s.span.end > dl.span.end)?;
    let mut found: Option<(u8, usize)> = None;
    for i in sentence.first..sentence.end {
        if doc.tokens[i].span.start < dl.span.end {
            continue;
        }
        let Some(w) =
            lookup(doc.tok(i)).filter(|w| w.kind == CalendarKind::Weekday && !w.abbreviated)
        else {
            continue;
        };
        let before = doc.tok_at(i as isize - 1);
        let after = doc.tok_at(i as isize + 1);
        let qualified = matches!(
            before.to_ascii_lowercase().as_str(),
            "last"
                | "next"
                | "this"
                | "until"
                | "till"
                | "since"
                | "by"
                | "from"
                | "before"
                | "after"
                | "every"
                | "each"
                | "coming"
                | "past"
                | "previous"
                | "following"
        ) || (after == "'" || after == "’")
            && doc.tokens.get(i + 1).is_some_and(|t| t.gap == Gap::None)
            || doc
                .dates
                .iter()
                .any(|m| m.weekday.is_some_and(|(_, t)| t == i));
        if qualified || found.is_some_and(|(d, _)| d != w.number) {
            return None;
        }
        found = Some((w.number, i));
    }
    let (weekday, tok) = found?;
    Some(Anchor {
        month: date.month,
        day: date.day,
        weekday,
        span: doc.tokens[tok].span,
        evidence: format!(
            "the lede's {} is the dateline's {} {}",
            weekday_name(weekday),
            date.day,
            month_name(date.month)
        ),
        date: None,
    })
}
