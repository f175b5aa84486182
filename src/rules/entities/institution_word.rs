use crate::data::data_lines;
use crate::declare_rule;
use crate::diagnostic::Diagnostic;
use crate::document::{Document, Gap, TokenKind};
use crate::knowledge::{Knowledge, is_institution_head};
use crate::rule::Context;
use crate::span::Span;
use crate::strings::{Slip, fold, typing_slip};
use rustc_hash::{FxHashMap as HashMap, FxHashSet as HashSet};
use std::sync::LazyLock;

declare_rule! {
    /// ## What it does
    /// Flags a misspelt word inside an institution name: a word that is no word, one typing
    /// slip from a word institution names are made of ("Ministry of Foriegn Affairs", "Natoinal
    /// Association", "Swedish Acadamy"); a real word where the name's head belongs ("Liberal
    /// Democratic Parry", "Federal District Count"); a real word known to be confused inside
    /// such names ("National Security Counsel", "Independent National Electrical
    /// Commission"); a name the story writes otherwise elsewhere with one word changed
    /// ("Swiss Bank" ... "Swiss Back", "World Bank" ... "World Banks"); or a body's head made
    /// plural where a legal form, an owner's "'s", a verb in the singular (after a "which" too),
    /// its initials in brackets, an "its" as its verb's object or the same body named in the
    /// singular elsewhere say one body is meant ("Henley Groups Inc", "the Policy Councils is",
    /// "Farm Credit Administrations (FCA)", "the Conservation Boards will lift its curbs",
    /// "Astra Corporation" ... "the Astra Corporations Workers' Trust").
    ///
    /// ## Why is this bad?
    /// Institution names are long, typed fast and rarely read twice; a spelling checker passes
    /// the real-word slips and a capitalised non-word looks like a foreign name to it.
    ///
    /// ## Example
    /// ```text
    /// The National Security Counsel met on Monday with the Ministry of Foriegn Affairs.
    /// ```
    ///
    /// ## Use instead
    /// ```text
    /// The National Security Council met on Monday with the Ministry of Foreign Affairs.
    /// ```
    /// Names in other languages ("Banco Nacional", "Societe Generale"), British and American
    /// spellings ("Centre", "Organization"), singular forms of plural heads ("General Partner")
    /// and names the story writes the same way twice are left alone.
    pub struct InstitutionWord {
        code: "E005",
        name: "institution-word-slip",
        family: Entities,
        severity: Warning,
        summary: "a word of an institution name misspelt into another word or a non-word",
        check: check,
    }
}

const WORDS_TXT: &str = include_str!("../../../rules/institution-words.txt");
const FOREIGN_TXT: &str = include_str!("../../../rules/institution-foreign.txt");
const CONFUSABLES_TSV: &str = include_str!("../../../rules/institution-confusables.tsv");

/// The words institution names are made of, by first letter (lower case) for the search.
pub(super) static VOCAB: LazyLock<HashSet<&'static str>> =
    LazyLock::new(|| data_lines(WORDS_TXT).collect());
static VOCAB_BY_LETTER: LazyLock<HashMap<char, Vec<&'static str>>> = LazyLock::new(|| {
    let mut m: HashMap<char, Vec<&'static str>> = HashMap::default();
    for w in VOCAB.iter() {
        if let Some(c) = w.chars().next() {
            m.entry(c.to_ascii_lowercase()).or_default().push(w);
        }
    }
    for v in m.values_mut() {
        v.sort_unstable();
    }
    m
});
static FOREIGN: LazyLock<HashSet<&'static str>> =
    LazyLock::new(|| data_lines(FOREIGN_TXT).collect());

/// Builds the tables now ([`crate::knowledge::warm_up`]).
pub fn warm_up() {
    LazyLock::force(&VOCAB_BY_LETTER);
    LazyLock::force(&FOREIGN);
    LazyLock::force(&CONFUSABLES);
}

struct Confusable {
    meant: &'static str,
    after: bool,
    neighbours: Vec<&'static str>,
}

static CONFUSABLES: LazyLock<HashMap<&'static str, Vec<Confusable>>> = LazyLock::new(|| {
    let mut m: HashMap<&'static str, Vec<Confusable>> = HashMap::default();
    for l in data_lines(CONFUSABLES_TSV) {
        let cols: Vec<&str> = l.split('\t').collect();
        if let [written, meant, side, neighbours] = cols[..] {
            m.entry(written).or_default().push(Confusable {
                meant,
                after: side == "after",
                neighbours: neighbours.split(',').collect(),
            });
        }
    }
    m
});

