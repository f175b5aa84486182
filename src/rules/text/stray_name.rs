use crate::declare_rule;
use crate::diagnostic::Diagnostic;
use crate::document::{Document, TokenKind};
use crate::rule::Context;

declare_rule! {
    /// ## What it does
    /// Flags a lone name left inside a verb phrase by machine translation: "learning Xi the spirit
    /// of model workers", where a name from the source sentence (often a leader's surname in a
    /// slogan) was carried into the translation without its own phrase.
    ///
    /// ## Why is this bad?
    /// The sentence no longer parses, and a reader may take the name for part of the meaning.
    ///
    /// ## Example
    /// ```text
    /// in-depth research on the spirit of model workers, learning Xi the spirit of model workers
    /// ```
    ///
    /// ## Use instead
    /// ```text
    /// in-depth research on the spirit of model workers, learning the spirit of model workers
    /// ```
    /// Only a short name that is no English word stands accused, and only between an "-ing" verb
    /// that cannot take two objects and "the", "a" or "its": "telling Xi the news" is left alone.
    pub struct StrayName {
        code: "T006",
        name: "stray-name-token",
        family: Text,
        severity: Warning,
        summary: "a lone name left inside a verb phrase by machine translation",
        check: check,
    }
}

/// "-ing" verbs that take two objects: "telling Xi the news", "giving Li a medal".
const TWO_OBJECTS: &[&str] = &[
    "giving",
    "telling",
    "showing",
    "sending",
    "offering",
    "handing",
    "teaching",
    "paying",
    "granting",
    "wishing",
    "asking",
    "bringing",
    "buying",
    "lending",
    "owing",
    "promising",
    "awarding",
    "denying",
    "passing",
    "selling",
    "writing",
    "leaving",
    "saving",
    "costing",
    "calling",
    "naming",
    "making",
    "getting",
    "finding",
];

fn check(doc: &Document, ctx: &Context, out: &mut Vec<Diagnostic>) {
    let k = ctx.knowledge;
    for i in 1..doc.tokens.len().saturating_sub(1) {
        let t = doc.tokens[i];
        let w = doc.tok(i);
        if t.kind != TokenKind::Word
            || !(2..=4).contains(&w.len())
            || !t.is_title()
            || t.in_quote()
            || t.starts_sentence()
        {
            continue;
        }
        let (prev, next) = (doc.tok(i - 1), doc.tok(i + 1));
        let verb = doc.tokens[i - 1].kind == TokenKind::Word
            && prev.len() > 4
            && prev.ends_with("ing")
            && prev.bytes().all(|b| b.is_ascii_lowercase())
            && !TWO_OBJECTS.contains(&prev);
        if !verb || !matches!(next, "the" | "a" | "an" | "its" | "their") {
            continue;
        }
        // A Chinese surname counts even where it is also an English word ("Xi", "Ma").
        let surname = k.is_chinese_surname(w);
        if !surname && (k.is_word(w) || k.is_place(w) || k.given_name(w).is_some()) {
            continue;
        }
        let phrase = doc.slice(doc.tokens[i - 1].span.cover(doc.tokens[i + 1].span));
        out.push(
            Diagnostic::new(
                &StrayName::META,
                doc.tokens[i].span,
                format!(
                    "stray name \"{w}\" in \"{}\": machine-translation residue",
                    crate::strings::one_line(phrase)
                ),
            )
            .label("no place in this phrase")
            .help(format!("delete \"{w}\", or give it its own phrase")),
        );
    }
}
