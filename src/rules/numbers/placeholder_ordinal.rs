use super::placeholders;
use crate::declare_rule;
use crate::diagnostic::Diagnostic;
use crate::document::Document;
use crate::rule::Context;

declare_rule! {
    /// ## What it does
    /// Flags an ordinal with no number: "<>th anniversary", "<> nd quarter", "##rd", "TKth",
    /// "{{n}}th".
    ///
    /// ## Why is this bad?
    /// A template or a rewrite lost the number and kept its suffix; the reader cannot tell
    /// which anniversary, quarter or session is meant.
    ///
    /// ## Example
    /// ```text
    /// the historical significance of the <>th anniversary of the first conference
    /// ```
    ///
    /// ## Use instead
    /// ```text
    /// the historical significance of the 80th anniversary of the first conference
    /// ```
    pub struct PlaceholderOrdinal {
        code: "N004",
        name: "empty-ordinal",
        family: Numbers,
        severity: Error,
        summary: "an ordinal suffix with a placeholder instead of its number",
        check: check,
    }
}

fn check(doc: &Document, _ctx: &Context, out: &mut Vec<Diagnostic>) {
    for p in placeholders(doc) {
        let Some(suffix) = p.suffix else {
            continue;
        };
        let text = doc.slice(p.span);
        let what = doc.tok_at(suffix as isize + 1);
        let message = if what.chars().all(char::is_alphabetic) && !what.is_empty() {
            format!("empty ordinal \"{text}\": the number of the {what} is missing")
        } else {
            format!("empty ordinal \"{text}\": the number is missing")
        };
        out.push(
            Diagnostic::new(&PlaceholderOrdinal::META, p.span, message)
                .label("no number")
                .help("fill in the number before publishing"),
        );
    }
}
