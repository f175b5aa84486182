//! People in a story: their mention chains, the gender evidence each carries, and the pronouns
//! bound to them.
//!
//! A full name ("Justice Samuel Alito", "Kwame Mensah") opens a person; a later surname ("Alito",
//! "Mr Mensah") joins it when no other person of the story shares that surname. Evidence of each
//! person's sex: gendered honorifics ("Mr", "Dame"), role nouns before the name ("actress"), the
//! given name (US birth counts and an international list), and the pronouns bound to the person.
//!
//! Pronouns are bound only by patterns that leave one reading, most reliable first:
//! "NAME said (that) he", "NAME, who ..., said she", a pronoun that reports inside a sentence whose
//! subject is NAME ("..., which she said"), a sentence-initial "He"/"She" right after a sentence
//! whose subject is NAME with nobody else of that sex in it, and a possessive or subordinate-clause
//! pronoun in NAME's own clause ("NAME, who ran her first marathon", "NAME watched from Paris,
//! where she ..."). A pronoun that could stand for two people is left unbound.

use crate::data::data_lines;
use crate::document::{Document, Gap, TokenKind};
use crate::knowledge::{Gender, Knowledge};
use crate::span::Span;
use rustc_hash::{FxHashMap as HashMap, FxHashSet as HashSet};
use std::sync::LazyLock;

const TITLES_TXT: &str = include_str!("../rules/person-titles.txt");
const NAME_HEADS_TXT: &str = include_str!("../rules/name-heads.txt");
const PERSON_NOUNS_TXT: &str = include_str!("../rules/person-nouns.txt");

/// Nouns whose most frequent sense is a kind of person ("soldier", "tourist"):
/// `rules/person-nouns.txt`.
pub static PERSON_NOUNS: LazyLock<HashSet<&'static str>> =
    LazyLock::new(|| data_lines(PERSON_NOUNS_TXT).collect());

/// Whether `w` names a kind of person that is no body or firm ([`PERSON_NOUNS`] but not
/// [`BODY_NOUNS`]): someone a pronoun may stand for ("the chair", not "the watchdog").
pub fn names_someone(w: &str) -> bool {
    PERSON_NOUNS.contains(w) && !BODY_NOUNS.contains(&w)
}

static TITLES: LazyLock<HashSet<&'static str>> = LazyLock::new(|| data_lines(TITLES_TXT).collect());
static NAME_HEADS: LazyLock<HashSet<&'static str>> =
    LazyLock::new(|| data_lines(NAME_HEADS_TXT).collect());

/// The titles and offices of `rules/person-titles.txt`.
pub fn titles() -> impl Iterator<Item = &'static str> {
    TITLES.iter().copied()
}

/// A title before a name, singular or plural: "President", "Justices".
pub fn is_title_word(w: &str) -> bool {
    let title =
        |w: &str| TITLES.contains(w) || w.strip_suffix('s').is_some_and(|w| TITLES.contains(w));
    // "Secretary-General", "Attorney-General", "Governor-General"
    title(w) || w.split_once('-').is_some_and(|(a, b)| title(a) && title(b))
}

/// Those a speaker tells something, between "told" and the pronoun without "that": "NAME told
/// MPs he would ...", "told reporters she".
const AUDIENCES: &[&str] = &[
    "MPs",
    "reporters",
    "journalists",
    "lawmakers",
    "legislators",
    "delegates",
    "supporters",
    "parliament",
    "Parliament",
    "Congress",
    "shareholders",
    "investors",
    "analysts",
    "Reuters",
    "AFP",
    "AP",
    "BBC",
    "CNN",
];

/// Verbs of telling whose audience stands between them and what was told.
const TELLING: &[&str] = &[
    "told",
    "tells",
    "assured",
    "assures",
    "warned",
    "reminded",
    "informed",
    "telling",
    "assuring",
    "warning",
    "reminding",
];

/// Verbs that report speech or thought: "NAME said he ...".
pub static REPORTING: crate::strings::WordSet = crate::strings::WordSet::new(&[
    "said",
    "says",
    "say",
    "told",
    "tells",
    "added",
    "adds",
    "insisted",
    "insists",
    "argued",
    "argues",
    "claimed",
    "claims",
    "confirmed",
    "confirms",
    "denied",
    "denies",
    "warned",
    "warns",
    "stressed",
    "admitted",
    "admits",
    "announced",
    "explained",
    "hoped",
    "hopes",
    "accepted",
    "declared",
    "indicated",
    "suggested",
    "acknowledged",
    "noted",
    "replied",
    "promised",
    "revealed",
    "conceded",
    "maintained",
    "predicted",
    "believes",
    "believed",
    "thinks",
    "thought",
    "felt",
    "feels",
    "knew",
    "knows",
    "wrote",
    "writes",
    "recalled",
    "agreed",
    "vowed",
    "pledged",
    "signalled",
    "signaled",
    "hinted",
    "complained",
    "stated",
    "expects",
    "expected",
    "assured",
    "reiterated",
    "estimated",
    "feared",
    "fears",
    "realised",
    "realized",
    "decided",
    "testified",
    "disclosed",
    "concluded",
    "emphasised",
    "emphasized",
    "asserted",
    "reckons",
    "reckoned",
]);

/// A verb that reports speech or thought: "said", "added".
pub fn is_reporting(w: &str) -> bool {
    REPORTING.contains(w)
}

/// Those who speak for someone and are no "he" or "she" themselves: "Emefiele's lawyers".
const SPEAKING_FOR: &[&str] = &[
    "lawyers",
    "attorneys",
    "family",
    "relatives",
    "representatives",
    "aides",
    "advisers",
    "office",
    "campaign",
    "spokespeople",
];

/// Words between a reporting verb and its subject: "Smith has also said he ...".
const AUXILIARIES: &[&str] = &[
    "has",
    "had",
    "have",
    "also",
    "later",
    "then",
    "again",
    "previously",
    "repeatedly",
    "once",
    "earlier",
    "first",
    "reportedly",
    "publicly",
    "privately",
    "himself",
    "herself",
    "would",
    "will",
    "always",
    "often",
    "recently",
    "further",
    "quickly",
];

/// Person nouns (WordNet's) that wire copy uses of bodies and firms: "has written to the
/// watchdog", "the lender said". No "she" stands for one.
const BODY_NOUNS: &[&str] = &[
    "watchdog",
    "broadcaster",
    "carrier",
    "lender",
    "retailer",
    "maker",
    "supplier",
    "provider",
    "bidder",
    "creditor",
];

/// Words that open a subordinate clause whose subject may be the main clause's: "NAME arrived,
/// where she ...".
const SUBORDINATORS: &[&str] = &[
    "where", "when", "as", "after", "before", "because", "while", "although", "though", "since",
    "until", "and", "but", "so", "if", "once", "whereas",
];

/// Function words after "her" that show it is an object, not a possessive ("beat her in").
const NOT_NOUN: &[&str] = &[
    "in", "on", "at", "to", "and", "or", "but", "as", "with", "from", "by", "for", "that", "the",
    "a", "an", "after", "before", "was", "is", "of", "into", "out", "up", "down", "off", "back",
    "over", "about", "when", "while", "if", "than", "so", "not", "because", "how", "what", "who",
    "which", "this", "her", "his", "their", "its", "again", "too", "also", "last", "this", "next",
    "during", "since", "until", "without", "through", "against", "along", "around", "away",
];

/// "her" at token `j` as an object, not a possessive: before a function word or punctuation
/// ("congratulated her on", "shot her.").
pub fn her_as_object(doc: &Document, j: usize) -> bool {
    doc.tok(j) == "her"
        && (doc.kind_at(j as isize + 1) != Some(TokenKind::Word)
            || NOT_NOUN.contains(&doc.tok_at(j as isize + 1)))
}

/// Styles after "His" and "Her": "Her Majesty", "His Excellency".
const STYLES: &[&str] = &[
    "Majesty",
    "Excellency",
    "Highness",
    "Holiness",
    "Royal",
    "Grace",
    "Lordship",
    "Ladyship",
    "Honour",
    "Honor",
    "Eminence",
];

/// Particles inside names: "Ursula von der Leyen", "Luiz Inacio Lula da Silva".
const PARTICLES: &[&str] = &[
    "de", "da", "do", "dos", "das", "van", "von", "der", "den", "bin", "ibn", "al", "el", "le",
    "la", "di", "del", "della", "du", "ter", "ten", "y", "bint",
];

/// Lower-case words that may stand before a sentence's subject: "former coach Tony Smith said".
static BEFORE_SUBJECT: crate::strings::WordSet = crate::strings::WordSet::new(&[
    "said",
    "says",
    "the",
    "former",
    "then",
    "new",
    "acting",
    "deputy",
    "vice",
    "chief",
    "leader",
    "spokesman",
    "spokeswoman",
    "spokesperson",
    "head",
    "director",
    "chairman",
    "chairwoman",
    "executive",
    "minister",
    "secretary",
    "general",
    "coach",
    "manager",
    "captain",
    "striker",
    "singer",
    "actor",
    "actress",
    "author",
    "writer",
    "economist",
    "analyst",
    "lawyer",
    "judge",
    "justice",
    "prosecutor",
    "senator",
    "governor",
    "mayor",
    "president",
    "premier",
    "chancellor",
    "ambassador",
    "envoy",
    "commissioner",
    "founder",
    "owner",
    "boss",
    "champion",
    "player",
    "star",
    "veteran",
    "defending",
    "reigning",
    "opposition",
    "party",
    "prime",
    "foreign",
    "finance",
    "defence",
    "defense",
    "interior",
    "health",
    "officer",
    "official",
    "chair",
    "fellow",
    "teammate",
    "colleague",
    "rival",
    "candidate",
    "pilot",
    "officials",
    "campaigner",
    "activist",
    "businessman",
    "businesswoman",
    "chef",
    "presenter",
    "host",
    "comedian",
    "musician",
    "rapper",
    "novelist",
    "poet",
    "scientist",
    "professor",
    "researcher",
    "doctor",
    "runner",
    "sprinter",
    "swimmer",
    "cyclist",
    "golfer",
    "boxer",
    "climber",
    "skier",
    "skater",
    "gymnast",
    "athlete",
    "conductor",
    "composer",
    "pianist",
    "violinist",
    "cellist",
    "soprano",
    "tenor",
    "filmmaker",
    "lawmaker",
    "legislator",
    "entrepreneur",
    "billionaire",
    "investor",
    "journalist",
    "photographer",
    "designer",
    "architect",
    "artist",
    "dancer",
    "painter",
    "playwright",
]);

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum EvidenceKind {
    /// "Mr", "Dame", "Queen": before a name.
    Honorific,
    /// "actress", "chairman"-like role nouns before a name.
    RoleNoun,
    /// The person's given name.
    GivenName,
    /// The person's full name is a public figure's in `rules/public-figures.tsv`.
    KnownPerson,
    /// A pronoun bound to the person.
    Pronoun,
    /// The person's own words in a quotation they are named as speaking: "I am a mother",
    /// "As a father, I ...".
    SelfDescribed,
}

#[derive(Clone, Copy, Debug)]
pub struct Evidence {
    pub gender: Gender,
    pub weight: u32,
    pub span: Span,
    pub kind: EvidenceKind,
    /// The bound pronoun's token, for pronoun evidence.
    pub token: Option<usize>,
}

#[derive(Clone, Debug)]
pub struct Person {
    /// The fullest name the story gives, first written.
    pub name: Span,
    given: Option<String>,
    pub evidence: Vec<Evidence>,
    /// Offices written before the name, in lower case ("minister", "coach"): "the minister"
    /// stands for this person when nobody else holds the office.
    roles: Vec<String>,
    /// The evidence's summed weight for each sex, and the pronouns' by token, so that a
    /// story of thousands of pronouns for one person asks in constant time.
    totals: [u32; 2],
    by_token: HashMap<usize, (Gender, u32)>,
}

impl Person {
    fn add(&mut self, e: Evidence) {
        self.totals[e.gender as usize] += e.weight;
        if let Some(t) = e.token {
            let slot = self.by_token.entry(t).or_insert((e.gender, 0));
            if slot.0 == e.gender {
                slot.1 += e.weight;
            }
        }
        self.evidence.push(e);
    }

    /// Summed weight of the evidence for `g`, leaving out the pronoun at token `except`.
    pub fn weight(&self, g: Gender, except: Option<usize>) -> u32 {
        let left_out = except
            .and_then(|t| self.by_token.get(&t))
            .filter(|(eg, _)| *eg == g)
            .map_or(0, |&(_, w)| w);
        self.totals[g as usize] - left_out
    }

    /// The weights names, titles and role nouns give each sex (male, female): pronouns aside.
    fn name_weights(&self) -> (u32, u32) {
        let w = |g: Gender| -> u32 {
            self.evidence
                .iter()
                .filter(|e| e.gender == g && e.kind != EvidenceKind::Pronoun)
                .map(|e| e.weight)
                .sum()
        };
        (w(Gender::Male), w(Gender::Female))
    }

    /// The sex given by names, titles and role nouns alone, by a clear margin.
    pub fn known_gender(&self) -> Option<Gender> {
        let (m, f) = self.name_weights();
        if m >= f + 2 {
            Some(Gender::Male)
        } else if f >= m + 2 {
            Some(Gender::Female)
        } else {
            None
        }
    }

    /// The sex names, titles and role nouns lean to, by any margin: "Jade" (a woman's name
    /// nine times in ten) leans female.
    pub fn leaning(&self) -> Option<Gender> {
        let (m, f) = self.name_weights();
        match m.cmp(&f) {
            std::cmp::Ordering::Greater => Some(Gender::Male),
            std::cmp::Ordering::Less => Some(Gender::Female),
            std::cmp::Ordering::Equal => None,
        }
    }

    /// The sex the evidence gives by a clear margin (pronouns bound so far included).
    pub fn gender(&self) -> Option<Gender> {
        self.gender_apart_from(None)
    }

    /// [`Person::gender`], leaving out the pronoun at token `except`.
    pub fn gender_apart_from(&self, except: Option<usize>) -> Option<Gender> {
        let (m, f) = (
            self.weight(Gender::Male, except),
            self.weight(Gender::Female, except),
        );
        if m >= f + 2 {
            Some(Gender::Male)
        } else if f >= m + 2 {
            Some(Gender::Female)
        } else {
            None
        }
    }
}

/// One place where the story names a person.
#[derive(Clone, Copy, Debug)]
pub struct PersonMention {
    /// First token of the run, titles included ("Justice" in "Justice Samuel Alito").
    pub first: usize,
    /// First token of the name proper.
    pub name_first: usize,
    /// One past the last token of the name.
    pub end: usize,
    /// The person, or `None` when two people share the word ("Duterte").
    pub person: Option<usize>,
    /// "Blair's": the name owns something and is not the clause's subject.
    pub possessive: bool,
}

impl PersonMention {
    /// "NAME, who ...": a relative clause about the person opens after the name.
    pub fn opens_who_clause(&self, doc: &Document) -> bool {
        doc.tok_at(self.end as isize) == "," && doc.tok_at(self.end as isize + 1) == "who"
    }

    /// Named in apposition to someone's relative or partner: "her partner, Clarke Gayford",
    /// "his former girlfriend, Caroline Ellison".
    pub fn names_a_relative(&self, doc: &Document, k: &Knowledge) -> bool {
        self.relatives_owner(doc, k).is_some()
    }

