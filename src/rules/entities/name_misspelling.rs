use super::{occurrences, times};
use crate::declare_rule;
use crate::diagnostic::Diagnostic;
use crate::document::{Document, Gap, TokenKind};
use crate::rule::Context;
use crate::strings::{is_title_case, replace_at};
use rustc_hash::FxHashMap as HashMap;

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
    /// written, are left alone. With no other spelling in the story, the corrected one must be
    /// an everyday word (SCOWL's size-35 lists), a common name (size 50) or a country, region or
    /// big city — not a rare word a letter away from a real name ("Samey" for "Sarney") — and an
    /// o/a or i/l swap must also leave letter runs no known word or name has ("Tactlcal",
    /// "Communlty"), measured by a letter-trigram model of the word lists; a well-known name on
    /// the other side does without, but not beside a capitalised word no list knows ("Strade
    /// Bianche", a name in another language, is not "Blanche" misread). An everyday word the
    /// story uses in lower case counts as in the story ("Lookout Softwore" beside "software").
    /// In a name made of everyday words, not a person's ("Task Foree", "National Lattery"), a
    /// misreading of a frequent word (wordfreq) is flagged however the two spell. A surname of
    /// the US list or a given name of a thousand births or more is flagged when the written
    /// form has letter runs no name has ("Kowalskl", "Hnghes").
    /// A name no English text writes (wordfreq's list, down to once in a hundred million words)
    /// one misreading from a name that text does write is flagged with nothing else to go on
    /// ("Viktor Plnchuk": "Pinchuk"), unless a typing slip reads it as a commoner word ("Coutr":
    /// "Court"), the word is short and its reading rare, or the swap is one names make on
    /// their own (a vowel for a vowel, -ez for -es) where a surname stands; a written form that
    /// text does write ("Marat Safin") is taken as written.
    /// Where a given name stands, before a surname or an initial, a written form no English
    /// text has that reads as a common given name (30,000 US births or more) with a capital or
    /// one letter misread, or two of six letters or more, is flagged each time it is written
    /// ("Tohn Smith", "Wnltor Keats"), unless two names read as well.
    /// A house name that looks like a misreading goes into the configuration's `accepted` list.
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
    ("j", "y"),
    ("o", "e"),
    ("e", "o"),
    ("i", "r"),
    ("rn", "m"),
    ("ii", "il"),
    ("ee", "ce"),
];

/// Whether one letter written for another is a misreading this rule knows (E004 leaves such
/// spellings to it).
pub fn is_misreading(written: char, meant: char) -> bool {
    CONFUSIONS.iter().any(|(w, m)| {
        w.len() == 1 && m.len() == 1 && w.starts_with(written) && m.starts_with(meant)
    })
}

/// Swaps that real names make on their own ("Rato" and "Rata", "Saito" and "Salto"): a known word
/// one such swap away is no evidence of a misreading.
const WEAK: &[(&str, &str)] = &[
    ("o", "a"),
    ("a", "o"),
    ("i", "l"),
    ("l", "i"),
    ("o", "e"),
    ("e", "o"),
    // Names end and run that way too ("Bumpei", "Oien").
    ("i", "r"),
];

/// Spellings one misreading away from `word`, each with whether the misreading is a weak one.
fn corrections(word: &str) -> Vec<(String, bool)> {
    let mut out = Vec::new();
    for pair @ (written, meant) in CONFUSIONS {
        let weak = WEAK.contains(pair);
        // Not the first letter: a capital is read reliably.
        for at in crate::strings::occurrences(word, written).filter(|at| *at > 0) {
            out.push((replace_at(word, at, written.len(), meant), weak));
        }
    }
    out
}

/// Whether token `i` follows an initial ("M. Connon", "M Connon") or an honorific ("Miss
/// Connon", "Mr. Connon"): a person's surname.
pub fn after_initial_or_honorific(
    doc: &Document,
    k: &crate::knowledge::Knowledge,
    i: usize,
) -> bool {
    let i = i as isize;
    let (prev, before) = if doc.tok_at(i - 1) == "." {
        (doc.tok_at(i - 2), i - 2)
    } else {
        (doc.tok_at(i - 1), i - 1)
    };
    let initial = prev.len() == 1 && prev.bytes().all(|b| b.is_ascii_uppercase());
    // The gendered honorifics ("Mr", "Miss", "Mme") and the others.
    let honorific =
        k.gendered_word(prev).is_some_and(|(_, h)| h) || matches!(prev, "Dr" | "Messrs" | "Mlle");
    before >= 0 && (initial || honorific)
}

