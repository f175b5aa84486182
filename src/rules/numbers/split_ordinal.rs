use super::ordinal_suffix;
use crate::declare_rule;
use crate::diagnostic::Diagnostic;
use crate::document::{Document, Gap, TokenKind};
use crate::rule::Context;

declare_rule! {
    /// ## What it does
    /// Flags an ordinal whose suffix is cut off from its number by a space: "16 th", "1 st
    /// quarter", "2 nd".
    ///
    /// ## Why is this bad?
    /// The reader stumbles, and a line break may strand the suffix on the next line. OCR and
    /// templates that paste a number into a fixed "th" produce it.
    ///
    /// ## Example
    /// ```text
    /// Commemorating the 16 th Anniversary of the First Congress
    /// ```
    ///
    /// ## Use instead
    /// ```text
    /// Commemorating the 16th Anniversary of the First Congress
    /// ```
    /// A suffix that does not fit the number ("11 st 4 lb", eleven stone) is left alone.
    pub struct SplitOrdinal {
        code: "N001",
        name: "split-ordinal",
        family: Numbers,
        severity: Warning,
        summary: "an ordinal suffix separated from its number by a space",
        check: check,
    }
}

fn check(doc: &Document, _ctx: &Context, out: &mut Vec<Diagnostic>) {
    let toks = &doc.tokens;
    for i in 1..toks.len() {
        let suffix = doc.tok(i);
        if toks[i].gap != Gap::Space
            || !super::is_suffix(suffix)
            || toks[i - 1].kind != TokenKind::Number
        {
            continue;
        }
        let number = doc.tok(i - 1);
        let Ok(n) = number.parse::<u64>() else {
            continue;
        };
        if number.len() > 4 || ordinal_suffix(n) != suffix {
            continue;
        }
        let span = toks[i - 1].span.cover(toks[i].span);
        let joined = format!("{number}{suffix}");
        out.push(
            Diagnostic::new(
                &SplitOrdinal::META,
                span,
                format!("ordinal split by a space: \"{number} {suffix}\""),
            )
            .label(format!("write \"{joined}\""))
            .fix(joined),
        );
    }
}
