//! N: numbers and ordinals.

pub mod implausible_ordinal;
pub mod ocr_digit;
pub mod placeholder_number;
pub mod placeholder_ordinal;
pub mod split_ordinal;
pub mod wrong_suffix;

use crate::document::{Document, Gap, TokenKind};
use crate::span::Span;

/// The English suffix for an ordinal number: 1st, 2nd, 3rd, 4th, 11th, 12th, 13th, 21st.
pub fn ordinal_suffix(n: u64) -> &'static str {
    match (n % 10, n % 100) {
        (_, 11..=13) => "th",
        (1, _) => "st",
        (2, _) => "nd",
        (3, _) => "rd",
        _ => "th",
    }
}

pub fn is_suffix(s: &str) -> bool {
    matches!(s, "st" | "nd" | "rd" | "th")
}

/// A placeholder left where a number should be: "<>", "{{n}}", "[N]", "##", "TK", "XX".
#[derive(Clone, Copy, Debug)]
pub struct Placeholder {
    pub span: Span,
    /// The last token of the placeholder.
    pub last: usize,
    /// An ordinal suffix glued to it or after a space ("<>th", "<> th", "TKth"): its token.
    pub suffix: Option<usize>,
}

/// Every placeholder in the document, in order.
pub fn placeholders<'d>(doc: &'d Document) -> impl Iterator<Item = Placeholder> + 'd {
    let mut i = 0;
    std::iter::from_fn(move || {
        while i < doc.tokens.len() {
            // Placeholders start with one of a few characters; test the byte before the call.
            let first = doc.text.as_bytes()[doc.tokens[i].span.start as usize];
            if matches!(first, b'<' | b'{' | b'[' | b'#' | b'T' | b'X')
                && let Some(p) = placeholder_at(doc, i)
            {
                i = p.last + 1;
                return Some(p);
            }
            i += 1;
        }
        None
    })
}

/// The placeholder starting at token `i`, if any.
pub fn placeholder_at(doc: &Document, i: usize) -> Option<Placeholder> {
    let t = doc.tok(i);
    if !matches!(t.as_bytes()[0], b'<' | b'{' | b'[' | b'#' | b'T' | b'X') {
        return None;
    }
    let glued = |j: usize| doc.tokens.get(j).is_some_and(|t| t.gap == Gap::None);
    let last = match t {
        "<" if doc.tok_at(i as isize + 1) == ">" && glued(i + 1) => i + 1,
        "{" if doc.tok_at(i as isize + 1) == "{" && glued(i + 1) => {
            // "{{n}}", "{{ count }}": up to the closing braces, within a few tokens.
            let close = (i + 2..(i + 8).min(doc.tokens.len().saturating_sub(1)))
                .find(|&j| doc.tok(j) == "}" && doc.tok(j + 1) == "}")?;
            close + 1
        }
        "[" if matches!(
            doc.tok_at(i as isize + 1),
            "N" | "n" | "X" | "XX" | "NUM" | "NUMBER" | "#"
        ) && doc.tok_at(i as isize + 2) == "]" =>
        {
            i + 2
        }
        "#" if doc.tokens[i].gap <= Gap::Space
            && i > 0
            && doc.tok_at(i as isize + 1) == "#"
            && glued(i + 1) =>
        {
            // Mid-line only: "##" at the start of a line is a Markdown heading.
            let mut j = i + 1;
            while doc.tok_at(j as isize + 1) == "#" && glued(j + 1) {
                j += 1;
            }
            j
        }
        "TK" | "TKTK" | "XX" | "XXX" if word_placeholder(doc, i) => i,
        _ => {
            // "TKth" is one token.
            if doc.tokens[i].kind == TokenKind::Word
                && t.len() == 4
                && t.starts_with("TK")
                && is_suffix(&t[2..])
            {
                return Some(Placeholder {
                    span: doc.tokens[i].span,
                    last: i,
                    suffix: Some(i),
                });
            }
            return None;
        }
    };
    let next = last + 1;
    let suffix = (next < doc.tokens.len()
        && doc.tokens[next].gap <= Gap::Space
        && is_suffix(doc.tok(next))
        && t != "XX"
        && t != "XXX")
        .then_some(next);
    let end = suffix.unwrap_or(last);
    Some(Placeholder {
        span: doc.tokens[i].span.cover(doc.tokens[end].span),
        last,
        suffix,
    })
}

/// "TK" and "XX" are placeholders only where a number belongs: before a lower-case word or a
/// unit ("TK million", "XX countries"), and not inside a name ("TK Maxx", "Super Bowl XX").
fn word_placeholder(doc: &Document, i: usize) -> bool {
    let next = doc.tok_at(i as isize + 1);
    let next_lower = next.chars().next().is_some_and(char::is_lowercase);
    let prev = doc.tok_at(i as isize - 1);
    // "Super Bowl XX" is a name; "Encor's TK mln" and "The TK deal" are not.
    let prev_is_name = doc.kind_at(i as isize - 1) == Some(TokenKind::Word)
        && prev.chars().next().is_some_and(char::is_uppercase)
        && !doc.tokens[i].starts_sentence()
        && !doc.tokens[i - 1].starts_sentence()
        && !prev.ends_with("'s")
        && !prev.ends_with("’s");
    // All-capital headlines use "XX" for Roman numerals and initials.
    let shouting = prev.len() > 1
        && prev.chars().all(|c| !c.is_lowercase())
        && prev.chars().any(char::is_alphabetic);
    next_lower
        && !prev_is_name
        && !shouting
        && doc.tokens.get(i + 1).is_some_and(|t| t.gap == Gap::Space)
}
