use super::times;
use crate::declare_rule;
use crate::diagnostic::Diagnostic;
use crate::document::Document;
use crate::mentions::Institution;
use crate::rule::Context;
use crate::strings::one_line;
use rustc_hash::FxHashMap as HashMap;

declare_rule! {
    /// ## What it does
    /// Flags an institution named once in a form that differs by one word from a name the story
    /// uses more often, when that word is a generic one ("National", "People's", "Central",
    /// "General"): "Chinese People's University" in a story about the "Chinese National
    /// University", "Normal Bank" beside "Central Bank"; or named again with its head made
    /// plural ("Arden Group" ... "Arden Groups said").
    ///
    /// ## Why is this bad?
    /// The reader cannot tell whether a second institution is meant. Machine translation renders
    /// one name several ways; rewrites and templates swap modifiers.
    ///
    /// ## Example
    /// ```text
    /// ... jointly sponsored by the Chinese National University ... Zhang Donggang, Secretary of
    /// the Party Committee of the Chinese People's University ...
    /// ```
    ///
    /// ## Use instead
    /// ```text
    /// ... jointly sponsored by the Chinese National University ... Zhang Donggang, Secretary of
    /// the Party Committee of the Chinese National University ...
    /// ```
    /// Shorter forms ("the Chinese University") and different real institutions ("Bank of
    /// England" and "Bank of Japan", "University of Oxford" and "University of Cambridge") are
    /// left alone: places are not generic words. The evidence must be one of: a distinctive
    /// word of both names at the same place ("Chinese ... University"); a generic word for a
    /// proper one ("Imperial Group" for "Dixons Group") when the proper name comes twice, or
    /// once before in the same bare two-word form ("the World Bank" ... "a Normal Bank
    /// spokesman"); or, for public bodies, one generic word for another when the usual name came
    /// twice before. Heads of which stories often name several ("Airlines", "Corp", "Party",
    /// "Committee"; `rules/institution-heads.txt`) need the stronger evidence.
    pub struct InstitutionVariant {
        code: "E003",
        name: "institution-variant",
        family: Entities,
        severity: Warning,
        summary: "an institution named once with one word changed from its usual name",
        check: check,
    }
}

/// Name pairs compared per document: real stories stay far below this; a pathological one (a
/// megabyte of bank names) stops here instead of comparing every pair.
const MAX_COMPARISONS: usize = 200_000;