/// Whether token `i` stands in a capitalised name beside an everyday word that is no given name
/// or surname ("Task" of "Task Foree", "Downing" of "Downing Strect" is a surname but "National"
/// of "National Lattery" is not), and after no honorific or initial: the name of a thing.
fn in_name_of_words(doc: &Document, k: &crate::knowledge::Knowledge, i: usize) -> bool {
    let word_at = |j: isize| {
        let w = doc.tok_at(j);
        doc.is_title_at(j)
            && doc.kind_at(j) == Some(TokenKind::Word)
            && !k.is_given_name(w)
            && k.surname_rank(w).is_none_or(|r| r > 20_000)
            && crate::strings::with_lowercase(w, crate::data::word_rarity).is_some_and(|r| r <= 450)
    };
    let glued = |j: usize| {
        doc.tokens
            .get(j)
            .is_some_and(|t| t.gap == crate::document::Gap::Space)
    };
    !after_initial_or_honorific(doc, k, i)
        && ((i > 0 && glued(i) && word_at(i as isize - 1))
            || (glued(i + 1) && word_at(i as isize + 1)))
}

/// Whether the word at `i` opens a company's or body's name: the next word is a head
/// ("Energy Resources", "Bank", "Corp").
fn names_a_company(doc: &Document, k: &crate::knowledge::Knowledge, i: usize) -> bool {
    let next = doc.tok_at(i as isize + 1);
    doc.is_title_at(i as isize + 1)
        && (k.is_institution_head(next)
            || matches!(
                next,
                "Energy" | "Resources" | "Oil" | "Gas" | "Mining" | "Steel" | "Motors" | "Foods"
            ))
}

/// Whether a French, Spanish, Italian or German joining word stands beside the word at `i`
/// ("Francaise des Petroles", "Banco de"): the name is not English and reads as written.
fn beside_foreign_word(doc: &Document, i: usize) -> bool {
    const JOINS: &[&str] = &[
        "des", "de", "du", "la", "le", "les", "et", "del", "della", "di", "y", "der", "und", "van",
        "von",
    ];
    JOINS.contains(&doc.tok_at(i as isize + 1)) || JOINS.contains(&doc.tok_at(i as isize - 1))
}

/// Whether a typing slip reads `word` as a token at least as common as its likeliest misreading
/// (`rarity`): "Coutr" is "Court" with two letters swapped before it is any misread "Contr",
/// "Commere" is "Commerce" with a letter dropped.
fn typing_rival(word: &str, readings: &[String], rarity: u16) -> bool {
    let lower = word.to_ascii_lowercase();
    let mut rival = false;
    // A letter dropped or two swapped; not a letter added, which reads many a misread name as a
    // short word ("Sobn" as "son").
    let slips = crate::strings::Slips {
        dropped: true,
        swapped: true,
        added: false,
    };
    crate::strings::for_each_slip(lower.as_bytes(), slips, |v| {
        if !rival
            && let Ok(v) = std::str::from_utf8(v)
            && crate::data::token_rarity(v).is_some_and(|r| r <= rarity)
            && !readings.iter().any(|m| m == v)
        {
            rival = true;
        }
    });
    rival
}

/// Whether token `i` is followed, after a space, by a capitalised word that is no English word:
/// the surname of a name whose given name token `i` is.
fn before_surname(doc: &Document, i: usize) -> bool {
    doc.tokens
        .get(i + 1)
        .is_some_and(|t| t.gap == crate::document::Gap::Space && t.kind == TokenKind::Word)
        && doc.is_title_at(i as isize + 1)
        && !crate::data::is_word(doc.tok(i + 1))
}

/// Whether `fixed` is `word` with one `written` letter read as `meant`.
fn swaps(word: &str, fixed: &str, written: u8, meant: u8) -> bool {
    word.len() == fixed.len()
        && word
            .bytes()
            .zip(fixed.bytes())
            .any(|(w, f)| w == written && f == meant)
}

