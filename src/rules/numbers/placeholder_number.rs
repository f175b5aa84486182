use super::placeholders;
use crate::declare_rule;
use crate::diagnostic::Diagnostic;
use crate::document::Document;
use crate::rule::Context;

declare_rule! {
    /// ## What it does
    /// Flags a placeholder left where a number should be: "<>", "{{n}}", "[N]", "##", and the
    /// newsroom's "TK" ("to come") or "XX" before a word ("TK million shares", "XX countries").
    ///
    /// ## Why is this bad?
    /// The story went out before the figure came in, or a template was not filled. The sentence
    /// says nothing without its number.
    ///
    /// ## Example
    /// ```text
    /// Some <> countries could benefit after a case-by-case review.
    /// ```
    ///
    /// ## Use instead
    /// ```text
    /// Some 37 countries could benefit after a case-by-case review.
    /// ```
    /// "TK Maxx", "Super Bowl XX" and Markdown headings ("## Results") are not placeholders.
    pub struct PlaceholderNumber {
        code: "N003",
        name: "placeholder-number",
        family: Numbers,
        severity: Error,
        summary: "a placeholder where a number should be",
        check: check,
    }
}

fn check(doc: &Document, _ctx: &Context, out: &mut Vec<Diagnostic>) {
    // An ordinal's placeholder ("<>th") is N004's.
    for p in placeholders(doc).filter(|p| p.suffix.is_none()) {
        let text = doc.slice(p.span);
        out.push(
            Diagnostic::new(
                &PlaceholderNumber::META,
                p.span,
                format!("placeholder \"{text}\" where a number should be"),
            )
            .label("the number is missing")
            .help("fill in the figure before publishing"),
        );
    }
}
