use super::institution_variant::{HEAD_SYNONYMS, is_demonym};
use super::institution_word::{FOREIGN_JOINS, runs, spelling_variants, strip_possessive};
use crate::data::data_lines;
use crate::declare_rule;
use crate::diagnostic::Diagnostic;
use crate::document::Document;
use crate::knowledge::is_institution_head;
use crate::rule::Context;
use crate::span::Span;
use crate::strings::{Slip, typing_slip};
use rustc_hash::{FxHashMap as HashMap, FxHashSet as HashSet};
use std::sync::LazyLock;

declare_rule! {
    /// ## What it does
    /// Flags a well-known institution or company written with one word wrong: a non-word one
    /// typing slip from the word its real name has ("Berkshire Hathway", "International Atomic
    /// Energy Agnecy"), or its head swapped for another word of the same kind ("China National
    /// Space Agency" for the China National Space Administration, "Food and Drug Agency"), or
    /// with a word made plural ("International Monetary Funds", "Banks of England") or a plural
    /// word made singular ("Moody's Investor Service").
    ///
    /// ## Why is this bad?
    /// A misspelt company or body is a factual error that a spelling checker passes: the words
    /// are capitalised, so it takes them for a name it does not know, and each word of a swapped
    /// head is right on its own.
    ///
    /// ## Example
    /// ```text
    /// Berkshire Hathway, the investment company, bought a stake in 2008.
    /// ```
    ///
    /// ## Use instead
    /// ```text
    /// Berkshire Hathaway, the investment company, bought a stake in 2008.
    /// ```
    /// The names come from `rules/known-institutions.txt` (the S&P 500 and a list of
    /// international bodies, central banks, agencies, courts, exchanges, parties and large
    /// companies). A word that is an English word or a known name as written is left alone
    /// unless it is the head of the whole name; a swapped head needs a distinctive word in the
    /// rest of the name ("Space", not "National" or "European"), and names that are themselves
    /// on the list ("National Security Agency" beside "National Security Council") stay quiet.
    /// A name matched whole needs no more: a non-word that is all of it but for one slip ("Worl
    /// Bank"), or a real word in a name of four words or more whose other words all stand
    /// ("Pork Authority of New York and New Jersey"). A name may be one of two a run joins
    /// ("Hongkong Bank and Hang Seng Band"), open with an acronym ("BBC Would Service") or end
    /// with an owner's "'s". A known name made plural whole after "the" is one body too ("the
    /// European Commissions"), unless what follows may name the several ("the Labour Parties of
    /// Britain and Australia"). A word made singular needs the whole name standing alone, but
    /// for a country's initials before it or a legal form after it ("US Security Exchange
    /// Commission", not "the House of Representative Bill").
    /// A plural is left alone where the story names several bodies at once: joined to another
    /// name ("the Asian and African Development Banks"), counted ("12 Federal Reserve Banks",
    /// "the regional Federal Reserve Banks"; a year is no count) or followed by an "of" the
    /// name lacks ("the Treasury Departments of several states").
    pub struct KnownInstitution {
        code: "E006",
        name: "known-institution-misspelt",
        family: Entities,
        severity: Warning,
        summary: "a well-known institution or company written with one word wrong",
        check: check,
    }
}

const KNOWN_TXT: &str = include_str!("../../../rules/known-institutions.txt");

/// Longest name, in content words, that the index holds.
const MAX_WORDS: usize = 8;

struct Known {
    /// Each name's content words ("Bank", "England" for "Bank of England").
    names: Vec<(&'static str, Vec<&'static str>)>,
    /// Content words joined by spaces, one of them "*": the names and positions it matches.
    masked: HashMap<String, Vec<(u32, u8)>>,
    /// Every name's content words joined by spaces.
    exact: HashSet<String>,
    /// Every content word of every name.
    words: HashSet<&'static str>,
    /// Hashes of every content word with one byte left out: a word one typing slip from a
    /// name's word shares one of these with it (or is one), which rules out most words with a
    /// lookup each.
    deletions: HashSet<u64>,
    /// Hashes of the content words whole, as `deletions` hashes them.
    whole: HashSet<u64>,
    /// The forms content words in the plural may have in the singular ("Investor" of
    /// "Investors", "Security" of "Securities").
    singulars: HashSet<String>,
}

