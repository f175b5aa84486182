use crate::calendar::{self, CalendarKind};
use crate::declare_rule;
use crate::diagnostic::Diagnostic;
use crate::document::{Document, TokenKind};
use crate::rule::Context;
use crate::strings::edit_distance;

declare_rule! {
    /// ## What it does
    /// Flags a misspelt month or weekday name next to a date: "Januray 5", "on Wendesday",
    /// "12 Decmber".
    ///
    /// ## Why is this bad?
    /// Spell-checkers often skip capitalised words, so these slip through; date search and
    /// the reader's eye miss them.
    ///
    /// ## Example
    /// ```text
    /// The talks open on Wendesday in Geneva.
    /// ```
    ///
    /// ## Use instead
    /// ```text
    /// The talks open on Wednesday in Geneva.
    /// ```
    /// A name is suspected only when it is one letter away from a month or weekday (a
    /// swap of two letters counts as one), is not an English word or a known name itself
    /// ("Augusta", "Marcha"), and stands where a date would: next to a number or after "on",
    /// "last", "next" and the like.
    pub struct MisspeltCalendarName {
        code: "T005",
        name: "misspelt-month-or-weekday",
        family: Text,
        severity: Warning,
        summary: "a misspelt month or weekday name next to a date",
        check: check,
    }
}

fn check(doc: &Document, ctx: &Context, out: &mut Vec<Diagnostic>) {
    for (i, t) in doc.tokens.iter().enumerate() {
        if t.kind != TokenKind::Word || t.span.len() < 4 {
            continue;
        }
        let word = doc.tok(i);
        if !word.chars().next().is_some_and(char::is_uppercase) || calendar::lookup(word).is_some()
        {
            continue;
        }
        let prev = doc.tok_at(i as isize - 1);
        let next = doc.tok_at(i as isize + 1);
        let number = |k: isize| {
            doc.kind_at(k)
                .is_some_and(|k| matches!(k, TokenKind::Number | TokenKind::Ordinal))
        };
        // Where a date would stand: next to a number (months) or after "on", "last" ... (weekdays).
        let month_context = number(i as isize + 1)
            || number(i as isize - 1)
            || (prev == "of" && number(i as isize - 2));
        let weekday_context = matches!(
            prev,
            "on" | "On"
                | "last"
                | "next"
                | "this"
                | "by"
                | "until"
                | "since"
                | "from"
                | "every"
                | "late"
                | "early"
        ) || (next == ","
            && calendar::lookup(doc.tok_at(i as isize + 2)).is_some());
        if !month_context && !weekday_context {
            continue;
        }
        // One edit keeps the length within one and, but for a swap there, the first letter.
        let first = word.as_bytes()[0];
        let Some((name, kind)) = calendar::full_names().find(|(n, _)| {
            n.len() >= 5
                && n.len().abs_diff(word.len()) <= 1
                && (n.as_bytes()[0] == first || n.as_bytes()[1] == first)
                && edit_distance(word, n) == 1
        }) else {
            continue;
        };
        if ctx.knowledge.is_word(word) {
            continue;
        }
        let date_context = match kind {
            CalendarKind::Month => month_context,
            CalendarKind::Weekday => weekday_context,
        };
        if !date_context {
            continue;
        }
        out.push(
            Diagnostic::new(
                &MisspeltCalendarName::META,
                t.span,
                format!(
                    "misspelt {}: \"{word}\" should be \"{name}\"",
                    if kind == CalendarKind::Month {
                        "month"
                    } else {
                        "weekday"
                    }
                ),
            )
            .label(format!("did you mean \"{name}\"?"))
            .fix(name),
        );
    }
}