/// Whether `fixed` is `word` with one vowel put for another ("Arcon" for "Arcen").
fn vowel_swap(word: &str, fixed: &str) -> bool {
    let vowel = |b: u8| b"aeiou".contains(&b);
    word.len() == fixed.len()
        && word
            .bytes()
            .zip(fixed.bytes())
            .any(|(w, f)| w != f && vowel(w) && vowel(f))
}

/// Whether token `i` stands in a list of capitalised names ("Replacements: Gotting, McKenzie,
/// Lock"): a team sheet's surnames, not words.
fn in_name_list(doc: &Document, i: usize) -> bool {
    let i = i as isize;
    (doc.tok_at(i - 1) == "," && doc.is_title_at(i - 2))
        || (doc.tok_at(i + 1) == "," && doc.is_title_at(i + 2))
}

/// Whether token `i` stands where a surname does: after an honorific or an initial, or after a
/// given name inside a sentence ("Arne Oien").
fn surname_position(doc: &Document, k: &crate::knowledge::Knowledge, i: usize) -> bool {
    after_initial_or_honorific(doc, k, i)
        || i > 0
            && doc.tokens[i - 1].is_title()
            && k.is_given_name(doc.tok(i - 1))
            && !doc.tokens[i - 1].starts_sentence()
}

/// Whether `fixed` is a common noun of the word lists and no given name ("Street", not "Hall").
fn common_noun(k: &crate::knowledge::Knowledge, fixed: &str) -> bool {
    crate::strings::with_lowercase(fixed, crate::data::word_size).is_some()
        && !k.is_given_name(fixed)
}

/// Whether the word at `i` may be read as `fixed` for what stands around it: not the first word
/// of a company's name read as a given name ("Norcen Energy"), not a word of a foreign name
/// ("Francaise des Petroles"), not a middle name read as a common noun ("Omar Alieu Touray").
fn no_name_of_its_own(
    doc: &Document,
    k: &crate::knowledge::Knowledge,
    i: usize,
    fixed: &str,
    middle_name: bool,
) -> bool {
    let noun = common_noun(k, fixed);
    let company = k.is_given_name(fixed) && !noun && names_a_company(doc, k, i);
    !(company || beside_foreign_word(doc, i) || middle_name && noun)
}

/// An everyday word in title case ("Street", "Force"): among the commonest of the frequency
/// list.
fn everyday(word: &str) -> bool {
    is_title_case(word)
        && crate::strings::with_lowercase(word, crate::data::word_rarity).is_some_and(|r| r <= 520)
}

/// Whether `fixed` reads a t for an f or an s for a z of `word`: "Wilf"/"Wilt", "Jamz"/"Jams".
fn short_ambiguous(word: &str, fixed: &str) -> bool {
    word.bytes()
        .zip(fixed.bytes())
        .any(|(w, f)| matches!((w, f), (b'f', b't') | (b'z', b's')))
}

/// A name or word a misreading is likely to come from: an everyday one, not a rare word that
/// happens to be a letter away from a real name ("Samey" from "Sarney", "Rata" from "Rafa"): a
/// capitalised everyday word ("Industries"), a name of SCOWL's common lists ("Kennedy"), a
/// country, region or big city ("Ireland", "Boston").
fn is_known(k: &crate::knowledge::Knowledge, word: &str) -> bool {
    use crate::data::word_size;
    use crate::knowledge::PlaceKind;
    let everyday_word = || crate::strings::with_lowercase(word, word_size).is_some_and(|s| s <= 35);
    let common_name = || word_size(word).is_some();
    let big_place = || {
        k.place(word).is_some_and(|p| {
            p.kind != PlaceKind::Division
                && (p.kind != PlaceKind::City || p.population >= 1_000_000)
        })
    };
    is_title_case(word) && (everyday_word() || common_name() || big_place())
}