/// Function words of other languages inside names: "Banco de la Nacion", "Institut fur".
pub(super) static FOREIGN_JOINS: crate::strings::WordSet = crate::strings::WordSet::new(&[
    "de", "del", "della", "di", "du", "des", "la", "le", "les", "der", "die", "das", "und", "y",
    "do", "da", "dos", "van", "voor", "pour", "et", "fur", "für", "al", "el",
]);

/// Words one slip from a head that are titles, roles or other names' heads ("Chief Medical
/// Officer", "Royal Marines Band").
const NOT_HEAD_SLIPS: &[&str] = &[
    "Officer", "Officers", "Senator", "Senators", "Band", "Parties", "Courts", "Clubs", "Banks",
];

/// Longer runs are lists or headlines, not one name.
const MAX_WORDS: usize = 8;

/// One capitalised run: its content words (token indices), its span, and whether a function
/// word of another language joins it ("Banco de la Nacion").
pub(super) struct Run {
    pub(super) words: Vec<usize>,
    pub(super) span: Span,
    pub(super) foreign: bool,
}

impl Run {
    /// The run's words as written, without a possessive "'s".
    pub(super) fn texts<'a>(&self, doc: &Document<'a>) -> Vec<&'a str> {
        self.words
            .iter()
            .map(|&i| strip_possessive(doc.tok(i)))
            .collect()
    }
}

/// Runs of Title-case words on a line, joined by "of", "for", "and", "on" or "the" when a
/// Title-case word follows: "Ministry of Foriegn Affairs", "Liberal Democratic Parry".
pub(super) fn runs(doc: &Document) -> Vec<Run> {
    let toks = &doc.tokens;
    let n = toks.len();
    let word = |j: usize| {
        j < n
            && toks[j].kind == TokenKind::Word
            && toks[j].is_title()
            && doc
                .tok(j)
                .chars()
                .all(|c| c.is_alphabetic() || c == '\'' || c == '’')
    };
    let mut out = Vec::new();
    let mut i = 0;
    while i < n {
        if !word(i) {
            i += 1;
            continue;
        }
        // "The", "In", "But" open sentences, not names.
        if t_starts(doc, i) {
            i += 1;
            continue;
        }
        let mut words = vec![i];
        let mut foreign = false;
        let mut j = i + 1;
        loop {
            if j >= n || toks[j].gap > Gap::Newline {
                break;
            }
            if word(j) {
                words.push(j);
                j += 1;
                continue;
            }
            let w = doc.tok(j);
            if matches!(w, "of" | "for" | "and" | "on" | "the") || FOREIGN_JOINS.contains(w) {
                let mut k = j + 1;
                if k < n && doc.tok(k) == "the" {
                    k += 1;
                }
                // "the Society for Civil Rights on Monday": a day, or a date after "on", is
                // when, not part of the name.
                let when = crate::calendar::lookup(doc.tok_at(k as isize))
                    .is_some_and(|c| w == "on" || c.kind == crate::calendar::CalendarKind::Weekday);
                if word(k) && toks[k].gap <= Gap::Newline && !when {
                    foreign |= FOREIGN_JOINS.contains(w);
                    words.push(k);
                    j = k + 1;
                    continue;
                }
            }
            break;
        }
        let last = *words.last().unwrap();
        out.push(Run {
            span: toks[i].span.cover(toks[last].span),
            words,
            foreign,
        });
        i = j.max(i + 1);
    }
    out
}

/// A capitalised function word that opens a sentence or clause, not a name.
fn t_starts(doc: &Document, i: usize) -> bool {
    matches!(
        doc.tok(i),
        "The"
            | "A"
            | "An"
            | "In"
            | "On"
            | "At"
            | "For"
            | "But"
            | "And"
            | "Its"
            | "His"
            | "Her"
            | "Their"
            | "This"
            | "That"
            | "These"
            | "Those"
            | "It"
            | "He"
            | "She"
            | "They"
            | "We"
            | "If"
            | "When"
            | "As"
            | "After"
            | "Before"
            | "With"
            | "From"
            | "By"
            | "Under"
            | "Last"
            | "Next"
            | "Both"
            | "Some"
            | "Many"
            | "Most"
            | "All"
            | "Our"
            | "Your"
    )
}

pub(super) fn strip_possessive(w: &str) -> &str {
    w.strip_suffix("'s")
        .or_else(|| w.strip_suffix("’s"))
        .unwrap_or(w)
}

/// British and American spellings of one word: "Centre"/"Center", "Organisation"/"Organization",
/// "Labour"/"Labor", "Defence"/"Defense".
pub(super) fn spelling_variants(a: &str, b: &str) -> bool {
    let (a, b) = (a.to_ascii_lowercase(), b.to_ascii_lowercase());
    let swap = |s: &str| {
        s.replace("our", "or")
            .replace("ise", "ize")
            .replace("isa", "iza")
            .replace("ence", "ense")
            .replace("tre", "ter")
            .replace("mme", "m")
    };
    swap(&a) == swap(&b)
}