    /// The possessive that owns the relative this mention is in apposition to: "her" in "her
    /// partner, Clarke Gayford".
    pub fn relatives_owner(&self, doc: &Document, k: &Knowledge) -> Option<usize> {
        let j = self.first as isize;
        let noun = doc.tok_at(j - 2);
        let relative = doc.tok_at(j - 1) == ","
            && (matches!(
                noun,
                "partner" | "spouse" | "fiance" | "fiancee" | "child" | "sibling" | "cousin"
            ) || k.gendered_word(noun).is_some_and(|(_, h)| !h));
        if !relative {
            return None;
        }
        (3..=5)
            .find(|&back| {
                let owner = doc.tok_at(j - back);
                (matches!(owner, "his" | "her" | "His" | "Her" | "their" | "Their")
                    || doc.kind_at(j - back) == Some(TokenKind::Word) && strip_possessive(owner).1)
                    && (j - back + 1..j - 2)
                        .all(|n| doc.kind_at(n) == Some(TokenKind::Word) && !doc.is_title_at(n))
            })
            .map(|back| (j - back) as usize)
    }

    /// The name proper, without titles: "Samuel Alito" in "Justice Samuel Alito".
    pub fn name_span(&self, doc: &Document) -> Span {
        doc.tokens[self.name_first]
            .span
            .cover(doc.tokens[self.end - 1].span)
    }
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum BindKind {
    /// "NAME said he"
    Reported,
    /// "..., which she said" in NAME's reporting sentence
    ReportedInside,
    /// "He" after NAME's sentence
    NextSentence,
    /// "NAME, who ran her first", "NAME ... where she"
    SameClause,
    /// The one person near the pronoun who is not known to be of the other sex: "Malm said he
    /// had reached Han at her home". Evidence for the person, never flagged itself.
    Elimination,
}

#[derive(Clone, Copy, Debug)]
pub struct Binding {
    pub pronoun: usize,
    pub gender: Gender,
    pub person: usize,
    /// The mention that binds it.
    pub mention: usize,
    pub kind: BindKind,
}

/// A quotation and, when the story says, who speaks it.
#[derive(Clone, Copy, Debug)]
pub struct Quotation {
    /// Token range, quotation marks included.
    pub first: usize,
    pub end: usize,
    /// The speaking person and the token that names them ("Smith" in "..., Smith said", or the
    /// bound "she" of "..., she said").
    pub speaker: Option<(usize, usize)>,
}

#[derive(Default, Debug)]
pub struct People {
    pub persons: Vec<Person>,
    /// Mentions in text order.
    pub mentions: Vec<PersonMention>,
    pub bindings: Vec<Binding>,
    /// Quotations of three words or more, in text order.
    pub quotations: Vec<Quotation>,
    /// "I", "me", "my" inside a quotation, bound to its speaker: (token, person).
    pub first_person: Vec<(usize, usize)>,
    /// Each person's mentions: how many, and the token of the first; by person.
    named: Vec<(u32, usize)>,
    /// Whom the story is most about: the person it names first and more often than anyone.
    topic: Option<usize>,
    /// By pronoun gender (`Gender as usize`): the first-mention tokens, in order, of the people
    /// not known by name, title or role to be of the other sex.
    may_be: [Vec<usize>; 2],
    /// By gender: the first token that is a pronoun of it (quoted or not) or a word of it
    /// ("wife", "Queen"): who a pronoun may stand for besides the people named.
    first_sign: [usize; 2],
    /// By sentence: the person who is its subject, as binding found them.
    subjects: Vec<Option<usize>>,
}

/// The gender of a personal pronoun, and whether it is nominative ("he", "she").
pub fn pronoun(word: &str) -> Option<(Gender, PronounCase)> {
    if word.len() > 7 || !word.starts_with(['h', 'H', 's', 'S']) {
        return None;
    }
    const PRONOUNS: [(&str, Gender, PronounCase); 8] = [
        ("he", Gender::Male, PronounCase::Subject),
        ("she", Gender::Female, PronounCase::Subject),
        ("his", Gender::Male, PronounCase::Possessive),
        ("her", Gender::Female, PronounCase::Possessive),
        ("him", Gender::Male, PronounCase::Object),
        ("himself", Gender::Male, PronounCase::Object),
        ("hers", Gender::Female, PronounCase::Object),
        ("herself", Gender::Female, PronounCase::Object),
    ];
    PRONOUNS
        .iter()
        .find(|(p, _, _)| p.eq_ignore_ascii_case(word))
        .map(|&(_, g, case)| (g, case))
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum PronounCase {
    Subject,
    /// "his", "her" (which may also be an object)
    Possessive,
    Object,
}

pub fn strip_possessive(w: &str) -> (&str, bool) {
    match w.strip_suffix("'s").or_else(|| w.strip_suffix("’s")) {
        Some(b) => (b, true),
        None => match w.strip_suffix('\'').or_else(|| w.strip_suffix('’')) {
            Some(b) => (b, true),
            None => (w, false),
        },
    }
}

/// A pronoun being bound: its sentence, token, sex and case.
#[derive(Clone, Copy)]
struct Site {
    s: usize,
    i: usize,
    g: Gender,
    case: PronounCase,
}

/// A run of capitalised words: each entry is the token range of one word ("Jean-Pierre" is
/// three tokens).
struct Run {
    words: Vec<(usize, usize)>,
}

impl People {
    pub fn build(doc: &Document, k: &Knowledge) -> People {
        let mut people = People::default();
        let runs = runs(doc);
        let word = |r: (usize, usize)| run_word(doc, r);
        // Pass 1: full names and titled names open people.
        struct Candidate {
            first: usize,
            name_first: usize,
            end: usize,
            name: Span,
            key: String,
            given: Option<(String, Span)>,
            /// The names after a surname written first ("Kang" of "Han Kang"): they tell two
            /// people of one surname apart, as given names do, but say nothing of sex.
            forename: Option<String>,
            honorific: Option<(Gender, Span)>,
            role: Option<(Gender, Span)>,
            possessive: bool,
            opens: bool,
            /// The given name is read as one, not as a place ("Eugene Rotberg").
            given_ok: bool,
        }
        impl Candidate {
            /// The given name, or the names after a surname written first.
            fn forename(&self) -> Option<&str> {
                self.given
                    .as_ref()
                    .map(|g| g.0.as_str())
                    .or(self.forename.as_deref())
            }
        }
        let surname_heads = surnames_that_end_places(doc, k, &runs);
        let mut cands: Vec<Candidate> = Vec::new();
        for run in &runs {
            let ws = &run.words;
            let mut i = 0;
            let mut titled = false;
            let mut honorific = None;
            // After the last title the name begins: "South Korean President Yoon Suk Yeol".
            if let Some(t) = (0..ws.len().saturating_sub(1)).rev().find(|&t| {
                let w = word(ws[t]);
                is_title_word(w) || k.gendered_word(w).is_some_and(|(_, h)| h)
            }) {
                for &r in &ws[..t] {
                    if let Some((g, true)) = k.gendered_word(word(r)) {
                        honorific = Some((g, doc.tokens[r.0].span));
                    }
                }
                i = t;
            }
            while i < ws.len() {
                let w = word(ws[i]);
                if let Some((g, true)) = k.gendered_word(w) {
                    honorific = Some((g, doc.tokens[ws[i].0].span));
                    titled = true;
                } else if is_title_word(w) {
                    titled = true;
                } else if i + 1 < ws.len()
                    && (!k.is_given_name(w) && !word_given_before_surname(doc, k, w, &ws[i + 1..])
                        // "Author Lee Mi-rae", "Lawyer Ann Cole": a role some are named
                        || BEFORE_SUBJECT.contains(&w.to_ascii_lowercase())
                            && k.is_given_name(word(ws[i + 1])))
                    && (crate::data::is_word(w)
                        || k.is_place(w)
                        || k.is_institution_head(w)
                        || k.is_generic_modifier(w))
                {
                    // "Transportation Secretary", "Mississippi Attorney General", "The"
                } else if i + 1 < ws.len() && {
                    // "Britain's Toby Roberts", "Slovenia's Janja Garnbret", "Labour's Yvette
                    // Cooper" (not "Milan's La Scala": a given name follows; nor "Mary's John",
                    // one person's another, nor "Ask's My Jeeves", an everyday word)
                    let (owner, owns) = strip_possessive(w);
                    let given = word(ws[i + 1]);
                    owns && k.is_given_name(given)
                        && (k.is_place(owner)
                            || !k.is_given_name(owner)
                                && crate::data::word_rarity(&given.to_ascii_lowercase())
                                    .is_none_or(|r| r > 320))
                } {
                } else {
                    break;
                }
                i += 1;
            }
            let mut name = &ws[i..];
            // A title word misspelt into a form no text writes is no part of the name: "Treasury
            // Seeretary James Baker" names James Baker.
            if name.len() >= 3 {
                let (first, second) = (word(name[0]), word(name[1]));
                if first.bytes().all(|b| b.is_ascii_alphabetic())
                    && !k.is_given_name(first)
                    && !k.is_chinese_surname(first)
                    && crate::strings::with_lowercase(first, crate::data::token_rarity).is_none()
                    && k.is_given_name(second)
                    && !crate::strings::with_lowercase(second, crate::data::is_word)
                {
                    titled = true;
                    name = &name[1..];
                }
            }
            // A title word before a suffix alone is part of the name: "Martin Luther King Jr".
            if let [only] = name
                && matches!(word(*only), "Jr" | "Sr")
                && i > 0
            {
                // The whole run when it opens with a given name ("Martin Luther King Jr").
                name = if k.is_given_name(word(ws[0])) {
                    ws
                } else {
                    &ws[i - 1..]
                };
                honorific = None;
                titled = false;
            }
            // Suffixes are not the surname.
            while let Some((last, rest)) = name.split_last() {
                if matches!(word(*last), "Jr" | "Sr") && !rest.is_empty() {
                    name = rest;
                } else {
                    break;
                }
            }
            // A person's name owns what follows: "Giorgia Meloni's Brothers of Italy party",
            // "Silvio Berlusconi's Forza Italia" name Meloni and Berlusconi.
            if let Some(n) = name
                .iter()
                .take(name.len().saturating_sub(1))
                .position(|&r| strip_possessive(word(r)).1)
                .filter(|&n| n > 0 && k.is_given_name(word(name[0])))
            {
                name = &name[..=n];
            }
            if name.is_empty() {
                continue;
            }
            let (last_word, possessive) = strip_possessive(word(name[name.len() - 1]));
            let possessive = possessive || strip_possessive(word(*ws.last().unwrap())).1;
            // Words that end names of things, institutions and generic words are not people's.
            // ("Fiona Hill" and "Hill" are a person's in a story that shows her one.)
            let surname_head = |w: &str| {
                surname_heads.iter().any(|&(g, sur)| {
                    sur == w
                        && (name.len() == 1
                            || name.len() == 2 && strip_possessive(word(name[0])).0 == g)
                })
            };
            if name.iter().enumerate().any(|(n, &r)| {
                let (w, _) = strip_possessive(word(r));
                NAME_HEADS.contains(w) && !surname_head(w)
                    || k.is_institution_head(w)
                    || k.is_generic_modifier(w)
                    || crate::calendar::lookup(w).is_some()
                        // "Theresa May", "Brian May": a surname after a given name
                        && !(n > 0
                            && matches!(w, "May" | "June" | "April" | "August")
                            && !day_word(doc.tok_at(r.1 as isize))
                            && k.is_given_name(word(name[0])))
            }) {
                continue;
            }
            let name_first = name[0].0;
            let end = name[name.len() - 1].1;
            let mut name_span = doc.tokens[name_first].span.cover(doc.tokens[end - 1].span);
            // "Meloni's" names Meloni.
            // (The name's last word may be several tokens: "Borg-Warner's".)
            let (last_tok, owns) = strip_possessive(doc.tok(end - 1));
            if owns {
                name_span.end = doc.tokens[end - 1].span.start + last_tok.len() as u32;
            }
            // The word before the run: a role noun ("actress Jane Doe").
            let role = (ws[0].0 > 0)
                .then(|| ws[0].0 - 1)
                .filter(|&b| doc.tokens[b].kind == TokenKind::Word && !doc.tokens[b].is_title())
                .and_then(|b| {
                    k.gendered_word(doc.tok(b))
                        .filter(|(_, h)| !h)
                        .map(|(g, _)| (g, doc.tokens[b].span))
                })
                .or_else(|| {
                    // In apposition to someone's relative: "Her father, Han Seung-won, ...",
                    // "Kipyegon's husband, Timothy Kitum, ...".
                    let b = ws[0].0.checked_sub(3)?;
                    let owner = doc.tok(b);
                    let owns =
                        matches!(owner, "his" | "her" | "His" | "Her") || strip_possessive(owner).1;
                    (owns && doc.tok(b + 2) == "," && !doc.tokens[b + 1].is_title())
                        .then(|| k.gendered_word(doc.tok(b + 1)))
                        .flatten()
                        .filter(|(_, h)| !h)
                        .map(|(g, _)| (g, doc.tokens[b + 1].span))
                });
            let first_word = word(name[0]);
            // "Von der Leyen" opening a sentence is a surname alone, not a given name "Von".
            let single = name.len() == 1
                || PARTICLES.contains(&first_word.to_ascii_lowercase().as_str())
                    && name[1..]
                        .iter()
                        .all(|&r| doc.tokens[r.0].is_title() || PARTICLES.contains(&word(r)));
            let mut given = None;
            let mut forename = None;
            let mut given_ok = false;
            let mut key = last_word.to_string();
            let opens = if single {
                // "Mr Howard", "President Macron": a titled surname opens a person when it is
                // no everyday word ("President Bush" stays unknown; "Mr Brown" does not).
                honorific.is_some()
                    || (titled
                        && !crate::strings::with_lowercase(last_word, crate::data::is_word)
                        && !role_then_name(doc, k, end))
            } else {
                let surname_first = k.is_chinese_surname(first_word);
                // "Jordan Mills, a jazz pianist,": a common given name that is a country's
                // too, before a surname, is a person's where an apposition names a kind of
                // person or the name speaks.
                let described = || {
                    k.given_name(first_word)
                        .is_some_and(|g| g.female + g.male >= 30_000)
                        && name[1..]
                            .iter()
                            .all(|&r| !k.is_place(strip_possessive(word(r)).0))
                        && (appositive_role(doc, end).is_some()
                            || REPORTING.contains(doc.tok_at(end as isize)))
                };
                given_ok = titled || given_not_place(doc, k, first_word, &name[1..]) || described();
                if surname_first {
                    key = first_word.to_string();
                    let (last, _) = strip_possessive(word(name[name.len() - 1]));
                    let from = doc.tokens[name[1].0].span.start as usize;
                    let to = doc.tokens[name[name.len() - 1].0].span.start as usize + last.len();
                    forename = Some(doc.text[from..to].to_string());
                } else {
                    given = Some((first_word.to_string(), doc.tokens[name[0].0].span));
                }
                // "Ireland Under-21", "Washington Post": a place is no given name here.
                // "Mats Malm": a listed given name that is an English word too, before a
                // surname no text writes as a word, inside a sentence.
                let word_given = !doc.tokens[ws[0].0].starts_sentence()
                    && word_given_before_surname(doc, k, first_word, &name[1..]);
                let known_given =
                    !surname_first && (k.is_given_name(first_word) || word_given) && given_ok;
                // "West Germany", "Northern Ireland", "New Caledonia": a place.
                let compass_place = name.len() > 1
                    && matches!(
                        first_word,
                        "North"
                            | "South"
                            | "East"
                            | "West"
                            | "Northern"
                            | "Southern"
                            | "Eastern"
                            | "Western"
                            | "Central"
                            | "New"
                            | "Upper"
                            | "Lower"
                            | "Greater"
                    )
                    && k.is_place(word(name[name.len() - 1]));
                let all_places = compass_place || name.iter().all(|&r| k.is_place(word(r)));
                let after = doc.tok_at(end as isize);
                let name_like = name.iter().all(|&r| {
                    let (w, _) = strip_possessive(word(r));
                    !crate::data::is_word(w) && !k.is_place(w)
                }) && (!doc.tokens[ws[0].0].starts_sentence()
                    || after == ","
                    || REPORTING.contains(after));
                // "won at Roland Garros", "a banker at Morgan Stanley": a venue or a firm
                // named after someone (not "looked at", "hit out at" someone).
                let at_a_place = doc.tok_at(ws[0].0 as isize - 1) == "at"
                    && !matches!(
                        doc.tok_at(ws[0].0 as isize - 2),
                        "look"
                            | "looked"
                            | "looking"
                            | "stared"
                            | "glanced"
                            | "laughed"
                            | "shouted"
                            | "swipe"
                            | "aimed"
                            | "pointed"
                            | "out"
                            | "jab"
                            | "jabs"
                            | "angry"
                            | "furious"
                            | "directed"
                            | "targeted"
                    );
                let a_place = all_places
                    || at_a_place && !titled && honorific.is_none()
                    || k.is_place(doc.slice(name_span));
                // "Economic Freedom Fighters", "Green Party Workers": a rare given name
                // before a plural of an everyday noun names a group, not a person (but "Tiger
                // Woods", "Tyra Banks": surnames the lists know; "Ed Balls": a common name).
                let a_group = !titled
                    && honorific.is_none()
                    && k.given_name(first_word)
                        .is_none_or(|g| g.female + g.male < 10_000)
                    && last_word.len() > 3
                    && last_word.ends_with('s')
                    && !last_word.ends_with("ss")
                    && k.surname_rank(last_word).is_none()
                    && crate::strings::with_lowercase(&last_word[..last_word.len() - 1], |one| {
                        crate::data::word_rarity(one).is_some_and(|r| r <= 500)
                    });
                !a_place
                    && !a_group
                    && (titled
                        || honorific.is_some()
                        || known_given
                        || surname_first && name.len() == 2
                        || name_like)
            };
            cands.push(Candidate {
                first: ws[0].0,
                name_first,
                end,
                name: name_span,
                key,
                given,
                forename,
                honorific,
                role,
                possessive,
                opens,
                given_ok,
            });
        }
        // Open people in text order; a surname already taken by a person with another given
        // name makes a second person.
        let mut by_key: HashMap<String, Vec<usize>> = HashMap::default();
        let mut cand_person: Vec<Option<usize>> = vec![None; cands.len()];
        for (ci, c) in cands.iter().enumerate() {
            if !c.opens {
                continue;
            }
            let same = by_key.get(&c.key).and_then(|ps| {
                ps.iter()
                    .copied()
                    .find(|&p| match (&people.persons[p].given, c.forename()) {
                        // ... or a word of a surname of two ("Elisa Longo Borghini" ... "Longo
                        // Borghini"): no given name, and the whole name ends with this one.
                        (Some(a), Some(b)) => {
                            a == b
                                || !k.is_given_name(b)
                                    && doc
                                        .slice(people.persons[p].name)
                                        .strip_suffix(doc.slice(c.name))
                                        .is_some_and(|rest| rest.ends_with(' '))
                        }
                        _ => true,
                    })
            });
            let p = match same {
                Some(p) => {
                    if people.persons[p].given.is_none()
                        && let Some(g) = c.forename()
                    {
                        people.persons[p].given = Some(g.to_string());
                        people.persons[p].name = c.name;
                    }
                    p
                }
                None => {
                    people.persons.push(Person {
                        name: c.name,
                        given: c.forename().map(str::to_string),
                        evidence: Vec::new(),
                        totals: [0; 2],
                        by_token: HashMap::default(),
                        roles: Vec::new(),
                    });
                    by_key
                        .entry(c.key.clone())
                        .or_default()
                        .push(people.persons.len() - 1);
                    people.persons.len() - 1
                }
            };
            cand_person[ci] = Some(p);
        }
        // Given names as keys too, when only one person has them ("Han" for "Han Kang" is the
        // surname; "Kalpana" alone is a given name).
        let mut given_key: HashMap<String, Vec<usize>> = HashMap::default();
        for (p, person) in people.persons.iter().enumerate() {
            if let Some(g) = &person.given {
                given_key.entry(g.clone()).or_default().push(p);
            }
        }
        // Names inside a full name of four words or more, by which some are known alone
        // ("Lula" of "Luiz Inacio Lula da Silva").
        let mut middle_key: HashMap<&str, Vec<usize>> = HashMap::default();
        for (p, person) in people.persons.iter().enumerate() {
            let words: Vec<&str> = doc.slice(person.name).split_whitespace().collect();
            if words.len() >= 4 {
                for w in &words[1..words.len() - 1] {
                    if w.chars().next().is_some_and(char::is_uppercase) {
                        middle_key.entry(w).or_default().push(p);
                    }
                }
            }
        }
        // Where each person is first named: a surname stands for the one person of that name
        // the story has named so far ("Chung, 72, ..." before "his brother, Chung Myung-wha").
        let mut opened_at = vec![usize::MAX; people.persons.len()];
        for (ci, c) in cands.iter().enumerate() {
            if let Some(p) = cand_person[ci] {
                opened_at[p] = opened_at[p].min(c.first);
            }
        }
        let named_so_far =
            |ps: &[usize], at: usize| ps.iter().filter(|&&p| opened_at[p] <= at).count();
        // How often each key is written: a slip is written once.
        let mut written: HashMap<&str, usize> = HashMap::default();
        for c in &cands {
            *written.entry(c.key.as_str()).or_default() += 1;
        }
        // Pass 2: every run that names a known person becomes a mention.
        for (ci, c) in cands.iter().enumerate() {
            let person = match cand_person[ci] {
                Some(p) => by_key
                    .get(&c.key)
                    .filter(|ps| named_so_far(ps, c.first) == 1 || c.forename().is_some())
                    .map(|_| p),
                None => {
                    if c.end - c.name_first > 1 && c.forename().is_some() {
                        continue;
                    }
                    match by_key
                        .get(&c.key)
                        .or_else(|| given_key.get(&c.key))
                        .or_else(|| middle_key.get(c.key.as_str()))
                    {
                        Some(ps) if ps.len() == 1 => Some(ps[0]),
                        Some(ps) if named_so_far(ps, c.first) == 1 => {
                            ps.iter().copied().find(|&p| opened_at[p] <= c.first)
                        }
                        Some(_) => None,
                        // A surname alone written once with a typing slip ("Saabalenka's
                        // coach") is still its person, when it is one person's surname and no
                        // word.
                        None => match (written[c.key.as_str()] == 1)
                            .then(|| slipped_surname(doc, k, c.name, &c.key, &by_key))
                            .flatten()
                        {
                            Some(p) => Some(p),
                            None => continue,
                        },
                    }
                }
            };
            if let Some(p) = person {
                let ev = &mut people.persons[p];
                if let Some((g, span)) = c.honorific {
                    ev.add(Evidence {
                        gender: g,
                        weight: 3,
                        span,
                        kind: EvidenceKind::Honorific,
                        token: None,
                    });
                }
                if let Some((g, span)) = c.role.or_else(|| appositive_gender(doc, k, c.end)) {
                    ev.add(Evidence {
                        gender: g,
                        weight: 2,
                        span,
                        kind: EvidenceKind::RoleNoun,
                        token: None,
                    });
                }
                // A public figure named in full: "Narendra Modi".
                if c.forename().is_some()
                    && !ev
                        .evidence
                        .iter()
                        .any(|e| e.kind == EvidenceKind::KnownPerson)
                {
                    let full = doc
                        .slice(c.name)
                        .split_whitespace()
                        .collect::<Vec<_>>()
                        .join(" ");
                    let full = full.strip_suffix("'s").unwrap_or(&full);
                    if let Some(g) = k.public_figure(full) {
                        ev.add(Evidence {
                            gender: g,
                            weight: 3,
                            span: c.name,
                            kind: EvidenceKind::KnownPerson,
                            token: None,
                        });
                    }
                }
                if let Some((name, span)) = &c.given
                    && !ev
                        .evidence
                        .iter()
                        .any(|e| e.kind == EvidenceKind::GivenName)
                    && c.given_ok
                    && let Some((g, weight)) = k.given_name_evidence(name)
                {
                    ev.add(Evidence {
                        gender: g,
                        weight,
                        span: *span,
                        kind: EvidenceKind::GivenName,
                        token: None,
                    });
                }
            }
            if let Some(p) = person {
                // The office: the last title before the name ("Prime Minister", "President"),
                // or a lower-case one just before the run ("Wales coach Mike Ruddock").
                let before = c.first.checked_sub(1).map(|b| doc.tok(b));
                let office = (c.first..c.name_first)
                    .rev()
                    .map(|t| doc.tok(t))
                    .find(|w| {
                        is_title_word(w)
                            // "the queen", "the king": a crown is an office too.
                            || matches!(
                                *w,
                                "Queen"
                                    | "King"
                                    | "Prince"
                                    | "Princess"
                                    | "Duke"
                                    | "Duchess"
                                    | "Pope"
                                    | "Emperor"
                                    | "Empress"
                            )
                    })
                    .or(before.filter(|w| {
                        w.chars().all(|ch| ch.is_ascii_lowercase())
                            && is_title_word(&crate::strings::capitalise(w))
                    }));
                // Or the role an apposition gives: "Joan Baez, the folk singer whose voice",
                // "NAME, 62, a retired teacher,".
                let appositive = appositive_role(doc, c.end);
                for o in office.map(str::to_lowercase).into_iter().chain(appositive) {
                    let roles = &mut people.persons[p].roles;
                    if !roles.contains(&o) {
                        roles.push(o);
                    }
                }
            }
            people.mentions.push(PersonMention {
                first: c.first,
                name_first: c.name_first,
                end: c.end,
                person,
                possessive: c.possessive,
            });
        }
        people.role_mentions(doc);
        people.named = vec![(0, usize::MAX); people.persons.len()];
        for m in &people.mentions {
            if let Some(p) = m.person {
                let (count, first) = &mut people.named[p];
                *count += 1;
                *first = (*first).min(m.first);
            }
        }
        people.topic = (0..people.persons.len()).find(|&p| {
            let (own, first) = people.named[p];
            own >= 2
                && people
                    .named
                    .iter()
                    .enumerate()
                    .all(|(q, &(n, f))| q == p || n < own && f > first)
        });
        for g in [Gender::Male, Gender::Female] {
            let mut firsts: Vec<usize> = (0..people.persons.len())
                .filter(|&p| people.persons[p].leaning() != Some(g.other()))
                .map(|p| people.named[p].1)
                .filter(|&f| f != usize::MAX)
                .collect();
            firsts.sort_unstable();
            people.may_be[g as usize] = firsts;
        }
        people.first_sign = [usize::MAX; 2];
        for (j, t) in doc.tokens.iter().enumerate() {
            if t.kind != TokenKind::Word {
                continue;
            }
            let w = doc.tok(j);
            if let Some(g) = pronoun(w)
                .map(|(g, _)| g)
                .or_else(|| k.gendered_word(w).map(|(g, _)| g))
            {
                let first = &mut people.first_sign[g as usize];
                *first = (*first).min(j);
                if people.first_sign.iter().all(|&f| f != usize::MAX) {
                    break;
                }
            }
        }
        people.bind(doc, k);
        people.quotations(doc, k);
        people
    }

    /// Finds the quotations, their speakers, the first-person pronouns they bind, and what
    /// speakers say of their own sex ("I am a mother").
    fn quotations(&mut self, doc: &Document, k: &Knowledge) {
        let toks = &doc.tokens;
        let mut a = 0;
        while a < toks.len() {
            if !toks[a].in_quote() {
                a += 1;
                continue;
            }
            // Up to the closing mark: the next quotation may open right after it.
            let mut b = a + 1;
            while b < toks.len() && toks[b].in_quote() && toks[b].gap != Gap::Paragraph {
                b += 1;
                if matches!(doc.tok(b - 1), "\"" | "”") {
                    break;
                }
            }
            let words = (a..b).filter(|&j| toks[j].kind == TokenKind::Word).count();
            if words >= 3 {
                let speaker = self.speaker(doc, a, b);
                self.quotations.push(Quotation {
                    first: a,
                    end: b,
                    speaker,
                });
                if let Some((p, _)) = speaker {
                    for j in a..b {
                        if matches!(
                            doc.tok(j),
                            "I" | "me" | "my" | "mine" | "myself" | "Me" | "My"
                        ) || doc.tok(j).starts_with("I'")
                            || doc.tok(j).starts_with("I’")
                        {
                            self.first_person.push((j, p));
                        }
                    }
                    if let Some((g, span)) = self_described(doc, k, a, b) {
                        self.persons[p].add(Evidence {
                            gender: g,
                            weight: 3,
                            span,
                            kind: EvidenceKind::SelfDescribed,
                            token: None,
                        });
                    }
                }
            }
            a = b;
        }
    }

    /// The person a quotation at tokens `a..b` is attributed to, and the token naming them:
    /// "'...,' Smith said", "'...,' said coach Tony Smith", "'...,' she said" (a bound pronoun),
    /// "Smith said: '...'".
    fn speaker(&self, doc: &Document, a: usize, b: usize) -> Option<(usize, usize)> {
        let said = |j: isize| REPORTING.contains(doc.tok_at(j));
        let named = |mi: usize| {
            let m = self.mentions[mi];
            (!m.possessive && !doc.tokens[m.first].in_quote())
                .then_some(m.person)
                .flatten()
                .map(|p| (p, m.name_first))
        };
        let bound = |j: usize| {
            self.binding_at(j)
                .filter(|bd| bd.kind != BindKind::Elimination)
                .map(|bd| (bd.person, j))
        };
        // After: "..., Smith said" / "..., said Smith" / "..., she said" — a quotation that
        // ends in a comma; one that ends its sentence is not attributed by the next.
        let open_end = b >= a + 2 && matches!(doc.tok(b - 2), "," | "—" | "–");
        let j = if doc.tok_at(b as isize) == "," {
            b + 1
        } else {
            b
        };
        if open_end && j < doc.tokens.len() {
            // "..., Smith said", "..., BA chairman Martin Broughton said": only words before
            // the name.
            let i = self.mentions.partition_point(|m| m.first < j);
            if let Some(m) = self.mentions.get(i).filter(|m| {
                m.first < j + 6
                    && (j..m.first).all(|x| {
                        doc.tokens[x].kind == TokenKind::Word && !REPORTING.contains(doc.tok(x))
                    })
            }) {
                let mut v = m.end;
                while AUXILIARIES.contains(&doc.tok_at(v as isize)) && v < m.end + 2 {
                    v += 1;
                }
                if said(v as isize) {
                    return named(i);
                }
            }
            if said(j as isize) {
                let i = self.mentions.partition_point(|m| m.first < j + 1);
                if self.mentions.get(i).is_some_and(|m| {
                    m.first <= j + 3
                        && (j + 1..m.first).all(|x| BEFORE_SUBJECT.contains(doc.tok(x)))
                }) {
                    return named(i);
                }
            }
            if pronoun(doc.tok(j)).is_some_and(|(_, c)| c == PronounCase::Subject)
                && said(j as isize + 1)
            {
                return bound(j);
            }
        }
        // Before: "Smith said: '...'" / "Smith told reporters: '...'" / "she said: '...'".
        if a >= 3 && matches!(doc.tok(a - 1), ":" | ",") && said(a as isize - 2) {
            let end = a - 2;
            if let Some(mi) = self.mention_ending(end) {
                return named(mi);
            }
            if pronoun(doc.tok(end - 1)).is_some_and(|(_, c)| c == PronounCase::Subject) {
                return bound(end - 1);
            }
        }
        None
    }

    /// "the minister", "the prime minister", "the coach's": a mention of the one person the story
    /// gave that office, when only one holds it.
    fn role_mentions(&mut self, doc: &Document) {
        let mut holders: HashMap<&str, Vec<usize>> = HashMap::default();
        for (p, person) in self.persons.iter().enumerate() {
            for r in &person.roles {
                holders.entry(r.as_str()).or_default().push(p);
            }
        }
        if holders.is_empty() {
            return;
        }
        let mut found = Vec::new();
        let n = doc.tokens.len();
        for j in 0..n {
            if !matches!(doc.tok(j), "the" | "The") {
                continue;
            }
            // Up to two more words of the office: "the prime minister", "the foreign minister".
            for h in j + 1..(j + 4).min(n) {
                let (w, possessive) = strip_possessive(doc.tok(h));
                let lower = w.to_lowercase();
                if let Some(ps) = holders.get(lower.as_str())
                    && ps.len() == 1
                    && !doc.is_title_at(h as isize + 1)
                    // "The leader of the Democratic Alliance, John Steenhuisen": the office of
                    // another body, not the holder's.
                    && doc.tok_at(h as isize + 1) != "of"
                    // "the chief technology officer" is no "chief executive"'s office.
                    && !(doc.kind_at(h as isize + 1) == Some(TokenKind::Word)
                        && (h + 2..(h + 4).min(n)).any(|x| {
                            BEFORE_SUBJECT.contains(doc.tok(x))
                                && !matches!(doc.tok(x), "the" | "said" | "says" | "then")
                        }))
                {
                    found.push(PersonMention {
                        first: j,
                        name_first: h,
                        end: h + 1,
                        person: Some(ps[0]),
                        possessive,
                    });
                    break;
                }
                let part_of_office = doc.tokens[h].kind == TokenKind::Word
                    && (BEFORE_SUBJECT.contains(lower.as_str())
                        || is_title_word(&crate::strings::capitalise(w)));
                if !part_of_office {
                    break;
                }
            }
        }
        if found.is_empty() {
            return;
        }
        // Merged in text order, never over a named mention.
        let named = std::mem::take(&mut self.mentions);
        let mut merged = Vec::with_capacity(named.len() + found.len());
        let (mut a, mut b) = (named.into_iter().peekable(), found.into_iter().peekable());
        while a.peek().is_some() || b.peek().is_some() {
            let take_found = match (a.peek(), b.peek()) {
                (Some(x), Some(y)) => y.first < x.first,
                (None, Some(_)) => true,
                _ => false,
            };
            if take_found {
                let y = b.next().unwrap();
                let overlaps = merged
                    .last()
                    .is_some_and(|m: &PersonMention| m.end > y.first)
                    || a.peek().is_some_and(|x| x.first < y.end);
                if !overlaps {
                    merged.push(y);
                }
            } else {
                merged.push(a.next().unwrap());
            }
        }
        self.mentions = merged;
    }

    /// Prints the people, their evidence and bindings to stderr (`WIRELINT_DEBUG_PEOPLE`).
    pub fn debug(&self, doc: &Document) {
        for (i, p) in self.persons.iter().enumerate() {
            let ev: Vec<String> = p
                .evidence
                .iter()
                .map(|e| {
                    format!(
                        "{}:{}:{}",
                        doc.slice(e.span),
                        e.gender.adjective(),
                        e.weight
                    )
                })
                .collect();
            eprintln!(
                "person {i} {:?} {:?} [{}]",
                doc.slice(p.name),
                p.gender(),
                ev.join(", ")
            );
        }
        for m in &self.mentions {
            let span = doc.tokens[m.first].span.cover(doc.tokens[m.end - 1].span);
            eprintln!("  mention {:?} -> {:?}", doc.slice(span), m.person);
        }
        for q in &self.quotations {
            eprintln!(
                "  quote {:?} -> {:?}",
                doc.slice(doc.tokens[q.first].span.cover(doc.tokens[q.end - 1].span)),
                q.speaker
            );
        }
        for b in &self.bindings {
            eprintln!(
                "  bind {:?}@{} -> {} {:?}",
                doc.tok(b.pronoun),
                doc.tokens[b.pronoun].span.start,
                b.person,
                b.kind
            );
        }
    }

    /// The binding of the pronoun at token `j`, if any (bindings are in token order).
    pub fn binding_at(&self, j: usize) -> Option<&Binding> {
        let b = self.bindings.partition_point(|b| b.pronoun < j);
        self.bindings.get(b).filter(|b| b.pronoun == j)
    }

    /// The mention whose name ends at token `end` (exclusive).
    fn mention_ending(&self, end: usize) -> Option<usize> {
        let i = self.mentions.partition_point(|m| m.end < end);
        (i < self.mentions.len() && self.mentions[i].end == end).then_some(i)
    }

    /// Mentions inside the token range.
    pub fn mentions_in(&self, first: usize, end: usize) -> &[PersonMention] {
        let a = self.mentions.partition_point(|m| m.first < first);
        let b = self.mentions.partition_point(|m| m.first < end);
        &self.mentions[a..b.max(a)]
    }

    fn mention_gender(&self, m: &PersonMention) -> Option<Gender> {
        m.person
            .and_then(|p| self.persons[p].gender().or(self.persons[p].leaning()))
    }

    /// The person who is the subject of sentence `s`: the first named person outside
    /// quotations, standing at the start, after a quotation ("..., said NAME") or after a
    /// comma, not owning anything ("Blair's wife").
    fn subject(&self, doc: &Document, k: &Knowledge, s: usize) -> Option<usize> {
        let sent = doc.sentences[s];
        if let Some(m) = self.closing_speaker(doc, s) {
            return Some(m);
        }
        let m_idx = {
            let a = self.mentions.partition_point(|m| m.first < sent.first);
            (a..self.mentions.len())
                .take_while(|&i| self.mentions[i].first < sent.end)
                .find(|&i| !doc.tokens[self.mentions[i].first].in_quote())?
        };
        let m = self.mentions[m_idx];
        if m.possessive {
            return None;
        }
        // "... on the death of her father, King George VI, when": someone's relative named
        // inside the sentence is not its subject ("Her husband, NAME, said" opening it is).
        if m.relatives_owner(doc, k).is_some_and(|o| o > sent.first) {
            return None;
        }
        // The story's first sentence opens after its dateline ("MADRID (AP) - ").
        let first = doc.after_dateline(s).min(m.first);
        let mut b = m.first;
        // Skip lower-case role words and "the": "former coach Tony Smith".
        while b > first && {
            let w = doc.tok(b - 1);
            BEFORE_SUBJECT.contains(w) || TITLES.contains(w)
        } {
            b -= 1;
            if doc.tok(b) == "said" || doc.tok(b) == "says" {
                break;
            }
        }
        // "Spanish tennis player Carlos Alcaraz", "Former tennis star ...": a role noun, one
        // word of its field before it, and a word of origin or time opening the sentence.
        if b < m.first && b > first && !matches!(doc.tok(b), "said" | "says") {
            let field = |w: &str| {
                w.bytes().all(|c| c.is_ascii_lowercase())
                    && !w.ends_with("ed")
                    && !w.ends_with("ing")
            };
            let mut c = b;
            if field(doc.tok(c - 1)) {
                c -= 1;
            }
            // ... or a country or city whose side or office it is ("Spain coach Jorge Vilda").
            if c == first + 1 && (opens_before_role(doc.tok(first)) || k.is_place(doc.tok(first))) {
                b = first;
            }
        }
        let ok = b == first
            || matches!(doc.tok(b - 1), "," | "\"" | "”" | "“")
            || doc.tok(b) == "said"
            || doc.tok(b) == "says"
            || (b == sent.first + 1 && matches!(doc.tok(sent.first), "\"" | "“" | "("));
        ok.then_some(m_idx)
    }

    /// The speaker of a closing attribution outside quotations, "..., treasurer Eugene Rotberg
    /// said." or "..., said Ruddock.": the sentence is that person's.
    fn closing_speaker(&self, doc: &Document, s: usize) -> Option<usize> {
        let sent = doc.sentences[s];
        let mut last = sent.end;
        while last > sent.first && doc.tokens[last - 1].kind == TokenKind::Punct {
            last -= 1;
        }
        if last < sent.first + 3 || doc.tokens[last - 1].in_quote() {
            return None;
        }
        let a = self.mentions.partition_point(|m| m.first < sent.first);
        let b = self.mentions.partition_point(|m| m.first < sent.end);
        let (mi, m) = (a..b).map(|i| (i, self.mentions[i])).next_back()?;
        if m.possessive || doc.tokens[m.first].in_quote() {
            return None;
        }
        let said = |t: &str| REPORTING.contains(t);
        // "NAME said." / "NAME has said."
        let after = (m.end..last).all(|x| said(doc.tok(x)) || AUXILIARIES.contains(&doc.tok(x)))
            && m.end < last
            && said(doc.tok(last - 1));
        // "said NAME." / "said coach NAME."
        let before = m.end == last && {
            let mut x = m.first;
            while x > sent.first && BEFORE_SUBJECT.contains(doc.tok(x - 1)) && x + 6 > m.first {
                x -= 1;
                if said(doc.tok(x)) {
                    break;
                }
            }
            said(doc.tok(x))
        };
        (after || before).then_some(mi)
    }

    fn bind(&mut self, doc: &Document, k: &Knowledge) {
        let toks = &doc.tokens;
        // Subjects of sentences, filled as sentences are read: a sentence whose subject is a
        // bound pronoun ("'...,' he said.") passes its person on.
        let mut subjects: Vec<Option<(usize, usize)>> = vec![None; doc.sentences.len()];
        for s in 0..doc.sentences.len() {
            if let Some(mi) = self.subject(doc, k, s)
                && let Some(p) = self.mentions[mi].person
            {
                subjects[s] = Some((p, mi));
            }
            let sent = doc.sentences[s];
            for (i, &t) in toks.iter().enumerate().take(sent.end).skip(sent.first) {
                if t.kind != TokenKind::Word || t.in_quote() {
                    continue;
                }
                let w = doc.tok(i);
                let Some((g, case)) = pronoun(w) else {
                    continue;
                };
                if w.len() > 1 && !w.chars().any(char::is_lowercase) {
                    continue; // headlines in capitals
                }
                if paired(doc, i) {
                    continue;
                }
                // "his Scottish estate", "her Labour colleagues": a capitalised word before a
                // lower-case one is the noun's modifier (not "Her Majesty", "His Royal
                // Highness").
                let modifier = |j: usize| {
                    doc.tokens[j].is_title()
                        && !STYLES.contains(&strip_possessive(doc.tok(j)).0)
                        && doc.kind_at(j as isize + 1) == Some(TokenKind::Word)
                        && doc.tokens[j + 1].gap == Gap::Space
                        && doc.tok(j + 1).bytes().all(|b| b.is_ascii_lowercase())
                        && !NOT_NOUN.contains(&doc.tok(j + 1))
                };
                // "Feijóo said her Popular Party", "his Socialist Workers' Party": a name a
                // person owns, where "his" can be nothing else and "her", after "said", is no
                // object; not a style ("His Majesty").
                let owned_name = |j: usize| {
                    (g == Gender::Male || matches!(doc.tok_at(i as isize - 1), "said" | "says"))
                        && !STYLES.contains(&strip_possessive(doc.tok(j)).0)
                };
                let possessive_noun = case == PronounCase::Possessive
                    && doc.kind_at(i as isize + 1) == Some(TokenKind::Word)
                    && (!doc.tokens[i + 1].is_title() || modifier(i + 1) || owned_name(i + 1))
                    && !NOT_NOUN.contains(&doc.tok(i + 1))
                    && (g == Gender::Male || doc.tokens[i + 1].gap == Gap::Space);
                if case == PronounCase::Object
                    || (case == PronounCase::Possessive && !possessive_noun)
                {
                    continue;
                }
                // "China and her people": a country owns it, in the clause of the pronoun (not
                // "said that France would pay, and that her government").
                if g == Gender::Female
                    && case == PronounCase::Possessive
                    && (sent.first..i)
                        .rev()
                        .take_while(|&j| doc.tok(j) != "that")
                        .find(|&j| toks[j].is_title())
                        .is_some_and(|j| {
                            k.is_place(strip_possessive(doc.tok(j)).0)
                                // not "Santos said her party": a person's name
                                && self.mention_ending(j + 1).is_none()
                        })
                {
                    continue;
                }
                // "His lawyer said she would appeal": a subject after a reporting verb stands
                // for its speaker, here someone the story does not name.
                if case == PronounCase::Subject && self.unnamed_speaker(doc, i) {
                    continue;
                }
                let at = Site { s, i, g, case };
                let binding = self
                    .reported(doc, k, i, case)
                    .map(|(p, m)| (p, m, BindKind::Reported))
                    .filter(|&(p, _, _)| {
                        case == PronounCase::Subject
                            || !self.competitor(doc, k, s, i, g, Some(p), true)
                    })
                    .or_else(|| {
                        self.reported_inside(doc, k, &subjects, at)
                            .map(|(p, m)| (p, m, BindKind::ReportedInside))
                    })
                    .or_else(|| {
                        self.next_sentence(doc, k, &subjects, at)
                            .map(|(p, m)| (p, m, BindKind::NextSentence))
                    })
                    .or_else(|| {
                        self.same_clause(doc, k, &subjects, at)
                            .map(|(p, m)| (p, m, BindKind::SameClause))
                    })
                    .or_else(|| {
                        self.elimination(doc, k, at)
                            .map(|(p, m)| (p, m, BindKind::Elimination))
                    });
                if let Some((p, m, kind)) = binding {
                    self.bindings.push(Binding {
                        pronoun: i,
                        gender: g,
                        person: p,
                        mention: m,
                        kind,
                    });
                    self.persons[p].add(Evidence {
                        gender: g,
                        weight: 1,
                        span: t.span,
                        kind: EvidenceKind::Pronoun,
                        token: Some(i),
                    });
                    // "'...,' he said." makes the sentence's subject his.
                    if subjects[s].is_none()
                        && case == PronounCase::Subject
                        && kind != BindKind::Elimination
                    {
                        subjects[s] = Some((p, m));
                    }
                }
            }
        }
        self.subjects = subjects.iter().map(|x| x.map(|(p, _)| p)).collect();
    }

    /// How many tokens back a role given to a named person is looked for.
    const ROLE_WINDOW: usize = 2000;

    /// Whether the pronoun at `i` follows "NOUN said (that)", the noun a kind of person no
    /// name stands beside ("His lawyer said she", "a spokesman said he"; not "the minister",
    /// an office joined to its holder, nor "Ms Ruiz's lawyer, Ana Soto, said").
    pub fn unnamed_speaker(&self, doc: &Document, i: usize) -> bool {
        let Some(noun) = word_before_report(doc, i) else {
            return false;
        };
        let w = doc.tok(noun);
        if doc.tokens[noun].kind != TokenKind::Word
            || !w.bytes().all(|b| b.is_ascii_lowercase())
            || !names_someone(w)
            || self.mention_ending(noun + 1).is_some()
        {
            return false;
        }
        // Not a role the story gave a named person before ("Singer Tomas Berg ... The singer
        // said she", "the singer Tomas Berg", "Berg, the singer,"): that person's. A window
        // back keeps the search near-linear.
        let named_role = |x: usize| {
            doc.tok(x).eq_ignore_ascii_case(w)
                && (doc.is_title_at(x as isize + 1)
                    || doc.tok_at(x as isize - 2) == ","
                    || doc.tok_at(x as isize - 1) == ",")
        };
        !(noun.saturating_sub(Self::ROLE_WINDOW)..noun).any(named_role)
    }

    /// The person whose lawyers, family or office speak before the pronoun at `i`: "Emefiele's
    /// lawyers have said (that) she" -> Emefiele, with the mention.
    pub fn spoken_for(&self, doc: &Document, i: usize) -> Option<(usize, usize)> {
        let noun = word_before_report(doc, i)?;
        if !SPEAKING_FOR.contains(&doc.tok(noun)) {
            return None;
        }
        let mi = self.mention_ending(noun)?;
        let m = self.mentions[mi];
        if !m.possessive {
            return None;
        }
        m.person.map(|p| (p, mi))
    }

    /// "NAME said (that) he", "NAME, the party's leader, told reporters that she",
    /// "NAME has said his ...".
    fn reported(
        &self,
        doc: &Document,
        k: &Knowledge,
        i: usize,
        case: PronounCase,
    ) -> Option<(usize, usize)> {
        // "said in her speech", "wrote on his blog": the speaker's own channel.
        let channel = case == PronounCase::Possessive && speakers_channel(doc, i);
        let own = i as isize - if channel { 2 } else { 1 };
        let mut q = own;
        // "told reporters that France would pay, and that her government would", "said the
        // association remained committed but that his members could not": a second clause of
        // the same report, after the sentence's "that" or bare "said" before it.
        if doc.tok_at(q) == "that" && matches!(doc.tok_at(q - 1), "and" | "but") {
            let first = doc.sentences[doc.sentence_of(i)].first;
            let j = (first..i - 2)
                .rev()
                .find(|&j| matches!(doc.tok(j), "that" | "said" | "says"))?;
            return self.reported(doc, k, j + 1, case);
        }
        // "said that he", "said on Monday that he", "said in a statement she"; "has not said
        // whether she will run" (of "said" alone: "asked whether he could" asks of another).
        let whether = matches!(doc.tok_at(q), "whether" | "if") && case == PronounCase::Subject;
        let mut that = doc.tok_at(q) == "that" || whether;
        if that {
            q -= 1;
        }
        if case == PronounCase::Subject || that {
            let before = q;
            q = skip_time_or_channel(doc, q);
            if q != before && !that && doc.tok_at(q) == "that" {
                that = true;
                q -= 1;
            }
        }
        if !that && AUDIENCES.contains(&doc.tok_at(q)) && TELLING.contains(&doc.tok_at(q - 1)) {
            // "NAME told MPs she had ...": the audience between the verb and the pronoun.
            q -= 1;
        } else if that && let Some(v) = self.audience(doc, k, q) {
            // "NAME told an audience in New York that she", "told the Corriere della Sera
            // newspaper that she".
            q = v;
        }
        let mut verb = None;
        for back in 0..4 {
            let w = doc.tok_at(q - back);
            if REPORTING.contains(w) {
                verb = Some(q - back);
                break;
            }
            // "told reporters that": only lower-case words between the verb and "that".
            if back == 0 && !that {
                break;
            }
            if doc.kind_at(q - back) != Some(TokenKind::Word) || doc.is_title_at(q - back) {
                break;
            }
        }
        let v = verb?;
        if whether && !matches!(doc.tok_at(v), "said" | "say" | "says") {
            return None;
        }
        // "said her ...", "said that her ...".
        if case == PronounCase::Possessive
            && v != own
            && !(that && doc.tok_at(i as isize - 1) == "that")
        {
            return None;
        }
        let mut b = v - 1;
        // "has not yet said", "did not say".
        while AUXILIARIES.contains(&doc.tok_at(b))
            || doc.tok_at(b).ends_with("ly")
            || matches!(doc.tok_at(b), "not" | "yet" | "never" | "did" | "does")
        {
            b -= 1;
            if b < v - 4 {
                return None;
            }
        }
        let sent = doc.sentences[doc.sentence_of(i)];
        if b < sent.first as isize {
            return None;
        }
        let mut end = b as usize + 1;
        if doc.tok(b as usize) == "," {
            let from = (b as usize).saturating_sub(20).max(sent.first);
            let mut commas = (from..b as usize).rev().filter(|&j| doc.tok(j) == ",");
            // "Keys, who was coached by Bjorn Fratangelo, said": the name before the relative
            // clause, not the one that ends it (and nobody, when that name is no person's).
            let relative = commas.clone().find(|&j| {
                matches!(doc.tok_at(j as isize + 1), "who" | "whose")
                    && doc.is_title_at(j as isize - 1)
            });
            end = if let Some(open) = relative {
                open
            } else if self.mention_ending(b as usize).is_some() {
                // "Vale's chief executive, Eduardo Bartolomeo, said": the name just before the
                // comma.
                b as usize
            } else {
                // "NAME, the party's leader, said": the comma that opens the apposition; "NAME,
                // 62, a climate scientist and former mayor, told": the first comma back after a
                // name.
                commas.find(|&j| self.mention_ending(j).is_some())?
            };
        }
        let mi = self.mention_ending(end)?;
        let m = self.mentions[mi];
        if m.possessive || doc.tokens[m.first].in_quote() {
            return None;
        }
        m.person.map(|p| (p, mi))
    }

    /// The verb of telling before an audience that ends at token `q`: "told reporters in
    /// Tokyo", "told an audience in New York", "told the BBC" (six words at most, no person,
    /// no gendered word, no pronoun: not "told Mary that she", "told his wife that she").
    fn audience(&self, doc: &Document, k: &Knowledge, q: isize) -> Option<isize> {
        let mut j = q;
        while j > q - 7 {
            let w = doc.tok_at(j);
            if TELLING.contains(&w) {
                return (j < q).then_some(j);
            }
            let t = *doc.tokens.get(usize::try_from(j).ok()?)?;
            if t.kind != TokenKind::Word
                || t.in_quote()
                || pronoun(w).is_some()
                || k.gendered_word(w).is_some()
                || self.mentions_in(j as usize, j as usize + 1).len() == 1
                || self.mention_ending(j as usize + 1).is_some()
            {
                return None;
            }
            j -= 1;
        }
        None
    }

    /// "... , which she said did not exist" in a sentence whose subject is NAME.
    fn reported_inside(
        &self,
        doc: &Document,
        k: &Knowledge,
        subjects: &[Option<(usize, usize)>],
        at: Site,
    ) -> Option<(usize, usize)> {
        let Site { s, i, g, case } = at;
        // "NAME said ..., adding that she", "..., saying her party": the subject's own words.
        let mut c = i as isize - 1;
        if doc.tok_at(c) == "that" {
            c -= 1;
        }
        // "NAME thanked the craftsmen and said she", "... and said afterwards that he", "...
        // voted in favour but has said his government": `c` becomes the clause's first word.
        let v = if case == PronounCase::Subject {
            skip_time_or_channel(doc, c)
        } else {
            c
        };
        let mut b = v - 1;
        while AUXILIARIES.contains(&doc.tok_at(b)) && b > v - 3 {
            b -= 1;
        }
        // "He said she knew ...": a speaker who is a pronoun bound to the sentence's subject,
        // when the story has named nobody else who may be of this pronoun's sex (the "she" of
        // "He said she" is more often someone the story spoke of before).
        // "He told Norwegian broadcaster NRK that she": the telling verb before its audience.
        let (told, by) = match self
            .audience(doc, k, c)
            .filter(|_| doc.tok_at(c + 1) == "that")
        {
            Some(t) => (t, t - 1),
            None => (v, b),
        };
        if (REPORTING.contains(doc.tok_at(told)) || TELLING.contains(&doc.tok_at(told)))
            && by >= 0
            && matches!(pronoun(doc.tok_at(by)), Some((_, PronounCase::Subject)))
            && let Some((p, mi)) = subjects[s]
            && self
                .binding_at(by as usize)
                .is_some_and(|o| o.person == p && o.kind != BindKind::Elimination)
            && (case == PronounCase::Subject || doc.tok_at(i as isize - 1) == "that")
            && !self.another_named_before(i, g, p)
            // nor a pronoun or word of its sex before, quoted or not ("'He has been brilliant,'
            // Costa said of her striker. She said he would start", "Harker's wife was hurt. He
            // said she was recovering"), nor a person of its sex named in
            // the rest of the sentence or the next ("He said she would sign the bill,
            // referring to Governor Tina Kotek").
            && self.first_sign[g as usize] >= i
            && !self.named_in(i, doc.next_sentence_end(s), g, Some(p))
        {
            return Some((p, mi));
        }
        let and_said = REPORTING.contains(doc.tok_at(v)) && matches!(doc.tok_at(b), "and" | "but");
        if and_said {
            c = b + 1;
        }
        // "..., telling a news conference in Napier that she": the telling verb before its
        // audience.
        if doc.tok_at(i as isize - 1) == "that"
            && let Some(v) = self.audience(doc, k, c)
            && matches!(
                doc.tok_at(v),
                "telling" | "assuring" | "warning" | "reminding"
            )
        {
            c = v;
        } else if AUDIENCES.contains(&doc.tok_at(c))
            && matches!(doc.tok_at(c - 1), "telling" | "assuring" | "warning")
        {
            // "..., telling reporters she"
            c -= 1;
        }
        let participle = matches!(
            doc.tok_at(c),
            "adding" | "saying" | "telling" | "assuring" | "warning" | "reminding"
        ) && doc.tok_at(c - 1) == ",";
        if (and_said || participle) && case != PronounCase::Object {
            let (p, mi) = subjects[s]?;
            let m = self.mentions[mi];
            if m.end > i || self.between_blocks(doc, k, m.end, c as usize, g, p) {
                return None;
            }
            return Some((p, mi));
        }
        if case != PronounCase::Subject {
            return None;
        }
        let mut n = i + 1;
        while AUXILIARIES.contains(&doc.tok_at(n as isize)) {
            n += 1;
        }
        if !REPORTING.contains(doc.tok_at(n as isize)) {
            return None;
        }
        // A clause of its own joined on ("..., and he wrote novels") has a subject of its own.
        if matches!(
            doc.tok_at(i as isize - 1),
            "and" | "but" | "or" | "while" | "whereas"
        ) {
            return None;
        }
        let (p, mi) = subjects[s]?;
        let m = self.mentions[mi];
        if m.end > i || self.between_blocks(doc, k, m.end, i, g, p) {
            return None;
        }
        Some((p, mi))
    }

    /// A sentence-initial "He"/"She" after a sentence whose subject is NAME.
    fn next_sentence(
        &self,
        doc: &Document,
        k: &Knowledge,
        subjects: &[Option<(usize, usize)>],
        at: Site,
    ) -> Option<(usize, usize)> {
        let Site { s, i, g, case } = at;
        // "He ..." or "His wife ..." opening the sentence, or a closing attribution: "...,
        // she said."
        let opens = doc.sentences[s].first == i;
        // A possessive opening a paragraph may stand for whom the story is about ("Her
        // husband, Prince Philip, ..." in her obituary), whoever the paragraph before ended on.
        // Opening the next paragraph, it stands for the subject before when that subject is
        // whom the story is most about, named first and most often ("Barker, 48,
        // had denied the charges.\n\nHis lawyer, ...").
        let possessive = case == PronounCase::Possessive
            && opens
            && s > 0
            && (doc.sentences[s - 1].paragraph == doc.sentences[s].paragraph
                || doc.sentences[s - 1].paragraph + 1 == doc.sentences[s].paragraph
                    && subjects[s - 1].is_some_and(|(p, _)| self.topic == Some(p)));
        if !(case == PronounCase::Subject || possessive) || s == 0 {
            return None;
        }
        let attribution = !opens
            && subjects[s].is_none()
            && (doc.tok_at(i as isize - 1) == ","
                || matches!(doc.tok_at(i as isize - 1), "\"" | "”" | "'" | "’")
                    && matches!(doc.tok_at(i as isize - 2), "," | "?" | "!"))
            && REPORTING.contains(doc.tok_at(i as isize + 1))
            && matches!(doc.tok_at(i as isize + 2), "." | "")
            && self.mentions_in(doc.sentences[s].first, i).is_empty();
        if !opens && !attribution {
            return None;
        }
        // The sentence before; quotations with nobody named in them are passed over ("'He
        // will remain suspended.' She said ...").
        let mut t = s;
        for _ in 0..3 {
            if t == 0 {
                return None;
            }
            t -= 1;
            let prev = doc.sentences[t];
            if doc.sentences[s].paragraph > prev.paragraph + 1 {
                return None;
            }
            if let Some((p, mi)) = subjects[t] {
                if self.competitor_in(doc, k, prev.first, prev.end, g, Some(p)) {
                    return None;
                }
                return Some((p, mi));
            }
            if !self.mentions_in(prev.first, prev.end).is_empty() {
                return None;
            }
            let quoted = (prev.first..prev.end)
                .all(|j| doc.tokens[j].in_quote() || doc.tokens[j].kind == TokenKind::Punct);
            // A closing "..., she said." continues the last speaker over sentences that name
            // nobody and carry no gendered word ("..., Rotberg said. However, ... . The bank
            // ..., he said.").
            let neutral = attribution
                && (prev.first..prev.end).all(|j| {
                    let w = doc.tok(j);
                    pronoun(w).is_none() && k.gendered_word(w).is_none()
                });
            if !quoted && !neutral {
                return None;
            }
        }
        None
    }

    /// Whether someone other than `p`, named before token `at`, may be of sex `g` by name,
    /// title and role.
    fn another_named_before(&self, at: usize, g: Gender, p: usize) -> bool {
        let firsts = &self.may_be[g as usize];
        let before = firsts.partition_point(|&f| f < at);
        let own = usize::from(self.persons[p].leaning() != Some(g.other()) && self.named[p].1 < at);
        before > own
    }

    /// The one person named in this sentence or the one before (outside quotations) who is not
    /// known by name, title or role to be of the other sex, with nobody else of the pronoun's sex
    /// about: "Mats Malm said he had reached Han by telephone at her home".
    fn elimination(&self, doc: &Document, k: &Knowledge, at: Site) -> Option<(usize, usize)> {
        let Site { s, i, g, .. } = at;
        let from = doc.previous_sentence_start(s);
        let mut found: Option<(usize, usize)> = None;
        let a = self.mentions.partition_point(|m| m.first < from);
        for mi in a..self.mentions.len() {
            let m = self.mentions[mi];
            if m.first >= i {
                break;
            }
            if doc.tokens[m.first].in_quote() {
                continue;
            }
            let p = m.person?;
            if self.persons[p].known_gender() == Some(g.other()) {
                continue;
            }
            match found {
                Some((q, _)) if q != p => return None,
                _ => found = Some((p, mi)),
            }
        }
        let (p, mi) = found?;
        if self.competitor(doc, k, s, i, g, Some(p), false) {
            return None;
        }
        Some((p, mi))
    }

    /// A possessive, or a subject after "where"/"when"/"and", in NAME's own clause; or anything
    /// in a "NAME, who ..." clause.
    fn same_clause(
        &self,
        doc: &Document,
        k: &Knowledge,
        subjects: &[Option<(usize, usize)>],
        at: Site,
    ) -> Option<(usize, usize)> {
        let Site { s, i, g, case } = at;
        let (p, mi) = subjects[s]?;
        let m = self.mentions[mi];
        if m.end > i || i - m.end > 20 {
            return None;
        }
        let who = m.opens_who_clause(doc);
        if case == PronounCase::Subject {
            let before = doc.tok_at(i as isize - 1);
            if !who && !SUBORDINATORS.contains(&before) {
                return None;
            }
        }
        if self.between_blocks(doc, k, m.end, i, g, p) {
            return None;
        }
        // "Sunak had come under pressure from her own lawmakers": "own" binds a possessive to
        // the subject of its clause, whoever was named before.
        // So does "survived by": "NAME is survived by his son".
        let survived = case == PronounCase::Possessive && survived_by(doc, i);
        let own_clause = case == PronounCase::Possessive
            && (doc.tok_at(i as isize + 1) == "own" || survived)
            && !(m.end..i).any(|j| REPORTING.contains(doc.tok(j)));
        if !who && !own_clause && self.competitor(doc, k, s, m.first, g, Some(p), true) {
            return None;
        }
        // "Warner said he remained concerned about her past comments": outside a "who" clause a
        // possessive may stand for anyone the story named before who may be of its sex.
        // What one does oneself is one's own: "to win her second title", "play his best
        // tennis", "learned from her loss".
        let own = matches!(
            doc.tok_at(i as isize + 1),
            "own"
                | "best"
                | "worst"
                | "career"
                | "first"
                | "second"
                | "third"
                | "fourth"
                | "fifth"
                | "last"
                | "latest"
                | "maiden"
                | "debut"
                | "title"
                | "season"
                | "loss"
                | "win"
                | "victory"
                | "defeat"
                | "comeback"
        ) || survived;
        if !who
            && !own
            && case == PronounCase::Possessive
            && self.another_named_before(m.first, g, p)
        {
            return None;
        }
        Some((p, mi))
    }

    /// Someone else who could be the pronoun's referent between a name and its pronoun: another
    /// person not known to be of the other sex, a role noun of the pronoun's sex, a capitalised
    /// word that may be a name, or a quotation.
    fn between_blocks(
        &self,
        doc: &Document,
        k: &Knowledge,
        from: usize,
        to: usize,
        g: Gender,
        p: usize,
    ) -> bool {
        if self.competitor_in(doc, k, from, to, g, Some(p)) {
            return true;
        }
        (from..to).any(|j| {
            let t = doc.tokens[j];
            if t.in_quote() {
                return true;
            }
            if t.kind != TokenKind::Word {
                return false;
            }
            let w = doc.tok(j);
            if pronoun(w).is_some() {
                return false;
            }
            t.is_title() && !t.starts_sentence() && self.may_be_person(doc, k, j)
        })
    }

    /// The story's first sign of sex `g`, when it is a pronoun outside quotations and everyone
    /// the story has named before it is known by name, title, role and bound pronouns to be of
    /// the other sex, the subject of its sentence or the one before among them: the pronoun and
    /// that subject's mention ("Olga Carmona struck a low shot past Mary Earps. It was his
    /// second goal"). Not when a word of
    /// its sentence or the one before may stand for someone unnamed ("the coach", "a driver"),
    /// a capitalised word there may be a name the lists lack, or someone who may be of sex `g`
    /// is named in the rest of the sentence or the next ("his words, referring to Obama").
    pub fn first_of_its_sex(
        &self,
        doc: &Document,
        k: &Knowledge,
        g: Gender,
    ) -> Option<(usize, usize)> {
        let i = self.first_sign[g as usize];
        let t = *doc.tokens.get(i)?;
        let (_, case) = pronoun(doc.tok(i))?;
        // "her Majesty's Theatre", "His Excellency": a style, not a pronoun.
        let style = STYLES.contains(&strip_possessive(doc.tok_at(i as isize + 1)).0);
        if t.in_quote() || case == PronounCase::Object || paired(doc, i) || style {
            return None;
        }
        let named: Vec<usize> = (0..self.mentions.len())
            .take_while(|&m| self.mentions[m].first < i)
            .filter(|&m| !doc.tokens[self.mentions[m].first].in_quote())
            .collect();
        let &last = named.last()?;
        // Known by name or title, and by the pronouns bound to them in the whole story.
        let all_other = named.iter().all(|&m| {
            self.mentions[m].person.is_some_and(|p| {
                let p = &self.persons[p];
                p.known_gender() == Some(g.other()) && p.gender() == Some(g.other())
            })
        });
        let s = doc.sentence_of(i);
        // A subject pronoun that opens a paragraph goes by the paragraph before's last sentence
        // ("... Matthew Taylor has written to the watchdog.\n\nHe says ...").
        let opens_paragraph = s > 0
            && doc.sentences[s].first == i
            && case == PronounCase::Subject
            && doc.sentences[s - 1].paragraph != doc.sentences[s].paragraph;
        let from = if opens_paragraph {
            doc.sentences[s - 1].first
        } else {
            doc.previous_sentence_start(s)
        };
        // The subject of this sentence or the one before, named there: whom the story is
        // speaking of.
        let subject = self.subjects[s].or_else(|| {
            (from < doc.sentences[s].first)
                .then(|| self.subjects[s - 1])
                .flatten()
        });
        if !all_other || self.mentions[last].first < from {
            return None;
        }
        let here = match subject {
            Some(subject) => named
                .iter()
                .rev()
                .copied()
                .take_while(|&m| self.mentions[m].first >= from)
                .find(|&m| self.mentions[m].person == Some(subject))?,
            // "A jury convicted Sam Smith on all counts. She faces ...": a sentence that opens
            // on the pronoun after one that named only people of the other sex, in a story
            // with no word before for anyone of the pronoun's sex ("a woman", "the judge").
            None => {
                // "Sam Smith, the founder of ...": a role said of someone named is theirs.
                let said_of_a_name = |j: usize| {
                    let a = self.mentions.partition_point(|m| m.end <= j);
                    a > 0 && {
                        let e = self.mentions[a - 1].end;
                        doc.tok(e) == ","
                            && matches!(doc.tok_at(e as isize + 1), "the" | "a" | "an")
                            && j < e + 6
                            && (e + 2..j).all(|n| doc.kind_at(n as isize) == Some(TokenKind::Word))
                    }
                };
                let unnamed_before = (0..i).any(|j| {
                    let t = doc.tokens[j];
                    let w = strip_possessive(doc.tok(j)).0;
                    t.kind == TokenKind::Word
                        && !t.is_title()
                        && (UNNAMED_REFERENTS.contains(&w)
                            || k.gendered_word(w).is_some_and(|(wg, _)| wg == g))
                        && !said_of_a_name(j)
                });
                if case != PronounCase::Subject || !t.starts_sentence() || unnamed_before {
                    return None;
                }
                last
            }
        };
        let unnamed = (from..i).any(|j| {
            let t = doc.tokens[j];
            let w = strip_possessive(doc.tok(j)).0;
            t.kind == TokenKind::Word
                // "goalkeeper Mary Earps" names its goalkeeper.
                && ((UNNAMED_REFERENTS.contains(&w)
                    // Across a paragraph, anyone the sentence before speaks of unnamed may be
                    // the one meant ("... has written to the commissioner.\n\nShe says").
                    || opens_paragraph
                        && !t.is_title()
                        && names_someone(w))
                    && !doc.is_title_at(j as isize + 1)
                    || t.is_title()
                        && !t.starts_sentence()
                        && (self.may_be_person(doc, k, j)
                            // A given name the mentions missed ("told Mary Hart she").
                            || !self.mentioned_at(j)
                                && k.is_given_name(w)
                                && crate::calendar::lookup(w).is_none()
                                && k.name_gender(w) != Some(g.other())
                                && !crate::strings::with_lowercase(w, crate::data::is_word)
                                && !doc.in_institution(j)))
        });
        if unnamed || self.named_in(i, doc.next_sentence_end(s), g, None) {
            return None;
        }
        Some((i, here))
    }

    /// Whether token `j` is part of a person's mention.
    fn mentioned_at(&self, j: usize) -> bool {
        let a = self.mentions.partition_point(|m| m.end <= j);
        a < self.mentions.len() && self.mentions[a].first <= j
    }

    /// A capitalised word that is no known place, word, month, or institution word, and no
    /// mention of a person already counted.
    fn may_be_person(&self, doc: &Document, k: &Knowledge, j: usize) -> bool {
        let (w, _) = strip_possessive(doc.tok(j));
        !self.mentioned_at(j)
            && !k.is_place(w)
            && !crate::data::is_word(w)
            && !k.is_institution_head(w)
            && !k.is_generic_modifier(w)
            && !TITLES.contains(w)
            && !NAME_HEADS.contains(w)
            && crate::calendar::lookup(w).is_none()
            && !doc.in_institution(j)
    }

    /// Someone in sentence `s` before token `i`, or in the sentence before, other than
    /// `person`, who may be what a pronoun of sex `g` stands for: a pronoun of that sex bound to
    /// someone else, and with `pronouns` an unbound one, counts as someone.
    #[allow(clippy::too_many_arguments)]
    pub fn competitor(
        &self,
        doc: &Document,
        k: &Knowledge,
        s: usize,
        i: usize,
        g: Gender,
        person: Option<usize>,
        pronouns: bool,
    ) -> bool {
        let from = if s > 0 {
            doc.sentences[s - 1].first
        } else {
            doc.sentences[s].first
        };
        let pron = (from..i).any(|j| {
            !doc.tokens[j].in_quote()
                && pronoun(doc.tok(j)).is_some_and(|(pg, _)| pg == g)
                && match self.binding_at(j) {
                    Some(b) => Some(b.person) != person,
                    None => pronouns,
                }
        });
        pron || self.competitor_in(doc, k, from, i, g, person)
    }

    /// Another named person of sex `g` or unknown sex in the token range.
    fn named_in(&self, from: usize, to: usize, g: Gender, except: Option<usize>) -> bool {
        self.named_where(from, to, g, except, |_| true)
    }

    /// [`People::named_in`], of the mentions `keep` lets through.
    fn named_where(
        &self,
        from: usize,
        to: usize,
        g: Gender,
        except: Option<usize>,
        keep: impl Fn(&PersonMention) -> bool,
    ) -> bool {
        self.mentions_in(from, to)
            .iter()
            .any(|m| m.person != except && self.mention_gender(m) != Some(g.other()) && keep(m))
    }

    /// Another person of sex `g` or unknown sex named in the token range who may be what a
    /// pronoun just before stands for: one the story introduces there ("NAME said he was 'so
    /// lovely'. Cyril Fletcher, who ..."), or one it is about, named as often as the person
    /// `except` ("The thing about Cyril was ..." in his obituary); not someone named before
    /// and less, who would have competed before the pronoun.
    pub fn introduced_in(&self, from: usize, to: usize, g: Gender, except: Option<usize>) -> bool {
        let named = |p: Option<usize>| p.and_then(|p| self.named.get(p)).copied();
        let count = |p: Option<usize>| named(p).map_or(0, |(n, _)| n);
        self.mentions_in(from, to).iter().any(|m| {
            m.person != except
                && self.mention_gender(m) != Some(g.other())
                && (named(m.person).is_none_or(|(_, first)| first >= from)
                    || count(m.person) >= count(except))
        })
    }

    /// Another person (or a role noun) of sex `g` or unknown sex in the token range.
    pub fn competitor_in(
        &self,
        doc: &Document,
        k: &Knowledge,
        from: usize,
        to: usize,
        g: Gender,
        except: Option<usize>,
    ) -> bool {
        self.named_in(from, to, g, except) || Self::gendered_word_in(doc, k, from, to, g)
    }

    /// [`People::competitor_in`] for the words after a pronoun, where someone named as
    /// another's relative ("... with her partner, Clarke Gayford") is the pronoun's object,
    /// not what it stands for.
    pub fn competitor_after(
        &self,
        doc: &Document,
        k: &Knowledge,
        from: usize,
        to: usize,
        g: Gender,
        except: Option<usize>,
    ) -> bool {
        self.named_where(from, to, g, except, |m| !m.names_a_relative(doc, k))
            || Self::gendered_word_in(doc, k, from, to, g)
    }

    /// A gendered noun of sex `g` in the token range that may be a pronoun's referent.
    fn gendered_word_in(doc: &Document, k: &Knowledge, from: usize, to: usize, g: Gender) -> bool {
        (from..to).any(|j| {
            let t = doc.tokens[j];
            if t.kind != TokenKind::Word {
                return false;
            }
            match k.gendered_word(doc.tok(j)) {
                // "his wife", "a woman who" (not "the first Asian woman" said of the
                // subject after "is")
                Some((wg, false)) => {
                    wg == g
                        && !t.is_title()
                        && !(j.saturating_sub(5)..j).any(|b| {
                            matches!(doc.tok(b), "is" | "was" | "became" | "becomes" | "as")
                        })
                }
                // "the Queen" standing alone
                Some((wg, true)) => wg == g && !doc.is_title_at(j as isize + 1),
                None => false,
            }
        })
    }
}

/// What a speaker says of their own sex inside a quotation `a..b`: "I am a mother", "I'm a
/// proud father", "As a woman, I ...". Not "I am not a ...", nor a noun that owns something
/// ("I am a mother's son").
fn self_described(doc: &Document, k: &Knowledge, a: usize, b: usize) -> Option<(Gender, Span)> {
    // The gendered noun after "a"/"an" and up to two lower-case modifiers, at `j`.
    let noun_after = |mut j: usize| -> Option<(Gender, usize)> {
        if !matches!(doc.tok(j), "a" | "an") {
            return None;
        }
        j += 1;
        for _ in 0..3 {
            if j >= b || doc.tokens[j].kind != TokenKind::Word {
                return None;
            }
            let w = doc.tok(j);
            if let Some((g, false)) = k.gendered_word(w) {
                let next = doc.tok_at(j as isize + 1);
                let owns = doc.kind_at(j as isize + 1) == Some(TokenKind::Word)
                    && k.gendered_word(next).is_some();
                return (!owns).then_some((g, j));
            }
            if !w.chars().all(|c| c.is_ascii_lowercase() || c == '-') {
                return None;
            }
            j += 1;
        }
        None
    };
    for i in a..b {
        let found = match doc.tok(i) {
            "I" if matches!(doc.tok_at(i as isize + 1), "am" | "was") => noun_after(i + 2),
            "I'm" | "I’m" => noun_after(i + 1),
            // "As a mother, I ..."
            // "As a mother (of three), I ..."
            "As" | "as" => noun_after(i + 1).filter(|&(_, n)| {
                (n + 1..(n + 5).min(b))
                    .find(|&c| doc.tok(c) == ",")
                    .is_some_and(|c| {
                        matches!(doc.tok_at(c as isize + 1), "I" | "I'm" | "I’m" | "I've")
                    })
            }),
            _ => None,
        };
        if let Some((g, n)) = found {
            return Some((g, doc.tokens[n].span));
        }
    }
    None
}

/// The one person whose surname `key` is with a typing slip ("Saabalenka" for "Sabalenka"):
/// a surname alone, of five letters or more, that is no word or place, and only when one
/// person's surname is that close. The persons compared are capped, so that a story of
/// thousands of names costs no more than a few comparisons a name.
fn slipped_surname(
    doc: &Document,
    k: &Knowledge,
    name: Span,
    key: &str,
    by_key: &HashMap<String, Vec<usize>>,
) -> Option<usize> {
    if key.len() < 5
        || by_key.len() > 64
        || doc.slice(name).contains(char::is_whitespace)
        || !key.chars().next().is_some_and(char::is_uppercase)
        || crate::data::is_word(key)
        || k.is_place(key)
    {
        return None;
    }
    let mut found = by_key
        .iter()
        .filter(|(known, _)| known.len() >= 5 && crate::strings::typing_slip(key, known).is_some());
    match (found.next(), found.next()) {
        (Some((_, ps)), None) if ps.len() == 1 => Some(ps[0]),
        _ => None,
    }
}

/// "Mats Malm": a listed given name that is an English word too ("mats"), before one surname
/// no text writes as a word and no place's.
fn word_given_before_surname(
    doc: &Document,
    k: &Knowledge,
    given: &str,
    rest: &[(usize, usize)],
) -> bool {
    let [(a, b)] = rest else {
        return false;
    };
    let w = doc.slice(doc.tokens[*a].span.cover(doc.tokens[b - 1].span));
    let (w, _) = strip_possessive(w);
    k.is_given_name_or_rare_word(given)
        // No everyday or common word ("malm" is in the large list only).
        && crate::data::WORDS
            .get(&w.to_ascii_lowercase())
            .is_none_or(|size| size == 0)
        && !k.is_place(w)
        && !NAME_HEADS.contains(w)
        && !k.is_institution_head(w)
}

/// A given name that is also a place is read as the name when the place is only a town and the
/// words after it are no words or places ("Eugene Rotberg", "Florence Pugh"; not "Ireland
/// Under-21", "Sydney Harbour"). With no words after it (`rest` empty) only a word that is no
/// place at all is a given name.
fn given_not_place(doc: &Document, k: &Knowledge, given: &str, rest: &[(usize, usize)]) -> bool {
    match k.place(given) {
        None => true,
        Some(p) => {
            p.kind.is_minor()
                && !rest.is_empty()
                && rest.iter().all(|&(a, b)| {
                    let w = doc.slice(doc.tokens[a].span.cover(doc.tokens[b - 1].span));
                    let (w, _) = strip_possessive(w);
                    // "Mary Smith", "Florence Baker": a common given name before a common
                    // surname, though the surname is a word and the name a town's.
                    let common_names = || {
                        k.surname_rank(w).is_some_and(|r| r <= 1000)
                            && k.given_name(given)
                                .is_some_and(|g| g.female + g.male >= 100_000)
                            && !NAME_HEADS.contains(w)
                            && !k.is_institution_head(w)
                    };
                    (!crate::strings::with_lowercase(w, crate::data::is_word) || common_names())
                        && !k.is_place(w)
                })
        }
    }
}

/// Whether the run of capitalised words through token `j` names a thing, not a person: a word
/// of it ends names of things or institutions ("London Cocoa Terminal Market").
pub fn names_a_thing(doc: &Document, k: &Knowledge, j: usize) -> bool {
    names_a_thing_from(doc, k, 0, j)
}

/// [`names_a_thing`] of the run from token `from` on: "Secretary of State Antony Blinken" from
/// "Antony" is a person, though "State" heads bodies too.
pub fn names_a_thing_from(doc: &Document, k: &Knowledge, from: usize, j: usize) -> bool {
    let title = |x: usize| {
        x < doc.tokens.len() && doc.tokens[x].kind == TokenKind::Word && doc.tokens[x].is_title()
    };
    let mut a = j;
    while a > from && j - a < 8 && title(a - 1) && doc.tokens[a].gap != Gap::None {
        a -= 1;
    }
    let mut b = j;
    while b - a < 12 && title(b + 1) && doc.tokens[b + 1].gap != Gap::None {
        b += 1;
    }
    (a..=b).any(|x| {
        let (w, _) = strip_possessive(doc.tok(x));
        NAME_HEADS.contains(w) || k.is_institution_head(w)
    })
}

/// The word that speaks before the pronoun at `i`, past the reporting verb, a "that" and two
/// auxiliaries at most: "lawyer" of "His lawyer has said she", "lawyers" of "Emefiele's lawyers
/// have said that she".
fn word_before_report(doc: &Document, i: usize) -> Option<usize> {
    let mut j = i as isize - 1;
    if doc.tok_at(j) == "that" {
        j -= 1;
    }
    if !REPORTING.contains(doc.tok_at(j)) {
        return None;
    }
    let mut noun = j - 1;
    while AUXILIARIES.contains(&doc.tok_at(noun)) && noun > j - 3 {
        noun -= 1;
    }
    usize::try_from(noun).ok()
}

/// "he or she", "his/her": a pronoun paired with the other gender on purpose.
pub fn paired(doc: &Document, i: usize) -> bool {
    let i = i as isize;
    [(i - 2, i - 1), (i + 2, i + 1)].iter().any(|&(p, sep)| {
        matches!(doc.tok_at(sep), "or" | "/" | "and") && pronoun(doc.tok_at(p)).is_some()
    })
}

/// Whether token `j` opens a date, not a name: a weekday, a month no one is named after
/// ("Wednesday", "October"; not "May" or "June"), or any month with its day in words after it
/// ("April Three").
fn opens_a_date(doc: &Document, j: usize) -> bool {
    let word = doc.tok(j);
    crate::calendar::lookup(word).is_some_and(|c| {
        c.kind == crate::calendar::CalendarKind::Weekday
            || !matches!(word, "April" | "May" | "June" | "July" | "August")
            || day_word(doc.tok_at(j as isize + 1))
    })
}

/// A day of the month written as a word, as some wires do after a month ("until April Three",
/// "May Twenty-one").
pub fn day_word(word: &str) -> bool {
    matches!(
        word,
        "One"
            | "Two"
            | "Three"
            | "Four"
            | "Five"
            | "Six"
            | "Seven"
            | "Eight"
            | "Nine"
            | "Ten"
            | "Eleven"
            | "Twelve"
            | "Thirteen"
            | "Fourteen"
            | "Fifteen"
            | "Sixteen"
            | "Seventeen"
            | "Eighteen"
            | "Nineteen"
            | "Twenty"
            | "Thirty"
            | "First"
            | "Second"
            | "Third"
            | "Fourth"
            | "Fifth"
            | "Sixth"
            | "Seventh"
            | "Eighth"
            | "Ninth"
            | "Tenth"
    )
}

/// Whether a role and a given name follow token `end`: the word before names a company or a
/// team, not a person ("Former Salesforce co-CEO Bret Taylor", "Chelsea manager Enzo Maresca").
fn role_then_name(doc: &Document, k: &Knowledge, end: usize) -> bool {
    let mut j = end;
    let mut role = false;
    while j < end + 5 && j < doc.tokens.len() {
        let w = doc.tok(j);
        if doc.tokens[j].is_title() {
            return role && k.is_given_name(w);
        }
        match doc.tokens[j].kind {
            TokenKind::Word if w.bytes().all(|b| b.is_ascii_lowercase()) => role = true,
            TokenKind::Word if w.bytes().all(|b| b.is_ascii_uppercase()) => {}
            _ if w == "-" => {}
            _ => return false,
        }
        j += 1;
    }
    false
}

/// A capitalised word that may open a sentence before a role noun and a name: a word of
/// origin ("Spanish", "Japanese", "Brazilian", "Dutch") or one [`BEFORE_SUBJECT`] has
/// ("Former", "Veteran").
fn opens_before_role(w: &str) -> bool {
    let lower = w.to_ascii_lowercase();
    crate::strings::is_title_case(w)
        && (BEFORE_SUBJECT.contains(&lower)
            || ["ish", "ese", "an", "ch", "ss", "ek", "ai", "ni"]
                .iter()
                .any(|end| lower.ends_with(end)))
}

/// Words for people a story may leave unnamed, whom a pronoun may stand for: "the coach said
/// his", "a driver ... her car".
pub const UNNAMED_REFERENTS: &[&str] = &[
    "cyclist",
    "pedestrian",
    "motorist",
    "player",
    "driver",
    "official",
    "spokesperson",
    "executive",
    "founder",
    "owner",
    "lawyer",
    "attorney",
    "prosecutor",
    "suspect",
    "victim",
    "witness",
    "teacher",
    "doctor",
    "nurse",
    "officer",
    "student",
    "pupil",
    "child",
    "baby",
    "patient",
    "resident",
    "customer",
    "passenger",
    "pilot",
    "worker",
    "employee",
    "author",
    "writer",
    "artist",
    "singer",
    "director",
    "producer",
    "scientist",
    "researcher",
    "candidate",
    "leader",
    "winner",
    "champion",
    "rider",
    "runner",
    "athlete",
    "coach",
    "manager",
    "captain",
    "referee",
    "umpire",
    "president",
    "minister",
    "premier",
    "governor",
    "mayor",
    "judge",
    "senator",
    "member",
    "friend",
    "partner",
    "spouse",
    "parent",
    "neighbour",
    "neighbor",
    "colleague",
    "rival",
    "opponent",
    "fan",
    "user",
    "person",
    "individual",
    "someone",
    "anyone",
    "chief",
    "successor",
    "predecessor",
    "boss",
    "head",
    "spokesman",
    "chairperson",
    "host",
    "guest",
    "buyer",
    "seller",
    "investor",
    "analyst",
    "economist",
    "trader",
    "source",
    "aide",
    "adviser",
    "advisor",
    "staffer",
    "defendant",
    "plaintiff",
    "accused",
    "gunman",
    "attacker",
    "striker",
    "goalkeeper",
    "keeper",
    "midfielder",
    "defender",
    "substitute",
    "teammate",
    "challenger",
    "incumbent",
    "nominee",
    "appointee",
    "envoy",
];

/// The given names and surnames of people whose surname ends names of places too ("Fiona
/// Hill", "Jude Law", "Doris Day"): a given name and a common surname that is such a word,
/// shown to be a person's by a reporting verb or ", who" after it ("Fiona Hill said"), a person
/// noun before it ("the painter Liam Hill", "her agent, Tom Law,") or a title ("Rep. Fiona
/// Hill", "Ms Fiona Hill"); not "Victoria Park", "Albert Hall".
fn surnames_that_end_places<'a>(
    doc: &Document<'a>,
    k: &Knowledge,
    runs: &[Run],
) -> Vec<(&'a str, &'a str)> {
    let word = |r: (usize, usize)| run_word(doc, r);
    let mut out = Vec::new();
    for run in runs {
        let ws = &run.words;
        let [before @ .., g, sur] = ws.as_slice() else {
            continue;
        };
        let (given, surname) = (word(*g), word(*sur));
        if !NAME_HEADS.contains(surname)
            || k.surname_rank(surname).is_none_or(|r| r > 1000)
            || !k.is_given_name(given)
            || k.is_place(given)
        {
            continue;
        }
        let titled = before
            .last()
            .is_some_and(|&t| is_title_word(word(t)) || k.gendered_word(word(t)).is_some());
        let after = sur.1 as isize;
        let speaks = is_reporting(doc.tok_at(after))
            || doc.tok_at(after) == ","
                && (doc.tok_at(after + 1).bytes().all(|b| b.is_ascii_digit())
                    && doc.tok_at(after + 2) == ","
                    || doc.tok_at(after + 1) == "who");
        // "the painter Liam Hill", "Her agent, Tom Law,": a person noun before the name.
        let start = g.0 as isize;
        let role = |j: isize| {
            let w = doc.tok_at(j);
            w.bytes().all(|b| b.is_ascii_lowercase()) && names_someone(w)
        };
        let described = role(start - 1) || doc.tok_at(start - 1) == "," && role(start - 2);
        if before.is_empty() && (speaks || described) || titled {
            out.push((given, surname));
        }
    }
    out
}

/// The article that opens an apposition after a name that ends at token `end`: ", the ...",
/// ", 62, a ...".
fn apposition_opens(doc: &Document, end: usize) -> Option<isize> {
    let mut j = end as isize;
    if doc.tok_at(j) != "," {
        return None;
    }
    j += 1;
    if doc.tok_at(j).bytes().all(|b| b.is_ascii_digit()) && doc.tok_at(j + 1) == "," {
        j += 2;
    }
    matches!(doc.tok_at(j), "a" | "an" | "the").then_some(j)
}

/// The person noun of an apposition after a name that ends at token `end`: "singer" of ", the
/// folk singer whose", "teacher" of ", 62, a retired teacher,", "pianist" of ", a jazz pianist
/// and composer,"; two lower-case words at most before it, and none after it but punctuation,
/// "who", "whose" or "and".
fn appositive_role(doc: &Document, end: usize) -> Option<String> {
    let j = apposition_opens(doc, end)?;
    for h in j + 1..=j + 3 {
        let w = doc.tok_at(h);
        if !w.bytes().all(|b| b.is_ascii_lowercase()) || w.is_empty() {
            return None;
        }
        let next = doc.tok_at(h + 1);
        if names_someone(w) && matches!(next, "," | "." | ";" | "who" | "whose" | "and") {
            return Some(w.to_string());
        }
    }
    None
}

/// The sex an apposition after a name that ends at token `end` gives its person: "woman" of
/// "Erkan, a former Goldman Sachs banker and the first woman to run the bank,", "mother" of
/// "Ortiz, 41, a mother of three,". The apposition opens on "a", "an" or "the" (not "Erkan,
/// Peach and the woman", a list); the gendered noun heads a phrase that opens it or follows its
/// "and" ("the lawyer for the woman" is someone else), with three lower-case words at most
/// before it, and is the person's own ("the man's lawyer" is not).
fn appositive_gender(doc: &Document, k: &Knowledge, end: usize) -> Option<(Gender, Span)> {
    let j = apposition_opens(doc, end)?;
    let mut open = j;
    for h in j..j + 24 {
        let w = doc.tok_at(h);
        if w.is_empty() || matches!(w, "," | "." | ";" | ":" | "(" | ")") {
            return None;
        }
        if w == "and" && matches!(doc.tok_at(h + 1), "a" | "an" | "the") {
            open = h + 1;
            continue;
        }
        if h <= open || h > open + 4 {
            continue;
        }
        if !w.bytes().all(|b| b.is_ascii_lowercase() || b == b'-') {
            continue;
        }
        if let Some((g, false)) = k.gendered_word(w)
            && ((open + 1)..h).all(|x| doc.tok_at(x).bytes().all(|b| b.is_ascii_lowercase()))
            && matches!(
                doc.tok_at(h + 1),
                "," | "."
                    | ";"
                    | "to"
                    | "of"
                    | "who"
                    | "whose"
                    | "and"
                    | "in"
                    | "at"
                    | "for"
                    | "from"
                    | "with"
                    | "since"
            )
        {
            return Some((g, doc.tokens[h as usize].span));
        }
    }
    None
}

/// The text of one word of a [`Run`], given as its token range ("Jean-Pierre").
fn run_word<'a>(doc: &Document<'a>, r: (usize, usize)) -> &'a str {
    doc.slice(doc.tokens[r.0].span.cover(doc.tokens[r.1 - 1].span))
}