/// How much better, in nats of the letter model, the right spelling must spell for a name written
/// once to be flagged beside it written once ([`crate::knowledge::Knowledge::spelling_gain`]).
const IN_STORY_GAIN: f32 = 0.5;
/// Below this gain a written form spells as well as a name might, and in a surname's place it
/// is taken for one.
const NAME_LIKE_GAIN: f32 = 2.0;
/// ... for an o/a or i/l swap to be flagged with no other spelling in the story.
const WEAK_GAIN: f32 = 3.5;
/// ... for a misreading of a given name or surname of the lists to be flagged with no other
/// spelling in the story.
const NAME_GAIN: f32 = 5.0;
/// Whether `name` is a surname of the list or a given name of a thousand US births or more: a
/// rarer given name ("Jenne") is no better evidence than the written form ("Jeune").
fn common_name_on_lists(k: &crate::knowledge::Knowledge, name: &str) -> bool {
    k.surname_rank(name).is_some()
        || k.given_name(name)
            .is_some_and(|g| g.female + g.male >= 1000)
}
/// ... for any other misreading to be flagged with no other spelling in the story.
const STRONG_GAIN: f32 = 0.0;
/// A written form English text writes at least this often (in centibels of wordfreq, once in
/// ten million words) is taken for a name of its own when the story has no other spelling.
const WRITTEN: u16 = 720;
/// How rare (in centibels of wordfreq) a reading may be for a written form that English text
/// never writes to be flagged as its misreading: once in a hundred million words for a word of
/// six letters or more; a short word has so many rare neighbours ("Mefin": "Metin", "Cabir":
/// "Cahir") that its reading must be commoner.
fn seen_limit(word: &str) -> u16 {
    match word.len() {
        ..=4 => 660,
        5 => 680,
        _ => 800,
    }
}
/// ... and for a weak swap, which real names make on their own ("Koram" and "Karam"), once in a
/// million.
const SEEN_WEAK: u16 = 600;

/// The story's lower-case words, each with its count and first token.
fn lower_case_words<'a>(doc: &Document<'a>) -> HashMap<&'a str, (usize, usize)> {
    let mut map: HashMap<&str, (usize, usize)> = HashMap::default();
    for (i, t) in doc.tokens.iter().enumerate() {
        let w = doc.tok(i);
        if t.kind == TokenKind::Word && w.bytes().all(|b| b.is_ascii_lowercase()) {
            map.entry(w).or_insert((0, i)).0 += 1;
        }
    }
    map
}

/// Misreadings of one letter for another that the OCR rule's table lacks ("Chartes": l for t,
/// "Thamaa": a for o), as (written, meant).
const MORE_LETTER_MISREADS: &[(u8, u8)] = &[(b't', b'l'), (b'a', b'o')];

/// Capitals misread that the OCR rule's table lacks, as (written, meant): "Iames" for "James",
/// "Hobert" for "Robert", "Fdward" for "Edward".
const MORE_CAPITAL_MISREADS: &[(u8, u8)] = &[
    (b'I', b'J'),
    (b'H', b'R'),
    (b'C', b'G'),
    (b'F', b'E'),
    (b'E', b'F'),
];

/// `masks` with the misreadings of `table` added: for each written letter (of one case, from
/// `base`), a bit for each letter it is read for.
const fn with_misreads(mut masks: [u32; 26], table: &[(u8, u8)], base: u8) -> [u32; 26] {
    let mut n = 0;
    while n < table.len() {
        let (written, meant) = table[n];
        masks[(written - base) as usize] |= 1 << (meant - base);
        n += 1;
    }
    masks
}

/// The one-letter misreadings of the OCR rule's table ("c" for "e", "n" for "a"), as masks.
const fn one_letter_misreads() -> [u32; 26] {
    use crate::rules::text::ocr_misread_word::CONFUSIONS;
    let mut masks = [0u32; 26];
    let mut n = 0;
    while n < CONFUSIONS.len() {
        let (written, meant, _) = CONFUSIONS[n];
        if written.len() == 1 && meant.len() == 1 {
            let (w, m) = (written.as_bytes()[0], meant.as_bytes()[0]);
            masks[(w - b'a') as usize] |= 1 << (m - b'a');
        }
        n += 1;
    }
    masks
}

