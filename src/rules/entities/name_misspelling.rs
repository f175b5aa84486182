use super::{occurrences, times};
use crate::declare_rule;
use crate::diagnostic::Diagnostic;
use crate::document::{Document, TokenKind};
use crate::rule::Context;
use crate::strings::is_title_case;

declare_rule! {
    /// ## What it does
    /// Flags a name written once with a letter that OCR or a tired hand mistakes for another —
    /// c for e, rn for m, u for n, i for l, z for s — when the corrected spelling is a name the
    /// story uses elsewhere ("Oatcn" beside "Mark Oaten") or a common English word
    /// ("Texas Ameriean Bank", "Strategic Industrics").
    ///
    /// ## Why is this bad?
    /// A misspelt name is a factual error: readers, search and archives lose the person or
    /// company.
    ///
    /// ## Example
    /// ```text
    /// Lib Dem home affairs spokesman Mark Oaten said ... Mr Oatcn added.
    /// ```
    ///
    /// ## Use instead
    /// ```text
    /// Lib Dem home affairs spokesman Mark Oaten said ... Mr Oaten added.
    /// ```
    /// Names the story repeats in the same form, and names that are words or known names as
    /// written, are left alone.
    pub struct NameMisspelling {
        code: "E002",
        name: "name-misspelling",
        family: Entities,
        severity: Warning,
        summary: "a name written once with a letter misread, beside its right spelling",
        check: check,
    }
}

/// Misreadings as (written, meant): what OCR and typists put for what.
const CONFUSIONS: &[(&str, &str)] = &[
    ("c", "e"),
    ("e", "c"),
    ("u", "n"),
    ("n", "u"),
    ("o", "a"),
    ("a", "o"),
    ("i", "l"),
    ("l", "i"),
    ("z", "s"),
    ("f", "t"),
    ("b", "h"),
    ("v", "y"),
    ("rn", "m"),
    ("ii", "il"),
    ("ee", "ce"),
];

/// Spellings one misreading away from `word`.
fn corrections(word: &str) -> Vec<String> {
    let mut out = Vec::new();
    for (written, meant) in CONFUSIONS {
        // Not the first letter: a capital is read reliably.
        for (at, _) in word.match_indices(written).filter(|(at, _)| *at > 0) {
            let mut fixed = String::with_capacity(word.len() + 1);
            fixed.push_str(&word[..at]);
            fixed.push_str(meant);
            fixed.push_str(&word[at + written.len()..]);
            out.push(fixed);
        }
    }
    out
}

/// A capitalised common word: "Industries", "Portable" (its lower-case form is an English word).
fn is_common_word(word: &str) -> bool {
    is_title_case(word) && crate::data::WORDS.contains(word.to_lowercase().as_str())
}

fn check(doc: &Document, ctx: &Context, out: &mut Vec<Diagnostic>) {
    let k = ctx.knowledge;
    for (&word, uses) in &doc.mentions.words {
        if uses.len() != 1 || word.chars().count() < 4 || !word.is_ascii() || k.is_known_name(word)
        {
            continue;
        }
        let i = uses[0];
        if doc.tokens[i].kind != TokenKind::Word || word.contains('\'') {
            continue;
        }
        // Prefer a spelling the story itself uses; else a known word or name.
        let mut in_story: Option<(String, usize, usize)> = None;
        let mut known: Option<String> = None;
        for fixed in corrections(word) {
            let (n, first) = occurrences(doc, &fixed);
            // Two names written once each ("Khamenei", "Khomenei") may be two people.
            if let Some(first) = first.filter(|_| n >= 2) {
                if in_story.as_ref().is_none_or(|(_, m, _)| n > *m) {
                    in_story = Some((fixed, n, first));
                }
            } else if known.is_none() && word.len() >= 5 && is_common_word(&fixed) {
                known = Some(fixed);
            }
        }
        let d = if let Some((fixed, n, first)) = in_story {
            Diagnostic::new(
                &NameMisspelling::META,
                doc.tokens[i].span,
                format!("name \"{word}\" looks like a misreading of \"{fixed}\", written {} in this story", times(n)),
            )
            .label("written this way once")
            .evidence(doc.tokens[first].span, format!("\"{fixed}\" here"))
            .fix(fixed)
        } else if let Some(fixed) = known {
            Diagnostic::new(
                &NameMisspelling::META,
                doc.tokens[i].span,
                format!("name \"{word}\" looks like a misreading of \"{fixed}\""),
            )
            .label("not a known name or word")
            .fix(fixed)
        } else {
            continue;
        };
        out.push(d);
    }
}

#[cfg(test)]
mod tests {
    use super::corrections;

    #[test]
    fn corrections_undo_one_misreading() {
        assert!(corrections("Oatcn").contains(&"Oaten".to_string()));
        assert!(corrections("Dorne").contains(&"Dome".to_string()));
        assert!(corrections("Stonley").contains(&"Stanley".to_string()));
        assert!(!corrections("Cat").contains(&"Eat".to_string()));
    }
}