/// Runs of capitalised words on one line that may hold a name: "Justice Samuel Alito",
/// "S. Somanath", "Ursula von der Leyen", "Jean-Pierre Raffarin".
fn runs(doc: &Document) -> Vec<Run> {
    let toks = &doc.tokens;
    let n = toks.len();
    let title_word = |j: usize| j < n && toks[j].kind == TokenKind::Word && toks[j].is_title();
    let initial = |j: usize| doc.is_initial(j);
    let mut out = Vec::new();
    let mut i = 0;
    while i < n {
        if !(title_word(i) || initial(i)) {
            i += 1;
            continue;
        }
        let mut words = Vec::new();
        let mut j = i;
        loop {
            // "On Wednesday Tony Blair said": a weekday, or a month no one is named after, is
            // no part of a name; the name starts after it.
            if title_word(j) && opens_a_date(doc, j) {
                break;
            }
            if title_word(j) {
                let start = j;
                j += 1;
                // "Jean-Pierre", "Al-Assad"
                while j + 1 < n
                    && doc.tok(j) == "-"
                    && toks[j].gap == Gap::None
                    && toks[j + 1].gap == Gap::None
                    && toks[j + 1].kind == TokenKind::Word
                {
                    j += 2;
                }
                words.push((start, j));
                // "Mr." / "Dr." before a name
                if j + 1 < n
                    && doc.tok(j) == "."
                    && toks[j].gap == Gap::None
                    && toks[j + 1].gap == Gap::Space
                    && title_word(j + 1)
                    && matches!(
                        doc.tok(start),
                        "Mr" | "Mrs"
                            | "Ms"
                            | "Dr"
                            | "St"
                            | "Gen"
                            | "Sen"
                            | "Gov"
                            | "Rep"
                            | "Prof"
                            | "Lt"
                            | "Col"
                            | "Capt"
                            | "Sgt"
                            | "Rev"
                    )
                {
                    j += 1;
                }
            } else if initial(j) {
                words.push((j, j + 1));
                j += 2;
            } else {
                break;
            }
            if j >= n || !matches!(toks[j].gap, Gap::Space | Gap::Newline) {
                break;
            }
            // Particles inside a name: "von der Leyen".
            let mut p = j;
            while p < n
                && PARTICLES.contains(&doc.tok(p))
                && matches!(toks[p].gap, Gap::Space | Gap::Newline)
                && p + 1 < n
                && matches!(toks[p + 1].gap, Gap::Space | Gap::Newline)
            {
                p += 1;
            }
            if p > j && title_word(p) {
                j = p;
            } else if !(title_word(j) || initial(j)) {
                break;
            }
        }
        if !words.is_empty() {
            out.push(Run { words });
        }
        i = j.max(i + 1);
    }
    out
}

