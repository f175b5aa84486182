use crate::declare_rule;
use crate::diagnostic::Diagnostic;
use crate::document::{Document, Gap, TokenKind};
use crate::rule::Context;

declare_rule! {
    /// ## What it does
    /// Flags a symbol that OCR leaves glued to a word where no typesetter prints one: "t^e",
    /// "{«heir", "»s", "wh¦ch", "a\\nd", "Mr.|Smith".
    ///
    /// ## Why is this bad?
    /// The word is lost to search and to every other check; the symbol is a speck, a rule or a
    /// broken letter read as a character.
    ///
    /// ## Example
    /// ```text
    /// The council met »s usual and agreed t^ the rates.
    /// ```
    ///
    /// ## Use instead
    /// ```text
    /// The council met as usual and agreed to the rates.
    /// ```
    /// A lone "I" or "i" where a column's line breaks, that no sentence has there ("granted, I /
    /// or such order", "I The new church"), is a rule or speck read as a letter; the pronoun
    /// ("I / was away"), initials ("H I Orr") and list numbers ("(i)") are left alone.
    /// A hyphen glued between a heading and the title that opens its list of names
    /// ("Passengers-Mr. and Mrs. Hale") is the heading's dash read as a hyphen.
    /// Guillemets that open and close a quotation («Bonjour»), Spanish ¡…! and ¿…?, and symbols
    /// standing apart from words are left alone.
    pub struct OcrJunk {
        code: "T009",
        name: "ocr-junk",
        family: Text,
        severity: Warning,
        summary: "a stray symbol glued to a word, or a stray letter at a line break, as OCR leaves them",
        check: check,
    }
}

/// Symbols that never touch a letter in printed English prose.
const JUNK: &[&str] = &[
    "«", "»", "^", "\\", "¡", "¿", "{", "}", "|", "~", "¦", "■", "•", "¬",
];

/// Titles a list of names opens with: a hyphen glued between a word and one of them
/// ("Passengers-Mr. Smith") is the dash of a list heading read as a hyphen.
const TITLES: &[&str] = &[
    "Mr", "Mrs", "Messrs", "Miss", "Dr", "Rev", "Sir", "Mme", "Mdme",
];

/// How many junk marks [`OcrJunk`] finds in the text: signs that it is OCR, for the rules
/// that read a page misread throughout.
pub(crate) fn junk_marks(doc: &Document, ctx: &Context) -> usize {
    let mut found = Vec::new();
    check(doc, ctx, &mut found);
    found.len()
}

fn check(doc: &Document, _ctx: &Context, out: &mut Vec<Diagnostic>) {
    let toks = &doc.tokens;
    let n = toks.len();
    let word = |j: usize| j < n && toks[j].kind == TokenKind::Word;
    for (i, t) in toks.iter().enumerate() {
        if t.span.len() == 1
            && (t.kind == TokenKind::Word && stray_letter(doc, i) || stray_one(doc, i))
        {
            let side = if t.gap >= Gap::Newline {
                "opens a line"
            } else {
                "ends a line"
            };
            out.push(
                Diagnostic::new(
                    &OcrJunk::META,
                    t.span,
                    format!(
                        "stray \"{}\" where a line breaks: a rule or speck read as a {}",
                        doc.tok(i),
                        if t.kind == TokenKind::Number {
                            "digit"
                        } else {
                            "letter"
                        }
                    ),
                )
                .label(format!("{side}, and no sentence has it there"))
                .fix(String::new()),
            );
            continue;
        }
        if t.kind != TokenKind::Punct {
            continue;
        }
        let sym = doc.tok(i);
        if sym == "-"
            && i > 0
            && word(i - 1)
            && t.gap == Gap::None
            && word(i + 1)
            && toks[i + 1].gap == Gap::None
            && doc.tok(i - 1).bytes().all(|b| b.is_ascii_alphabetic())
            && doc.tok(i - 1).ends_with(|c: char| c.is_ascii_lowercase())
            && TITLES.contains(&doc.tok(i + 1))
            && doc.tok_at(i as isize + 2) == "."
        {
            let span = toks[i - 1].span.cover(toks[i + 1].span);
            out.push(
                Diagnostic::new(
                    &OcrJunk::META,
                    t.span,
                    format!(
                        "hyphen in \"{}\": a dash before a list of names, read as a hyphen",
                        doc.slice(span)
                    ),
                )
                .label("a dash printed here")
                .evidence(span, "a heading and the first name of its list")
                .fix(" — ".to_string()),
            );
            continue;
        }
        if !JUNK.contains(&sym) {
            continue;
        }
        let before = i > 0 && word(i - 1) && t.gap == Gap::None;
        let after = word(i + 1) && toks[i + 1].gap == Gap::None;
        if !before && !after {
            continue;
        }
        // A quotation in guillemets or a Spanish question: its closing mark follows.
        if paired(doc, i, sym) {
            continue;
        }
        let from = if before { i - 1 } else { i };
        let to = if after { i + 1 } else { i };
        let span = toks[from].span.cover(toks[to].span);
        let text = doc.slice(span);
        out.push(
            Diagnostic::new(
                &OcrJunk::META,
                t.span,
                format!("stray \"{sym}\" in \"{text}\": no typesetter prints it there"),
            )
            .label("a speck or broken letter read as a symbol")
            .evidence(span, "the damaged word"),
        );
    }
}

