use crate::declare_rule;
use crate::diagnostic::Diagnostic;
use crate::document::{Document, Gap, TokenKind};
use crate::rule::Context;

declare_rule! {
    /// ## What it does
    /// Flags "then" written for "than" after a comparison: "more then 5,000 people", "less then
    /// a year", "rather then wait", "greater then expected".
    ///
    /// ## Why is this bad?
    /// The two words sound alike and a spelling checker passes both; machine translation and
    /// fast typing leave the wrong one behind, and the sentence then says something else.
    ///
    /// ## Example
    /// ```text
    /// The storm left more then 5,000 homes without power, and repairs will take longer then
    /// expected.
    /// ```
    ///
    /// ## Use instead
    /// ```text
    /// The storm left more than 5,000 homes without power, and repairs will take longer than
    /// expected.
    /// ```
    /// "then" followed by a comma or a verb ("prices rose more, then fell"; "sales grew more
    /// then fell back"), and "then-president", are left alone.
    pub struct ThenForThan {
        code: "T007",
        name: "then-for-than",
        family: Text,
        severity: Warning,
        summary: "a comparison ending in \"then\" where \"than\" belongs",
        check: check,
    }
}

/// Words a comparison ends in before "than".
const COMPARATIVES: &[&str] = &[
    "more", "less", "fewer", "greater", "rather", "other", "better", "worse", "larger", "smaller",
    "higher", "lower", "bigger", "longer", "shorter", "faster", "slower", "older", "younger",
    "stronger", "weaker", "cheaper", "wider", "easier", "harder", "further", "farther", "sooner",
    "deeper", "heavier", "lighter", "richer", "poorer", "safer", "riskier", "tougher", "steeper",
    "sharper", "slimmer", "superior", "quicker",
];

/// Words that open what a comparison is made with: numbers come as numbers; these are the
/// words ("than a year", "than expected", "than ever", "than he did").
const COMPARED: &[&str] = &[
    "a",
    "an",
    "the",
    "any",
    "ever",
    "expected",
    "forecast",
    "anticipated",
    "usual",
    "normal",
    "half",
    "double",
    "twice",
    "one",
    "two",
    "three",
    "four",
    "five",
    "six",
    "seven",
    "eight",
    "nine",
    "ten",
    "hundred",
    "thousand",
    "million",
    "billion",
    "that",
    "those",
    "what",
    "in",
    "at",
    "last",
    "previously",
    "before",
    "planned",
    "hoped",
    "predicted",
    "estimated",
    "i",
    "he",
    "she",
    "we",
    "they",
    "you",
    "it",
    "his",
    "her",
    "its",
    "their",
    "our",
    "my",
    "average",
    "most",
    "many",
    "some",
    "anyone",
    "anything",
    "anybody",
    "everyone",
    "enough",
    "required",
    "needed",
    "necessary",
    "originally",
    "initially",
    "first",
    "just",
];

fn check(doc: &Document, _ctx: &Context, out: &mut Vec<Diagnostic>) {
    let toks = &doc.tokens;
    for (i, t) in toks.iter().enumerate() {
        if t.kind != TokenKind::Word || doc.tok(i) != "then" || i == 0 {
            continue;
        }
        let before = doc.tok(i - 1).to_ascii_lowercase();
        if !COMPARATIVES.contains(&before.as_str()) || toks[i].gap == Gap::None {
            continue;
        }
        let Some(next) = toks.get(i + 1) else {
            continue;
        };
        // "then-president", "more, then": a hyphen or comma says "then" is meant.
        if next.gap == Gap::None
            || next.kind == TokenKind::Punct && !matches!(doc.tok(i + 1), "$" | "£" | "€" | "\"")
        {
            continue;
        }
        let w = doc.tok(i + 1).to_ascii_lowercase();
        // "more then", "less then", "rather then" are "than" whatever follows ("more then
        // doubled", "rather then wait"), but for "once more then ..." and "no more then ...",
        // where "then" may tell what came next.
        let bare = matches!(before.as_str(), "more" | "less" | "rather" | "fewer")
            && !matches!(
                doc.tok_at(i as isize - 2),
                "once" | "no" | "any" | "nothing" | "and"
            )
            && next.kind == TokenKind::Word;
        // An amount ("6bn", "5m"), or a quotation of words ("more then \"an electoral
        // device\"").
        let quoted = doc.tok(i + 1) == "\""
            && toks
                .get(i + 2)
                .is_some_and(|q| q.gap == Gap::None && q.kind == TokenKind::Word);
        let compared = bare
            || matches!(
                next.kind,
                TokenKind::Number | TokenKind::Ordinal | TokenKind::Alnum
            ) && doc.tok(i + 1).starts_with(|c: char| c.is_ascii_digit())
            || matches!(doc.tok(i + 1), "$" | "£" | "€")
            || quoted && matches!(before.as_str(), "more" | "less" | "rather")
            || next.is_title()
            || COMPARED.contains(&w.as_str());
        if !compared {
            continue;
        }
        let prev_span = toks[i - 1].span;
        out.push(
            Diagnostic::new(
                &ThenForThan::META,
                t.span,
                format!(
                    "comparison \"{} then\" should read \"{} than\"",
                    doc.tok(i - 1),
                    doc.tok(i - 1)
                ),
            )
            .label("\"then\" is about time; a comparison takes \"than\"")
            .evidence(prev_span, "the comparison")
            .fix("than"),
        );
    }
}
