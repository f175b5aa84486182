use crate::calendar::{self, CalendarKind};
use crate::declare_rule;
use crate::diagnostic::Diagnostic;
use crate::document::{Document, TokenKind};
use crate::rule::Context;
use crate::strings::{Slip, typing_slip};

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
        // "mid-Arpil": the prefix joined by a hyphen.
        let mid = prev == "-" && doc.tok_at(i as isize - 2).eq_ignore_ascii_case("mid");
        let month_context = number(i as isize + 1)
            || number(i as isize - 1)
            || (prev == "of" && number(i as isize - 2))
            || mid
            // "in June or Juyl"
            || matches!(prev, "or" | "and" | "to")
                && calendar::lookup(doc.tok_at(i as isize - 2))
                    .is_some_and(|c| c.kind == CalendarKind::Month)
            || matches!(
                prev,
                "in" | "of"
                    | "to"
                    | "from"
                    | "until"
                    | "since"
                    | "by"
                    | "during"
                    | "early"
                    | "late"
                    | "mid"
                    | "last"
                    | "next"
                    | "this"
                    | "through"
                    | "before"
                    | "after"
            );
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
        // A long month name mistyped needs no context: "Febuary", "Septembe".
        let long_month = word.len() >= 6;
        if !month_context && !weekday_context && !long_month {
            continue;
        }
        // One typing slip: a letter dropped, doubled, added or changed, or two swapped ("Marh",
        // "Macrh", "Jnue", "Febuary"). Four-letter names only by a swap or a doubled letter.
        let k = ctx.knowledge;
        let Some((name, kind, slip)) = calendar::full_names().find_map(|(n, kind)| {
            if n.len().abs_diff(word.len()) > 1 || n.len() < 4 {
                return None;
            }
            let slip = typing_slip(word, n)?;
            let ok = match slip {
                Slip::Accent => false,
                Slip::Transposition | Slip::Doubled => true,
                _ => n.len() >= 5,
            };
            ok.then_some((n, kind, slip))
        }) else {
            continue;
        };
        // "Aril 27": a word of the large list only, written nowhere as a name and below one
        // in a million in lower case, is the month when a day stands beside it ("Mach 2",
        // "Marc 5" stay: names as written).
        let day_beside = number(i as isize + 1) || number(i as isize - 1);
        let rare_word = || {
            day_beside
                && !crate::data::WORDS.contains_key(word)
                && crate::strings::with_lowercase(word, |lower| {
                    crate::data::WORDS.get(lower) == Some(0)
                        && crate::data::word_rarity(lower).is_none()
                })
        };
        if k.is_word(word) && !(kind == CalendarKind::Month && rare_word())
            || k.is_place(word)
            || k.is_given_name(word) && !matches!(slip, Slip::Transposition | Slip::Doubled)
        {
            continue;
        }
        // "Jnue 12": a four-letter month needs its day beside it ("the Mayor of Junee"), or
        // its letters swapped where a month stands ("last Juyl", "by Jnue").
        let date_context = match kind {
            CalendarKind::Month if name.len() <= 4 => {
                day_beside || month_context && matches!(slip, Slip::Transposition)
            }
            CalendarKind::Month => month_context || name.len() >= 7,
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