fn check(doc: &Document, ctx: &Context, out: &mut Vec<Diagnostic>) {
    made_plural(doc, out);
    let k = ctx.knowledge;
    let insts = &doc.mentions.institutions;
    let mut by_key: HashMap<String, Vec<&Institution>> = HashMap::default();
    for inst in insts {
        by_key.entry(inst.key()).or_default().push(inst);
    }
    // Names that differ by one word swapped share their other words: index each name under
    // its words with one left out, and compare only names that meet there.
    let block = |words: &[&str], skip: &str| -> String {
        let mut rest: Vec<&str> = words.iter().copied().filter(|w| *w != skip).collect();
        rest.sort_unstable();
        rest.dedup();
        rest.join("\u{1}")
    };
    let mut blocks: HashMap<String, Vec<&String>> = HashMap::default();
    for (key, forms) in &by_key {
        let words = &forms[0].words;
        for (p, w) in words.iter().enumerate() {
            if !words[..p].contains(w) {
                blocks.entry(block(words, w)).or_default().push(key);
            }
        }
    }
    let mut budget = MAX_COMPARISONS;
    for (key, forms) in &by_key {
        if forms.len() != 1 {
            continue;
        }
        let odd = forms[0];
        // A unit of the owner named before it ("Cyclops' Industrial Group") is no other name
        // for anything.
        if after_possessive(doc, odd.span) {
            continue;
        }
        // The usual form: same head, used more often, differing by one word swapped.
        let mut best: Option<(&String, &Vec<&Institution>)> = None;
        let candidates = odd
            .words
            .iter()
            .filter_map(|w| blocks.get(&block(&odd.words, w)))
            .flatten();
        for other_key in candidates {
            if budget == 0 {
                return;
            }
            budget -= 1;
            let other = &by_key[*other_key];
            if *other_key == key
                || (other.len() < 2 && other[0].span.start > odd.span.start)
                // Named side by side, both are meant ("the Interim Committee and Development
                // Committee"): the uses next to it on either side, the list in text order.
                || {
                    let at = other.partition_point(|u| u.span.start < odd.span.start);
                    other[at.saturating_sub(1)..(at + 1).min(other.len())]
                        .iter()
                        .any(|u| coordinated(doc, u.span, odd.span))
                }
            {
                continue;
            }
            if other[0].head != odd.head {
                // One body called by another word for what it is: "National Electoral
                // Institute" ... "National Electoral Council".
                if other[0].span.start < odd.span.start && synonym_heads(k, odd, other[0]) {
                    best = Some((other_key, other));
                }
                continue;
            }
            if other.len() < forms.len() {
                continue;
            }
            let (mine, theirs) = difference(&odd.words, &other[0].words);
            let ([a], [b]) = (mine.as_slice(), theirs.as_slice()) else {
                continue;
            };
            // One word for another, not one form of a word for another ("Bank of American").
            if *a == odd.head || *b == odd.head || a.starts_with(b) || b.starts_with(a) {
                continue;
            }
            let usual = other[0];
            let several = crate::knowledge::is_several_head(odd.head);
            // "X Head" and "Y Head", nothing else: the names differ by that word alone.
            let bare = |i: &Institution| i.words.len() == 2 && i.own == 2 && i.words[1] == i.head;
            // A place that owns the name is a place of it too ("Germany's Constitutional Court"
            // and the "Federal Constitutional Court" are one body).
            let owner_place = |w: &str| {
                let base = super::institution_word::strip_possessive(w);
                base.len() < w.len() && k.is_place(base)
            };
            // Evidence that one institution is meant: a distinctive word of the name's own part
            // at the same place in both ("Chinese National University" / "Chinese People's
            // University"; not "United Overseas Bank" / "Overseas Union Bank", nor "Vista Bank of
            // Volusia County" / "Central Bank of Volusia County")...
            let shared_distinctive = odd.words[..odd.own]
                .iter()
                .enumerate()
                .any(|(p, w)| {
                    usual.words[..usual.own].get(p) == Some(w)
                        && !k.is_institution_head(w)
                        && !k.is_place(w)
                        // "Saudi" (of "Saudi Arabia") in "Saudi American Bank" and "Saudi
                        // International Bank" says where both are, not which; "Chinese" of
                        // "Chinese National University" and "Chinese People's University" is
                        // the name's own.
                        && k.two_word_places(w).is_empty()
                })
                // ... and the swapped word is no place of the name's own ("London Stock
                // Exchange" and "International Stock Exchange" are two names of one real body).
                && ![(a, odd), (b, usual)]
                    .iter()
                    .any(|(w, i)| {
                        (k.is_place(w) || owner_place(w)) && i.words[..i.own].contains(w)
                    });
            // ... or a generic word in place of a proper one ("Imperial Group" for "Dixons
            // Group") in a story that names the proper one twice, or once before in the same
            // bare form ...
            let generic_for_proper = k.is_generic_modifier(a)
                && !k.is_generic_modifier(b)
                && !k.is_place(b)
                && !owner_place(b)
                // "African Union" and "European Union" are two bodies.
                && !is_demonym(k, b)
                // The two words play one part: both modify the head ("European Council" is not
                // "Council of Ministers" with a word changed).
                && odd.words[..odd.own].contains(a)
                && usual.words[..usual.own].contains(b)
                && (other.len() >= 2
                    || (!several
                        && usual.span.start < odd.span.start
                        && bare(odd)
                        && bare(usual)));
            let generic = k.is_generic_modifier(a) || k.is_generic_modifier(b);
            // ... or two bare names of a public body with a generic word each ("the Central
            // Bank" ... "the American Bank"), the usual one named at least twice before.
            let bare_generic_pair = !several
                && k.is_generic_modifier(a)
                && k.is_generic_modifier(b)
                && bare(odd)
                && bare(usual)
                && other.len() >= 2
                && other[1].span.start < odd.span.start;
            if !(generic_for_proper
                || bare_generic_pair
                || (generic && shared_distinctive && !several))
            {
                continue;
            }
            if best.is_none_or(|(bk, bv)| (other.len(), bk) > (bv.len(), other_key)) {
                best = Some((other_key, other));
            }
        }
        let Some((usual, uses)) = best else {
            continue;
        };
        // Nor is a body the story also names by its own name alone, unless that is a short form
        // of the usual name: "Continental Bank of Canada" ... "Continental Bank" beside "Lloyds
        // Bank Canada"; not "Chinese University of China" ... "the Chinese University" beside
        // "Chinese National University".
        let own_name = &odd.words[..odd.own];
        if odd.own < odd.words.len()
            && by_key.contains_key(&own_name.join(" "))
            && !own_name.iter().all(|w| uses[0].words.contains(w))
        {
            continue;
        }

        let odd_text = one_line(doc.slice(odd.span));
        let usual_text = one_line(doc.slice(uses[0].span));
        out.push(
            Diagnostic::new(
                &InstitutionVariant::META,
                odd.span,
                format!("institution \"{odd_text}\" looks like another name for \"{usual_text}\""),
            )
            .label("named this way once")
            .evidence(
                uses[0].span,
                match uses.len() {
                    1 => "named this way once, here".to_string(),
                    n => format!("named this way {}, first here", times(n)),
                },
            )
            .help(format!(
                "use one name throughout; \"{usual}\" is the usual form here"
            )),
        );
    }
}