/// The token before a phrase of time or of channel that ends at token `q`, between a reporting
/// verb and what was reported: "on Monday", "last week", "yesterday", "in a statement", "in an
/// interview on Tuesday" (two at most); `q` itself when none ends there.
fn skip_time_or_channel(doc: &Document, mut q: isize) -> isize {
    for _ in 0..2 {
        let w = doc.tok_at(q);
        let before = doc.tok_at(q - 1);
        q -= if crate::calendar::lookup(w)
            .is_some_and(|c| c.kind == crate::calendar::CalendarKind::Weekday && !c.abbreviated)
            && before == "on"
        {
            2
        } else if matches!(
            w,
            "yesterday"
                | "today"
                | "tonight"
                | "earlier"
                | "later"
                | "again"
                | "previously"
                | "afterwards"
                | "afterward"
                | "separately"
        ) {
            1
        } else if let Some(n) = (1..=3).find(|&n| {
            // "in Tokyo", "in New York", "outside parliament"
            let head = q - n as isize;
            (0..n as isize).all(|x| doc.is_title_at(q - x))
                && matches!(doc.tok_at(head), "in" | "at" | "outside")
                || n == 1
                    && matches!(w, "parliament" | "court")
                    && matches!(before, "in" | "outside")
        }) {
            n as isize + 1
        } else if matches!(w, "week" | "month" | "year" | "weekend" | "night")
            && matches!(before, "last" | "this")
        {
            2
        } else if let Some(n) = channel_phrase(doc, q) {
            n
        } else {
            break;
        };
    }
    q
}