/// Letters OCR reads for others inside a word, as bit masks of the meant letters for each
/// written one: the OCR rule's and a few more; for the lookups [`misread_given_name`] makes at
/// every letter of every name.
const LETTER_MASKS: [u32; 26] = with_misreads(one_letter_misreads(), MORE_LETTER_MISREADS, b'a');
/// Capitals OCR reads for others: the OCR rule's and a few more.
const CAPITAL_MASKS: [u32; 26] = with_misreads(
    with_misreads(
        [0; 26],
        crate::rules::text::ocr_misread_word::CAPITALS,
        b'A',
    ),
    MORE_CAPITAL_MISREADS,
    b'A',
);

/// Whether `meant` may be read as `written` at position `at` of a name.
fn misread_at(at: usize, written: u8, meant: u8) -> bool {
    let (masks, base) = if at == 0 {
        (&CAPITAL_MASKS, b'A')
    } else {
        (&LETTER_MASKS, b'a')
    };
    let (w, m) = (written.wrapping_sub(base), meant.wrapping_sub(base));
    w < 26 && m < 26 && masks[w as usize] & (1 << m) != 0
}

/// The common given name (30,000 US births or more) that `word` reads as with one letter
/// misread, or two in a word of six letters or more ("Tohn": "John", "Wnltor": "Walter"), when
/// no other name reads as well.
fn misread_given_name(k: &crate::knowledge::Knowledge, word: &str) -> Option<&'static str> {
    let w = word.as_bytes();
    let most = if w.len() >= 6 { 2 } else { 1 };
    let mut best: Option<(usize, &'static str)> = None;
    let mut tied = false;
    // The names of this length, sorted, that open with the written capital or one it misreads.
    let names = k.common_given_names(w.len());
    let opening = |c: u8| {
        let from = names.partition_point(|n| n.as_bytes()[0] < c);
        let to = names.partition_point(|n| n.as_bytes()[0] <= c);
        &names[from..to]
    };
    let firsts = std::iter::once(w[0]).chain((b'A'..=b'Z').filter(|&c| misread_at(0, w[0], c)));
    for &name in firsts.flat_map(opening) {
        let mut changed = 0;
        let fits = w.iter().zip(name.bytes()).enumerate().all(|(at, (&a, b))| {
            if a == b {
                return true;
            }
            changed += 1;
            changed <= most && misread_at(at, a, b)
        });
        if !fits || changed == 0 {
            continue;
        }
        match best {
            Some((c, _)) if c < changed => {}
            Some((c, _)) if c == changed => tied = true,
            _ => {
                best = Some((changed, name));
                tied = false;
            }
        }
    }
    best.filter(|_| !tied).map(|(_, name)| name)
}

/// Given names misread where a given name stands, before a surname or an initial ("Tohn
/// Smith", "Fdward J. Hall"): a written form no English text, town or list has, that reads as
/// a common given name ([`misread_given_name`]).
/// `out[mine..]` holds this rule's other findings, whose words are not flagged twice (the lint
/// sorts all findings by position at the end).
fn misread_given_names(
    doc: &Document,
    k: &crate::knowledge::Knowledge,
    out: &mut Vec<Diagnostic>,
    mine: usize,
) {
    let flagged = out.len();
    // Whether the word at `i` stands before a surname or an initial.
    let before_name = |i: usize| {
        doc.tokens.get(i + 1).is_some_and(|n| {
            matches!(n.gap, Gap::Space | Gap::Newline)
                && n.kind == TokenKind::Word
                && (n.is_title() || doc.tok(i + 1).bytes().all(|b| b.is_ascii_uppercase()))
        })
    };
    for (&word, uses) in &doc.mentions.words {
        // The cheap tests first: the shape, the place, a reading; the lists last.
        let b = word.as_bytes();
        if b.len() < 4
            || !b[0].is_ascii_uppercase()
            || !b[1..].iter().all(u8::is_ascii_lowercase)
            || !uses.iter().any(|&i| before_name(i))
            // Most words there are given names as written: one probe.
            || k.given_name(word).is_some()
        {
            continue;
        }
        let Some(name) = misread_given_name(k, word) else {
            continue;
        };
        let lower = word.to_ascii_lowercase();
        if k.is_known_name(word)
            || k.is_given_name(word)
            || k.surname_rank(word).is_some()
            || crate::data::token_rarity(&lower).is_some()
            || crate::data::is_town(&lower)
        {
            continue;
        }
        for &i in uses.iter() {
            let before_name = before_name(i);
            let span = doc.tokens[i].span;
            // Not the first word of a company's name ("Darlcne Mining"), nor a foreign one.
            if !before_name
                || !no_name_of_its_own(doc, k, i, name, false)
                || out[mine..flagged].iter().any(|d| d.span == span)
            {
                continue;
            }
            out.push(
                Diagnostic::new(
                    &NameMisspelling::META,
                    span,
                    format!("name \"{word}\" looks like a misreading of \"{name}\""),
                )
                .label("written nowhere in English text")
                .evidence(doc.tokens[i + 1].span, "a surname or initial after it")
                .help(format!(
                    "\"{name}\" is a common given name; \"{word}\" is not written in English text, even once in a hundred million words"
                ))
                .fix(name.to_string()),
            );
        }
    }
}

