use crate::calendar::{day_of_year, month_name};
use crate::declare_rule;
use crate::diagnostic::Diagnostic;
use crate::document::{Document, TokenKind};
use crate::rule::Context;

declare_rule! {
    /// ## What it does
    /// Flags an event told in the past tense ("was held on 15 December", "expired 15 December",
    /// "a letter dated 15 December", "had estimated on 15 December") dated later than the
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
    /// Dates more than 60 days after the dateline are left alone (they may be last year's); so are
    /// plans ("will be held on", "the proposed vote on") and dates after a reporting verb that
    /// belong to what was reported ("said talks resume on").
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
    "held",
    "met",
    "took",
    "died",
    "won",
    "lost",
    "began",
    "fell",
    "rose",
    "made",
    "came",
    "went",
    "saw",
    "gave",
    "sold",
    "bought",
    "left",
    "paid",
    "struck",
    "hit",
    "broke",
    "spoke",
    "wrote",
    "ran",
    "shut",
    "cut",
    "put",
    "quit",
    "led",
    "beat",
    "sank",
    "sent",
    "got",
    "set",
    "became",
    "brought",
    "caught",
    "chose",
    "drew",
    "drove",
    "flew",
    "fought",
    "found",
    "froze",
    "grew",
    "heard",
    "kept",
    "knew",
    "laid",
    "lent",
    "rang",
    "spent",
    "stood",
    "swore",
    "threw",
    "wore",
    "withdrew",
    "overtook",
    "undertook",
];

/// Words that are no finished event: plans, delays, adjectives, words that only look like past
/// forms, and reporting verbs (in "said talks resume on ..." the date belongs to what was
/// reported).
const NOT_EVENT: &[&str] = &[
    "proposed",
    "planned",
    "scheduled",
    "expected",
    "extended",
    "postponed",
    "delayed",
    "deferred",
    "adjourned",
    "rescheduled",
    "moved",
    "slated",
    "intended",
    "anticipated",
    "projected",
    "forecast",
    "estimated",
    "hundred",
    "kindred",
    "united",
    "limited",
    "advanced",
    "detailed",
    "related",
    "revised",
    "amended",
    "supposed",
    "alleged",
    "unexpected",
    "unscheduled",
    "unprecedented",
    "required",
    "needed",
    "aimed",
    "designed",
    "prepared",
    "invited",
    "asked",
    "urged",
    "called",
    "pledged",
    "promised",
    "vowed",
    "agreed",
    "decided",
    "hoped",
    "wanted",
    "tried",
    "sought",
    "threatened",
    "announced",
    "reported",
    "added",
    "noted",
    "stated",
    "declared",
    "told",
    "said",
];

/// Words that make the clause future or planned ("will be held on", "is scheduled on").
const FUTURE: &[&str] = &[
    "will",
    "would",
    "be",
    "is",
    "are",
    "shall",
    "may",
    "might",
    "could",
    "should",
    "must",
    "expected",
    "scheduled",
    "planned",
    "due",
    "next",
    "until",
    "if",
    "unless",
    "when",
    "before",
    "pending",
    "proposed",
    "can",
    "ll",
    "'ll",
    "going",
];

fn is_past(w: &str) -> bool {
    if NOT_EVENT.contains(&w) {
        return false;
    }
    PAST.contains(&w)
        || (w.len() > 4
            && w.ends_with("ed")
            && !w.ends_with("eed")
            && w.bytes().all(|b| b.is_ascii_lowercase()))
}