/// The one institution word (head word, with `heads_only`) `w` is a typing slip of, if exactly
/// one.
fn slip_of(w: &str, heads_only: bool) -> Option<(&'static str, Slip)> {
    let first = w.chars().next()?.to_ascii_lowercase();
    let len = w.chars().count();
    let mut found: Option<(&'static str, Slip)> = None;
    for &v in VOCAB_BY_LETTER.get(&first)? {
        let vl = v.chars().count();
        if vl + 1 < len || vl > len + 1 || v == w || heads_only && !is_institution_head(v) {
            continue;
        }
        let Some(slip) = typing_slip(w, v) else {
            continue;
        };
        if slip == Slip::Accent || spelling_variants(w, v) {
            continue;
        }
        // Plurals, and the endings other languages add ("Generali", "Banka"), are no slips.
        let (fw, fv) = (fold(w), fold(v));
        if fw.len() == fv.len() + 1
            && fw.starts_with(&fv)
            && matches!(&fw[fv.len()..], "s" | "a" | "e" | "o" | "i")
        {
            continue;
        }
        if fv.len() == fw.len() + 1 && fv.starts_with(&fw) && fv.ends_with('s') {
            continue;
        }
        if found.is_some_and(|(f, _)| f != v) {
            return None;
        }
        found = Some((v, slip));
    }
    found
}

fn check(doc: &Document, ctx: &Context, out: &mut Vec<Diagnostic>) {
    let k = ctx.knowledge;
    // The names the story writes, each with one word masked, so that a name written once can
    // find its other spellings by one lookup per word: "Swiss *" -> "Bank" (first span).
    let mut masked: HashMap<String, Vec<(&str, Span)>> = HashMap::default();
    let runs = runs(doc);
    for r in &runs {
        if r.words.len() < 2 || r.words.len() > MAX_WORDS || r.foreign {
            continue;
        }
        for p in 0..r.words.len() {
            let slot = masked
                .entry(key(doc, &r.words, Some((p, "*"))))
                .or_default();
            let w = strip_possessive(doc.tok(r.words[p]));
            if !slot.iter().any(|(x, _)| *x == w) && slot.len() < 8 {
                slot.push((w, r.span));
            }
        }
    }
    for r in &runs {
        if r.words.len() == 1 && !r.foreign {
            acronym_and_head(doc, k, r, &masked, out);
            continue;
        }
        if r.words.len() < 2 || r.words.len() > MAX_WORDS || r.foreign {
            continue;
        }
        let texts = r.texts(doc);
        if texts.iter().any(|w| FOREIGN.contains(w)) {
            continue;
        }
        for (pos, &i) in r.words.iter().enumerate() {
            if let Some(d) = plural_head(doc, r, &texts, pos, i)
                .or_else(|| made_singular(doc, r, pos, &masked))
                .or_else(|| check_word(doc, k, r, &texts, pos, i, &masked))
            {
                out.push(d);
            }
        }
    }
}

/// A one-word run after an acronym ("HVB Gorup", "EC Commession"): the acronym and the word
/// make the name, and the word, last, stands where its head does.
fn acronym_and_head(
    doc: &Document,
    k: &Knowledge,
    r: &Run,
    masked: &HashMap<String, Vec<(&str, Span)>>,
    out: &mut Vec<Diagnostic>,
) {
    let i = r.words[0];
    let Some(a) = i.checked_sub(1) else {
        return;
    };
    let acronym = doc.tok(a);
    if doc.tokens[a].kind != TokenKind::Word
        || doc.tokens[i].gap != Gap::Space
        || !(2..=5).contains(&acronym.len())
        || !acronym.bytes().all(|b| b.is_ascii_uppercase())
        || doc.tokens[i].starts_sentence()
    {
        return;
    }
    let run = Run {
        words: vec![a, i],
        span: doc.tokens[a].span.cover(doc.tokens[i].span),
        foreign: false,
    };
    let texts = run.texts(doc);
    // Only a non-word: a real word after an acronym is as often a name of its own.
    if crate::data::is_word(texts[1]) {
        return;
    }
    if let Some(d) = check_word(doc, k, &run, &texts, 1, i, masked) {
        out.push(d);
    }
}

/// A name's head made plural where the words around it say one body is meant: a legal form
/// after it ("Henley Groups Inc"), an owner's "'s" ("Western Refining Companies's refinery"),
/// or a verb in the singular ("the Economic Policy Councils is").
fn plural_head(
    doc: &Document,
    r: &Run,
    texts: &[&str],
    pos: usize,
    i: usize,
) -> Option<Diagnostic> {
    use super::known_institution::{before_of, plural_of, several, singulars};
    let w = texts[pos];
    if w.len() < 5 || !w.ends_with('s') || is_institution_head(w) {
        return None;
    }
    let one = texts.len() == pos + 1;
    let legal = texts.len() == pos + 2 && COMPANY_FORMS.contains(&texts[pos + 1]);
    // An owner's "'s" on a plural in -s says one body wherever the word stands ("the Foreign
    // Ministries's North American Division").
    let owner = (one || doc.tok(i).ends_with("s's")) && owns(doc, r, texts, pos);
    let last = *r.words.last()? as isize;
    let after = doc.tok_at(last + 1);
    // The verb may follow a relative pronoun: "Economic Policy Institutes, which tends".
    let relative = matches!(after, "," | "-" | "—" | "–")
        && matches!(doc.tok_at(last + 2), "which" | "that" | "who");
    let verb_at = if relative { last + 3 } else { last + 1 };
    let verb = one && !owner && SINGULAR_VERBS.contains(&doc.tok_at(verb_at));
    // The body as subject, its verb, then "its": "the Energy Resources Conservation Boards will
    // lift its", "the US Courts of Appeal upheld its".
    // Only with nothing lower-case before the name in its sentence but "the": "The government
    // said the Development Agencies would keep its funding" has another owner for "its".
    let its = one && !owner && !verb && {
        let mut j = last + 1;
        while j <= last + 3 && plain_verb_word(doc, j) {
            j += 1;
        }
        let opening = doc.sentences[doc.sentence_of(r.words[0])].first;
        j > last + 1
            && doc.tok_at(j) == "its"
            && (opening..r.words[0]).all(|q| {
                let x = doc.tok(q);
                x == "the" || !x.bytes().next().is_some_and(|b| b.is_ascii_lowercase())
            })
    };
    // Its initials after it, in brackets: "Farm Credit Administrations (FCA)", "Groups of
    // Seven (G-7)". They stand for the whole name: the plural must be its head, not a
    // complement ("International Association of Athletics Federations (IAAF)").
    let complement = (r.words[0]..i).any(|j| doc.tok(j) == "of");
    let bracketed = (after == "(")
        .then(|| bracketed_initials(doc, last + 2))
        .flatten();
    let initials = !complement && bracketed.is_some();
    // Initials that spell the run's last words say they are one body even where the run joins
    // them to another with "and" ("Amicus and the Transport and General Workers Unions (TGWU)").
    // (Not when the plural is a complement there either.)
    let spelt_from = bracketed
        .and_then(|a| spells(doc, r, a))
        .filter(|&j| !(j..i).any(|q| doc.tok(q) == "of"));
    let spelt = spelt_from.is_some();
    // A head that opens the name is one body only with its initials after it ("Universities
    // of Scotland" may be several).
    if pos == 0 && !(initials && doc.tok_at(i as isize + 1) == "of") {
        return None;
    }
    // Bodies only: companies take plural names of their own ("Marine Midland Banks Inc",
    // "Travelers Companies Inc").
    // ... unless an "s's" says the writer took it for one: a plural name owns with an
    // apostrophe alone ("Western Refining Companies's refinery", not "Travelers Companies'").
    let owned_as_one = owner && doc.tok(i).ends_with("s's");
    let singular = singulars(w).find(|m| {
        let m = m.as_ref();
        (BODIES.contains(&m) || owned_as_one && (m == "Company" || is_institution_head(m)))
            && plural_of(w, m)
    })?;
    // The story names the body in the singular elsewhere, after the same word ("Astra
    // Corporation" ... "the Astra Corporations Workers' Trust").
    let elsewhere = (!owner && !before_of(doc, i))
        .then(|| {
            doc.mentions
                .words
                .get(singular.as_ref())?
                .iter()
                .copied()
                .find(|&u| u > 0 && u != i && strip_possessive(doc.tok(u - 1)) == texts[pos - 1])
        })
        .flatten();
    // "the Scottish and Welsh Development Agencies": names joined inside the run.
    let joined = (r.words[0]..i).any(|j| matches!(doc.tok(j), "and" | "or" | "&" | ","));
    if !(legal || owner || verb || initials || spelt || its || elsewhere.is_some())
        || joined && !spelt
        || doc.mentions.words.get(w).is_some_and(|u| u.len() > 1)
        || several(doc, r.words[0], i) && !spelt
    {
        return None;
    }
    // With initials spelling its end, the body is that end ("Transport and General Workers
    // Unions" after "Amicus and the").
    let from = spelt_from.map_or(r.span.start, |j| doc.tokens[j].span.start);
    let name = crate::strings::one_line(doc.slice(Span::new(from as usize, r.span.end as usize)));
    let why = if legal {
        format!("\"{}\" after it: one company", texts[pos + 1])
    } else if owner {
        "an owner's \"'s\" after it: one body".to_string()
    } else if initials || spelt {
        "one set of initials after it: one body".to_string()
    } else if its {
        "\"its\" after its verb: one body".to_string()
    } else if elsewhere.is_some() && !verb {
        "the story names it in the singular: one body".to_string()
    } else {
        format!("\"{}\" after it: one body", doc.tok_at(verb_at))
    };
    let t = doc.tokens[i];
    let span = Span::new(t.span.start as usize, t.span.start as usize + w.len());
    let mut d = Diagnostic::new(
        &InstitutionWord::META,
        span,
        format!("\"{w}\" in \"{name}\" is one body: \"{singular}\""),
    )
    .label(format!("a head made plural; {why}"));
    if let Some(u) = elsewhere {
        let other = doc.tokens[u - 1].span.cover(doc.tokens[u].span);
        let written = crate::strings::one_line(doc.slice(other));
        d = d.evidence(other, format!("\"{written}\" here"));
    }
    Some(d.fix(singular.into_owned()))
}

/// A plural word of a name's complement made singular where the story wrote the name before
/// with it plural: "the Society for Civil Rights" ... "The Society for Civil Right said". Names
/// of three words or more; the word once in the story, after the name's "of", "for" or "on"
/// and not its head.
fn made_singular(
    doc: &Document,
    r: &Run,
    pos: usize,
    masked: &HashMap<String, Vec<(&str, Span)>>,
) -> Option<Diagnostic> {
    use super::known_institution::plural_of;
    let i = r.words[pos];
    let w = strip_possessive(doc.tok(i));
    if r.words.len() < 3
        || w.len() < 4
        || w.ends_with('s')
        || is_institution_head(w)
        || COMPANY_FORMS.contains(&w)
        || !(r.words[0]..i).any(|j| matches!(doc.tok(j), "of" | "for" | "on"))
        || doc.mentions.words.get(w).is_some_and(|u| u.len() > 1)
    {
        return None;
    }
    let &(meant, other) = masked
        .get(&key(doc, &r.words, Some((pos, "*"))))?
        .iter()
        .find(|&&(meant, other)| other.start < r.span.start && plural_of(meant, w))?;
    let t = doc.tokens[i];
    let span = Span::new(t.span.start as usize, t.span.start as usize + w.len());
    let name = crate::strings::one_line(doc.slice(r.span));
    let written = crate::strings::one_line(doc.slice(other));
    Some(
        Diagnostic::new(
            &InstitutionWord::META,
            span,
            format!("\"{w}\" in \"{name}\" looks like a slip for \"{meant}\""),
        )
        .label("a plural of the name made singular")
        .evidence(other, format!("\"{written}\" here"))
        .fix(meant.to_string()),
    )
}

/// Initials in brackets from token `j` to its closing bracket, written without spaces: "FCA",
/// "G-7", "TGWU". Two to six capitals, digits and hyphens, a capital first.
fn bracketed_initials<'a>(doc: &Document<'a>, j: isize) -> Option<&'a str> {
    let first = usize::try_from(j).ok()?;
    let close = (first..doc.tokens.len().min(first + 4)).find(|&q| doc.tok(q) == ")")?;
    if close == first || (first + 1..=close).any(|q| doc.tokens[q].gap != Gap::None) {
        return None;
    }
    let a = doc.slice(doc.tokens[first].span.cover(doc.tokens[close - 1].span));
    ((2..=6).contains(&a.len())
        && a.bytes()
            .all(|b| b.is_ascii_uppercase() || b.is_ascii_digit() || b == b'-')
        && a.bytes().next().is_some_and(|b| b.is_ascii_uppercase()))
    .then_some(a)
}

