//! Mentions of names, collected once per document: capitalised words, hyphenated compounds
//! ("Shaanxi-Gansu-Ningxia") and institution names ("Chinese National University", "Bank of
//! England"). Entity and pronoun rules read these instead of scanning tokens again.

use crate::document::{Document, Gap, TokenKind};
use crate::knowledge::is_institution_head;
use crate::span::Span;
use rustc_hash::FxHashMap as HashMap;

/// An institution name: a run of capitalised words holding a head word.
#[derive(Clone, Debug)]
pub struct Institution<'a> {
    pub span: Span,
    /// Content words in order, without "of", "for", "the".
    pub words: Vec<&'a str>,
    /// How many of `words` are the name's own, before an "of"/"for" complement ("Bank" in
    /// "Bank of England").
    pub own: usize,
    pub head: &'a str,
}

impl Institution<'_> {
    /// The words as one key: "Chinese National University".
    pub fn key(&self) -> String {
        self.words.join(" ")
    }
}

#[derive(Default, Debug)]
pub struct Mentions<'a> {
    /// Title-case words ("Ningbo", "People"), by spelling without a possessive "'s", with their
    /// token indices.
    pub words: HashMap<&'a str, Vec<usize>>,
    /// Hyphenated compounds of Title-case parts: the token index of each part.
    pub compounds: Vec<Vec<usize>>,
    pub institutions: Vec<Institution<'a>>,
}

/// Words that open a sentence or a clause but never a name.
static NOT_NAME_START: crate::strings::WordSet = crate::strings::WordSet::new(&[
    "The",
    "A",
    "An",
    "In",
    "On",
    "At",
    "For",
    "But",
    "And",
    "Its",
    "His",
    "Her",
    "Their",
    "This",
    "That",
    "These",
    "Those",
    "It",
    "He",
    "She",
    "They",
    "We",
    "Mr",
    "Mrs",
    "Ms",
    "Dr",
    "As",
    "By",
    "From",
    "With",
    "After",
    "Before",
    "If",
    "When",
    "While",
    "Under",
    "Over",
    "Of",
    "To",
    "Our",
    "One",
    "Two",
    "Three",
    "Four",
    "Five",
    "Six",
    "Seven",
    "Eight",
    "Nine",
    "Ten",
    "Some",
    "Many",
    "Several",
    "Both",
    "Each",
    "Every",
    "Other",
    "Such",
    "Most",
    "Only",
    "Also",
    "Last",
    "Next",
    "Earlier",
    "Later",
    "Meanwhile",
    "However",
    "Yesterday",
    "Today",
    "Now",
    "Then",
    "So",
    "Both",
    "Since",
    "Until",
    "Unlike",
    "Like",
    "Despite",
    "Although",
    "Though",
    "Because",
    "Why",
    "How",
]);