fn check(doc: &Document, ctx: &Context, out: &mut Vec<Diagnostic>) {
    let start = out.len();
    check_names(doc, ctx, out);
    misread_given_names(doc, ctx.knowledge, out, start);
}

fn check_names(doc: &Document, ctx: &Context, out: &mut Vec<Diagnostic>) {
    let k = ctx.knowledge;
    let mut lower_words = None;
    for (&word, uses) in &doc.mentions.words {
        if uses.len() != 1 || word.chars().count() < 4 || !word.is_ascii() || k.is_known_name(word)
        {
            continue;
        }
        let i = uses[0];
        if doc.tokens[i].kind != TokenKind::Word || word.contains('\'') {
            continue;
        }
        // A middle name between a given name and a surname ("Omar Alieu Touray") is no
        // misread common noun.
        let middle_name = i > 0
            && doc.tokens[i - 1].is_title()
            && k.is_given_name(doc.tok(i - 1))
            && doc.is_title_at(i as isize + 1)
            && !crate::data::is_word(doc.tok(i + 1));
        // Prefer a spelling the story itself uses; else a known word or name.
        // The right spelling, how often the story has it, its first token, and whether that is
        // in lower case.
        let mut in_story: Option<(String, usize, usize, bool)> = None;
        let mut known: Option<String> = None;
        // A written form no English text writes even once in a hundred million words, and a
        // reading of it that text writes ("Plnchuk": "Pinchuk"), the commonest such reading.
        let lower = word.to_ascii_lowercase();
        let unseen = !crate::data::is_word(word)
            && crate::data::token_rarity(&lower).is_none()
            // A town somewhere is a name of its own ("Cotonsport Garoua").
            && !crate::data::is_town(&lower);
        // The likeliest of its readings, the readings, and whether one of them is evidence
        // enough (not a weak swap to a rare name).
        let mut likeliest: Option<(String, u16)> = None;
        let mut readings: Vec<String> = Vec::new();
        let mut strong_reading = false;
        let surname_slot = unseen && (surname_position(doc, k, i) || in_name_list(doc, i));
        // A written form that is itself a real surname or given name ("Stearns", "Alfa") is
        // taken as written unless the story spells it otherwise.
        let real_name = k.surname_rank(word).is_some() || k.is_given_name(word);
        // So is one English text writes as often as a known name ("Safin": not "Satin"), unless
        // it stands among everyday words ("Khurmala Dorne field").
        let written = || crate::data::token_rarity(&lower).is_some_and(|r| r <= WRITTEN);
        // A word of a name made of everyday words ("Downing Strect", "Task Foree", "National
        // Lattery"), not a person's: a misread everyday word needs no better spelling.
        let thing = !real_name && in_name_of_words(doc, k, i);
        for (fixed, weak) in corrections(word) {
            if unseen
                && !real_name
                && !(word.len() == 4 && short_ambiguous(word, &fixed))
                && let Some(rarity) = crate::data::token_rarity(&fixed.to_ascii_lowercase())
                    .filter(|&r| r <= seen_limit(word))
            {
                // A vowel for a vowel, or a Spanish -ez for an -es ("Maynez", "Maynes"): the
                // name's own variants, as often as misreadings.
                let own_variant = vowel_swap(word, &fixed)
                    || word.ends_with("ez") && fixed.ends_with("es")
                    || swaps(word, &fixed, b'i', b'r');
                // A weak swap counts for a common reading, not for one where a surname stands and
                // names vary that way ("Mason, Prott, Niland"), or for a rare one when the written
                // form has letter runs no name has ("Plnchuk").
                strong_reading |= !(weak || own_variant)
                    || rarity <= SEEN_WEAK && !(surname_slot && own_variant)
                    || !own_variant && k.spelling_gain(word, &fixed) >= NAME_GAIN;
                // Of two readings, the likelier; a vowel for a vowel is the rarer misreading.
                let score = rarity + if vowel_swap(word, &fixed) { 50 } else { 0 };
                if likeliest.as_ref().is_none_or(|(_, r)| score < *r) {
                    likeliest = Some((fixed.clone(), score));
                }
                readings.push(fixed.to_ascii_lowercase());
            }
            let (mut n, mut first) = occurrences(doc, &fixed);
            let gain = k.spelling_gain(word, &fixed);
            // An everyday word the story also uses in lower case ("Softwore" in a story about
            // software) is in the story too, as good as twice.
            let mut lower_case = false;
            if first.is_none() && is_title_case(&fixed) {
                let lower = fixed.to_lowercase();
                if crate::data::word_size(&lower).is_some_and(|s| s <= 35) {
                    let lower_words = lower_words.get_or_insert_with(|| lower_case_words(doc));
                    if let Some(&(count, at)) = lower_words.get(lower.as_str()) {
                        (n, first, lower_case) = (count.max(2), Some(at), true);
                    }
                }
            }
            // Two names written once each ("Khamenei", "Khomenei") may be two people: one
            // written once counts only when it came first and the swap is not a weak one, or
            // when the other spelling has letter runs no name has.
            if let Some(first) =
                first.filter(|&f| n >= 2 || (f < i && !weak) || gain >= IN_STORY_GAIN)
            {
                if in_story.as_ref().is_none_or(|(_, m, _, _)| n > *m) {
                    in_story = Some((fixed, n, first, lower_case));
                }
            } else if known.is_none()
                && !real_name
                && (thing || !written())
                // An i read for an r needs the story's evidence, or a written form no text has
                // ("Bumpei" is a name, not "Bumper").
                && !swaps(word, &fixed, b'i', b'r')
                && word.len() >= 4
                // In a word of four letters an f or a z is as likely the name's own ("Wilf",
                // "Booz") as a misread t or s.
                && !(word.len() == 4 && short_ambiguous(word, &fixed))
                && if weak {
                    // A weak swap needs a longer word and a well-known name on the other side: a
                    // proper noun of the word list ("Stanley") or a country or region ("Ireland");
                    // or a known word that spells much better ("Tactlcal", "Communlty").
                    (word.len() >= 6
                        && (crate::data::word_size(&fixed).is_some()
                            || k.place(&fixed)
                                .is_some_and(|p| !p.kind.is_minor()))
                        // ... and, beside another word no list knows, letter runs a little
                        // less like a name's than its reading's: "Strade Bianche" is a
                        // foreign name, and spells as well as "Blanche".
                        && (gain >= IN_STORY_GAIN || !beside_unknown(doc, k, i)))
                        || (is_known(k, &fixed)
                            && gain >= WEAK_GAIN
                            // ... and that English text writes often ("Olen" is rare: "Arne
                            // Oien" stays).
                            && crate::data::token_rarity(&fixed.to_ascii_lowercase())
                                .is_some_and(|r| r <= SEEN_WEAK))
                } else {
                    is_known(k, &fixed) && gain >= STRONG_GAIN
                }
                || thing && everyday(&fixed) && (!weak || word.len() >= 5)
                // A given name or surname of the lists when the written form has letter runs
                // no name has ("Biair", "Snndra", "Bowez").
                || !(word.len() == 4 && short_ambiguous(word, &fixed))
                    && common_name_on_lists(k, &fixed)
                    && gain >= NAME_GAIN
            {
                known = Some(fixed);
            }
        }
        let d = if let Some((fixed, n, first, lower_case)) = in_story {
            let (message, evidence) = if lower_case {
                let lower = doc.tok(first);
                (
                    format!(
                        "name \"{word}\" looks like a misreading of \"{fixed}\"; the story uses \"{lower}\""
                    ),
                    format!("\"{lower}\" here"),
                )
            } else {
                (
                    format!(
                        "name \"{word}\" looks like a misreading of \"{fixed}\", written {} in this story",
                        times(n)
                    ),
                    format!("\"{fixed}\" here"),
                )
            };
            Diagnostic::new(&NameMisspelling::META, doc.tokens[i].span, message)
                .label("written this way once")
                .evidence(doc.tokens[first].span, evidence)
                .fix(fixed)
        } else if let Some((fixed, seen)) = known
            .filter(|f| {
                // A real surname ("Stearns"), or a word where a surname stands ("Arne Oien"), is
                // no misread common noun.
                // After an honorific or an initial the word is a surname: it must spell like
                // no name to be taken for a misreading without the story's evidence.
                let gain = k.spelling_gain(word, f);
                // ... unless the written form spells like no name ("Parsonz", "Exprcss").
                let name_like = gain < NAME_LIKE_GAIN;
                !(name_like
                    && common_noun(k, f)
                    && (surname_position(doc, k, i)
                        || k.surname_rank(word).is_some_and(|r| r <= 10_000)))
                    && !(after_initial_or_honorific(doc, k, i) && gain < WEAK_GAIN)
                    && no_name_of_its_own(doc, k, i, f, middle_name)
            })
            .map(|f| (f, false))
            .or_else(|| {
                likeliest
                    .filter(|(f, rarity)| {
                        let noun = common_noun(k, f);
                        let everyday = || {
                            crate::data::word_rarity(&f.to_ascii_lowercase())
                                .is_some_and(|r| r <= 450)
                        };
                        strong_reading
                            && !typing_rival(word, &readings, *rarity)
                            // A misread everyday word where a surname stands ("Replacements:
                            // Gotting, McKenzie") is as likely a surname English text has not
                            // met; nor is a common noun before a surname ("Bumpei Otsuki"): a
                            // given name stands there.
                            && !(noun && (surname_slot && everyday() || before_surname(doc, i)))
                            && no_name_of_its_own(doc, k, i, f, middle_name)
                    })
                    .map(|(f, _)| (f, true))
            })
        {
            let d = Diagnostic::new(
                &NameMisspelling::META,
                doc.tokens[i].span,
                format!("name \"{word}\" looks like a misreading of \"{fixed}\""),
            );
            let d = if seen {
                d.label("written nowhere in English text").help(format!(
                    "\"{fixed}\" is written in English text; \"{word}\" is not, even once in a hundred million words"
                ))
            } else {
                d.label("not a known name or word")
            };
            d.fix(fixed)
        } else {
            continue;
        };
        out.push(d);
    }
}

/// Whether a capitalised word next to token `i`, in the same name, is no word, name or place
/// the lists know: the two are likelier a name in another language than a misread one.
fn beside_unknown(doc: &Document, k: &crate::knowledge::Knowledge, i: usize) -> bool {
    [i.checked_sub(1), Some(i + 1)]
        .into_iter()
        .flatten()
        .any(|j| {
            let Some(t) = doc.tokens.get(j) else {
                return false;
            };
            let w = doc.tok(j);
            let near = if j < i { doc.tokens[i].gap } else { t.gap };
            near == Gap::Space
                && t.kind == TokenKind::Word
                && t.is_title()
                && w.len() >= 3
                && !crate::data::is_word(w)
                && !k.is_given_name(w)
                && k.surname_rank(w).is_none()
                && !k.is_place(w)
        })
}

#[cfg(test)]
mod tests {
    use super::corrections;

    #[test]
    fn corrections_undo_one_misreading() {
        let has = |w: &str, c: &str| corrections(w).iter().any(|(f, _)| f == c);
        assert!(has("Oatcn", "Oaten"));
        assert!(has("Dorne", "Dome"));
        assert!(has("Stonley", "Stanley"));
        assert!(!has("Cat", "Eat"));
    }
}