/// Words the pronoun "I" is never followed by: a lone "I" before one of them is no pronoun.
const NEVER_AFTER_I: &[&str] = &[
    "the", "a", "an", "and", "or", "of", "in", "on", "for", "with", "from", "by", "at", "is",
    "his", "her", "its", "their", "as", "to", "that", "which", "but", "him", "them", "me", "us",
    "were", "are", "has", "some", "about", "this", "these", "those", "into", "upon",
];

/// Words a sentence's "I" is followed by in title case ("I Am", "I Will"): a heading's.
const VERBS_AFTER_I: &[&str] = &[
    "Am", "Have", "Was", "Will", "Had", "Do", "Did", "Think", "Shall", "Would", "Could", "Can",
    "Know", "Must", "May", "Should", "Want", "Love", "See", "Believe", "Hope", "Said",
];

/// Whether the word at `i` is a lone "I" or "i" where a column's line breaks, that no sentence
/// has there: a column rule or a speck read as a letter ("granted, I / or such other order",
/// "Chippen- I / dale", "I The new church"). A small "i" alone is never English; a capital one
/// must stand before a word the pronoun never precedes, after a broken word, or at a line's
/// start, or its end after a stop or comma, before a capitalised word (or one in capitals)
/// that is no verb. Initials ("H I Orr") and list numbers
/// ("(i)", "i.") are left alone.
fn stray_letter(doc: &Document, i: usize) -> bool {
    let toks = &doc.tokens;
    let w = doc.tok(i);
    if !matches!(w, "I" | "i") {
        return false;
    }
    let next = toks.get(i + 1);
    let line_start = i == 0 || toks[i].gap >= Gap::Newline;
    let line_end = next.is_some_and(|n| n.gap >= Gap::Newline);
    let spaced = (i == 0 || toks[i].gap != Gap::None) && next.is_some_and(|n| n.gap != Gap::None);
    if !(line_start || line_end) || !spaced {
        return false;
    }
    let (prev, after) = (doc.tok_at(i as isize - 1), doc.tok_at(i as isize + 1));
    // Initials ("H I Orr", "II I Orr") and list numbers ("(i)", "i.", "i I").
    let letter = |s: &str| (1..=2).contains(&s.len()) && s.bytes().all(|b| b.is_ascii_uppercase());
    if letter(prev) || letter(after) || matches!(after, ")" | ".") || prev == "(" {
        return false;
    }
    if w == "i" {
        return next.is_some_and(|n| n.kind == TokenKind::Word);
    }
    let next_word = next.is_some_and(|n| n.kind == TokenKind::Word);
    // A capitalised word, or a heading's word in capitals, that is no verb ("I Am", "I HAVE").
    let capital_after = next_word
        && (doc.is_title_at(i as isize + 1)
            || after.len() >= 2 && after.bytes().all(|b| b.is_ascii_uppercase()))
        && !VERBS_AFTER_I.iter().any(|v| v.eq_ignore_ascii_case(after));
    (next_word && NEVER_AFTER_I.contains(&after))
        || (line_end && prev == "-")
        || (line_start && capital_after)
        // "(forwards). I / It is a pity", "Church of England, I / Randwick": a line that
        // ends on "I" after its sentence or clause, before a capitalised word.
        || (line_end && matches!(prev, "." | "," | ":" | ";") && capital_after)
}

/// Words a determiner or preposition takes before a noun, or a count before a unit: "the 1
/// per cent", "in 1 million".
const COUNTED: &[&str] = &[
    "per", "percent", "pct", "million", "billion", "trillion", "thousand", "hundred", "dozen",
    "or", "and", "to", "of", "in", "on", "for", "by", "at", "from", "with", "a",
];

/// Whether the number at `i` is a lone "1" where a column's line breaks, between a determiner
/// ("the", "our") and a word: a rule read as a digit ("by the / 1
/// Commissioners", "lift our / 1 people"). Not before a count's word ("the 1 per cent").
fn stray_one(doc: &Document, i: usize) -> bool {
    let toks = &doc.tokens;
    if doc.tok(i) != "1" || toks[i].kind != TokenKind::Number || i == 0 {
        return false;
    }
    let Some(next) = toks.get(i + 1) else {
        return false;
    };
    let line_start = toks[i].gap >= Gap::Newline && next.gap == Gap::Space;
    let line_end = next.gap >= Gap::Newline && toks[i].gap == Gap::Space;
    let after = doc.tok(i + 1);
    (line_start || line_end)
        && next.kind == TokenKind::Word
        && after.chars().next().is_some_and(char::is_alphabetic)
        && !COUNTED.contains(&after.to_ascii_lowercase().as_str())
        && matches!(
            doc.tok(i - 1),
            "the" | "our" | "his" | "her" | "their" | "its" | "my" | "your" | "an"
        )
}

/// Whether `sym` at token `i` opens or closes a pair on the same line ("«Bonjour»", "¿Qué?").
fn paired(doc: &Document, i: usize, sym: &str) -> bool {
    let (partner, forward) = match sym {
        "«" => ("»", true),
        "»" => ("«", false),
        "¡" => ("!", true),
        "¿" => ("?", true),
        "{" => ("}", true),
        "}" => ("{", false),
        _ => return false,
    };
    let toks = &doc.tokens;
    let same_line = |j: usize| toks[j].gap < Gap::Newline;
    if forward {
        (i + 1..toks.len().min(i + 40))
            .take_while(|&j| same_line(j))
            .any(|j| doc.tok(j) == partner)
    } else {
        (i.saturating_sub(40)..i)
            .rev()
            .take_while(|&j| same_line(j + 1))
            .any(|j| doc.tok(j) == partner)
    }
}