/// The first token of the run's end that initials spell: one capital for each of its last
/// capitalised words, in order, three or more ("TGWU": "Transport and General Workers Unions",
/// after "Amicus and the").
fn spells(doc: &Document, r: &Run, initials: &str) -> Option<usize> {
    let letters: Vec<u8> = initials.bytes().filter(u8::is_ascii_uppercase).collect();
    let words: Vec<usize> = r
        .words
        .iter()
        .copied()
        .filter(|&j| doc.tokens[j].is_title())
        .collect();
    let from = words.len().checked_sub(letters.len())?;
    (letters.len() >= 3
        && words[from..]
            .iter()
            .zip(&letters)
            .all(|(&j, &l)| doc.tok(j).as_bytes()[0] == l))
    .then(|| words[from])
}

/// Whether token `j` is a lower-case word that may be a verb or an adverb between a subject and
/// the "its" of its object: no article, preposition, conjunction or pronoun, which would start
/// a phrase "its" might belong to.
fn plain_verb_word(doc: &Document, j: isize) -> bool {
    let w = doc.tok_at(j);
    doc.kind_at(j) == Some(TokenKind::Word)
        && w.bytes().all(|b| b.is_ascii_lowercase())
        && !PHRASE_OPENERS.contains(&w)
}

/// Articles, prepositions, conjunctions and pronouns: words that open a phrase of their own.
const PHRASE_OPENERS: &[&str] = &[
    "the", "a", "an", "to", "of", "for", "with", "on", "in", "at", "by", "from", "and", "or",
    "but", "that", "which", "who", "their", "his", "her", "them", "they", "as", "its", "it",
    "than", "into", "over", "about", "under", "after", "before", "while", "if", "when",
];

