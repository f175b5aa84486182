use crate::declare_rule;
use crate::diagnostic::Diagnostic;
use crate::document::{Document, Gap, TokenKind};
use crate::rule::Context;

declare_rule! {
    /// ## What it does
    /// Flags a word broken by a hyphen and a space, "govern- ment", where the two halves joined
    /// make an English word.
    ///
    /// ## Why is this bad?
    /// It is a line-end hyphenation that survived reflowing (from print, PDF or OCR). Readers
    /// trip over it and search cannot find the word.
    ///
    /// ## Example
    /// ```text
    /// The Treasury said it would tempo- rarily permit imports.
    /// ```
    ///
    /// ## Use instead
    /// ```text
    /// The Treasury said it would temporarily permit imports.
    /// ```
    /// Suspended hyphens ("pre- and post-war", "short- to medium-term") are left alone.
    pub struct BrokenHyphen {
        code: "T003",
        name: "broken-hyphenation",
        family: Text,
        severity: Warning,
        summary: "a word broken by a hyphen and a space",
        check: check,
    }
}

fn finding(span: crate::span::Span, message: String, label: &str, joined: String) -> Diagnostic {
    Diagnostic::new(&BrokenHyphen::META, span, message)
        .label(label)
        .fix(joined)
}

/// A word broken at a line end whose hyphen was lost ("Com" / "mittee", "pro" / "ceedings"):
/// the two halves joined make a word, and one of them alone is none.
fn lost_hyphen(doc: &Document, ctx: &Context, out: &mut Vec<Diagnostic>) {
    let toks = &doc.tokens;
    for b in 1..toks.len() {
        let a = b - 1;
        if toks[b].gap != Gap::Newline
            || toks[a].kind != TokenKind::Word
            || toks[b].kind != TokenKind::Word
        {
            continue;
        }
        let (head, tail) = (doc.tok(a), doc.tok(b));
        if head.len() < 2
            || tail.len() < 2
            || !head.bytes().all(|c| c.is_ascii_alphabetic())
            || !tail.bytes().all(|c| c.is_ascii_lowercase())
        {
            continue;
        }
        let k = ctx.knowledge;
        let word = |w: &str| k.is_word(w) || k.is_word(&w.to_ascii_lowercase());
        if word(head) && word(tail) {
            continue;
        }
        let joined = format!("{head}{tail}");
        if !word(&joined) {
            continue;
        }
        let span = toks[a].span.cover(toks[b].span);
        let message =
            format!("word broken at a line end: \"{head}\" and \"{tail}\" read \"{joined}\"");
        out.push(finding(
            span,
            message,
            "halves of one word, the hyphen lost",
            joined,
        ));
    }
}

fn check(doc: &Document, ctx: &Context, out: &mut Vec<Diagnostic>) {
    lost_hyphen(doc, ctx, out);
    let toks = &doc.tokens;
    for i in 1..toks.len().saturating_sub(1) {
        if doc.tok(i) != "-" || toks[i].gap != Gap::None || toks[i + 1].gap != Gap::Space {
            continue;
        }
        let (a, b) = (i - 1, i + 1);
        if toks[a].kind != TokenKind::Word || toks[b].kind != TokenKind::Word {
            continue;
        }
        let (head, tail) = (doc.tok(a), doc.tok(b));
        if !tail.chars().next().is_some_and(char::is_lowercase) {
            continue;
        }
        // Part of a longer compound ("state-of- the"), or a suspended hyphen ("pre- and post-war").
        if (a > 0 && toks[a].gap == Gap::None && doc.tok(a - 1) == "-")
            || matches!(
                tail,
                "and" | "or" | "to" | "nor" | "as" | "but" | "than" | "versus" | "vs"
            )
        {
            continue;
        }
        let joined = format!("{head}{tail}");
        if !ctx.knowledge.is_word(&joined) {
            continue;
        }
        let span = toks[a].span.cover(toks[b].span);
        let message = format!(
            "broken word \"{}\": write \"{joined}\"",
            crate::strings::one_line(doc.slice(span))
        );
        out.push(finding(
            span,
            message,
            "hyphen left from a line break",
            joined,
        ));
    }
}
