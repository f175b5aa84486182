use crate::data::word_size;
use crate::declare_rule;
use crate::diagnostic::Diagnostic;
use crate::document::{Document, Gap, TokenKind};
use crate::rule::Context;

declare_rule! {
    /// ## What it does
    /// Flags a lower-case word that is no word and becomes an everyday word when one letter is
    /// read the way OCR misreads it: "aud" (and), "whon" (when), "thrce" (three), "tbe" (the),
    /// "jonrney" (journey), "presont" (present). The everyday word is the fix.
    ///
    /// ## Why is this bad?
    /// Digitised newspapers and copy re-keyed from print carry these by the thousand; search,
    /// indexing and readers lose the word, and a spelling checker that does not know OCR offers
    /// the wrong correction.
    ///
    /// ## Example
    /// ```text
    /// The council met aud agreed whon the rates would fall.
    /// ```
    ///
    /// ## Use instead
    /// ```text
    /// The council met and agreed when the rates would fall.
    /// ```
    /// Only misreadings with one everyday word as their reading are flagged; words the list
    /// knows (however rare), units ("pct", "dlrs"), and forms with two readings are left alone.
    pub struct OcrMisreadWord {
        code: "T008",
        name: "ocr-misread-word",
        family: Text,
        severity: Warning,
        summary: "a lower-case non-word that is an everyday word with one letter misread",
        check: check,
    }
}

/// Letters OCR reads for others, as (written, meant).
const CONFUSIONS: &[(&str, &str)] = &[
    ("o", "e"),
    ("e", "o"),
    ("c", "e"),
    ("e", "c"),
    ("u", "n"),
    ("n", "u"),
    ("b", "h"),
    ("h", "b"),
    ("l", "i"),
    ("i", "l"),
    ("f", "t"),
    ("t", "f"),
    ("rn", "m"),
    ("m", "rn"),
    ("cl", "d"),
    ("li", "h"),
    ("ii", "u"),
    ("ii", "n"),
    ("in", "m"),
    ("ni", "m"),
];

/// Words of other languages and Latin tags that English copy uses as they are.
const NOT_ENGLISH: &[&str] = &[
    "des", "von", "der", "den", "das", "della", "delle", "dei", "du", "le", "les", "et", "vis",
    "fait", "forma", "bona", "fide", "facto", "sic", "circa", "ibid", "caf", "muso", "weh",
    "reuter", "und", "ein", "ich", "nous", "vous", "avec", "sur", "pour", "una", "uno", "tion",
];

/// The words so frequent that a rare word one misreading from them ("aud", "tbat") is taken for
/// them.
const FUNCTION_WORDS: &[&str] = &[
    "and", "the", "for", "was", "that", "with", "his", "her", "has", "had", "are", "not", "but",
    "its", "one", "our", "two", "when", "were", "from", "they", "this", "have", "been", "who",
    "which", "there", "said", "them", "then", "than", "will", "would", "their",
];

/// The frequency class a reading must have: SCOWL's everyday (35) and common (50) words.
const MAX_SIZE: u8 = 50;