/// Whether the run's word at `p` carries an owner's "'s" ("Moody's").
fn owns(doc: &Document, r: &Run, texts: &[&str], p: usize) -> bool {
    doc.tok(r.words[p]).len() > texts[p].len()
}

/// Heads of bodies (all of them heads of `rules/institution-heads.txt`) that are one body
/// however many work in them, never named in the plural.
const BODIES: &[&str] = &[
    "Group",
    "Council",
    "Committee",
    "Commission",
    "Corporation",
    "Association",
    "Authority",
    "Board",
    "Agency",
    "Institute",
    "Ministry",
    "Department",
    "Union",
    "Party",
    "Court",
    "Office",
    "Foundation",
    "Society",
    "Federation",
    "Bureau",
    "Organization",
    "Organisation",
    "Administration",
    "University",
    "College",
    "Academy",
];

/// Verbs in the third person singular that are no plural nouns ("plans", "reports" are both),
/// so a plural head before one is one body ("the Economic Policy Institutes has said").
const SINGULAR_VERBS: &[&str] = &[
    "is",
    "has",
    "was",
    "says",
    "does",
    "wants",
    "owns",
    "lets",
    "tends",
    "expects",
    "believes",
    "seems",
    "remains",
    "makes",
    "takes",
    "gives",
    "gets",
    "keeps",
    "warns",
    "insists",
    "argues",
    "denies",
    "predicts",
    "represents",
    "operates",
    "employs",
    "manages",
    "regulates",
    "oversees",
    "publishes",
    "provides",
    "intends",
    "urges",
    "knows",
    "thinks",
    "agrees",
    "accepts",
    "rejects",
    "opposes",
    "includes",
    "considers",
];

