use crate::declare_rule;
use crate::diagnostic::Diagnostic;
use crate::document::Document;
use crate::rule::Context;

declare_rule! {
    /// ## What it does
    /// Flags U+FFFD, the replacement character "\u{FFFD}" that a decoder writes where it met bytes it
    /// could not read: "attrib\u{FFFD}ted". When exactly one letter makes an English word of it, the
    /// help line proposes that word.
    ///
    /// ## Why is this bad?
    /// The original letter is lost; readers see a box or a question mark inside a word.
    ///
    /// ## Example
    /// ```text
    /// Selling was largely attrib\u{FFFD}ted to Japanese institutions.
    /// ```
    ///
    /// ## Use instead
    /// ```text
    /// Selling was largely attributed to Japanese institutions.
    /// ```
    pub struct ReplacementChar {
        code: "T002",
        name: "replacement-character",
        family: Text,
        severity: Error,
        summary: "a U+FFFD replacement character where a letter was lost",
        check: check,
    }
}

fn check(doc: &Document, ctx: &Context, out: &mut Vec<Diagnostic>) {
    for run in &doc.non_ascii {
        let text = doc.slice(*run);
        if !text.contains('\u{FFFD}') {
            continue;
        }
        // Report the whole word that holds it.
        let i = doc
            .tokens
            .partition_point(|t| t.span.end <= run.start)
            .min(doc.tokens.len().saturating_sub(1));
        let Some(tok) = doc.tokens.get(i).filter(|t| t.span.start <= run.start) else {
            continue;
        };
        if out
            .last()
            .is_some_and(|d: &Diagnostic| d.rule.code == "T002" && d.span == tok.span)
        {
            continue; // two lost letters in one word: one finding
        }
        let word = doc.slice(tok.span);
        let mut d = Diagnostic::new(
            &ReplacementChar::META,
            tok.span,
            format!("replacement character in \"{word}\": a letter was lost in decoding"),
        )
        .label("U+FFFD");
        if word.matches('\u{FFFD}').count() == 1 {
            let candidates: Vec<String> = ('a'..='z')
                .map(|c| word.replacen('\u{FFFD}', &c.to_string(), 1))
                .filter(|w| ctx.knowledge.is_word(w))
                .collect();
            if let [only] = candidates.as_slice() {
                d = d.fix(only.clone());
            }
        }
        out.push(d);
    }
}