impl<'a> Mentions<'a> {
    pub fn collect(doc: &Document<'a>) -> Mentions<'a> {
        let text: &'a str = doc.text;
        let toks = &doc.tokens;
        let word = |i: usize| -> &'a str { &text[toks[i].span.range()] };
        let mut m = Mentions {
            words: HashMap::with_capacity_and_hasher(toks.len() / 8, Default::default()),
            ..Default::default()
        };
        for (i, t) in toks.iter().enumerate() {
            let w = word(i);
            if t.is_title() {
                // "China's" counts as "China".
                let base = w
                    .strip_suffix("'s")
                    .or_else(|| w.strip_suffix("’s"))
                    .unwrap_or(w);
                m.words.entry(base).or_default().push(i);
            }
        }
        // Hyphenated compounds: A-B(-C...), every part Title-case.
        let glued = |i: usize| toks.get(i).is_some_and(|t| t.gap == Gap::None);
        let joined = |j: usize| {
            toks[j].kind == TokenKind::Word
                && toks[j].is_title()
                && j + 2 < toks.len()
                && word(j + 1) == "-"
                && glued(j + 1)
                && glued(j + 2)
                && toks[j + 2].kind == TokenKind::Word
                && toks[j + 2].is_title()
        };
        let mut i = 0;
        while i < toks.len() {
            if !joined(i) {
                i += 1;
                continue;
            }
            let mut parts = vec![i];
            let mut j = i;
            while joined(j) {
                j += 2;
                parts.push(j);
            }
            m.compounds.push(parts);
            i = j + 1;
        }
        m.institutions = institutions(doc);
        m
    }
}

/// Runs of capitalised words joined by "of", "for" or "of the" that hold a head word.
fn institutions<'a>(doc: &Document<'a>) -> Vec<Institution<'a>> {
    let text: &'a str = doc.text;
    let toks = &doc.tokens;
    let n = toks.len();
    let mut out = Vec::new();
    let mut words: Vec<&'a str> = Vec::new();
    let mut complement: Vec<&'a str> = Vec::new();
    let mut i = 0;
    // A name word: Title case, possibly hyphenated ("All-China"): returns the index past it.
    let name_word = |i: usize| -> Option<usize> {
        if i >= n || !toks[i].is_title() {
            return None;
        }
        let mut j = i + 1;
        while j + 1 < n
            && doc.tok(j) == "-"
            && toks[j].gap == Gap::None
            && toks[j + 1].gap == Gap::None
            && toks[j + 1].kind == TokenKind::Word
        {
            j += 2;
        }
        Some(j)
    };
    while i < n {
        let Some(mut end) = name_word(i) else {
            i += 1;
            continue;
        };
        let start = i;
        if NOT_NAME_START.contains(doc.tok(i)) {
            i = end;
            continue;
        }
        // One buffer for every run of capitalised words; a name takes it with it.
        words.clear();
        words.push(&text[toks[start].span.start as usize..toks[end - 1].span.end as usize]);
        // How many words come before an "of"/"for" complement: the head is the last head word
        // among them ("Party Committee", "Bank of England").
        let mut own: Option<usize> = None;
        loop {
            // Another name word on the same line, or "of"/"for"/"of the" and a name word.
            if end < n && toks[end].gap <= Gap::Newline {
                if let Some(e) = name_word(end) {
                    words.push(&text[toks[end].span.start as usize..toks[e - 1].span.end as usize]);
                    end = e;
                    continue;
                }
                let w = &text[toks[end].span.range()];
                if matches!(w, "of" | "for") {
                    let mut k = end + 1;
                    if k < n && &text[toks[k].span.range()] == "the" {
                        k += 1;
                    }
                    // "Bank of England" is one name; "Committee of the Chinese National
                    // University" is two: a complement with its own head starts a new name.
                    complement.clear();
                    let mut e = k;
                    while let Some(next) =
                        name_word(e).filter(|_| e == k || toks[e].gap <= Gap::Newline)
                    {
                        complement.push(
                            &text[toks[e].span.start as usize..toks[next - 1].span.end as usize],
                        );
                        e = next;
                    }
                    let has_head = complement.iter().any(|w| is_institution_head(w));
                    let both_named = has_head && words.iter().any(|w| is_institution_head(w));
                    if !complement.is_empty() && !both_named {
                        own.get_or_insert(words.len());
                        words.append(&mut complement);
                        end = e;
                        continue;
                    }
                }
            }
            break;
        }
        let own = own.unwrap_or(words.len());
        if let Some(head) = words[..own]
            .iter()
            .rev()
            .copied()
            .find(|w| is_institution_head(w))
            .or_else(|| words.iter().copied().find(|w| is_institution_head(w)))
            && words.len() >= 2
        {
            out.push(Institution {
                span: toks[start].span.cover(toks[end - 1].span),
                words: std::mem::take(&mut words),
                own,
                head,
            });
        }
        i = end;
    }
    out
}

#[cfg(test)]
mod tests {
    use crate::document::Document;

    #[test]
    fn a_token_is_inside_an_institution_as_a_scan_of_them_all_says() {
        let doc = Document::parse(
            "The Bank of England and the Federal Reserve Board met. Officials of the \
             International Monetary Fund said the World Bank, the Asian Development Bank and \
             Mr Smith agreed.",
        );
        assert!(doc.mentions.institutions.len() >= 4);
        for (i, t) in doc.tokens.iter().enumerate() {
            let scan = doc
                .mentions
                .institutions
                .iter()
                .any(|m| m.span.start <= t.span.start && t.span.end <= m.span.end);
            assert_eq!(doc.in_institution(i), scan, "token {:?}", doc.tok(i));
        }
    }

    #[test]
    fn institutions_and_compounds() {
        let doc = Document::parse(
            "The seminar of the China Institute of Labor Relations and the Chinese National University \
             in the Shaanxi-Gansu-Ningxia Border Region met the Bank of England.",
        );
        let keys: Vec<String> = doc.mentions.institutions.iter().map(|i| i.key()).collect();
        assert_eq!(
            keys,
            vec![
                "China Institute Labor Relations",
                "Chinese National University",
                "Bank England"
            ]
        );
        assert_eq!(doc.mentions.compounds.len(), 1);
        assert_eq!(doc.mentions.compounds[0].len(), 3);
        let doc = Document::parse(
            "Secretary of the Party Committee of the Chinese People's University said",
        );
        let keys: Vec<String> = doc.mentions.institutions.iter().map(|i| i.key()).collect();
        assert_eq!(
            keys,
            vec!["Secretary Party Committee", "Chinese People's University"]
        );
    }
}