/// Whether the word at `i` follows "survived by": "NAME is survived by his son", whose
/// possessive is NAME's.
pub fn survived_by(doc: &Document, i: usize) -> bool {
    doc.tok_at(i as isize - 1) == "by" && doc.tok_at(i as isize - 2) == "survived"
}

/// Whether the possessive at `i` owns a channel after a reporting verb: "said in her speech",
/// "said in his inaugural address", "said on her blog".
pub fn speakers_channel(doc: &Document, i: usize) -> bool {
    let j = i as isize;
    matches!(doc.tok_at(j - 1), "in" | "on")
        && REPORTING.contains(doc.tok_at(j - 2))
        && (j + 1..=j + 3).any(|c| channel_phrase(doc, c) == Some(c - (j - 1) + 1))
}

/// The length of a phrase of channel ending at token `q`: "in a statement", "in his inaugural
/// speech", "in a post on X", "on social media", "on television".
fn channel_phrase(doc: &Document, q: isize) -> Option<isize> {
    let mut j = q;
    // "on X", "on Facebook": the platform after the channel.
    let platform = doc.tok_at(j - 1) == "on"
        && doc.kind_at(j) == Some(TokenKind::Word)
        && doc.tok_at(j).starts_with(|c: char| c.is_ascii_uppercase());
    if platform {
        j -= 2;
    }
    let w = doc.tok_at(j);
    if !platform && matches!(w, "media" | "television" | "TV" | "radio") {
        let k = if w == "media" && doc.tok_at(j - 1) == "social" {
            j - 2
        } else {
            j - 1
        };
        return (doc.tok_at(k) == "on").then_some(q - k + 1);
    }
    if !matches!(
        w,
        "statement"
            | "interview"
            | "letter"
            | "speech"
            | "post"
            | "briefing"
            | "address"
            | "message"
            | "video"
            | "broadcast"
            | "podcast"
    ) {
        return None;
    }
    // Up to two lower-case words between the determiner and the channel: "his inaugural".
    for n in 1..=3 {
        let det = doc.tok_at(j - n);
        if matches!(det, "a" | "an" | "the" | "his" | "her" | "its" | "their") {
            return (matches!(doc.tok_at(j - n - 1), "in" | "on")).then_some(q - (j - n - 1) + 1);
        }
        if n == 3 || !det.bytes().all(|b| b.is_ascii_lowercase()) {
            return None;
        }
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;

    fn people(text: &str) -> (Document<'_>, People) {
        let doc = Document::parse(text);
        let k = Knowledge::default();
        let p = People::build(&doc, &k);
        (doc, p)
    }

    #[test]
    fn first_person_pronouns_bind_to_the_quotation_speaker() {
        let text = "Dana Whitcombe runs the shelter. \"My staff and I have not slept,\" \
                    Whitcombe said. Shelter manager Paul Arkwright said: \"I am a father of two \
                    and I know this is hard.\" \"It is a matter for the council.\" Mayor Lee \
                    Varga said nothing.";
        let (doc, p) = people(text);
        let speaker = |q: &Quotation| {
            q.speaker
                .map(|(person, _)| doc.slice(p.persons[person].name))
        };
        let speakers: Vec<_> = p.quotations.iter().map(speaker).collect();
        // "..., NAME said", "NAME said: ...", and a quotation ending its sentence is nobody's
        // by the next sentence's name.
        assert_eq!(
            speakers,
            [Some("Dana Whitcombe"), Some("Paul Arkwright"), None]
        );
        let bound: Vec<(&str, &str)> = p
            .first_person
            .iter()
            .map(|&(t, person)| (doc.tok(t), doc.slice(p.persons[person].name)))
            .collect();
        assert_eq!(
            bound,
            [
                ("My", "Dana Whitcombe"),
                ("I", "Dana Whitcombe"),
                ("I", "Paul Arkwright"),
                ("I", "Paul Arkwright")
            ]
        );
        // What a speaker says of their own sex is evidence for them, not for anyone else.
        let arkwright = &p.persons[p.quotations[1].speaker.unwrap().0];
        assert!(
            arkwright
                .evidence
                .iter()
                .any(|e| e.kind == EvidenceKind::SelfDescribed
                    && e.gender == Gender::Male
                    && doc.slice(e.span) == "father")
        );
        let whitcombe = &p.persons[p.quotations[0].speaker.unwrap().0];
        assert!(
            !whitcombe
                .evidence
                .iter()
                .any(|e| e.kind == EvidenceKind::SelfDescribed)
        );
    }

    #[test]
    fn self_description_needs_the_speaker_to_say_it_of_themselves() {
        for (quote, described) in [
            (
                "\"I am a proud mother of three,\" Ines Carvalho said.",
                true,
            ),
            (
                "\"As a grandmother, I worry about the heat,\" Ines Carvalho said.",
                true,
            ),
            (
                "\"I'm a mother's son and proud of it,\" Ines Carvalho said.",
                false,
            ),
            (
                "\"I am not a mother yet, but I hope to be,\" Ines Carvalho said.",
                false,
            ),
            (
                "\"She is a mother of three and a nurse,\" Ines Carvalho said.",
                false,
            ),
            (
                "\"As a mother she knew what to do,\" Ines Carvalho said.",
                false,
            ),
            (
                "\"I am a mother of three.\" Ines Carvalho left the hall.",
                false,
            ),
        ] {
            let (_, p) = people(quote);
            let found = p.persons.iter().any(|x| {
                x.evidence
                    .iter()
                    .any(|e| e.kind == EvidenceKind::SelfDescribed)
            });
            assert_eq!(found, described, "{quote}");
        }
    }

    #[test]
    fn given_names_that_are_towns_and_places_after_compass_words() {
        let (doc, p) = people(
            "Eugene Marwick said rates would rise in West Germany. Sydney Harbour was calm.",
        );
        let names: Vec<&str> = p.persons.iter().map(|x| doc.slice(x.name)).collect();
        assert_eq!(names, ["Eugene Marwick"]);
        assert_eq!(p.persons[0].known_gender(), Some(Gender::Male));
    }

    #[test]
    fn closing_attributions_make_the_speaker_the_subject() {
        let (doc, p) = people(
            "Rates will rise, treasurer Eugene Marwick said. He expects two increases. The bank \
             will borrow early. It will sell bonds, he said.",
        );
        let bound: Vec<(&str, BindKind)> = p
            .bindings
            .iter()
            .map(|b| (doc.tok(b.pronoun), b.kind))
            .collect();
        assert_eq!(
            bound,
            [
                ("He", BindKind::NextSentence),
                ("he", BindKind::NextSentence)
            ]
        );
    }

    #[test]
    fn elimination_binds_to_the_one_person_left() {
        let (doc, p) = people("Sven Dahl said he had reached Yoon Ji-woo at her home.");
        let her = p.bindings.iter().find(|b| doc.tok(b.pronoun) == "her");
        assert_eq!(
            her.map(|b| (b.person, b.kind)),
            Some((1, BindKind::Elimination))
        );
        // With a second woman about, nobody is left alone.
        let (doc, p) = people("Sven Dahl said his wife had reached Yoon Ji-woo at her home.");
        assert!(p.bindings.iter().all(|b| doc.tok(b.pronoun) != "her"));
    }

    #[test]
    fn offices_join_their_one_holder() {
        let (doc, p) = people(
            "Prime Minister Jacinda Moore flew in. The prime minister's plane was late. The \
             minister said so.",
        );
        let joined: Vec<(&str, Option<usize>)> = p
            .mentions
            .iter()
            .map(|m| (doc.tok(m.name_first), m.person))
            .collect();
        assert_eq!(
            joined,
            [
                ("Jacinda", Some(0)),
                ("minister's", Some(0)),
                ("minister", Some(0))
            ]
        );
        // Two ministers: "the minister" stands for nobody.
        let (_, p) =
            people("Foreign Minister Anna Berg met Defence Minister Piotr Lis. The minister left.");
        assert_eq!(p.mentions.len(), 2);
    }

    #[test]
    fn chains_join_surnames_and_titles() {
        let (doc, p) = people(
            "Justice Samuel Alito wrote for the majority. Alito said the ruling stood. \
             Mr Alito left.",
        );
        assert_eq!(p.persons.len(), 1);
        assert_eq!(doc.slice(p.persons[0].name), "Samuel Alito");
        assert_eq!(p.mentions.len(), 3);
        assert!(p.mentions.iter().all(|m| m.person == Some(0)));
        assert_eq!(p.persons[0].gender(), Some(Gender::Male));
    }

    #[test]
    fn a_title_word_before_a_suffix_is_part_of_the_name() {
        // "King" is a crown before a name ("King Charles"), but before "Jr" alone it is the
        // surname: the person is Martin Luther King, and "King Jr." later is him.
        let (doc, p) = people(
            "Martin Luther King Jr. spoke in 1963. King Jr. led the march. King Charles met \
             him.",
        );
        let names: Vec<_> = p.persons.iter().map(|x| doc.slice(x.name)).collect();
        assert_eq!(names, ["Martin Luther King", "Charles"]);
        assert_eq!(p.mentions[1].person, Some(0));
    }

    #[test]
    fn relatives_in_apposition_and_surnames_written_first() {
        // "Her father, Lee Seung-ho, ...": a second person of the surname, and a father; the
        // role some are named ("Author") is no given name here.
        let (doc, p) = people(
            "Author Lee Mi-rae won the prize. Lee, 53, said her work was about memory. Her \
             father, Lee Seung-ho, is also a novelist.",
        );
        assert_eq!(p.persons.len(), 2);
        assert_eq!(doc.slice(p.persons[0].name), "Lee Mi-rae");
        assert_eq!(doc.slice(p.persons[1].name), "Lee Seung-ho");
        assert_eq!(
            p.mentions[1].person,
            Some(0),
            "\"Lee, 53,\" before the father is named"
        );
        assert_eq!(p.persons[1].known_gender(), Some(Gender::Male));
        assert_eq!(p.persons[0].known_gender(), None);
    }

    #[test]
    fn two_people_sharing_a_surname_leave_it_unbound() {
        let (_, p) = people(
            "Rodrigo Duterte was arrested. Sara Duterte, his daughter, flew out. Duterte said.",
        );
        assert_eq!(p.persons.len(), 2);
        assert_eq!(p.mentions.last().unwrap().person, None);
    }

    #[test]
    fn binding_patterns() {
        let (doc, p) = people(
            "Kwame Mensah told reporters that his first task was jobs. Mensah said she would \
             meet the unions. He left at noon.",
        );
        let bound: Vec<(&str, BindKind)> = p
            .bindings
            .iter()
            .map(|b| (doc.tok(b.pronoun), b.kind))
            .collect();
        assert_eq!(
            bound,
            vec![
                // "told reporters that his ...": the speaker's
                ("his", BindKind::Reported),
                ("she", BindKind::Reported),
                ("He", BindKind::NextSentence)
            ]
        );
    }

    #[test]
    fn no_binding_with_two_candidates() {
        let (_, p) = people("Anna Novak met Maria Lopez in Warsaw. She said the talks went well.");
        assert!(p.bindings.is_empty());
    }
}