/// Content words of a name, as the runs of a story give them.
fn content_words(name: &'static str) -> Vec<&'static str> {
    name.split_whitespace()
        .filter(|w| {
            !matches!(*w, "of" | "for" | "and" | "on" | "the" | "&") && !FOREIGN_JOINS.contains(w)
        })
        .map(strip_possessive)
        .collect()
}

fn masked_key(words: &[&str], at: usize) -> String {
    let mut s = String::new();
    for (p, w) in words.iter().enumerate() {
        if p > 0 {
            s.push(' ');
        }
        s.push_str(if p == at { "*" } else { w });
    }
    s
}

static KNOWN: LazyLock<Known> = LazyLock::new(|| {
    let mut known = Known {
        names: Vec::new(),
        masked: HashMap::default(),
        exact: HashSet::default(),
        words: HashSet::default(),
        deletions: HashSet::default(),
        whole: HashSet::default(),
        singulars: HashSet::default(),
    };
    for name in data_lines(KNOWN_TXT) {
        let words = content_words(name);
        if words.len() < 2 || words.len() > MAX_WORDS {
            continue;
        }
        let id = known.names.len() as u32;
        for p in 0..words.len() {
            known
                .masked
                .entry(masked_key(&words, p))
                .or_default()
                .push((id, p as u8));
        }
        known.exact.insert(words.join(" "));
        known.words.extend(words.iter().copied());
        for w in &words {
            known.singulars.extend(
                singulars(w)
                    .filter(|m| plural_of(w, m))
                    .map(|m| m.into_owned()),
            );
            known.deletions.extend(deletions(w));
            known.whole.insert(hash_without(w, usize::MAX));
        }
        known.names.push((name, words));
    }
    known
});

/// Builds the table now ([`crate::knowledge::warm_up`]).
pub fn warm_up() {
    LazyLock::force(&KNOWN);
}

fn synonym_group(head: &str) -> Option<usize> {
    HEAD_SYNONYMS.iter().position(|g| g.contains(&head))
}

/// A word of four letters or more that is no word, known name or accepted house word.
fn is_non_word(k: &crate::knowledge::Knowledge, w: &str) -> bool {
    // A known name is a word, a place, a given name or an accepted house word.
    w.len() >= 4 && w.is_ascii() && !k.is_known_name(w)
}

/// Whether `w` may be the wrong word of a known name: a non-word, or a head of a group.
fn candidate(k: &crate::knowledge::Knowledge, w: &str) -> bool {
    synonym_group(w).is_some() || is_non_word(k, w)
}

fn check(doc: &Document, ctx: &Context, out: &mut Vec<Diagnostic>) {
    let k = ctx.knowledge;
    let known = &*KNOWN;
    // Most stories name no known body near a suspect word: look before building the runs.
    let near_known = |u: usize| {
        (u.saturating_sub(4)..(u + 5).min(doc.tokens.len())).any(|j| {
            j != u && doc.tokens[j].is_title() && known.words.contains(strip_possessive(doc.tok(j)))
        })
    };
    let any = doc.mentions.words.iter().any(|(w, uses)| {
        uses.iter().any(|&u| near_known(u))
            && (candidate(k, w)
                || singulars(w).any(|m| known.words.contains(m.as_ref()))
                || w.len() >= 4 && !known.words.contains(w) && near_a_name_word(known, w))
    });
    if !any {
        return;
    }
    for r in runs(doc) {
        if r.foreign || r.words.len() < 2 || r.words.len() > 2 * MAX_WORDS {
            continue;
        }
        let mut texts = r.texts(doc);
        let mut run_words = r.words.clone();
        // An acronym just before the run opens the name with it ("BBC World Service").
        if let Some(a) = r.words[0].checked_sub(1)
            && doc.tokens[a].kind == crate::document::TokenKind::Word
            && doc.tokens[r.words[0]].gap == crate::document::Gap::Space
            && (2..=5).contains(&doc.tok(a).len())
            && doc.tok(a).bytes().all(|b| b.is_ascii_uppercase())
        {
            texts.insert(0, doc.tok(a));
            run_words.insert(0, a);
        }
        let n = texts.len();
        for (p, &w) in texts.iter().enumerate() {
            if run_words[p] < r.words[0] {
                continue;
            }
            let non_word = is_non_word(k, w);
            // A head for the whole run only: "China National Space Agency", not a longer name
            // it begins.
            let head = p + 1 == n && synonym_group(w).is_some();
            // A word of the name made plural ("International Monetary Funds", "Banks of
            // England"): one body is meant, unless the story names several at once ("the
            // Asian and African Development Banks", "12 Federal Reserve Banks").
            let plural = !non_word && w.len() >= 4 && w.ends_with('s');
            // A plural word of the name made singular ("Moody's Investor Service", "General
            // Service Administration"): the name has one form.
            let singular =
                !non_word && w.len() >= 4 && !w.ends_with('s') && known.singulars.contains(w);
            // A real word one slip from the name's own, the whole run otherwise the name ("BBC
            // Would Service", "Swiss Back").
            let real = !non_word
                && w.len() >= 4
                && w.is_ascii()
                && !known.words.contains(w)
                && near_a_name_word(known, w);
            if !(non_word || head || plural || singular || real) {
                continue;
            }
            // The known name, the word it has here, and the run's words it covers.
            let mut found: Option<(&'static str, &'static str, usize, usize, bool, bool)> = None;
            'windows: for s in p.saturating_sub(MAX_WORDS - 1)..=p {
                for e in p + 1..=n.min(s + MAX_WORDS) {
                    // A part of the run only for a misspelling or a plural: a head swapped or a
                    // real word must make the whole run the name, or one name of a run that
                    // joins two ("Hongkong Bank and Hang Seng Band"), or end at an owner's "'s"
                    // ("BBC World Service's programme").
                    let whole = (s == 0 || joined_at(doc, run_words[s] as isize - 1))
                        && (e == n
                            || joined_at(doc, run_words[e - 1] as isize + 1)
                            || doc.tok(run_words[e - 1]).len() > texts[e - 1].len());
                    if e - s < 2 || (!non_word && !plural && !singular && !whole) {
                        continue;
                    }
                    let Some(hits) = known.masked.get(&masked_key(&texts[s..e], p - s)) else {
                        continue;
                    };
                    for &(id, pos) in hits {
                        let (name, words) = &known.names[id as usize];
                        let pos = pos as usize;
                        if pos != p - s {
                            continue;
                        }
                        let meant = words[pos];
                        // Its last word made plural before an "of" the name lacks.
                        let of_after = p + 1 == e && before_of(doc, run_words[p]);
                        let made_plural = plural
                            && plural_of(w, meant)
                            && !of_after
                            && !known.exact.contains(&texts[s..e].join(" "))
                            && !several(doc, run_words[s], run_words[e - 1]);
                        let made_singular = singular
                            && plural_of(meant, w)
                            && !known.exact.contains(&texts[s..e].join(" "));
                        let real_hit = real
                            && whole
                            && real_slip(k, w, meant)
                            && !known.exact.contains(&texts[s..e].join(" "));
                        let fits = if non_word {
                            typing_slip(w, meant).is_some_and(|s| s != Slip::Accent)
                        } else if made_plural || made_singular || real_hit {
                            true
                        } else {
                            head && s == 0
                                && e == n
                                && !spelling_variants(meant, w)
                                && synonym_group(meant) == synonym_group(w)
                                && pos + 1 == words.len()
                                && !known.exact.contains(&texts[s..e].join(" "))
                        };
                        // The rest of the name must say which body: a word that is not generic,
                        // a head, a demonym or a bare place ("Space", "Hathaway", "Japan" in
                        // "Bank of Japan" with its head).
                        // A word's number changed needs less: another word that is no generic
                        // modifier ("Reserve" in "Federal Reserve Boards", "Soviet" in "Soviet
                        // Unions", "Administration" in "General Service Administration").
                        let number = made_plural || made_singular;
                        let distinctive = words.iter().enumerate().any(|(q, x)| {
                            q != pos
                                && !k.is_generic_modifier(x)
                                && (number || !is_institution_head(x))
                                && (number || !is_demonym(k, x))
                                && (non_word || number || !k.is_place(x))
                        });
                        // A word among English's commonest, no word of names, in the name's
                        // place says enough with the head alone ("the Would Bank").
                        let glaring = real_hit
                            && crate::strings::with_lowercase(w, crate::data::word_rarity)
                                .is_some_and(|r| r <= 300);
                        let all_words = e - s == words.len();
                        // An owner's "'s" the name lacks makes another phrase ("the Bank's
                        // Brazzil division").
                        let owned = texts[s..e - 1]
                            .iter()
                            .zip(&run_words[s..e - 1])
                            .any(|(x, &j)| doc.tok(j).len() > x.len() && !name.contains('\''));
                        // Every other word of a long name, or a non-word that is the whole
                        // run but for one slip ("Worl Bank"), says which body by itself.
                        let whole_name = (real_hit && words.len() >= 4
                            || non_word && s == 0 && e == n)
                            && all_words
                            && !owned;
                        // "the European Commissions": the whole run, made plural, after
                        // "the" and with nothing after it that could name the several ("the
                        // Labour Parties of Britain and Australia").
                        let the_one = made_plural
                            && s == 0
                            && e == n
                            && all_words
                            && matches!(doc.tok_at(run_words[0] as isize - 1), "the" | "The")
                            && !matches!(
                                doc.tok_at(run_words[e - 1] as isize + 1),
                                "of" | "in" | "and" | "or" | "&"
                            );
                        // Made singular, the name must be there whole and stand alone ("the House
                        // of Representative Bill" is another phrase), but for a country's
                        // initials before it or a legal form after it ("US Security Exchange
                        // Commission", "Moody's Investor Service Inc").
                        let alone = whole
                            || (s == 0 || texts[..s].iter().all(|x| is_initials(x)))
                                && (e == n
                                    || e + 1 == n
                                        && super::institution_word::COMPANY_FORMS
                                            .contains(&texts[e]));
                        if fits
                            && (distinctive || glaring || whole_name || the_one)
                            && (!made_singular || all_words && alone)
                        {
                            found = Some((name, meant, s, e, made_plural, real_hit));
                            break 'windows;
                        }
                    }
                }
            }
            let Some((name, meant, s, e, made_plural, real_hit)) = found else {
                continue;
            };
            let t = doc.tokens[run_words[p]];
            let span = Span::new(t.span.start as usize, t.span.start as usize + w.len());
            let window = doc.tokens[run_words[s]]
                .span
                .cover(doc.tokens[run_words[e - 1]].span);
            let written = crate::strings::one_line(doc.slice(window));
            let label = if made_plural {
                format!("made plural: this body's name has \"{meant}\"")
            } else if plural_of(meant, w) {
                format!("made singular: this body's name has \"{meant}\"")
            } else if real_hit {
                let slip = typing_slip(w, meant).map_or("one slip", |s| s.describe());
                format!("a real word, but {slip} from \"{meant}\", the word this body's name has")
            } else if non_word {
                match typing_slip(w, meant) {
                    Some(slip) => format!("not a word: {}", slip.describe()),
                    None => "not a word".to_string(),
                }
            } else {
                format!("this body's name has \"{meant}\"")
            };
            out.push(
                Diagnostic::new(
                    &KnownInstitution::META,
                    span,
                    if made_plural {
                        format!("institution \"{written}\" is one body: the \"{name}\"")
                    } else if non_word {
                        format!("institution \"{written}\" looks like a misspelling of \"{name}\"")
                    } else {
                        format!("institution \"{written}\" is probably the \"{name}\"")
                    },
                )
                .label(label)
                .help(format!("known as \"{name}\""))
                .fix(meant.to_string()),
            );
        }
    }
}