/// Heads that name one kind of body, which writers use for each other: a name that differs
/// from the story's usual one only by a head of the same group is that body misnamed. Not
/// "Ministry"/"Department" (a story names the US Commerce Department and Japan's Commerce
/// Ministry) nor "Authority", which bodies are renamed to ("Saudi Arabian Monetary Agency").
pub(super) const HEAD_SYNONYMS: &[&[&str]] = &[
    &["Agency", "Administration"],
    &["Council", "Institute", "Commission", "Committee", "Board"],
    &["Organization", "Organisation", "Association", "Federation"],
];

/// Two names with the same words before heads of one group, and a distinctive word among them:
/// "China National Space Administration" and "China National Space Agency"; not "European
/// Commission" and "European Council" (two bodies, nothing distinctive), nor "National
/// Security Council" and "National Security Agency" (heads of two groups).
fn synonym_heads(k: &crate::knowledge::Knowledge, odd: &Institution, usual: &Institution) -> bool {
    let group = |h: &str| HEAD_SYNONYMS.iter().position(|g| g.contains(&h));
    let (n, own) = (odd.words.len(), odd.own);
    if n != usual.words.len()
        || own != usual.own
        || own < 2
        || odd.words[own - 1] != odd.head
        || usual.words[own - 1] != usual.head
        || group(odd.head).is_none()
        || group(odd.head) != group(usual.head)
        || super::institution_word::spelling_variants(odd.head, usual.head)
    {
        return false;
    }
    let same = (0..n).all(|p| p == own - 1 || odd.words[p] == usual.words[p]);
    let distinctive = odd.words[..own - 1].iter().any(|w| {
        !k.is_generic_modifier(w)
            && !k.is_place(w)
            && !is_demonym(k, w)
            && !k.is_institution_head(w)
    });
    same && distinctive
}

/// Whether the text before `span` ends in a possessive ("Cyclops'", "the company's").
fn after_possessive(doc: &Document, span: crate::span::Span) -> bool {
    let before = doc.text[..span.start as usize].trim_end();
    ["'s", "s'", "\u{2019}s", "s\u{2019}"]
        .iter()
        .any(|p| before.ends_with(p))
}

/// Whether two names stand side by side in a list: only "and", "or", a comma or an ampersand
/// between them, with or without "the".
fn coordinated(doc: &Document, a: crate::span::Span, b: crate::span::Span) -> bool {
    let (first, second) = if a.start < b.start { (a, b) } else { (b, a) };
    let Some(gap) = doc.text.get(first.end as usize..second.start as usize) else {
        return false;
    };
    let gap = gap.trim();
    let gap = gap.strip_suffix("the").map_or(gap, str::trim_end);
    matches!(gap, "and" | "or" | "," | "&" | ", and" | ", or")
}

