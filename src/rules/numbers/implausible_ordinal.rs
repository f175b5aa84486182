use crate::declare_rule;
use crate::diagnostic::Diagnostic;
use crate::document::{Document, TokenKind};
use crate::rule::Context;
use crate::strings::one_line;

declare_rule! {
    /// ## What it does
    /// Flags an ordinal that a known numbered series has never reached: "the 80th National
    /// Congress of the Communist Party of China" (there have been 20), "the 85th century", "the
    /// 400th Congress" of the United States. The series, their highest numbers and the context
    /// words that identify them are data, in `rules/series.tsv`.
    ///
    /// ## Why is this bad?
    /// The number is certainly wrong, usually by a slipped digit ("20th" typed "80th") or a
    /// number copied from elsewhere in the story.
    ///
    /// ## Example
    /// ```text
    /// the 80th National Congress of the Communist Party of China (CPC)
    /// ```
    ///
    /// ## Use instead
    /// ```text
    /// the 20th National Congress of the Communist Party of China (CPC)
    /// ```
    pub struct ImplausibleOrdinal {
        code: "N006",
        name: "implausible-ordinal",
        family: Numbers,
        severity: Error,
        summary: "an ordinal beyond anything its series has reached",
        check: check,
    }
}

/// How many tokens either side of the ordinal the context words may stand.
const CONTEXT_WINDOW: usize = 12;

fn check(doc: &Document, ctx: &Context, out: &mut Vec<Diagnostic>) {
    for (i, t) in doc.tokens.iter().enumerate() {
        if t.kind != TokenKind::Ordinal {
            continue;
        }
        let word = doc.tok(i);
        let d = word.bytes().take_while(u8::is_ascii_digit).count();
        let Ok(n) = word[..d].parse::<u32>() else {
            continue;
        };
        // Context words must stand near the ordinal, within its sentence.
        let sentence = doc.sentences[doc.sentence_of(i)];
        let near = i.saturating_sub(CONTEXT_WINDOW).max(sentence.first)
            ..(i + CONTEXT_WINDOW).min(sentence.end);
        let near_span = doc.tokens[near.start]
            .span
            .cover(doc.tokens[near.end - 1].span);
        for series in ctx.knowledge.series() {
            if n <= series.max {
                continue;
            }
            let Some(last) = last_token_of(doc, i + 1, &series.words) else {
                continue;
            };
            let context = series.context.is_empty()
                || near
                    .clone()
                    .any(|j| series.context.iter().any(|c| c == doc.tok(j)))
                || series
                    .context
                    .iter()
                    .any(|c| c.contains('.') && doc.slice(near_span).contains(c.as_str()));
            if !context {
                continue;
            }
            let span = t.span.cover(doc.tokens[last].span);
            out.push(
                Diagnostic::new(
                    &ImplausibleOrdinal::META,
                    span,
                    format!(
                        "implausible ordinal \"{}\": {} go no higher than {}",
                        one_line(doc.slice(span)),
                        series.what,
                        series.max
                    ),
                )
                .label(format!("no {n}{} yet", &word[d..])),
            );
            break;
        }
    }
}

/// The last token of `words` when they start at token `i` (case-insensitive; a hyphenated word
/// spans several tokens).
fn last_token_of(doc: &Document, mut i: usize, words: &[String]) -> Option<usize> {
    let mut last = None;
    for w in words {
        // Match the word piece by piece across hyphens: "five-year" is "five", "-", "year".
        let mut rest = w.as_str();
        while !rest.is_empty() {
            if i >= doc.tokens.len() {
                return None;
            }
            let s = doc.tok(i);
            if rest.len() < s.len() || !rest[..s.len()].eq_ignore_ascii_case(s) {
                return None;
            }
            rest = &rest[s.len()..];
            last = Some(i);
            i += 1;
        }
    }
    last
}