/// Whether `w` is a short set of initials ("US", "EC", "UK").
fn is_initials(w: &str) -> bool {
    (2..=3).contains(&w.len()) && w.bytes().all(|b| b.is_ascii_uppercase())
}

/// Whether the token at `j` joins two names ("and", "&", ",").
fn joined_at(doc: &Document, j: isize) -> bool {
    matches!(doc.tok_at(j), "and" | "&" | ",")
}

/// The words `w` may be the plural of, by its ending alone ("Funds": "Fund"; "Churches":
/// "Churche", "Church"; "Authorities": "Authoritie", "Authorit", "Authority"): more than
/// `plural_forms` would give, to look each up in a table.
pub(super) fn singulars(w: &str) -> impl Iterator<Item = std::borrow::Cow<'_, str>> {
    use std::borrow::Cow;
    let s = w.strip_suffix('s');
    let ies = w
        .strip_suffix("ies")
        .map(|stem| Cow::Owned(format!("{stem}y")));
    [
        s.map(Cow::Borrowed),
        s.and_then(|s| s.strip_suffix('e')).map(Cow::Borrowed),
        ies,
    ]
    .into_iter()
    .flatten()
}

/// A hash of `w` with the letter at byte `at` left out (none when `at` is past the end): the
/// bytes joined first, on the stack, so equal strings hash alike however they were cut.
fn hash_without(w: &str, at: usize) -> u64 {
    use std::hash::Hasher;
    let skip = w
        .get(at..)
        .and_then(|rest| rest.chars().next())
        .map_or(0, char::len_utf8);
    let at = at.min(w.len());
    let (head, tail) = (&w.as_bytes()[..at], &w.as_bytes()[at + skip..]);
    let mut buf = [0u8; 64];
    let mut h = rustc_hash::FxHasher::default();
    if head.len() + tail.len() <= buf.len() {
        buf[..head.len()].copy_from_slice(head);
        buf[head.len()..head.len() + tail.len()].copy_from_slice(tail);
        h.write(&buf[..head.len() + tail.len()]);
    } else {
        h.write(&[head, tail].concat());
    }
    h.finish()
}