fn check(doc: &Document, ctx: &Context, out: &mut Vec<Diagnostic>) {
    let k = ctx.knowledge;
    for (i, t) in doc.tokens.iter().enumerate() {
        if t.kind != TokenKind::Word || t.span.len() < 3 || t.span.len() > 20 {
            continue;
        }
        let w = doc.tok(i);
        if !w.bytes().all(|b| b.is_ascii_lowercase()) || k.is_unit(w) || k.accepted.contains(w) {
            continue;
        }
        // A word of the large list only ("aud") may still be a misreading of a function word;
        // an everyday or common word is left alone.
        let rare_word = crate::data::is_word(w);
        if rare_word && word_size(w).is_some() {
            continue;
        }
        // A part of a compound or an address ("co-op", "neo-con", "bbc.co.uk") is no word of
        // its own.
        let joiner = |j: isize| matches!(doc.tok_at(j), "-" | "." | "/" | "@" | "_");
        let prev_glued =
            t.gap == Gap::None && joiner(i as isize - 1) && doc.tokens[i - 1].gap == Gap::None;
        let next_glued =
            doc.tokens.get(i + 1).is_some_and(|n| n.gap == Gap::None) && joiner(i as isize + 1);
        if prev_glued || next_glued {
            continue;
        }
        // Half of a word broken at a line end ("Coun-" / "cil", "-ing").
        let line_break_before =
            doc.tok_at(i as isize - 1) == "-" && matches!(t.gap, Gap::Newline | Gap::Paragraph);
        let line_break_after = doc.tok_at(i as isize + 1) == "-"
            && doc.tokens.get(i + 2).is_some_and(|n| n.gap >= Gap::Newline);
        if line_break_before || line_break_after || NOT_ENGLISH.contains(&w) {
            continue;
        }
        // A typing slip ("preceeding", "deterence") is not a misreading, and its fix is another.
        if let Some(best) = reading(w)
            .filter(|_| w.len() < 6 || !typing_reading(w))
            .filter(|b| !rare_word || FUNCTION_WORDS.contains(&b.as_str()))
        {
            out.push(
                Diagnostic::new(
                    &OcrMisreadWord::META,
                    t.span,
                    format!("word \"{w}\" looks like \"{best}\" misread"),
                )
                .label("not a word: one letter read for another")
                .fix(best),
            );
        }
    }
}

/// The one everyday word `w` becomes with one misreading undone, if exactly one is the most
/// frequent.
fn reading(w: &str) -> Option<String> {
    let mut best: Option<(u8, String)> = None;
    let mut tie = false;
    for (written, meant) in CONFUSIONS {
        for (at, _) in w.match_indices(written) {
            let mut fixed = String::with_capacity(w.len() + 1);
            fixed.push_str(&w[..at]);
            fixed.push_str(meant);
            fixed.push_str(&w[at + written.len()..]);
            let Some(size) = word_size(&fixed).filter(|&s| s <= MAX_SIZE) else {
                continue;
            };
            match &best {
                Some((s, f)) if *s == size && *f != fixed => tie = true,
                Some((s, _)) if *s <= size => {}
                _ => {
                    best = Some((size, fixed));
                    tie = false;
                }
            }
        }
    }
    if tie {
        return None;
    }
    best.map(|(_, f)| f)
}

/// Whether a word the list knows is one typing slip from `w`: a letter dropped, added or two
/// swapped.
fn typing_reading(w: &str) -> bool {
    let b = w.as_bytes();
    let known = |v: &[u8]| {
        std::str::from_utf8(v).is_ok_and(|v| word_size(v).is_some_and(|s| s <= MAX_SIZE))
    };
    let mut buf: Vec<u8> = Vec::with_capacity(b.len() + 1);
    for p in 0..b.len() {
        buf.clear();
        buf.extend_from_slice(&b[..p]);
        buf.extend_from_slice(&b[p + 1..]);
        if known(&buf) {
            return true;
        }
        if p + 1 < b.len() {
            buf.clear();
            buf.extend_from_slice(b);
            buf.swap(p, p + 1);
            if known(&buf) {
                return true;
            }
        }
    }
    for p in 0..=b.len() {
        for c in b'a'..=b'z' {
            buf.clear();
            buf.extend_from_slice(&b[..p]);
            buf.push(c);
            buf.extend_from_slice(&b[p..]);
            if known(&buf) {
                return true;
            }
        }
    }
    false
}

#[cfg(test)]
mod tests {
    use super::reading;

    #[test]
    fn readings_undo_one_misreading() {
        assert_eq!(reading("aud").as_deref(), Some("and"));
        assert_eq!(reading("whon").as_deref(), Some("when"));
        assert_eq!(reading("thrce").as_deref(), Some("three"));
        assert_eq!(reading("tbe").as_deref(), Some("the"));
        assert_eq!(reading("jonrney").as_deref(), Some("journey"));
        assert_eq!(reading("xqzt"), None);
        // Typing slips have their own fix.
        assert!(super::typing_reading("preceeding"));
        assert!(super::typing_reading("deterence"));
        assert!(!super::typing_reading("presont"));
    }
}
