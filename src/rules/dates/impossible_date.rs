use crate::calendar::{days_in_month, is_leap, month_name};
use crate::declare_rule;
use crate::diagnostic::Diagnostic;
use crate::document::{Document, Gap, TokenKind};
use crate::rule::Context;

declare_rule! {
    /// ## What it does
    /// Flags a date whose day does not exist in its month: "80 December", "April 31", "0 May",
    /// and "29 February" in a year that is not a leap year.
    ///
    /// ## Why is this bad?
    /// No reader can tell which day was meant. Such dates come from OCR, from templates filled
    /// with the wrong field, and from digits typed twice or swapped.
    ///
    /// ## Example
    /// ```text
    /// Beijing, 12 Dec (ZXN) -- The seminar was held in Beijing on 80 December.
    /// ```
    ///
    /// ## Use instead
    /// ```text
    /// Beijing, 12 Dec (ZXN) -- The seminar was held in Beijing on 12 December.
    /// ```
    /// When the dateline gives a date in the same month, the help line proposes its day.
    /// Amounts that follow a month name ("March 40 pct", "80 December contracts") are not dates
    /// and are left alone.
    pub struct ImpossibleDate {
        code: "D001",
        name: "impossible-date",
        family: Dates,
        severity: Error,
        summary: "a day that its month does not have",
        check: check,
    }
}

fn check(doc: &Document, ctx: &Context, out: &mut Vec<Diagnostic>) {
    let dateline = doc
        .dateline
        .as_ref()
        .and_then(|d| d.date)
        .map(|i| &doc.dates[i]);
    for m in &doc.dates {
        let max = days_in_month(m.month, m.year);
        if m.day >= 1 && m.day <= max {
            continue;
        }
        if m.day > 99 || !looks_like_a_date(doc, ctx, m) {
            continue;
        }
        let month = month_name(m.month);
        let span = doc.tokens[m.day_tok]
            .span
            .cover(doc.tokens[m.month_tok].span);
        let words = crate::strings::one_line(doc.slice(span));
        let message = if m.month == 2 && m.day == 29 {
            let y = m.year.unwrap_or_default();
            format!("impossible date \"{words}\": {y} is not a leap year, so February has 28 days")
        } else if m.day == 0 {
            format!("impossible date \"{words}\": there is no day 0")
        } else {
            format!(
                "impossible date \"{words}\": {month} has {max} days, not {}",
                m.day
            )
        };
        let mut d = Diagnostic::new(&ImpossibleDate::META, span, message).label("no such day");
        // The dateline is evidence when it names the same month.
        if let Some(dl) = dateline.filter(|dl| !std::ptr::eq(*dl, m) && dl.month == m.month) {
            d = d.evidence(
                dl.span,
                format!("the dateline says {} {}", dl.day, month_name(dl.month)),
            );
            if dl.day <= max {
                d = d.help(format!("the day is probably the dateline's, {}", dl.day));
            }
        }
        if m.month == 2 && m.day == 29 && m.year.is_some_and(|y| !is_leap(y)) {
            d = d.help("check the year, or write 28 February or 1 March");
        }
        out.push(d);
    }
}

/// Whether the number next to the month is a day and not an amount ("March 40 pct") or a count
/// ("80 December contracts", "Theresa May 31 times").
fn looks_like_a_date(doc: &Document, ctx: &Context, m: &crate::document::DateMention) -> bool {
    let day = m.day_tok as isize;
    let month_word = doc.tok(m.month_tok);
    let mut next = m.last_tok as isize + 1;
    // A range, "March 51-16" or "16-97 December": look past its other end.
    let glued = |k: isize| {
        doc.tokens
            .get(k as usize)
            .is_some_and(|t| t.gap == Gap::None)
    };
    if !m.day_first && doc.tok_at(next) == "-" && glued(next) && glued(next + 1) {
        if doc.kind_at(next + 1) != Some(TokenKind::Number) {
            return false;
        }
        next += 2;
    }
    if ctx.knowledge.is_unit(doc.tok_at(next)) || matches!(doc.tok_at(next), "%" | "/") {
        return false;
    }
    if doc.tok_at(next) == "-" && glued(next) {
        return false; // "March 40-odd"
    }
    if m.day_first {
        let before = doc.tok_at(day - 1);
        let number_before = doc.kind_at(day - 2) == Some(TokenKind::Number);
        // "$80 December", "2.80 December", "1,80 December" are not days; "16-97 December" is
        // a range of days.
        if matches!(before, "$" | "£" | "€" | "/")
            || doc.kind_at(day - 1) == Some(TokenKind::Number)
            || (matches!(before, "." | ",") && number_before)
            || (before == "-"
                && !(number_before && doc.tok_at(day - 2).parse::<u32>().is_ok_and(|n| n <= 31)))
        {
            return false;
        }
    } else if month_word == "May"
        && !m.in_dateline
        && doc.kind_at(m.month_tok as isize - 1) == Some(TokenKind::Word)
        && doc
            .tok_at(m.month_tok as isize - 1)
            .chars()
            .next()
            .is_some_and(char::is_uppercase)
    {
        // "Theresa May 31 times": a surname, not the month.
        return false;
    }
    true
}