/// Hashes of `w` with each letter left out in turn.
fn deletions(w: &str) -> impl Iterator<Item = u64> + '_ {
    w.char_indices().map(|(i, _)| hash_without(w, i))
}

/// Whether `w` may be one typing slip from a word of a known name: it, or it with a letter
/// left out, is some name word with a letter left out, or a name word itself. Compared by
/// hash, bytes for bytes: a rare collision only lets a word on to the full comparison.
fn near_a_name_word(known: &Known, w: &str) -> bool {
    known.deletions.contains(&hash_without(w, usize::MAX))
        || deletions(w).any(|d| known.deletions.contains(&d) || known.whole.contains(&d))
}

/// Whether `w`, an English word, is one typing slip from `meant`, the word a known name has
/// there: "Would" for "World", "Back" for "Bank", not "Spain" for "Japan" nor a word made plural.
fn real_slip(k: &crate::knowledge::Knowledge, w: &str, meant: &str) -> bool {
    meant.len() >= 4
        && !plural_of(w, meant)
        && !plural_of(meant, w)
        && !spelling_variants(meant, w)
        && !k.is_place(w)
        && !k.is_given_name(w)
        && typing_slip(w, meant).is_some_and(|s| s != Slip::Accent)
}

/// Whether a name, as its content words joined by spaces, is on the list of well-known ones.
pub(super) fn is_known(key: &str) -> bool {
    KNOWN.exact.contains(key)
}

