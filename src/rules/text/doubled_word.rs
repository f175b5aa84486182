use crate::declare_rule;
use crate::diagnostic::Diagnostic;
use crate::document::{Document, Gap, TokenKind};
use crate::rule::Context;

declare_rule! {
    /// ## What it does
    /// Flags a small word written twice in a row: "the the", "in in", "of of", "a a".
    ///
    /// ## Why is this bad?
    /// It is a slip of editing: a word was retyped at a line break or left behind by a rewrite.
    ///
    /// ## Example
    /// ```text
    /// banks still have to sign the agreement before the the November 15 deadline.
    /// ```
    ///
    /// ## Use instead
    /// ```text
    /// banks still have to sign the agreement before the November 15 deadline.
    /// ```
    /// Only words that are never doubled on purpose are checked: "had had", "that that" (but
    /// before a pronoun or an article: "said that that it was"), "what it is is", "add to this
    /// this" and names ("Duran Duran", "Bora Bora") are left alone.
    pub struct DoubledWord {
        code: "T004",
        name: "doubled-word",
        family: Text,
        severity: Warning,
        summary: "a word written twice in a row",
        check: check,
    }
}

/// Words that English never doubles on purpose.
const NEVER_DOUBLED: &[&str] = &[
    "the", "a", "an", "of", "in", "on", "at", "to", "for", "with", "by", "from", "and", "or",
    "but", "as", "into", "onto", "than", "its", "their", "his", "our", "your", "my", "this",
    "these", "those", "was", "were", "are", "has", "have", "would", "should", "could", "be",
    "been", "is", "not", "it", "he", "she", "they", "we", "which", "said", "also", "about",
    "after", "before", "over", "under", "per", "if", "when", "where", "while",
];

fn check(doc: &Document, _ctx: &Context, out: &mut Vec<Diagnostic>) {
    let toks = &doc.tokens;
    for i in 1..toks.len() {
        if toks[i].kind != TokenKind::Word || toks[i - 1].kind != TokenKind::Word {
            continue;
        }
        if !matches!(toks[i].gap, Gap::Space | Gap::Newline) {
            continue;
        }
        let (a, b) = (doc.tok(i - 1), doc.tok(i));
        // "said that that it was": a doubled "that" is meant only as a conjunction or relative
        // before a demonstrative, which a verb or a noun follows, never a pronoun or an article.
        let that_slip = a.eq_ignore_ascii_case("that")
            && b == "that"
            && matches!(
                doc.tok_at(i as isize + 1),
                "it" | "he" | "she" | "they" | "we" | "I" | "the" | "a" | "an" | "its" | "their"
            );
        if !a.eq_ignore_ascii_case(b)
            || !(that_slip || NEVER_DOUBLED.iter().any(|w| w.eq_ignore_ascii_case(a)))
        {
            continue;
        }
        // "the the-the band": the second is part of a compound.
        if doc.tok_at(i as isize + 1) == "-"
            && doc.tokens.get(i + 1).is_some_and(|t| t.gap == Gap::None)
        {
            continue;
        }
        if i >= 2 && doc.tok(i - 2).eq_ignore_ascii_case(a) {
            continue; // reported at the first pair
        }
        // "What it is is ...": a pseudo-cleft doubles "is" on purpose.
        if a.eq_ignore_ascii_case("is")
            && (i.saturating_sub(6)..i).any(|k| {
                matches!(
                    doc.tok(k).to_ascii_lowercase().as_str(),
                    "what" | "all" | "thing" | "where" | "how"
                )
            })
        {
            continue;
        }
        // "A A Deudney": initials written without their full stops.
        if a == "A" && b == "A" && doc.is_title_at(i as isize + 1) {
            continue;
        }
        // "Add to this this new law": a demonstrative standing for what went before, then one
        // that opens the next noun phrase.
        if matches!(
            a.to_ascii_lowercase().as_str(),
            "this" | "these" | "those" | "that"
        ) && i >= 2
            && matches!(
                doc.tok(i - 2).to_ascii_lowercase().as_str(),
                "to" | "of"
                    | "in"
                    | "on"
                    | "at"
                    | "for"
                    | "with"
                    | "by"
                    | "from"
                    | "about"
                    | "like"
            )
        {
            continue;
        }
        let span = toks[i - 1].span.cover(toks[i].span);
        out.push(
            Diagnostic::new(
                &DoubledWord::META,
                span,
                format!("doubled word: \"{a} {b}\""),
            )
            .label("written twice")
            .fix(a),
        );
    }
}
