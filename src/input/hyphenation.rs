//! Words broken across a line end by the typesetter ("Coun-\ncil", "Singa-\npore"): joined into
//! one word for every rule, while spans still cover the original bytes ("Coun-\ncil"). A break
//! between two words that are words on their own ("well-\nknown") is a real hyphen and stays.

use super::map::{Builder, OffsetMap, Source};

fn is_letter(c: char) -> bool {
    c.is_alphabetic()
}

/// The text with line-end breaks joined, and its map; `None` when nothing was joined.
pub fn join(text: &str) -> Option<(String, OffsetMap)> {
    let b = text.as_bytes();
    let src = Source::raw(text);
    let mut out: Option<Builder> = None;
    let mut copied = 0;
    let mut from = 0;
    while let Some(k) = memchr::memmem::find(&b[from..], b"-\n").map(|k| from + k) {
        from = k + 2;
        // The word before the hyphen: letters only, not itself the end of a compound.
        let left_start = text[..k]
            .char_indices()
            .rev()
            .take_while(|&(_, c)| is_letter(c))
            .last()
            .map_or(k, |(i, _)| i);
        let left = &text[left_start..k];
        if left.chars().count() < 2
            || text[..left_start].ends_with(['-', '\'', '’'])
            || text[..left_start]
                .chars()
                .next_back()
                .is_some_and(char::is_alphanumeric)
        {
            continue;
        }
        // The rest of the word on the next line, after any indentation.
        let mut r = k + 2;
        while r < b.len() && (b[r] == b' ' || b[r] == b'\t') {
            r += 1;
        }
        let right_end = text[r..]
            .char_indices()
            .find(|&(_, c)| !is_letter(c))
            .map_or(text.len(), |(i, _)| r + i);
        let right = &text[r..right_end];
        if right.chars().count() < 2 || !right.chars().next().is_some_and(char::is_lowercase) {
            continue;
        }
        let joined = format!("{left}{right}");
        let keep_hyphen = !crate::data::is_word(&joined)
            && crate::data::is_word(left)
            && crate::data::is_word(right);
        if keep_hyphen {
            continue;
        }
        let o = out.get_or_insert_with(|| Builder::with_capacity(text.len()));
        o.copy(&src, copied..k);
        copied = r;
    }
    let mut o = out?;
    o.copy(&src, copied..text.len());
    Some(o.finish())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::span::Span;

    #[test]
    fn joins_broken_words_and_keeps_compounds() {
        let raw = "The Coun-\ncil met in Singa-\n  pore on a well-\nknown day, state-of-\nthe-art.";
        let (text, map) = join(raw).expect("joined");
        assert_eq!(
            text,
            "The Council met in Singapore on a well-\nknown day, state-of-\nthe-art."
        );
        let at = text.find("Singapore").unwrap();
        let span = map.span(Span::new(at, at + "Singapore".len()));
        assert_eq!(&raw[span.range()], "Singa-\n  pore");
        assert!(join("No breaks here.\nNone.").is_none());
        // A dash at a line end before a capital, or a figure, is no broken word.
        assert!(join("The vote -\nLondon, and 1990-\n91.").is_none());
    }
}