/// The plural forms a word may be given: "Group" "Groups", "Church" "Churches", "Ministry"
/// "Ministries".
pub(super) fn plural_forms(word: &str) -> impl Iterator<Item = String> + '_ {
    let es = word.ends_with(['s', 'x', 'z']) || word.ends_with("ch") || word.ends_with("sh");
    let ies = word
        .strip_suffix('y')
        .filter(|stem| !stem.ends_with(['a', 'e', 'o', 'u']))
        .map(|stem| format!("{stem}ies"));
    [
        Some(format!("{word}s")),
        es.then(|| format!("{word}es")),
        ies,
    ]
    .into_iter()
    .flatten()
}

/// Whether `w` is `meant` made plural: "Funds", "Boards", "Authorities", "Churches".
pub(super) fn plural_of(w: &str, meant: &str) -> bool {
    w.ends_with('s') && plural_forms(meant).any(|p| p == w)
}

/// Whether the head made plural at token `i` comes before an "of", which may name the several
/// ("the Foreign Ministries of France and Germany", "the Treasury Departments of several
/// states"): no evidence that one body is meant.
pub(super) fn before_of(doc: &Document, i: usize) -> bool {
    doc.tok_at(i as isize + 1) == "of"
}

/// Whether the name from token `first` to `last` stands among several bodies of a kind: joined
/// to another name ("the Asian and African Development Banks", "the Federal Reserve Banks of
/// New York and Chicago") or counted ("12 Federal Reserve Banks", "both", "regional").
pub(super) fn several(doc: &Document, first: usize, last: usize) -> bool {
    let (first, last) = (first as isize, last as isize);
    let joins = |t: &str| matches!(t, "and" | "or" | "&" | "/" | ",");
    // "the Asian and African Development Banks", "the Federal or State Taxation Departments":
    // a name joined on before, over a few capitalised words ...
    let mut before = first - 1;
    while before > first - 4 && doc.is_title_at(before) {
        before -= 1;
    }
    // A comma joins a list of bodies ("Funds, Boards and Councils"), not an apposition after a
    // name ("Andrew Karas, World Banks vice-president").
    let joined_before = joins(doc.tok_at(before))
        && doc.is_title_at(before - 1)
        && (doc.tok_at(before) != ","
            || singulars(doc.tok_at(before - 1)).any(|m| is_institution_head(m.as_ref())));
    // ... or after: "Banks of New York and Chicago", "Funds, Boards and Councils".
    let next = if doc.tok_at(last + 2) == "the" {
        last + 3
    } else {
        last + 2
    };
    let joined_after = joins(doc.tok_at(last + 1)) && doc.is_title_at(next);
    let counted = matches!(
        doc.tok_at(first - 1),
        "both"
            | "all"
            | "two"
            | "three"
            | "four"
            | "five"
            | "several"
            | "many"
            | "other"
            | "regional"
            | "various"
            | "national"
            | "state"
            | "successive"
            | "rival"
            | "separate"
            | "respective"
            | "their"
            | "whose"
    ) || doc.kind_at(first - 1) == Some(crate::document::TokenKind::Number)
        // A year is no count ("a 1985 World Banks loan").
        && !doc
            .tok_at(first - 1)
            .parse::<u32>()
            .is_ok_and(|y| (1800..=2100).contains(&y));
    // "the Banks of Asia", "Councils across Europe": bodies of a kind over a continent.
    let continent = |t: &str| {
        matches!(
            t,
            "Europe" | "Asia" | "Africa" | "America" | "Americas" | "Latin" | "Oceania" | "world"
        )
    };
    let spread = match doc.tok_at(last + 1) {
        "across" | "around" | "throughout" => true,
        "of" | "in" => continent(doc.tok_at(last + 2)) || continent(doc.tok_at(last + 3)),
        _ => false,
    };
    joined_before || joined_after || counted || spread
}

#[cfg(test)]
mod tests {
    use super::{KNOWN, content_words};

    #[test]
    fn the_list_loads_and_indexes_names_by_their_content_words() {
        assert!(KNOWN.names.len() > 500);
        assert_eq!(content_words("Bank of England"), ["Bank", "England"]);
        assert!(KNOWN.exact.contains("Berkshire Hathaway"));
        assert!(KNOWN.masked.contains_key("International Atomic Energy *"));
    }

    #[test]
    fn a_word_one_slip_from_a_name_word_is_found_through_its_deletions() {
        // Changed, dropped, added and swapped letters of "Bank", "Protection", "Societe".
        for near in ["Bang", "Bnk", "Bannk", "Bnak", "Projection", "Societé"] {
            assert!(super::near_a_name_word(&KNOWN, near), "{near}");
        }
        for far in ["Quixotic", "Xylophones", "Marmalade"] {
            assert!(!super::near_a_name_word(&KNOWN, far), "{far}");
        }
    }
}