/// One institution the story names, named again with a word made plural: "Finance Ministry"
/// ... "the Finance Ministries said", "Arden Group" ... "Arden Groups said". Lists and counts
/// of several bodies ("the Agriculture and Commerce Departments", "12 Federal Reserve Banks")
/// and well-known names (E006 reads those alone) are left alone.
fn made_plural(doc: &Document, out: &mut Vec<Diagnostic>) {
    use super::known_institution::{before_of, is_known, plural_forms, several};
    let toks = &doc.tokens;
    let mut flagged: Vec<usize> = Vec::new();
    for inst in &doc.mentions.institutions {
        if is_known(&inst.key()) {
            continue;
        }
        let first = toks.partition_point(|t| t.span.start < inst.span.start);
        let mut last = toks.partition_point(|t| t.span.end <= inst.span.end);
        // "Arden Group Inc" ... "Arden Groups said": the legal form is no part of the match.
        if last >= first + 3 && super::institution_word::COMPANY_FORMS.contains(&doc.tok(last - 1))
        {
            last -= 1;
        }
        if first >= last {
            continue;
        }
        let len = last - first;
        for q in 0..len {
            let word = doc.tok(first + q);
            // The head made plural: "Groups", "Ministries"; not a word a real name may have
            // either way ("Disasters Emergency Committee").
            if !toks[first + q].is_title()
                || word.len() < 3
                || !crate::knowledge::is_institution_head(word)
            {
                continue;
            }
            for plural in plural_forms(word) {
                let Some(uses) = doc.mentions.words.get(plural.as_str()) else {
                    continue;
                };
                for &u in uses {
                    let Some(start) = u.checked_sub(q).filter(|s| s + len <= toks.len()) else {
                        continue;
                    };
                    let same = (0..len).all(|j| j == q || doc.tok(start + j) == doc.tok(first + j));
                    if !same || doc.tok(u) != plural || several(doc, start, start + len - 1) {
                        continue;
                    }
                    if q + 1 == len && before_of(doc, u) {
                        continue;
                    }
                    // A longer name is another body ("Australian Universities Rugby Union"
                    // beside "University Rugby Union").
                    let name_word =
                        |j: isize| doc.is_title_at(j) && !doc.tokens[j as usize].starts_sentence();
                    let extends =
                        |j: isize, k: isize| name_word(j) && doc.tok_at(j) != doc.tok_at(k);
                    if extends(start as isize - 1, first as isize - 1)
                        || extends((start + len) as isize, last as isize)
                    {
                        continue;
                    }
                    if flagged.contains(&u) {
                        continue;
                    }
                    flagged.push(u);
                    let written =
                        one_line(doc.slice(toks[start].span.cover(toks[start + len - 1].span)));
                    let usual = one_line(doc.slice(inst.span));
                    out.push(
                        Diagnostic::new(
                            &InstitutionVariant::META,
                            toks[u].span,
                            format!("institution \"{written}\" is one body: the \"{usual}\" named elsewhere"),
                        )
                        .label(format!("made plural: the story's name has \"{word}\""))
                        .evidence(inst.span, format!("\"{usual}\" here"))
                        .fix(word.to_string()),
                    );
                }
            }
        }
    }
}

/// Words of `a` missing from `b`, and of `b` missing from `a`.
fn difference<'w>(a: &[&'w str], b: &[&'w str]) -> (Vec<&'w str>, Vec<&'w str>) {
    let only_a = a.iter().filter(|w| !b.contains(w)).copied().collect();
    let only_b = b.iter().filter(|w| !a.contains(w)).copied().collect();
    (only_a, only_b)
}

/// A word naming the people of a place: "African", "Kenyan", "Chinese", "Italian".
pub(super) fn is_demonym(k: &crate::knowledge::Knowledge, w: &str) -> bool {
    ["n", "an", "ian", "ese", "ish", "i"].iter().any(|suffix| {
        w.strip_suffix(suffix).is_some_and(|stem| {
            !stem.is_empty()
                && ["", "a", "e", "o", "y"]
                    .iter()
                    .any(|end| k.is_place(&format!("{stem}{end}")))
        })
    })
}