fn check(doc: &Document, _ctx: &Context, out: &mut Vec<Diagnostic>) {
    // The dateline's date; or, for a feed item whose text carries none, the item's own date.
    let (dl_month, dl_day, dl_span, dl_what) = match doc
        .dateline
        .as_ref()
        .and_then(|d| d.date)
        .map(|i| &doc.dates[i])
    {
        Some(dl) if dl.year.is_some() => return,
        Some(dl) => (dl.month, dl.day, dl.span, "the dateline"),
        None => match doc.meta.date {
            Some(item) => (item.month, item.day, item.span, item.what),
            None => return,
        },
    };
    for m in &doc.dates {
        if m.in_dateline || m.year.is_some() || m.day < 1 || m.day > 31 || m.weekday.is_some() {
            continue;
        }
        let later =
            day_of_year(m.month, m.day, false) as i64 - day_of_year(dl_month, dl_day, false) as i64;
        if !(1..=60).contains(&later) {
            continue;
        }
        // What introduces the date: "on" ("was held on", "refused, on"), or a past verb itself
        // ("ended 31 March", "a letter dated 17 March").
        let first = m.first_tok as isize;
        let before = doc.tok_at(first - 1);
        let trigger = if before == "on" {
            first - 1
        } else if is_past(before) {
            first
        } else {
            continue;
        };
        if trigger < 1 {
            continue;
        }
        // The clause before the trigger: back to the sentence start or a second comma, at most
        // eight words.
        let sentence_first = doc.sentences[doc.sentence_of(m.first_tok)].first as isize;
        let mut clause_start = trigger;
        let mut i = trigger - 1;
        let mut taken = 0;
        while i >= sentence_first && taken < 9 {
            let w = doc.tok_at(i);
            if doc.kind_at(i) == Some(TokenKind::Punct) {
                // One comma just before "on" ("refused, on 17 April") stays in the clause.
                if !(w == "," && i == trigger - 1) {
                    break;
                }
            } else {
                taken += 1;
            }
            clause_start = i;
            i -= 1;
        }
        let past_at = (clause_start..trigger).rev().find(|&j| {
            let w = doc.tok_at(j);
            let adjacent = j == trigger - 1 || (trigger == first && j == first - 1);
            let attributive = matches!(
                doc.tok_at(j - 1).to_ascii_lowercase().as_str(),
                "the" | "a" | "an" | "its" | "their" | "his" | "her" | "this" | "that"
            );
            // "had estimated on April 2": the past perfect is a finished act, whatever the verb.
            let perfect = adjacent
                && doc.tok_at(j - 1) == "had"
                && (w.ends_with("ed") || PAST.contains(&w) || matches!(w, "said" | "told"));
            (is_past(w) && !attributive) || (adjacent && matches!(w, "was" | "were")) || perfect
        });
        let Some(past_at) = past_at.or((trigger == first).then_some(first - 1)) else {
            continue;
        };
        if trigger - past_at > 5 {
            continue;
        }
        // "will have ended", "to be held", "intends to close ... on", "is meeting on"; but a
        // gerund after the verb is its object ("stopped selling computers on").
        let future = (clause_start.max(past_at - 3)..m.first_tok as isize).any(|j| {
            let w = doc.tok_at(j);
            let lower_word = |w: &str| w.bytes().all(|b| b.is_ascii_lowercase());
            FUTURE.contains(&w)
                || (w == "to"
                    && j > past_at
                    && lower_word(doc.tok_at(j + 1))
                    && !matches!(
                        doc.tok_at(j + 1),
                        "the" | "a" | "an" | "its" | "his" | "her" | "their" | "our" | "all"
                    ))
                || (j > past_at + 1 && w.ends_with("ing") && w.len() > 4 && lower_word(w))
        });
        if future {
            continue;
        }
        out.push(
            Diagnostic::new(
                &DateAfterDateline::META,
                m.span,
                format!(
                    "past event dated \"{}\", after {dl_what} ({} {})",
                    crate::strings::one_line(doc.slice(m.span)),
                    dl_day,
                    month_name(dl_month)
                ),
            )
            .label(format!("later than {dl_what}"))
            .evidence(
                dl_span,
                format!("{dl_what} says {} {}", dl_day, month_name(dl_month)),
            ),
        );
    }
}