/// A company's legal form after its name.
pub(super) const COMPANY_FORMS: &[&str] = &[
    "Inc", "Ltd", "Corp", "Co", "Plc", "PLC", "LLC", "AG", "SA", "NV", "Limited", "Bhd",
];

/// The content words of a run as one key, with the word at `replace` swapped.
fn key(doc: &Document, words: &[usize], replace: Option<(usize, &str)>) -> String {
    let mut s = String::new();
    for (p, &i) in words.iter().enumerate() {
        if p > 0 {
            s.push(' ');
        }
        match replace {
            Some((r, w)) if r == p => s.push_str(w),
            _ => s.push_str(strip_possessive(doc.tok(i))),
        }
    }
    s
}

fn check_word(
    doc: &Document,
    k: &Knowledge,
    r: &Run,
    texts: &[&str],
    pos: usize,
    i: usize,
    masked: &HashMap<String, Vec<(&str, Span)>>,
) -> Option<Diagnostic> {
    let w = texts[pos];
    let t = doc.tokens[i];
    let len = w.chars().count();
    if len < 3 || VOCAB.contains(w) || k.accepted.contains(w) || k.is_place(w) {
        return None;
    }
    // The name as one line, for a message: made only for one.
    let name = || crate::strings::one_line(doc.slice(r.span));
    let uses = doc.mentions.words.get(w).map_or(1, Vec::len);
    let others_are_vocab = texts
        .iter()
        .enumerate()
        .any(|(p, x)| p != pos && VOCAB.contains(x));
    let is_word = crate::data::is_word(w);
    let span = Span::new(t.span.start as usize, t.span.start as usize + w.len());
    // Known confusions of real words: "Security Counsel".
    if let Some(cs) = CONFUSABLES.get(w) {
        for c in cs {
            let neighbour = if c.after {
                texts.get(pos + 1)
            } else {
                pos.checked_sub(1).and_then(|p| texts.get(p))
            };
            if neighbour.is_some_and(|n| c.neighbours.contains(n)) {
                return Some(
                    Diagnostic::new(
                        &InstitutionWord::META,
                        span,
                        format!("word \"{w}\" in \"{}\" is probably \"{}\"", name(), c.meant),
                    )
                    .label(format!("a real word, but this name has \"{}\"", c.meant))
                    .fix(c.meant.to_string()),
                );
            }
        }
    }
    if uses > 1 || len < 4 || !w.is_ascii() || crate::calendar::lookup(w).is_some() {
        return None;
    }
    // A surname after a given name or a title is a person's: "Minister Arne Oien".
    // An owner's name ("Moody's Investors Service") is no given name before a surname.
    let owns = |p: usize| owns(doc, r, texts, p);
    // Not a given name that is the complement of the name ("Bank of America Cipital
    // Management") or a nation's adjective ("Institute of German Affeirs").
    let after_person = pos > 0 && !owns(pos - 1) && {
        let p = texts[pos - 1];
        // ... nor the end of a place's name ("Los Angeles Polie Department").
        let place_before = pos >= 2 && k.is_place(&format!("{} {p}", texts[pos - 2]));
        let complement = doc.tok_at(r.words[pos - 1] as isize - 1) == "of"
            || k.is_place(p)
            || place_before
            || super::institution_variant::is_demonym(k, p);
        k.is_given_name(p) && !complement
            || crate::people::is_title_word(p)
            || k.gendered_word(p).is_some()
    };
    // Where the head of the name stands: last, before its complement ("Bank of Japan"), or
    // before a company's legal form ("Sanwa Bank Ltd", "Telemundo Group Inc").
    let legal_form = |x: &str| COMPANY_FORMS.contains(&x);
    let head_position = pos + 1 == texts.len()
        || matches!(doc.tok_at(i as isize + 1), "of" | "for")
        || pos + 2 == texts.len() && legal_form(texts[pos + 1]);
    // After a given name comes a surname ("Arne Oien Holdings"), unless the run is an
    // institution's of three words or more, ending in its head ("Jackson Women's Health
    // Organization").
    let named = match texts.split_last() {
        Some((last, rest)) if legal_form(last) => rest,
        _ => texts,
    };
    let institution_shaped = named.len() >= 3
        && named.last().is_some_and(|x| is_institution_head(x))
        && named.iter().filter(|x| VOCAB.contains(*x)).count() >= 2;
    // A head anywhere but here: "Harvard School of Pblic Health" is a school's name, whatever
    // "Harvard" may be on its own.
    let has_head = named
        .iter()
        .enumerate()
        .any(|(p, x)| p != pos && is_institution_head(x));
    // A country or city that is a given name too opens a body's name as the place ("Kenya
    // National Commission", "Georgia Power").
    let opens_with_given =
        k.is_given_name(texts[0]) && !VOCAB.contains(texts[0]) && !owns(0) && !k.is_place(texts[0]);
    // A given name before a head no surname is ("Hope Office") names a body, not a person.
    let given_and_head = named.len() == 2
        && pos == 0
        && is_institution_head(named[1])
        && k.surname_rank(named[1]).is_none();
    let body_with_head = has_head && (named.len() >= 3 || given_and_head);
    let person = !institution_shaped && (after_person || opens_with_given && !body_with_head);
    // The story writes the same name with this word one slip away: "Swiss Bank" ... "Swiss Back".
    let first = w.chars().next()?;
    let slot = (!person)
        .then(|| masked.get(&key(doc, &r.words, Some((pos, "*")))))
        .flatten();
    for &(meant, other_span) in slot.into_iter().flatten() {
        if other_span == r.span
            || meant.len() < 4
            || !meant.starts_with(first)
            || spelling_variants(w, meant)
            || !(others_are_vocab || VOCAB.contains(meant))
            // A word is no slip for a non-word: the other spelling is the slip.
            || is_word && !crate::data::is_word(meant)
        {
            continue;
        }
        // Endings change words, not spellings ("Sri Lankan", "Lord of the Rings"), except a
        // head made plural ("World Banks").
        let (fw, fm) = (fold(w), fold(meant));
        let made_plural =
            is_institution_head(meant) && fw.len() == fm.len() + 1 && fw.ends_with('s');
        if (fw.starts_with(&fm) || fm.starts_with(&fw)) && !made_plural {
            continue;
        }
        if made_plural
            && (super::known_institution::before_of(doc, i)
                || super::known_institution::several(doc, r.words[0], i))
        {
            continue;
        }
        let Some(slip) = typing_slip(w, meant) else {
            continue;
        };
        if slip == Slip::Accent || k.is_given_name(w) && !is_word {
            continue;
        }
        let other = crate::strings::one_line(doc.slice(other_span));
        return Some(
            Diagnostic::new(
                &InstitutionWord::META,
                span,
                format!(
                    "word \"{w}\" in \"{}\" looks like a slip for \"{meant}\"",
                    name()
                ),
            )
            .label(format!("written this way once: {}", slip.describe()))
            .evidence(other_span, format!("\"{other}\" here"))
            .fix(meant.to_string()),
        );
    }
    if w.chars().skip(1).any(char::is_uppercase) {
        return None;
    }
    if !is_word {
        if k.is_given_name(w) {
            return None;
        }
        // A non-word one slip from a word institution names are made of, in a name that holds
        // such words: "Natoinal Association", "Ministry of Foriegn Affairs".
        let (meant, slip) = slip_of(w, false)?;
        let next_to_vocab = [pos.wrapping_sub(1), pos + 1]
            .iter()
            .any(|&p| texts.get(p).is_some_and(|x| VOCAB.contains(x)));
        // A head where heads stand needs nothing more ("Christiania Benk", "Bonk of Tokyo");
        // another word needs a word of institution names beside it, and no person's name.
        let head = is_institution_head(meant) && head_position && meant.len() >= 4;
        // A form no text writes, in a name with a head elsewhere ("Leisure Softwaer
        // Publishers Association").
        // A form no text writes one slip from a long word of such names needs no more ("Ames
        // Depertment Stores", "Tower Cmmission Report"): few names are one letter from one.
        let in_a_body = (body_with_head || meant.len() >= 7)
            && crate::strings::with_lowercase(w, crate::data::token_rarity).is_none();
        if !(head || (next_to_vocab || in_a_body) && !person) {
            return None;
        }
        return Some(
            Diagnostic::new(
                &InstitutionWord::META,
                span,
                format!(
                    "word \"{w}\" in \"{}\" looks like a slip for \"{meant}\"",
                    name()
                ),
            )
            .label(format!("not a word: {}", slip.describe()))
            .help(format!("institution names use \"{meant}\""))
            .fix(meant.to_string()),
        );
    }
    // A real word where the head belongs: "Liberal Democratic Parry", "Central Bang".
    if !head_position
        || t.starts_sentence()
        || NOT_HEAD_SLIPS.contains(&w)
        || k.gendered_word(w).is_some()
    {
        return None;
    }
    // The name around it is an institution's: "Liberal Democratic Parry", "Bang of Japan".
    let context = if pos + 1 == texts.len() {
        pos > 0 && VOCAB.contains(texts[pos - 1]) && !k.is_place(texts[pos - 1])
    } else {
        texts
            .get(pos + 1)
            .is_some_and(|x| k.is_place(x) || VOCAB.contains(x))
    };
    if !context {
        return None;
    }
    let (meant, slip) = slip_of(w, true)?;
    if !is_institution_head(meant) || meant.len() < 4 || meant.ends_with('s') {
        return None;
    }
    Some(
        Diagnostic::new(
            &InstitutionWord::META,
            span,
            format!(
                "word \"{w}\" in \"{}\" looks like a slip for \"{meant}\"",
                name()
            ),
        )
        .label(format!(
            "a real word where the name's head \"{meant}\" belongs: {}",
            slip.describe()
        ))
        .fix(meant.to_string()),
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn data_packs_load() {
        for w in [
            "Security",
            "Foreign",
            "Development",
            "Academy",
            "Bank",
            "National",
        ] {
            assert!(VOCAB.contains(w), "{w} missing from institution-words.txt");
        }
        // Place names from university names are left out.
        assert!(!VOCAB.contains("California"));
        for w in ["Nacional", "Societe", "Banco", "Telekom"] {
            assert!(
                FOREIGN.contains(w),
                "{w} missing from institution-foreign.txt"
            );
        }
        let counsel = &CONFUSABLES["Counsel"][0];
        assert_eq!(counsel.meant, "Council");
        assert!(!counsel.after && counsel.neighbours.contains(&"Security"));
    }

    #[test]
    fn bodies_are_heads() {
        for b in super::BODIES {
            assert!(
                is_institution_head(b),
                "{b} is no head of institution-heads.txt"
            );
        }
    }

    #[test]
    fn slips_of_institution_words() {
        assert_eq!(
            slip_of("Natoinal", false),
            Some(("National", Slip::Transposition))
        );
        assert_eq!(
            slip_of("Departmnt", false),
            Some(("Department", Slip::Dropped))
        );
        // Plurals, other languages' endings and spelling variants are not slips.
        assert_eq!(slip_of("Generali", false), None);
        assert_eq!(slip_of("Partner", true), None);
        assert!(spelling_variants("Centre", "Center"));
        assert!(spelling_variants("Organisation", "Organization"));
        assert!(spelling_variants("Labour", "Labor"));
        assert_eq!(slip_of("Count", true), Some(("Court", Slip::Substituted)));
    }
}
