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
    /// A hyphen glued between a heading and the title that opens its list of names
    /// ("Passengers-Mr. and Mrs. Hale") is the heading's dash read as a hyphen.
    /// Guillemets that open and close a quotation («Bonjour»), Spanish ¡…! and ¿…?, and symbols
    /// standing apart from words are left alone.
    pub struct OcrJunk {
        code: "T009",
        name: "ocr-junk",
        family: Text,
        severity: Warning,
        summary: "a stray symbol glued to a word, as OCR leaves them",
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

fn check(doc: &Document, _ctx: &Context, out: &mut Vec<Diagnostic>) {
    let toks = &doc.tokens;
    let n = toks.len();
    let word = |j: usize| j < n && toks[j].kind == TokenKind::Word;
    for (i, t) in toks.iter().enumerate() {
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
