use super::ordinal_suffix;
use crate::declare_rule;
use crate::diagnostic::Diagnostic;
use crate::document::{Document, TokenKind};
use crate::rule::Context;

declare_rule! {
    /// ## What it does
    /// Flags an ordinal whose suffix does not belong to its number: "21th", "2st", "11st",
    /// "3th", "12nd".
    ///
    /// ## Why is this bad?
    /// It cannot be right, and it often means the number itself was changed after the suffix
    /// was written ("21st" edited to "22st"), so the number deserves a second look too.
    ///
    /// ## Example
    /// ```text
    /// The company's vision for the 21th century
    /// ```
    ///
    /// ## Use instead
    /// ```text
    /// The company's vision for the 21st century
    /// ```
    pub struct WrongSuffix {
        code: "N002",
        name: "wrong-ordinal-suffix",
        family: Numbers,
        severity: Error,
        summary: "an ordinal suffix that does not fit its number",
        check: check,
    }
}

fn check(doc: &Document, _ctx: &Context, out: &mut Vec<Diagnostic>) {
    for (i, t) in doc.tokens.iter().enumerate() {
        if t.kind != TokenKind::Ordinal {
            continue;
        }
        let word = doc.tok(i);
        let d = word.bytes().take_while(u8::is_ascii_digit).count();
        let (digits, suffix) = word.split_at(d);
        let Ok(n) = digits.parse::<u64>() else {
            continue;
        };
        let right = ordinal_suffix(n);
        let upper = suffix.bytes().all(|b| b.is_ascii_uppercase());
        if suffix.eq_ignore_ascii_case(right)
            || (!upper && suffix.bytes().any(|b| b.is_ascii_uppercase()))
        {
            continue;
        }
        let right = if upper {
            right.to_ascii_uppercase()
        } else {
            right.to_string()
        };
        let fixed = format!("{digits}{right}");
        out.push(
            Diagnostic::new(
                &WrongSuffix::META,
                t.span,
                format!("wrong ordinal suffix: \"{word}\" should be \"{fixed}\""),
            )
            .label(format!("{n} takes \"{right}\""))
            .fix(fixed),
        );
    }
}
