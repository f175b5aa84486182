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

/// Whether two numbers are written with the same digits in another order: 39 and 93.
fn same_digits(a: u32, b: u32) -> bool {
    let digits = |n: u32| {
        let mut d: Vec<u8> = n.to_string().into_bytes();
        d.sort_unstable();
        d
    };
    a != b && digits(a) == digits(b)
}

/// Whether a context word of `series` stands near token `i`, within its sentence.
fn has_context(doc: &Document, i: usize, series: &crate::knowledge::Series) -> bool {
    let sentence = doc.sentences[doc.sentence_of(i)];
    let near = i.saturating_sub(CONTEXT_WINDOW).max(sentence.first)
        ..(i + CONTEXT_WINDOW).min(sentence.end);
    let near_span = doc.tokens[near.start]
        .span
        .cover(doc.tokens[near.end - 1].span);
    series.context.is_empty()
        || near
            .clone()
            .any(|j| series.context.iter().any(|c| c == doc.tok(j)))
        || series
            .context
            .iter()
            .any(|c| c.contains('.') && doc.slice(near_span).contains(c.as_str()))
}

fn check(doc: &Document, ctx: &Context, out: &mut Vec<Diagnostic>) {
    let all: Vec<&crate::knowledge::Series> = ctx.knowledge.series().collect();
    // Ordinals with each series whose words follow them: number, series, the series' last
    // token.
    let mut found: Vec<(usize, u32, usize, usize)> = Vec::new();
    for (i, t) in doc.tokens.iter().enumerate() {
        if t.kind != TokenKind::Ordinal {
            continue;
        }
        let word = doc.tok(i);
        let d = word.bytes().take_while(u8::is_ascii_digit).count();
        let Ok(n) = word[..d].parse::<u32>() else {
            continue;
        };
        for (s, series) in all.iter().enumerate() {
            if let Some(last) = last_token_of(doc, i + 1, &series.words) {
                found.push((i, n, s, last));
            } else if apposed(doc, i, &series.words) {
                found.push((i, n, s, i));
            }
        }
    }
    let mut flagged = usize::MAX;
    for &(i, n, s, last) in &found {
        let series = all[s];
        if n <= series.max || flagged == i {
            continue;
        }
        // The context stands near the ordinal, or near a plausible one of the same series
        // elsewhere in the story that this one transposes ("the 39th president of the United
        // States" ... "the 93rd president").
        let other = found.iter().find(|&&(j, m, s2, _)| {
            all[s2].what == series.what
                && m <= series.max
                && same_digits(m, n)
                && has_context(doc, j, all[s2])
        });
        if !has_context(doc, i, series) && other.is_none() {
            continue;
        }
        let word = doc.tok(i);
        let d = word.bytes().take_while(u8::is_ascii_digit).count();
        let span = doc.tokens[i].span.cover(doc.tokens[last].span);
        let mut diag = Diagnostic::new(
            &ImplausibleOrdinal::META,
            span,
            format!(
                "implausible ordinal \"{}\": {} go no higher than {}",
                one_line(doc.slice(span)),
                series.what,
                series.max
            ),
        )
        .label(format!("no {n}{} yet", &word[d..]));
        if let Some(&(j, _, _, jl)) = other {
            let ospan = doc.tokens[j].span.cover(doc.tokens[jl].span);
            diag = diag
                .evidence(ospan, "the same series here")
                .help(format!("the digits of \"{}\" swapped?", doc.tok(j)));
        }
        out.push(diag);
        flagged = i;
    }
}

/// Whether the series' words stand before the ordinal, set off by a comma: "The new
/// parliament, the 84th since Federation".
fn apposed(doc: &Document, i: usize, words: &[String]) -> bool {
    let n = words.len();
    i >= n + 2
        && doc.tok(i - 1).eq_ignore_ascii_case("the")
        && doc.tok(i - 2) == ","
        && words.iter().all(|w| !w.contains('-'))
        && last_token_of(doc, i - 2 - n, words) == Some(i - 3)
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
