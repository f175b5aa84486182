use crate::data::word_size;
use crate::declare_rule;
use crate::diagnostic::Diagnostic;
use crate::document::{Document, Gap, TokenKind};
use crate::rule::Context;
use crate::strings::{capitalise, occurrences, replace_at};
use rustc_hash::FxHashMap as HashMap;

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
    /// The reading is chosen by a noisy channel: how often the word is written (wordfreq's
    /// English list) and how often OCR makes that misreading; a reading must be ten times
    /// likelier than the next ("boen" is "been", not "boon"). Rarer misreadings (a for s, n for
    /// a, i for r, v for y, l for t, o for c: "waa", "nnd", "fiom", "bv", "whioh") count only
    /// toward function words and the commonest others; a w printed as "vv" or "yv" ("yvas") is
    /// as common as any, and so is a j for a y ("jears"; inside a word only into everyday prose).
    /// A capital F or T read as a small r opening a word ("rrank", "rhornton") gives a given
    /// name, surname or place the lists know, or, opening a sentence, an everyday word. A real
    /// word is taken for a misread function word only when it is far
    /// rarer ("tho" for "the", "bo" for "be"; "wore" and "arc" stay) and not after an article.
    /// A capital I read for i inside a sentence: "In", "Into" or "Is" between lower-case words
    /// ("lying In the harbour"), "It", "Its" or "If" after a word no sentence ends with ("found
    /// that It was"), "In" before a name, month or year ("to reside In England"), "Is" after a
    /// name or a comma before a word a title would capitalise ("Queensland Is not yet fixed"),
    /// and, in a text with two other misread words, a longer everyday word between lower-case
    /// words whose capital no list knows ("not Included in the Act", "a brief Illness at"); headlines and titles ("his In Pieces
    /// series", "In Good Company", "Love Is the Drug") and names' words are left alone. A capital B inside a
    /// word no text writes is an s ("waB", "monthB", "isBued"); a capitalised word no text
    /// writes, no town is called and no list knows, away from a list of names or a given name,
    /// is read as an everyday word with one letter or its capital misread ("Cmincil", "Eoad").
    /// Short forms of function words OCR makes with two letters misread ("lu" for "in", "bj"
    /// for "by", a lone "n" for "a") are read between lower-case English words, not in "rock n
    /// roll", "lo and behold" or "Sturm und Drang". Units ("pct", "dlrs"), "en route",
    /// typing slips ("preceeding"), and forms with two readings are left alone. A non-word of
    /// five letters or more that one misreading does not explain may have two ("bcforo" for
    /// "before", "govcrnmcnt"), when the reading is an everyday word and no typing slip
    /// explains it ("saiud" is "said" with a letter added). A few real words OCR makes of
    /// frequent ones are flagged where the words around them show it: "ho" between lower-case
    /// words ("ho said": "he"; "will ho paid": "be"), "there wore not", "has boon", "bad been",
    /// "duo to". In a page with four misread words or more, a sentence's "Tho" before a
    /// capitalised word ("Tho Bench") is "The", and a capitalised word no text writes is a known
    /// place or a common name with one letter misread ("Sydnoy", "Slattory") or an everyday
    /// word with two ("Gonoral"). In such a page a word whose reading is not clear is still
    /// flagged, without a fix: a small word no word list, corpus or list of names has
    /// ("bcaung", "tiec"), or two common words run together ("tobring", fixed as "to bring");
    /// and a capitalised word no list knows whose letter runs no word or name has ("Hctchcr",
    /// "Frcilerlck"; not "Woronora"), in capitals too ("SBTIIERLAVD"), or one with capitals
    /// among its small letters ("COUNTnY"). Such a page also has "Is" and "Its" between small
    /// words read ("the navigation Is limited"), and a part of a hyphened name with a letter
    /// misread ("Bathurst-streot"). Junk marks glued to words ("th»") count toward the page's
    /// misread words. In such a page a real word is read as another by the words around it,
    /// as books print them (Google Books counts): "licences wore granted" is "were", since
    /// books print "were granted" 24 million times and "wore granted" too seldom to count. The
    /// written word must be printed beside neither neighbour often enough to count, the reading
    /// one common misreading away (e/o, c/e, u/n, h/b, l/i, ...), not much rarer than the
    /// written word, beside one of them, and the
    /// three words far likelier so read; the written word is given the benefit of the doubt of
    /// a collocation too rare to count, and "She wore", "now says" stay. A capitalised word
    /// no text writes may have its capital misread, and
    /// one of the commonest small letters too ("Ballway": "Railway", not "Hallway"). A word of
    /// small letters with one digit in it is read when a letter for the digit makes one of the
    /// commonest words, a digit OCR reads for a letter ("wa3", "3hort") or one typed for the
    /// letter below its key ("th3"), or when it follows a long such word ("voting1"); not a
    /// token written as it is ("web3", "mp3", "i5") nor a time or unit ("4am", "10km").
    /// The second half of a word broken at a line end without
    /// its hyphen ("com" / "panions") and words another rule has read are left alone.
    pub struct OcrMisreadWord {
        code: "T008",
        name: "ocr-misread-word",
        family: Text,
        severity: Warning,
        summary: "a word OCR misread: an everyday word with a letter misread, or damage in a page misread throughout",
        check: check,
    }
}

/// Letters OCR reads for others, as (written, meant, cost): the cost in centibels is how much
/// rarer this misreading is than the commonest ones (e/o, c/e, u/n, h/b, l/i).
pub(crate) const CONFUSIONS: &[(&str, &str, u16)] = &[
    ("o", "e", 0),
    ("e", "o", 0),
    ("c", "e", 0),
    ("e", "c", 0),
    ("u", "n", 0),
    ("n", "u", 0),
    ("b", "h", 0),
    ("h", "b", 0),
    ("l", "i", 0),
    ("i", "l", 0),
    ("f", "t", 0),
    ("t", "f", 0),
    ("rn", "m", 0),
    ("m", "rn", 0),
    ("cl", "d", 0),
    ("li", "h", 0),
    ("ii", "u", 0),
    ("ii", "n", 0),
    ("in", "m", 0),
    ("ni", "m", 0),
    ("a", "s", 50),
    ("n", "a", 20),
    ("i", "r", 20),
    ("v", "y", 20),
    ("l", "t", 50),
    ("a", "e", 100),
    ("m", "in", 100),
    ("o", "c", 20),
    ("i", "f", 50),
    ("l", "f", 50),
    ("u", "a", 20),
    ("il", "d", 50),
    ("p", "e", 50),
    // A y whose tail broke into a j ("onlj", "bj", "verj").
    ("j", "y", 0),
    // A w printed as two v's or a y and a v ("yvas", "vvere").
    ("vv", "w", 0),
    ("yv", "w", 0),
];

/// Words of other languages and Latin tags that English copy uses as they are.
const NOT_ENGLISH: &[&str] = &[
    "des", "von", "der", "den", "das", "della", "delle", "dei", "du", "le", "les", "et", "vis",
    "fait", "forma", "bona", "fide", "facto", "sic", "circa", "ibid", "caf", "muso", "weh",
    "reuter", "und", "ein", "ich", "nous", "vous", "avec", "sur", "pour", "una", "uno", "tion",
    "en", "te", "ba", "al", "el", "lo", "bint", "binti", "ibn",
];

/// The words so frequent that a rare word one misreading from them ("aud", "tbat") is taken for
/// them.
const FUNCTION_WORDS: &[&str] = &[
    "and", "the", "for", "was", "that", "with", "his", "her", "has", "had", "are", "not", "but",
    "its", "one", "our", "two", "when", "were", "from", "they", "this", "have", "been", "who",
    "which", "there", "said", "them", "then", "than", "will", "would", "their", "be", "he", "to",
    "of", "by", "at", "in", "is", "it", "on", "as", "we",
];

/// Two-letter readings: a two-letter token is read only as one of these.
const SHORT_WORDS: &[&str] = &[
    "be", "he", "to", "of", "by", "at", "in", "is", "it", "on", "as", "we",
];

/// A word at least this common (in centibels) is never a misreading of another: "the", "ten".
const COMMON_ENOUGH: u16 = 400;

/// The frequency class a reading must have: SCOWL's everyday (35) and common (50) words.
const MAX_SIZE: u8 = 50;

/// Whether token `j` is a word in lower-case ASCII letters.
fn lower_word_at(doc: &Document, j: isize) -> bool {
    doc.kind_at(j) == Some(TokenKind::Word) && doc.tok_at(j).bytes().all(|b| b.is_ascii_lowercase())
}

/// Whether token `i` stands after a space or line break inside a sentence that ends with a stop,
/// not at its start: not in a headline, which capitalises as it likes ("The economy In
/// graphics"), a sentence with no closing stop.
fn inside_closed_sentence(doc: &Document, i: usize) -> bool {
    let sentence = doc.sentences[doc.sentence_of(i)];
    let closed = matches!(
        doc.tok_at(sentence.end as isize - 1),
        "." | "!" | "?" | "\"" | "'" | "”" | "’" | ")" | ":" | ";"
    );
    mid_sentence(doc, i) && closed
}

/// Neither the first word of its sentence nor glued to the word before.
fn mid_sentence(doc: &Document, i: usize) -> bool {
    let t = doc.tokens[i];
    !t.starts_sentence() && matches!(t.gap, Gap::Space | Gap::Newline)
}

/// Inside a long run of lower-case prose the scan lost the full stops of ("... counts In
/// which the / accused ..."): a headline capitalises its words. `memo` keeps the last
/// sentence's answer, so that a sentence of many such words is counted once.
fn inside_prose_run(doc: &Document, i: usize, memo: &mut Option<(usize, bool)>) -> bool {
    let s = doc.sentence_of(i);
    let prose = match *memo {
        Some((at, prose)) if at == s => prose,
        _ => {
            let sentence = doc.sentences[s];
            let (mut words, mut lower) = (0, 0);
            for j in sentence.first..sentence.end {
                if doc.tokens[j].kind == TokenKind::Word {
                    words += 1;
                    lower += usize::from(doc.tok(j).bytes().all(|b| b.is_ascii_lowercase()));
                }
            }
            let prose = words >= 12 && lower * 4 >= words * 3;
            *memo = Some((s, prose));
            prose
        }
    };
    mid_sentence(doc, i) && prose
}

/// "In", "Into", "Is", "It", "Its" or "If" inside a sentence: a capital I read for a small i
/// ("lying In the harbour", "which Is now", "entered Into a contract", "found that It was",
/// "to reside In England"). Titles ("Lost In Translation", "his In Pieces series") have
/// capitals or a determiner around it, and a headline capitalises as it likes.
fn capital_i(
    doc: &Document,
    k: &crate::knowledge::Knowledge,
    i: usize,
    prose: &mut Option<(usize, bool)>,
) -> Option<&'static str> {
    let fixed = capital_i_form(doc.tok(i))?;
    let lower = |j: isize| lower_word_at(doc, j);
    let inside = inside_closed_sentence(doc, i);
    // Where the full stops are lost, "In" before a determiner may open a sentence ("scoria
    // In this district"): only "In" between other lower-case words.
    let run_on = !inside
        && fixed == "in"
        && inside_prose_run(doc, i, prose)
        && lower(i as isize - 1)
        && lower(i as isize + 1)
        && !DETERMINERS.contains(&doc.tok_at(i as isize + 1))
        && !matches!(
            doc.tok_at(i as isize + 1),
            "this" | "these" | "those" | "that" | "all"
        );
    let inside = inside || run_on;
    let next_gap = doc.tokens.get(i + 1).map(|n| n.gap);
    let prev = doc.tok_at(i as isize - 1);
    // "Queensland Is not yet fixed", "Ltd., Is at present": after a name or a comma, "Is"
    // before a verb or adverb is the verb misread; a title keeps its small words small
    // ("Love Is the Drug").
    if fixed == "is"
        && inside
        && matches!(next_gap, Some(Gap::Space | Gap::Newline))
        && (doc.is_title_at(i as isize - 1) || prev == ",")
        && lower(i as isize + 1)
        && !matches!(
            doc.tok_at(i as isize + 1),
            "a" | "an" | "the" | "of" | "in" | "to" | "for" | "and" | "or" | "but" | "as"
        )
    {
        return Some(fixed);
    }
    if !inside
        || !lower(i as isize - 1)
        || !matches!(next_gap, Some(Gap::Space | Gap::Newline))
        || matches!(prev, "in" | "of" | "on" | "film" | "song" | "album")
        // "his In Pieces series": a title after a determiner ("that" is a conjunction too).
        || prev != "that" && DETERMINERS.contains(&prev)
    {
        return None;
    }
    let next = doc.tok_at(i as isize + 1);
    match fixed {
        // Between lower-case words.
        "in" | "into" | "is" if lower(i as isize + 1) => Some(fixed),
        // "It", "Its", "If" after a word no sentence ends with: a full stop OCR dropped would
        // make it a sentence's first word ("charged with bigamy It was").
        "it" | "its" | "if" if lower(i as isize + 1) && NEVER_ENDS.contains(&prev) => Some(fixed),
        // "In" before a name, a month or a year ("to reside In England", "In 1911"); not before
        // an everyday word, which a title capitalises ("were In Good Company").
        "in" if doc.is_title_at(i as isize + 1) || next.bytes().all(|b| b.is_ascii_digit()) => {
            let everyday = crate::data::word_rarity(&next.to_ascii_lowercase())
                .is_some_and(|r| r <= 500)
                && crate::calendar::lookup(next).is_none()
                && !k.is_place(next);
            (!everyday && !next.is_empty()).then_some(fixed)
        }
        _ => None,
    }
}

/// The small word a capital I misread for a small i makes of `w`: "In", "Into", "Is", "It",
/// "Its" and "If" in lower case.
fn capital_i_form(w: &str) -> Option<&'static str> {
    Some(match w {
        "In" => "in",
        "Into" => "into",
        "Is" => "is",
        "It" => "it",
        "Its" => "its",
        "If" => "if",
        _ => return None,
    })
}

/// "Its", "Is" or "Into" between two lower-case words of a line, neither in quotation marks
/// nor after a determiner or a word that titles follow ("his In Pieces series"): the word in
/// lower case, read only in a page misread throughout ([`OCR_PAGE`]). Not "It", "If" or "In",
/// which open the sentences whose full stops OCR lost ("charged with bigamy It was alleged").
fn capital_i_in_a_misread_page(doc: &Document, i: usize) -> Option<&'static str> {
    let fixed = capital_i_form(doc.tok(i)).filter(|f| matches!(*f, "into" | "is" | "its"))?;
    let t = doc.tokens[i];
    let prev = doc.tok_at(i as isize - 1);
    let next_gap = doc.tokens.get(i + 1).map(|n| n.gap);
    (mid_sentence(doc, i)
        && !t.in_quote()
        && lower_word_at(doc, i as isize - 1)
        && lower_word_at(doc, i as isize + 1)
        && matches!(next_gap, Some(Gap::Space | Gap::Newline))
        && !DETERMINERS.contains(&prev)
        && !matches!(
            prev,
            "film" | "song" | "album" | "novel" | "book" | "play" | "show" | "series" | "my"
        ))
    .then_some(fixed)
}

/// "In" after a capitalised word inside a sentence, before an article or a relative word
/// ("opened by Mrs. Richard Arthur In the basement", "blown across the Atlantic In the wrong
/// direction"): in a text with other misreadings, the preposition misread; a title may write
/// it so in typed copy ("Love In the Time of Cholera").
fn in_after_a_name(doc: &Document, i: usize) -> bool {
    doc.tok(i) == "In"
        && !doc.tokens[i].starts_sentence()
        && i > 0
        && doc.is_title_at(i as isize - 1)
        && !doc.tokens[i - 1].starts_sentence()
        && doc.tokens.get(i + 1).is_some_and(|n| n.gap == Gap::Space)
        && matches!(
            doc.tok_at(i as isize + 1),
            "the" | "a" | "an" | "which" | "his" | "her" | "their" | "its" | "this" | "that"
        )
        && inside_closed_sentence(doc, i)
}

/// A longer everyday word with a capital I for its small i between lower-case words of a
/// sentence ("not Included in the Act", "to gather Information and", "after a brief Illness
/// at"): the word in lower case. Not a word whose capital the lists know ("Internet",
/// "Inspector"), a place or a body's word, nor after a determiner, where titles stand.
fn capital_i_word(doc: &Document, k: &crate::knowledge::Knowledge, i: usize) -> Option<String> {
    let w = doc.tok(i);
    let rest = w.strip_prefix('I')?;
    if rest.len() < 3 || !rest.bytes().all(|b| b.is_ascii_lowercase()) {
        return None;
    }
    let prev = doc.tok_at(i as isize - 1);
    let next_lower = lower_word_at(doc, i as isize + 1)
        && doc
            .tokens
            .get(i + 1)
            .is_some_and(|n| matches!(n.gap, Gap::Space | Gap::Newline));
    if !inside_closed_sentence(doc, i)
        || !lower_word_at(doc, i as isize - 1)
        || !next_lower
        || DETERMINERS.contains(&prev)
        || matches!(
            prev,
            "in" | "of" | "on" | "and" | "for" | "film" | "song" | "album" | "my" | "our" | "your"
        )
        // A name or heading of capitalised words around it ("Trade and Industry will",
        // "Traffic not Included and Statistical Error").
        || doc.is_title_at(i as isize - 2)
        || doc.is_title_at(i as isize + 2)
    {
        return None;
    }
    let fixed = format!("i{rest}");
    let everyday = crate::data::word_rarity(&fixed).is_some_and(|r| r <= 480);
    let named = crate::data::WORDS.contains_key(w)
        || k.is_place(w)
        || k.is_given_name(w)
        || k.surname_rank(w).is_some()
        || k.is_institution_head(w)
        || k.is_generic_modifier(w)
        || doc.in_institution(i);
    (everyday && !named).then_some(fixed)
}

/// Words no sentence ends with: after one, a capital "It" is no new sentence's first word.
const NEVER_ENDS: &[&str] = &[
    "that",
    "and",
    "but",
    "which",
    "as",
    "where",
    "when",
    "if",
    "because",
    "though",
    "although",
    "to",
    "with",
    "from",
    "by",
    "at",
    "for",
    "whether",
    "while",
    "than",
    "or",
    "nor",
    "until",
    "unless",
    "since",
    "how",
    "why",
    "said",
    "says",
    "stated",
    "believed",
    "think",
    "thought",
    "knew",
    "know",
    "found",
    "considered",
    "leaving",
    "into",
    "upon",
    "about",
    "making",
    "has",
    "have",
    "had",
    "will",
    "would",
    "shall",
    "should",
    "may",
    "might",
    "can",
    "could",
    "must",
];

/// An "m" standing alone between a lower-case word and another word ("losses m trade", "and m
/// Greta"): "in" with its two letters run together. Not after a number ("100 m"), not glued to
/// anything ("£5m"), not a letter among letters ("rows m and n").
fn lone_m(doc: &Document, i: usize) -> bool {
    let t = doc.tokens[i];
    let spaced = |g: Gap| matches!(g, Gap::Space | Gap::Newline);
    doc.tok(i) == "m"
        && i > 0
        && spaced(t.gap)
        && doc.kind_at(i as isize - 1) == Some(TokenKind::Word)
        && doc.tok(i - 1).bytes().all(|b| b.is_ascii_lowercase())
        && doc.kind_at(i as isize + 1) == Some(TokenKind::Word)
        && doc.tokens.get(i + 1).is_some_and(|n| spaced(n.gap))
        && doc.tok(i + 1).bytes().all(|b| b.is_ascii_alphabetic())
        // A letter among letters ("rows m and n").
        && !matches!(doc.tok(i + 1), "and" | "or")
}

/// A capitalised word opening a sentence that reads as a function word with one letter undone,
/// before a lower-case word: "Tho court rose", "Ho said", "Wo are". Names stay ("Ho Chi Minh",
/// "Tho Nguyen"): a capital follows them.
fn sentence_opener<'a>(
    doc: &Document<'a>,
    k: &crate::knowledge::Knowledge,
    i: usize,
    named_inside: &mut HashMap<&'a str, bool>,
) -> Option<(String, bool)> {
    let t = doc.tokens[i];
    let w = doc.tok(i);
    // A line that opens after a comma, a quotation mark or a small word may open a sentence
    // whose full stop OCR lost ("guilty,\nTho case is part heard").
    let line_opener = !t.starts_sentence()
        && t.gap == Gap::Newline
        && i > 0
        && (matches!(doc.tok(i - 1), "," | ";" | ":" | "\"" | "»" | "'")
            || doc.tok(i - 1).bytes().all(|b| b.is_ascii_lowercase()));
    if !(t.starts_sentence() || line_opener) || !t.is_title() || w.len() > 4 || !w.is_ascii() {
        return None;
    }
    // A given name opens sentences of its own ("Anil said"); one of two letters is read as a
    // misreading only in a page misread throughout ("Ho contended that").
    let given = k.is_given_name(w);
    if given && w.len() > 2 || line_opener && k.surname_rank(w).is_some() {
        return None;
    }
    let next_lower = doc.kind_at(i as isize + 1) == Some(TokenKind::Word)
        && doc
            .tok_at(i as isize + 1)
            .bytes()
            .all(|b| b.is_ascii_lowercase());
    // "Tho Rev. J. B. Gribble": the article before a clergyman's or an MP's style.
    let before_style =
        matches!(doc.tok_at(i as isize + 1), "Rev" | "Hon") && doc.tok_at(i as isize + 2) == ".";
    if !next_lower && !before_style {
        return None;
    }
    let lower = w.to_ascii_lowercase();
    let rarity = crate::data::word_rarity(&lower);
    if rarity.is_some_and(|r| r < COMMON_ENOUGH) {
        return None;
    }
    let gap = if word_size(&lower).is_some() {
        240
    } else {
        200
    };
    // One letter misread, or, in a form no text writes, two ("Tbo line will be").
    let best = reading(&lower)
        .filter(|b| misreads_function_word(rarity, b, gap))
        .or_else(|| {
            (rarity.is_none() && word_size(&lower).is_none())
                .then(|| function_word_twice_misread(&lower))
                .flatten()
        })?;
    // A name the story also writes inside a sentence is that name ("Stanley Ho ... Ho said"):
    // asked once a word, however often the story opens sentences with it.
    // Not a use between small words, which is the same misreading with its full stop lost
    // ("peti- tioner Tho petition was dismissed").
    let a_name_here = *named_inside.entry(w).or_insert_with(|| {
        doc.mentions.words.get(w).is_some_and(|uses| {
            uses.iter().any(|&u| {
                let small = |j: isize| {
                    doc.kind_at(j) == Some(TokenKind::Word)
                        && doc.tok_at(j).bytes().all(|b| b.is_ascii_lowercase())
                };
                !doc.tokens[u].starts_sentence()
                    && doc.tokens[u].gap != Gap::Newline
                    && !(small(u as isize - 1) && small(u as isize + 1))
            })
        })
    });
    if a_name_here {
        return None;
    }
    Some((capitalise(&best.0), given))
}

/// The one function word a short form gives with two of the commonest misreadings undone:
/// "tbo" is "the" (b for h, o for e).
fn function_word_twice_misread(w: &str) -> Option<(String, u16)> {
    let mut found: Option<&str> = None;
    let mut two = false;
    undo_twice(w, 0, |fixed, _| {
        if let Some(&f) = FUNCTION_WORDS.iter().find(|f| **f == fixed) {
            two |= found.is_some_and(|x| x != f);
            found = Some(f);
        }
    });
    let f = found.filter(|_| !two)?;
    Some((f.to_string(), crate::data::word_rarity(f)?))
}

/// "we / 1 believe", "1 remain, Sir": a lone "1" before a verb only the pronoun "I" takes, read
/// from a worn capital; not after a number or a word that counts ("Class 1", "No. 1").
fn one_for_i(doc: &Document, i: usize) -> bool {
    const FIRST_PERSON: &[&str] = &[
        "am", "believe", "think", "wish", "remain", "hope", "regret", "trust", "beg", "suppose",
        "fear", "cannot", "can't", "don't", "didn't", "won't", "shall",
    ];
    let prev = doc.tok_at(i as isize - 1);
    doc.tok(i) == "1"
        && doc.tokens.get(i + 1).is_some_and(|n| n.gap == Gap::Space)
        && FIRST_PERSON.contains(&doc.tok_at(i as isize + 1))
        && !prev.bytes().any(|b| b.is_ascii_digit())
        && (i == 0 || !doc.tokens[i - 1].is_title() && !matches!(prev, "." | "-" | "/"))
}

/// "Tho Bench committed", "Tbo Jury brought in": a sentence's first word that reads as "The"
/// with one letter undone, before a capitalised word, where a name may stand ("Tho Nguyen"):
/// taken for the article only in a page misread throughout.
fn article_before_capital(
    doc: &Document,
    k: &crate::knowledge::Knowledge,
    i: usize,
) -> Option<&'static str> {
    let t = doc.tokens[i];
    let w = doc.tok(i);
    if !t.starts_sentence()
        || w.len() != 3
        || !t.is_title()
        || !doc.is_title_at(i as isize + 1)
        || doc.kind_at(i as isize + 1) != Some(TokenKind::Word)
        || k.is_given_name(w)
    {
        return None;
    }
    // "Tho Nguyen": a name's given part before its surname.
    let next = doc.tok(i + 1);
    if k.is_given_name(next) || k.surname_rank(next).is_some() || k.is_chinese_surname(next) {
        return None;
    }
    let lower = w.to_ascii_lowercase();
    if crate::data::word_rarity(&lower).is_some_and(|r| r < COMMON_ENOUGH) {
        return None;
    }
    (reading(&lower)?.0 == "the").then_some("The")
}

/// A word no English text writes with a capital B where its small letters have an s ("waB",
/// "monthB", "isBued", "Bpecial"): OCR reads a worn s as B. The reading must be an everyday
/// word; the first letter is read only when the rest is small ("Btate"), and a sentence's first
/// word keeps its capital.
fn capital_b(doc: &Document, i: usize) -> Option<String> {
    let w = doc.tok(i);
    let b = w.as_bytes();
    if b.len() < 2 || !w.contains('B') || !b.iter().all(u8::is_ascii_alphabetic) {
        return None;
    }
    let lower = w.to_ascii_lowercase();
    // A token English text writes ("Bon") is taken as written; the rarest ("thib") are not.
    let rarity = crate::data::token_rarity(&lower);
    if crate::data::word_rarity(&lower).is_some() || rarity.is_some_and(|r| r < 640) {
        return None;
    }
    // A capital B that opens the word is a name's ("Budden", "Beeks") unless no text writes it,
    // no town is called it, and the story has it once.
    let name_like = rarity.is_some()
        || crate::data::is_town(&lower)
        || doc.mentions.words.get(w).is_some_and(|u| u.len() > 1);
    let small = |j: usize| b.get(j).is_some_and(u8::is_ascii_lowercase);
    for at in (0..b.len()).filter(|&j| b[j] == b'B') {
        if !(small(at + 1) || at > 0 && small(at - 1)) || at == 0 && name_like {
            continue;
        }
        let mut fixed = b.to_vec();
        fixed[at] = b's';
        // Any other capital but the first letter: not a word's reading ("AstraB").
        if fixed[1..].iter().any(u8::is_ascii_uppercase) {
            continue;
        }
        let fixed = String::from_utf8(fixed).ok()?;
        if crate::data::word_rarity(&fixed.to_ascii_lowercase()).is_some_and(|r| r <= 520) {
            return Some(if at == 0 && doc.tokens[i].starts_sentence() {
                capitalise(&fixed)
            } else {
                fixed
            });
        }
    }
    None
}

/// Capitals OCR reads for others, as (written, meant).
pub(crate) const CAPITALS: &[(u8, u8)] = &[
    (b'P', b'F'),
    (b'B', b'R'),
    (b'T', b'J'),
    (b'H', b'B'),
    (b'K', b'R'),
    (b'O', b'G'),
    (b'E', b'R'),
    (b'F', b'P'),
];

/// A capitalised word that no English text writes, no town is called and no list knows, that
/// reads as an everyday word with one letter misread ("Cmincil", "Tlat", "Poit"): the
/// everyday word, capitalised.
fn capitalised_misreading(
    doc: &Document,
    k: &crate::knowledge::Knowledge,
    i: usize,
) -> Option<String> {
    let t = doc.tokens[i];
    let w = doc.tok(i);
    if !t.is_title() || w.len() < 4 || !w.bytes().all(|b| b.is_ascii_alphabetic()) {
        return None;
    }
    // Most capitalised words are words or names (a known name is a word, an accepted house
    // word, a place or a given name).
    if k.is_known_name(w) {
        return None;
    }
    // A list of names ("Replacements: Gotting, McKenzie") or a given name before it: a surname
    // English text has not met. The story's own words first, then the lists.
    let j = i as isize;
    let listed = (doc.tok_at(j - 1) == "," && doc.is_title_at(j - 2))
        || (doc.tok_at(j + 1) == "," && doc.is_title_at(j + 2));
    if listed {
        return None;
    }
    let lower = w.to_ascii_lowercase();
    if crate::data::token_rarity(&lower).is_some() || crate::data::is_town(&lower) {
        return None;
    }
    if i > 0 && doc.is_title_at(j - 1) && k.is_given_name(doc.tok(i - 1)) {
        return None;
    }
    // A capital misread ("Ballway", "Tohn", "Pitzroy"): the first letter read for another.
    let first = capital_read_back(w)
        .filter_map(|f| crate::data::word_rarity(&f).map(|r| (f, r)))
        .min_by_key(|(_, r)| *r);
    let (best, _) = reading(&lower)
        .filter(|(b, _)| crate::data::word_rarity(b).is_some_and(|r| r <= 450))
        .or(first.filter(|(_, r)| *r <= 450))?;
    Some(capitalise(&best))
}

/// The forms an ASCII word gives in lower case with its capital read back as the one OCR took
/// it for ([`CAPITALS`]): "Ballway" gives "rallway", "Tohn" gives "john".
fn capital_read_back(w: &str) -> impl Iterator<Item = String> + '_ {
    CAPITALS
        .iter()
        .filter(move |(written, _)| w.as_bytes().first() == Some(written))
        .map(move |&(_, meant)| {
            let mut f = w.to_ascii_lowercase().into_bytes();
            f[0] = meant.to_ascii_lowercase();
            String::from_utf8(f).unwrap_or_default()
        })
}

/// Whether a word of this rarity (centibels; `None` below one in a million) is a misread
/// `reading` that is a function word at least `gap` centibels more frequent: "tho" for "the".
/// "ho" between lower-case words of a sentence: "he" misread ("ho said"), or "be" after a modal
/// or "to" ("will ho paid"). Not a call ("land ho", "westward ho", "ho ho").
fn pronoun_or_be(doc: &Document, i: usize) -> Option<&'static str> {
    if doc.tok(i) != "ho" {
        return None;
    }
    let (prev, next) = (doc.tok_at(i as isize - 1), doc.tok_at(i as isize + 1));
    if !lower_word_at(doc, i as isize + 1)
        || next == "ho"
        || matches!(
            prev,
            "ho" | "land" | "westward" | "eastward" | "heave" | "yo" | "tally"
        )
        || doc.tokens[i].starts_sentence()
    {
        return None;
    }
    const BEFORE_BE: &[&str] = &[
        "will", "would", "shall", "should", "may", "might", "must", "can", "could", "to", "not",
        "cannot", "never",
    ];
    Some(if BEFORE_BE.contains(&prev) {
        "be"
    } else {
        "he"
    })
}

/// Short forms OCR makes of function words with two letters misread, or one that the
/// confusion table does not hold ("lu" and "iu" for "in", "bj" for "by", "tim" for "the"):
/// the function word a form stands for.
fn function_word_meant(w: &str) -> Option<&'static str> {
    Some(match w {
        "lu" | "iu" | "ia" => "in",
        "bj" => "by",
        "oi" | "ol" | "nf" => "of",
        "tc" | "lo" => "to",
        "ir" => "it",
        "hu" => "his",
        "tim" | "tue" => "the",
        "ami" | "ana" | "und" => "and",
        "al" => "at",
        "n" | "u" => "a",
        _ => return None,
    })
}

/// One of [`function_word_meant`]'s forms standing apart between two lower-case English words: the
/// function word misread ("deaths lu the town", "sent bj post", "sheep und cattle", "was n
/// fine day"). Not "lo and behold", "rock n roll", "al fresco", or among words of another
/// language ("Sturm und Drang").
fn function_word_form(doc: &Document, i: usize) -> Option<&'static str> {
    let w = doc.tok(i);
    let meant = function_word_meant(w)?;
    let word = |j: usize| {
        doc.tokens.get(j).is_some_and(|t| {
            t.kind == TokenKind::Word && matches!(t.gap, Gap::Space | Gap::Newline)
        }) && doc.tok(j).bytes().all(|b| b.is_ascii_lowercase())
    };
    // The forms that are words elsewhere ("und", "al") or letters ("n") need English around.
    let english = |j: usize| {
        !matches!(w, "und" | "al" | "n" | "u") || crate::data::word_rarity(doc.tok(j)).is_some()
    };
    let (prev, next) = (doc.tok_at(i as isize - 1), doc.tok_at(i as isize + 1));
    let idiom = matches!((w, next), ("lo", "and") | ("al", "fresco" | "dente"))
        || (prev, w, next) == ("rock", "n", "roll");
    // A letter among letters ("rows m and n on the plan").
    let letter = |j: isize| doc.tok_at(j).len() == 1 && doc.kind_at(j) == Some(TokenKind::Word);
    if w.len() == 1 && (letter(i as isize - 2) || letter(i as isize + 2)) {
        return None;
    }
    (i > 0 && word(i) && word(i - 1) && word(i + 1) && english(i - 1) && english(i + 1) && !idiom)
        .then_some(meant)
}

/// Words after which a noun of its own belongs ("an arc", "the wore"): a real word there is taken
/// as written.
const DETERMINERS: &[&str] = &[
    "a", "an", "the", "this", "that", "its", "his", "her", "their",
];

/// Real words OCR makes of frequent ones, each with the words around it that show the frequent
/// one was printed: (written, meant, words before, words after).
const IN_CONTEXT: &[(&str, &str, &[&str], &[&str])] = &[
    // "they wore not", "there wore many"
    (
        "wore",
        "were",
        &["there"],
        &[
            "not", "being", "made", "taken", "given", "held", "found", "sent", "killed", "unable",
        ],
    ),
    // "they arc not", "which arc held"
    (
        "arc",
        "are",
        &["they", "we", "you", "there"],
        &[
            "not", "being", "made", "taken", "given", "held", "expected", "still",
        ],
    ),
    // "has boon", "had boon"
    ("boon", "been", &["has", "have", "had", "having"], &[]),
    // "bad been", "bad not"
    (
        "bad",
        "had",
        &[],
        &["been", "not", "already", "received", "become"],
    ),
    // "duo to the rain"
    ("duo", "due", &[], &["to"]),
    // "lost week", "lost year"
    (
        "lost",
        "last",
        &[],
        &["week", "month", "night", "season", "session"],
    ),
    // "borers, und other appliances", "forgery und uttering" (not "Sturm und Drang")
    (
        "und",
        "and",
        &[","],
        &[
            "the", "a", "an", "other", "his", "her", "their", "its", "all", "then", "that", "in",
            "on", "at", "to", "for", "with", "by", "from", "more", "some", "many", "several",
        ],
    ),
];

/// A real word read for a frequent one where the words around it show which
/// ([`IN_CONTEXT`]); never after an article or a possessive, where a noun of its own belongs.
fn real_word_in_context(doc: &Document, i: usize) -> Option<&'static str> {
    let w = doc.tok(i);
    let &(_, meant, before, after) = IN_CONTEXT.iter().find(|c| c.0 == w)?;
    let (prev, next) = (doc.tok_at(i as isize - 1), doc.tok_at(i as isize + 1));
    if DETERMINERS.contains(&prev) || matches!(prev, "my" | "our") {
        return None;
    }
    (before.contains(&prev) || after.contains(&next)).then_some(meant)
}

fn misreads_function_word(rarity: Option<u16>, reading: &(String, u16), gap: u16) -> bool {
    FUNCTION_WORDS.contains(&reading.0.as_str()) && rarity.is_none_or(|r| r >= reading.1 + gap)
}

fn check(doc: &Document, ctx: &Context, out: &mut Vec<Diagnostic>) {
    let first = out.len();
    let mut pending = Pending::default();
    check_words(doc, ctx, out, &mut pending);
    // Two other misreadings make the text OCR's (the lint sorts all findings by position);
    // a page of them, OCR's throughout.
    let mut signs = out.len() - first;
    // Junk marks glued to words ("th»", "OdP{") show the text OCR's as well as misread words
    // do: counted when the misread words alone fall short of a page of them.
    if (1..OCR_PAGE).contains(&signs) {
        signs += super::ocr_junk::junk_marks(doc, ctx);
    }
    if signs >= OCR_SIGNS {
        out.extend(pending.ocr);
    }
    if signs >= OCR_PAGE {
        out.extend(pending.page);
        let k = ctx.knowledge;
        for i in pending.capitalised {
            let w = doc.tok(i);
            if let Some(fixed) = page_reading(k, w) {
                out.push(misread(doc.tokens[i].span, w, fixed));
            }
        }
        for i in pending.surnames {
            let w = doc.tok(i);
            if let Some(fixed) = surname_reading(k, w) {
                out.push(misread(doc.tokens[i].span, w, fixed));
            }
        }
        // A word read already, by another rule ("Smllh" as a name misread: E002; the rules
        // before this one have written their findings) or just above, is left to that reading.
        let flagged: rustc_hash::FxHashSet<u32> = out.iter().map(|d| d.span.start).collect();
        for i in pending.capitals {
            let t = doc.tokens[i];
            if !flagged.contains(&t.span.start)
                && let Some(d) = damaged_name(k, t.span, doc.tok(i))
            {
                out.push(d);
            }
        }
        for (i, t) in doc.tokens.iter().enumerate() {
            if t.kind == TokenKind::Word
                && !flagged.contains(&t.span.start)
                && let Some(d) = printed_reading(doc, i)
            {
                out.push(d);
            }
        }
    }
}

/// A count given in bels, in words: "24 million", "1.3 billion".
fn printed_times(bels: f32) -> String {
    let count = 10f64.powf(f64::from(bels));
    if count >= 1e9 {
        format!("{:.1} billion", count / 1e9)
    } else {
        format!("{:.0} million", count / 1e6)
    }
}

/// How much likelier, in bels, a reading must make the words around a real word, as books print
/// them, for the word to be taken for a misreading in a page misread throughout: with a word on
/// each side, and with one only.
const PRINTED_BOTH_SIDES: f32 = 0.9;
const PRINTED_ONE_SIDE: f32 = 2.2;

/// A real word misread for another in a page misread throughout, chosen by the words around it
/// as books print them ("licenses wore granted": "were"; "the moans of": "means"). The written
/// word is printed with neither neighbour often enough for the table of pairs to hold them; a
/// reading one common misreading away ([`CONFUSIONS`]) is printed with one of them or both,
/// and makes the three words far likelier. A noisy channel: each word's count in books, times
/// how often it is printed beside its neighbours, for as often as that misreading happens.
fn printed_reading(doc: &Document, i: usize) -> Option<Diagnostic> {
    use crate::data::{BOOK_PAIR_FLOOR, BOOK_WORDS, book_count, book_pair_count};
    let w = doc.tok(i);
    if !(2..=20).contains(&w.len()) || !w.bytes().all(|b| b.is_ascii_lowercase()) {
        return None;
    }
    // A word beside it, not glued to it, by the tokens alone, before any lookup.
    let word_at = |j: usize, gap: Gap| {
        doc.tokens.get(j).is_some_and(|t| t.kind == TokenKind::Word) && gap != Gap::None
    };
    let word_before = i > 0 && word_at(i - 1, doc.tokens[i].gap);
    let word_after = doc.tokens.get(i + 1).is_some_and(|n| word_at(i + 1, n.gap));
    if !word_before && !word_after {
        return None;
    }
    // The readings one common misreading away that English writes at all, asked of the fast
    // word table before any count in books; not one much rarer than the written word, as no
    // reading of a common word so wins.
    let own = crate::data::word_rarity(w).unwrap_or(700);
    let readings: Vec<(String, u16)> = CONFUSIONS
        .iter()
        .filter(|c| c.2 <= 20)
        .flat_map(|&(from, to, cost)| {
            occurrences(w, from).map(move |at| (replace_at(w, at, from.len(), to), cost))
        })
        .filter(|(x, _)| crate::data::word_rarity(x).is_some_and(|r| r <= own + 50))
        .collect();
    if readings.is_empty() {
        return None;
    }
    // Each such word, of letters only, lower-case, with its count in books.
    let counted = |j: usize| {
        let n = doc.tok(j);
        if !n.bytes().all(|b| b.is_ascii_alphabetic()) {
            return None;
        }
        let n = n.to_ascii_lowercase();
        let count = book_count(&n)?;
        Some((n, count))
    };
    let before = word_before.then(|| counted(i - 1)).flatten();
    let after = word_after.then(|| counted(i + 1)).flatten();
    if before.is_none() && after.is_none() {
        return None;
    }
    // A pair the table lacks is printed less often than its floor: for a reading, no more
    // often than its words would be side by side by chance; for the written word, given the
    // benefit of the doubt, as often as a collocation ten times likelier than chance ("wore
    // white" is too rare for the table, and no misreading).
    let pair = |a: (&str, f32), b: (&str, f32), doubt: f32| match book_pair_count(a.0, b.0) {
        Some(c) => (c, true),
        None => ((a.1 + b.1 - BOOK_WORDS + doubt).min(BOOK_PAIR_FLOOR), false),
    };
    // Log10 of the word's count times the chance of each neighbour beside it, and whether
    // the table holds either pair.
    let score = |x: &str, doubt: f32| {
        let own = book_count(x)?;
        let mut s = own;
        let mut held = false;
        if let Some((p, c)) = &before {
            let (c, h) = pair((p, *c), (x, own), doubt);
            s += c - own;
            held |= h;
        }
        if let Some((n, c)) = &after {
            let (c, h) = pair((x, own), (n, *c), doubt);
            s += c - own;
            held |= h;
        }
        Some((s, held))
    };
    let (written, held) = score(w, 1.0)?;
    if held {
        return None;
    }
    let mut best: Option<(f32, String)> = None;
    for (x, cost) in readings {
        let Some((s, true)) = score(&x, 0.0) else {
            continue;
        };
        // The misreading's cost, in centibels of rarity, as a tenth of a bel each.
        let s = s - f32::from(cost) / 10.0;
        if best.as_ref().is_none_or(|b| s > b.0) {
            best = Some((s, x));
        }
    }
    let (s, x) = best?;
    let margin = if before.is_some() && after.is_some() {
        PRINTED_BOTH_SIDES
    } else {
        PRINTED_ONE_SIDE
    };
    if s - written <= margin {
        return None;
    }
    let phrase = |mid: &str| {
        let mut p = String::new();
        if let Some((b, _)) = &before {
            p.push_str(b);
            p.push(' ');
        }
        p.push_str(mid);
        if let Some((a, _)) = &after {
            p.push(' ');
            p.push_str(a);
        }
        p
    };
    let mut d = misread(doc.tokens[i].span, w, x.clone()).label(format!(
        "a real word, but books print \"{}\": one letter misread, in a text misread throughout",
        phrase(&x)
    ));
    // The evidence: each neighbour books print beside the reading.
    let sides = [(i.wrapping_sub(1), &before, true), (i + 1, &after, false)];
    for (j, side, first) in sides {
        let Some((n, _)) = side else { continue };
        let (read, written) = if first {
            (format!("{n} {x}"), format!("{n} {w}"))
        } else {
            (format!("{x} {n}"), format!("{w} {n}"))
        };
        let (a, b) = read.split_once(' ').unwrap_or_default();
        if let Some(c) = book_pair_count(a, b) {
            d = d.evidence(
                doc.tokens[j].span,
                format!(
                    "books print \"{read}\" {} times, \"{written}\" too seldom to count",
                    printed_times(c)
                ),
            );
        }
    }
    Some(d)
}

/// The letters OCR reads as a digit ("3hort", "wa3", "8utton") and those a typist hits a
/// digit for, the key above them ("th3" for "the").
const DIGIT_LETTERS: [(&[u8], u8); 10] = [
    (b"o", b'p'),
    (b"lit", b'q'),
    (b"z", b'w'),
    (b"s", b'e'),
    (b"a", b'r'),
    (b"s", b't'),
    (b"b", b'y'),
    (b"", b'u'),
    (b"s", b'i'),
    (b"g", b'o'),
];

/// A word of lower-case letters with one digit in it that, with a letter for the digit, is
/// among the commonest words (once in 30,000 or more) and is no token of its own ("wa3": "was";
/// not "web3", "i5", "4am", "mp3"), or a long such word with a digit after it ("voting1"): the
/// reading and how the digit came.
fn digit_for_letter(w: &str) -> Option<(String, &'static str)> {
    let bytes = w.as_bytes();
    let at = bytes.iter().position(u8::is_ascii_digit)?;
    let letters = bytes.len() - 1;
    if letters < 2
        || bytes.iter().filter(|b| b.is_ascii_digit()).count() != 1
        || !bytes
            .iter()
            .enumerate()
            .all(|(j, b)| j == at || b.is_ascii_lowercase())
        // A number before a unit or a time: "4am", "10km", "3pm".
        || at == 0 && letters < 3
        || crate::data::token_rarity(w).is_some()
    {
        return None;
    }
    let d = usize::from(bytes[at] - b'0');
    let (seen, key) = DIGIT_LETTERS[d];
    let mut best: Option<(String, u16, &'static str)> = None;
    let mut word = bytes.to_vec();
    for (&c, how) in seen
        .iter()
        .map(|c| (c, "a digit where OCR read a letter"))
        .chain(std::iter::once((
            &key,
            "a digit typed for the letter below it",
        )))
    {
        word[at] = c;
        let Ok(candidate) = std::str::from_utf8(&word) else {
            continue;
        };
        if let Some(r) = crate::data::word_rarity(candidate).filter(|&r| r <= 450)
            && best.as_ref().is_none_or(|b| r < b.1)
        {
            best = Some((candidate.to_string(), r, how));
        }
    }
    // A digit left after a long word ("voting1"): a mark of the page, not a letter.
    if best.is_none()
        && at == letters
        && letters >= 5
        && crate::data::word_rarity(&w[..at]).is_some_and(|r| r <= 450)
    {
        return Some((w[..at].to_string(), "a digit left after the word"));
    }
    best.map(|(w, _, how)| (w, how))
}

/// The letter model's score (nats a letter, [`crate::knowledge::Knowledge::spelling`]) below
/// which a capitalised word no list knows spells like no word or name: OCR damage ("Cmipboll",
/// "Frcilerlck") in a text misread throughout, not a rare name ("Woronora", "Nadjingomar").
const DAMAGED_SPELLING: f32 = -3.0;

/// A word with a capital in a text misread throughout that no word list, corpus, list of names
/// or places has, in capitals or with capitals inside ("COUNTnY", "BmsiiAKB"), or spelt with
/// letter runs no word or name has ([`DAMAGED_SPELLING`]): capitalised ("Hctchcr") or in
/// capitals, of four letters or more ("SBTIIERLAVD"). Flagged without a fix.
fn damaged_name(
    k: &crate::knowledge::Knowledge,
    span: crate::span::Span,
    w: &str,
) -> Option<Diagnostic> {
    let b = w.as_bytes();
    if b.len() < 3 || !b.iter().all(u8::is_ascii_alphabetic) || !b[0].is_ascii_uppercase() {
        return None;
    }
    let title = b[1..].iter().all(u8::is_ascii_lowercase);
    let capitals = b.iter().all(u8::is_ascii_uppercase);
    // Capitals inside a word's small letters ("COUNTnY", "appliancoB") are damage of their
    // own; a capitalised word or one in capitals must spell like none.
    let spelt_badly = || k.spelling(w).is_some_and(|s| s < DAMAGED_SPELLING);
    if (title || capitals) && !spelt_badly() || capitals && b.len() < 4 {
        return None;
    }
    let lower = w.to_ascii_lowercase();
    if listed(k, &lower) || k.is_given_name(&capitalise(&lower)) {
        return None;
    }
    Some(
        Diagnostic::new(
            &OcrMisreadWord::META,
            span,
            format!("word \"{w}\" is no English word or known name: OCR damage"),
        )
        .label(if title || capitals {
            "spelt with letter runs no word or name has, in a text misread throughout"
        } else {
            "capitals among small letters, in a text misread throughout"
        }),
    )
}

/// How many misread words a text must have for a real word's capital I to be taken for one.
const OCR_SIGNS: usize = 2;

/// How many misread words make a text OCR throughout: then a capitalised rare word or name one
/// misreading from a common word ("Grand Lodgo", "Somo sensation") is taken for one too.
const OCR_PAGE: usize = 4;

/// Findings that wait for the text to show itself OCR.
#[derive(Default)]
struct Pending {
    /// ... by [`OCR_SIGNS`] other misreadings.
    ocr: Vec<Diagnostic>,
    /// ... by [`OCR_PAGE`] of them.
    page: Vec<Diagnostic>,
    /// Capitalised words to read as misread common ones ([`page_reading`]) when the page
    /// shows itself misread throughout: a reading costs lookups most pages need not make.
    capitalised: Vec<usize>,
    /// Every word with a capital not read otherwise, to flag as damage ([`damaged_name`]) when
    /// the page shows itself misread throughout.
    capitals: Vec<usize>,
    /// Capitalised words where a surname stands (after a given name or an initial, in a list
    /// of names), to read as a common name misread ([`surname_reading`]) in such a page.
    surnames: Vec<usize>,
}

/// The courtesy titles OCR misreads before names.
const HONORIFICS: &[&str] = &["Mr", "Mrs", "Miss", "Messrs"];

/// The courtesy title the word at token `i` is with one letter misread ([`CONFUSIONS`], or a
/// capital B for an s: "Mi. Henry Moore", "Mra. E. Herrmann", "Messis. S. Patrick", "MeBsrs
/// Buchanan"), before a name or an initial; and whether the written form is one English text
/// writes ("Mi", "Misa"), which only a page misread throughout makes a misreading.
fn misread_honorific(doc: &Document, i: usize) -> Option<(&'static str, bool)> {
    let w = doc.tok(i);
    if !(2..=7).contains(&w.len())
        || !w.starts_with('M')
        || !w.bytes().all(|b| b.is_ascii_alphabetic())
        || HONORIFICS.contains(&w)
    {
        return None;
    }
    // A name or an initial next, after a full stop or not.
    let mut n = i + 1;
    if doc.tok_at(n as isize) == "." && doc.tokens[n].gap == Gap::None {
        n += 1;
    }
    let next = doc.tokens.get(n)?;
    if next.kind != TokenKind::Word || !next.is_title() || next.gap == Gap::None {
        return None;
    }
    let rest = &w[1..];
    let fixed = HONORIFICS.iter().copied().find(|h| {
        let want = &h[1..];
        CONFUSIONS
            .iter()
            .map(|&(written, meant, _)| (written, meant))
            .chain([("B", "s")])
            .any(|(written, meant)| {
                crate::strings::occurrences(rest, written)
                    .any(|at| crate::strings::replace_at(rest, at, written.len(), meant) == want)
            })
    })?;
    let known = crate::strings::with_lowercase(w, crate::data::token_rarity).is_some()
        || crate::data::is_word(w);
    Some((fixed, known))
}

/// A word in a text that is OCR throughout read as a common one.
fn misread(span: crate::span::Span, w: &str, fixed: String) -> Diagnostic {
    Diagnostic::new(
        &OcrMisreadWord::META,
        span,
        format!("word \"{w}\" looks like \"{fixed}\" misread"),
    )
    .label("a rare word in a text misread throughout: one letter read for another")
    .fix(fixed)
}

/// The common word a capitalised rare one is, read with one letter misread, in a text that is
/// OCR throughout: the reading at least a hundred times commoner and among the commonest words
/// (once in 100,000 or more); not a known name.
fn page_reading(k: &crate::knowledge::Knowledge, w: &str) -> Option<String> {
    let lower = w.to_ascii_lowercase();
    if lower.len() < 3 || !lower.bytes().all(|b| b.is_ascii_lowercase()) || k.is_known_name(w) {
        return None;
    }
    let own = crate::data::token_rarity(&lower);
    if own.is_some_and(|r| r < 600) {
        return None;
    }
    // A form no text writes may be an everyday word with its capital misread, and perhaps
    // one of the commonest small letters too ("Morpeth Ballway station": "Railway", five
    // times likelier than the "Hallway" of a small b for h).
    let capital = capital_read_back(w)
        .filter(|_| own.is_none())
        .filter_map(|f| match crate::data::word_rarity(&f) {
            Some(r) => Some((r, f)),
            None => reading(&f)
                .filter(|(_, score)| *score < 500)
                .map(|(g, score)| (score, g)),
        })
        .filter(|(r, _)| *r <= 500)
        .min();
    if let Some((best, _)) = reading(&lower)
        && let Some(common) = crate::data::word_rarity(&best)
    {
        if let Some((_, f)) = capital.filter(|(r, _)| r + 70 <= common) {
            return Some(capitalise(&f));
        }
        return (common <= 500 && own.is_none_or(|r| r >= common + 200)).then(|| capitalise(&best));
    }
    // A form no text writes: a known place or name with one letter misread ("Sydnoy",
    // "Lismoro", "Hughos"), or a common word with two ("Gonoral", "Ootobor").
    if own.is_some() {
        return None;
    }
    if let Some((_, f)) = capital {
        return Some(capitalise(&f));
    }
    name_reading(k, &lower).or_else(|| {
        (lower.len() >= 6)
            .then(|| two_readings(&lower))
            .flatten()
            .filter(|(best, _)| crate::data::word_rarity(best).is_some_and(|r| r <= 450))
            .map(|(best, _)| capitalise(&best))
    })
}

/// A word where a surname stands, in a page misread throughout, that no text writes and no list
/// has, read as the one common name or place it gives with one of the commonest misreadings
/// undone ("E. J. Hughos, Glen Hotel": "Hughes").
fn surname_reading(k: &crate::knowledge::Knowledge, w: &str) -> Option<String> {
    let lower = w.to_ascii_lowercase();
    if !lower.bytes().all(|b| b.is_ascii_lowercase())
        || k.is_known_name(w)
        || k.surname_rank(w).is_some()
        || crate::data::token_rarity(&lower).is_some()
        || crate::data::is_town(&lower)
    {
        return None;
    }
    // "MaoDonald" reads "MacDonald": the written capitals kept.
    name_reading(k, &lower).map(|fixed| {
        if fixed.len() != w.len() {
            return fixed;
        }
        fixed
            .chars()
            .zip(w.chars())
            .map(|(f, c)| {
                if c.is_ascii_uppercase() {
                    f.to_ascii_uppercase()
                } else {
                    f
                }
            })
            .collect()
    })
}

/// The one place, common given name or common surname a lower-cased form gives with one of the
/// commonest misreadings undone, capitalised: "sydnoy" gives "Sydney".
fn name_reading(k: &crate::knowledge::Knowledge, lower: &str) -> Option<String> {
    let mut found: Option<String> = None;
    for (written, meant, _) in CONFUSIONS.iter().filter(|c| c.2 <= 20) {
        for at in occurrences(lower, written) {
            let fixed = capitalise(&replace_at(lower, at, written.len(), meant));
            // Names common enough that a misreading of them is likelier than a rarer name:
            // 30,000 births, the 5,000 commonest surnames.
            let common_given = k
                .given_name(&fixed)
                .is_some_and(|g| g.female + g.male >= 30_000);
            if !(k.is_place(&fixed)
                || common_given
                || k.surname_rank(&fixed).is_some_and(|r| r <= 5_000))
            {
                continue;
            }
            if found.as_ref().is_some_and(|f| *f != fixed) {
                return None;
            }
            found = Some(fixed);
        }
    }
    found
}

fn check_words(doc: &Document, ctx: &Context, out: &mut Vec<Diagnostic>, pending: &mut Pending) {
    let k = ctx.knowledge;
    let mut named_inside = HashMap::default();
    // The last sentence asked whether it is a run of prose, and the answer.
    let mut prose = None;
    for (i, t) in doc.tokens.iter().enumerate() {
        if t.kind != TokenKind::Word {
            if t.kind == TokenKind::Number && one_for_i(doc, i) {
                out.push(
                    misread(t.span, "1", "I".to_string())
                        .label("a digit before a verb only \"I\" takes"),
                );
            }
            if t.kind == TokenKind::Alnum
                && let Some((fixed, how)) = digit_for_letter(doc.tok(i))
            {
                out.push(misread(t.span, doc.tok(i), fixed).label(how));
            }
            continue;
        }
        let w = doc.tok(i);
        let lower_case = w.bytes().all(|b| b.is_ascii_lowercase());
        let capital = if lower_case {
            None
        } else {
            capital_i(doc, k, i, &mut prose)
        };
        // A longer word with a capital I mid-sentence is as often a name in typed copy
        // ("joined Impact in a deal"): it waits for other signs that the text is OCR.
        if !lower_case
            && capital.is_none()
            && let Some(fixed) = capital_i_word(doc, k, i)
        {
            pending.ocr.push(
                Diagnostic::new(
                    &OcrMisreadWord::META,
                    t.span,
                    format!("word \"{w}\" looks like \"{fixed}\" misread"),
                )
                .label("a capital inside a sentence: I read for i")
                .fix(fixed),
            );
            continue;
        }
        // A capitalised word opening a sentence, read as a function word, asked once; a given
        // name so read is page-wide evidence only.
        let opened = if lower_case || capital.is_some() {
            None
        } else {
            sentence_opener(doc, k, i, &mut named_inside)
        };
        if let Some((fixed, true)) = opened {
            pending.page.push(
                misread(t.span, w, fixed).label("opens the sentence: one letter read for another"),
            );
            continue;
        }
        // In a page misread throughout, "Is", "Its" between lower-case words of prose
        // ("navigation Is limited", "conducting Its affairs") are misread.
        if capital.is_none()
            && let Some(fixed) = capital_i_in_a_misread_page(doc, i)
        {
            pending.page.push(
                misread(t.span, w, fixed.to_string())
                    .label("a capital between small words: I read for i"),
            );
            continue;
        }
        if capital.is_none() && in_after_a_name(doc, i) {
            pending.ocr.push(
                misread(t.span, w, "in".to_string())
                    .label("a capital inside a sentence, after a name: I read for i"),
            );
            continue;
        }
        // Words with a capital, and single letters: each shape has readings of its own.
        let shaped = if !lower_case {
            capital
                .map(|f| (f.to_string(), "a capital inside a sentence: I read for i"))
                .or_else(|| {
                    (2..=20).contains(&w.len()).then(|| {
                        let opener = || {
                            opened.map(|(f, _)| {
                                (f, "opens the sentence: one letter read for another")
                            })
                        };
                        let b = || {
                            capital_b(doc, i)
                                .map(|f| (f, "a capital B inside a word: an s misread"))
                        };
                        let unwritten = || {
                            capitalised_misreading(doc, k, i).map(|f| {
                                (
                                    f,
                                    "written nowhere in English text: one letter read for another",
                                )
                            })
                        };
                        opener().or_else(b).or_else(unwritten)
                    })?
                })
        } else if w.len() == 1 {
            if lone_m(doc, i) {
                Some((
                    "in".to_string(),
                    "a letter alone between words: \"in\" with its letters run together",
                ))
            } else {
                // "was n fine day": a lone letter for "a".
                function_word_form(doc, i).map(|f| {
                    (
                        f.to_string(),
                        "a letter alone between words: a misread \"a\"",
                    )
                })
            }
        } else {
            None
        };
        if let Some((fixed, label)) = shaped {
            out.push(
                Diagnostic::new(
                    &OcrMisreadWord::META,
                    t.span,
                    format!("word \"{w}\" looks like \"{fixed}\" misread"),
                )
                .label(label)
                .fix(fixed),
            );
            continue;
        }
        if !lower_case && let Some(fixed) = article_before_capital(doc, k, i) {
            pending.page.push(
                misread(t.span, w, fixed.to_string())
                    .label("opens the sentence before a name: the article misread"),
            );
            continue;
        }
        if !lower_case && let Some((fixed, known)) = misread_honorific(doc, i) {
            let d = misread(t.span, w, fixed.to_string())
                .label("before a name: a courtesy title with one letter misread");
            if known {
                pending.page.push(d);
            } else {
                out.push(d);
            }
            continue;
        }
        if !lower_case || !(2..=20).contains(&w.len()) {
            // "the Grand Lodgo", "Somo sensation was caused": a capitalised rare word, not
            // after a given name (a surname) nor in a list of names.
            let j = i as isize;
            if !lower_case {
                pending.capitals.push(i);
            }
            if t.is_title() && w.len() >= 4 {
                // Read only if the page shows itself misread throughout: see `check`. A
                // surname after a given name or in a list of names is read only as a name.
                let surname_stands =
                    j > 0 && doc.is_title_at(j - 1) && k.is_given_name(doc.tok(i - 1))
                        || doc.tok_at(j - 1) == "," && doc.is_title_at(j - 2)
                        || doc.tok_at(j + 1) == "," && doc.is_title_at(j + 2);
                if !surname_stands {
                    pending.capitalised.push(i);
                } else {
                    pending.surnames.push(i);
                }
            }
            continue;
        }
        if let Some(fixed) = pronoun_or_be(doc, i)
            .or_else(|| real_word_in_context(doc, i))
            .or_else(|| (w.len() <= 3).then(|| function_word_form(doc, i)).flatten())
        {
            out.push(
                Diagnostic::new(
                    &OcrMisreadWord::META,
                    t.span,
                    format!("word \"{w}\" looks like \"{fixed}\" misread"),
                )
                .label("a real word, but not here: one letter misread")
                .fix(fixed.to_string()),
            );
            continue;
        }
        // A word of the large list only ("aud") may still be a misreading of a function word;
        // an everyday or common word is left alone unless it is a thousand times rarer than
        // the function word it misreads ("tho" for "the"). One lookup tells both.
        let entry = crate::data::WORDS.get(w);
        let rare_word = entry.is_some();
        let listed = entry.is_some_and(|size| size > 0);
        if listed && !w.starts_with("th") && w.len() > 3 {
            continue;
        }
        let rarity = crate::data::word_rarity(w);
        if listed && rarity.is_some_and(|r| r < COMMON_ENOUGH)
            || k.is_unit(w)
            || k.accepted.contains(w)
        {
            continue;
        }
        // A part of a compound or an address ("co-op", "neo-con", "bbc.co.uk") is no word of
        // its own.
        let joiner = |j: isize| matches!(doc.tok_at(j), "-" | "." | "/" | "@" | "_");
        let prev_glued =
            t.gap == Gap::None && joiner(i as isize - 1) && doc.tokens[i - 1].gap == Gap::None;
        // ... but a full stop that ends the sentence joins nothing ("considerable damago.").
        let glued = |j: usize| doc.tokens.get(j).is_some_and(|n| n.gap == Gap::None);
        let next_glued = glued(i + 1) && joiner(i as isize + 1) && glued(i + 2);
        // An HTML entity left in the text ("&lt;") is markup, not a word.
        let entity = doc.tok_at(i as isize - 1) == "&"
            && t.gap == Gap::None
            && doc.tok_at(i as isize + 1) == ";";
        // ... but a part of a hyphened name or word of four letters or more, in a page
        // misread throughout, may be misread itself ("Bathurst-streot", "Hunter-stroet").
        // Every joiner glued to it is a hyphen.
        let hyphens_only = (!prev_glued || doc.tok_at(i as isize - 1) == "-")
            && (!next_glued || doc.tok_at(i as isize + 1) == "-");
        let compound_part =
            (prev_glued || next_glued) && hyphens_only && w.len() >= 4 && !rare_word;
        if (prev_glued || next_glued) && !compound_part || entity {
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
        // A real word is taken for a misreading only of a far more frequent function word
        // ("tho" for "the", "bo" for "be"), not after an article, where a noun of its own
        // belongs ("an arc").
        let real_word_reading = |b: &(String, u16)| {
            !rare_word
                || misreads_function_word(rarity, b, if listed { 300 } else { 200 })
                    && match doc.tok_at(i as isize - 1) {
                        // "that tho prisoner": a conjunction before an article.
                        "that" => b.0 == "the",
                        prev => !DETERMINERS.contains(&prev),
                    }
        };
        let one = reading(w);
        // A letter typed twice ("hass" for "has") explains a short word better than a misread
        // one ("bass") when it gives a word ten times commoner.
        if let Some((_, score)) = &one
            && doubled_slip(w).is_some_and(|r| r.saturating_add(100) <= *score)
        {
            continue;
        }
        let twice = one.is_none();
        // The typing slips of the word, looked up once: for a long one with a reading, and for
        // any of five letters or more without.
        let typed = if twice {
            !rare_word && w.len() >= 5
        } else {
            w.len() >= 6
        }
        .then(|| typing_reading(w))
        .flatten();
        // A long non-word with two letters misread ("bctweon", "govcrnmcnt"), when one misreading
        // undone gives nothing; a typing slip of any length ("saiud") is not read twice misread.
        let found = if twice {
            (!rare_word && w.len() >= 5 && typed.is_none())
                .then(|| two_readings(w))
                .flatten()
        } else {
            one
        };
        // A typing slip explains a long non-word as well, unless the misreading gives a word
        // ten times more frequent ("roally" is "really", not "rally").
        if let Some((best, _)) = found
            .filter(|(best, _)| {
                typed.is_none_or(|typed| {
                    crate::data::word_rarity(best).is_some_and(|r| r.saturating_add(100) <= typed)
                })
            })
            .filter(|b| w.len() > 2 || SHORT_WORDS.contains(&b.0.as_str()))
            .filter(real_word_reading)
            // After a given name a word is the surname written small ("Daniel tully"), unless
            // it misreads a function word ("gave John tbe book").
            .filter(|(best, _)| {
                !(i > 0
                    && doc.is_title_at(i as isize - 1)
                    && k.is_given_name(doc.tok(i - 1))
                    && crate::data::word_rarity(best).is_none_or(|r| r > 350))
            })
        {
            let d = Diagnostic::new(
                &OcrMisreadWord::META,
                t.span,
                format!("word \"{w}\" looks like \"{best}\" misread"),
            )
            .label(if twice {
                "not a word: two letters read for others"
            } else {
                "not a word: one letter read for another"
            })
            .fix(best);
            if compound_part {
                pending.page.push(d);
            } else {
                out.push(d);
            }
        } else if compound_part {
            continue;
        } else if let Some(fixed) = (!rare_word)
            .then(|| {
                // A sentence opening with a small letter is no sentence to the splitter.
                let opens = t.starts_sentence()
                    || t.gap == Gap::Paragraph
                    || matches!(doc.tok_at(i as isize - 1), "." | "!" | "?");
                capital_read_as_r(k, w, opens)
            })
            .flatten()
        {
            out.push(
                Diagnostic::new(
                    &OcrMisreadWord::META,
                    t.span,
                    format!("word \"{w}\" looks like \"{fixed}\" misread"),
                )
                .label("not a word: a capital read as a small r")
                .fix(fixed),
            );
        } else if !rare_word
            // Not half of a word broken by a hyphen ("peti- tioner"), nor the second half of
            // one broken at a line end without its hyphen ("com" / "panions").
            && doc.tok_at(i as isize - 1) != "-"
            && doc.tok_at(i as isize + 1) != "-"
            && !(matches!(t.gap, Gap::Newline | Gap::Paragraph)
                && i > 0
                && doc.tokens[i - 1].kind == TokenKind::Word
                && crate::data::is_word(&format!("{}{w}", doc.tok(i - 1))))
            && let Some(d) = damaged_word(k, t.span, w)
        {
            pending.page.push(d);
        }
    }
}

/// A lower-case form that no word list, no corpus of English text and no list of names has
/// ("tiec", "bcaung", "lacres"), in a text whose other misread words show it OCR throughout:
/// damage whose reading is not clear, flagged without a fix; or two words run together
/// ("supplyof"), with them apart as the fix.
fn damaged_word(
    k: &crate::knowledge::Knowledge,
    span: crate::span::Span,
    w: &str,
) -> Option<Diagnostic> {
    if w.len() < 3 || !w.bytes().all(|b| b.is_ascii_lowercase()) || listed(k, w) {
        return None;
    }
    Some(match run_together(w) {
        Some((a, b)) => Diagnostic::new(
            &OcrMisreadWord::META,
            span,
            format!("words \"{a}\" and \"{b}\" run together"),
        )
        .label("no word, in a text misread throughout: the space between two lost")
        .fix(format!("{a} {b}")),
        None => Diagnostic::new(
            &OcrMisreadWord::META,
            span,
            format!("word \"{w}\" is no English word: OCR damage"),
        )
        .label("no word list or corpus has it, in a text misread throughout"),
    })
}

/// Whether a lower-case form is a token of English text, a town, or, capitalised, a word, a
/// place, a given name or a surname the lists know: a name written small ("london", "smith")
/// is a name the page lost the capital of, not damage.
fn listed(k: &crate::knowledge::Knowledge, lower: &str) -> bool {
    crate::data::token_rarity(lower).is_some() || crate::data::is_town(lower) || {
        let capital = capitalise(lower);
        k.is_known_name(&capital) || k.surname_rank(&capital).is_some()
    }
}

/// The two common words (each once in 100,000 words or more, and of two letters or more) a form
/// splits into, the likeliest pair when there are several.
fn run_together(w: &str) -> Option<(&str, &str)> {
    (2..w.len().saturating_sub(1))
        .filter_map(|at| {
            let (a, b) = w.split_at(at);
            let ra = crate::data::word_rarity(a).filter(|&r| r <= 500)?;
            let rb = crate::data::word_rarity(b).filter(|&r| r <= 500)?;
            Some((ra + rb, a, b))
        })
        .min()
        .map(|(_, a, b)| (a, b))
}

/// A capital F or T read as a small r at a word's start ("rrank", "rhornton", "raculty"): the
/// word with that capital is a name the lists know anywhere, or, opening a sentence, an everyday
/// word, or one with one more letter misread ("racultv"); `None` when both capitals give one.
fn capital_read_as_r(k: &crate::knowledge::Knowledge, w: &str, opens: bool) -> Option<String> {
    let rest = w.strip_prefix('r')?;
    if rest.len() < 4 || !rest.bytes().all(|b| b.is_ascii_lowercase()) {
        return None;
    }
    let mut found: Option<String> = None;
    for cap in ['f', 't'] {
        let lower = format!("{cap}{rest}");
        let name = capitalise(&lower);
        let fixed =
            if k.is_given_name(&name) || k.surname_rank(&name).is_some() || k.is_place(&name) {
                Some(name)
            } else if !opens {
                None
            } else if word_size(&lower).is_some_and(|s| s <= MAX_SIZE) {
                Some(name)
            } else {
                reading(&lower).map(|(r, _)| capitalise(&r))
            };
        if let Some(f) = fixed {
            if found.is_some() {
                return None;
            }
            found = Some(f);
        }
    }
    found
}

/// The reading of `w` with one misreading undone that is most likely, by the noisy channel:
/// the reading's frequency times the misreading's; `None` unless it beats the next by ten
/// times, or when no reading is an everyday or common word. With the score of the best in
/// centibels (lower is likelier).
fn reading(w: &str) -> Option<(String, u16)> {
    remembered(Question::Reading, w, || reading_of(w))
}

fn reading_of(w: &str) -> Option<(String, u16)> {
    let mut readings = Readings::default();
    // A final y loses its tail and reads as v or j ("librarv", "majoritj"): as common there as
    // the commonest misreadings.
    let final_y = [("v", "y", 0u16), ("j", "y", 0)];
    let at_end = final_y
        .iter()
        .filter(|(written, _, _)| w.len() > 3 && w.ends_with(written))
        .map(|c| (c, w.len() - 1));
    let anywhere = CONFUSIONS
        .iter()
        .flat_map(|c| occurrences(w, c.0).map(move |at| (c, at)));
    for ((written, meant, cost), at) in at_end.chain(anywhere) {
        let fixed = replace_at(w, at, written.len(), meant);
        // The rarer misreadings ("waa", "fiom", "bv") only ever give function words and
        // the commonest others.
        let rarity = crate::data::word_rarity(&fixed);
        if word_size(&fixed).is_none_or(|s| s > MAX_SIZE)
            || *cost >= 50
                && !FUNCTION_WORDS.contains(&fixed.as_str())
                && rarity.is_none_or(|r| r > 350)
            // A j for a y inside a word gives only words of everyday prose ("jears",
            // "stjle"), not rare ones ("jon" is no "yon").
            || *written == "j" && at + 1 < w.len() && rarity.is_none_or(|r| r > 500)
        {
            continue;
        }
        readings.offer(rarity.unwrap_or(700) + cost, fixed);
    }
    readings.clear_winner()
}

/// Readings of one written form by their scores in centibels (lower is likelier): the best,
/// and the score of the best other one.
struct Readings {
    best: Option<(u16, String)>,
    second: u16,
}

impl Default for Readings {
    fn default() -> Self {
        Readings {
            best: None,
            second: u16::MAX,
        }
    }
}

impl Readings {
    fn offer(&mut self, score: u16, fixed: String) {
        match &self.best {
            Some((_, f)) if *f == fixed => {}
            Some((b, _)) if *b <= score => self.second = self.second.min(score),
            _ => {
                if let Some((b, _)) = &self.best {
                    self.second = self.second.min(*b);
                }
                self.best = Some((score, fixed));
            }
        }
    }

    /// The best reading with its score, when it is ten times likelier than any other.
    fn clear_winner(self) -> Option<(String, u16)> {
        let (score, fixed) = self.best?;
        (self.second >= score.saturating_add(100)).then_some((fixed, score))
    }
}

/// The reading of `w` with two of the commonest misreadings undone ("bctweon" for "between"):
/// an everyday word, ten times likelier than any other such reading.
fn two_readings(w: &str) -> Option<(String, u16)> {
    remembered(Question::TwoReadings, w, || two_readings_of(w))
}

fn two_readings_of(w: &str) -> Option<(String, u16)> {
    let mut readings = Readings::default();
    undo_twice(w, 50, |fixed, cost2| {
        if word_size(&fixed).is_none_or(|s| s > MAX_SIZE) {
            return;
        }
        if let Some(rarity) = crate::data::word_rarity(&fixed)
            .filter(|&r| r <= 560 - cost2)
            .map(|r| r + cost2)
        {
            readings.offer(rarity, fixed);
        }
    });
    readings.clear_winner()
}

/// Calls `each` with every form `w` gives with two misreadings undone, one of the commonest
/// and then one costing `max_cost2` or less, at letters apart, and the second one's cost.
fn undo_twice(w: &str, max_cost2: u16, mut each: impl FnMut(String, u16)) {
    for (written, meant, _) in CONFUSIONS.iter().filter(|c| c.2 == 0) {
        for at in occurrences(w, written) {
            let once = replace_at(w, at, written.len(), meant);
            for (written2, meant2, cost2) in CONFUSIONS.iter().filter(|c| c.2 <= max_cost2) {
                for at2 in occurrences(&once, written2) {
                    // Not the letters just changed back again.
                    if at2 < at + meant.len() && at2 + written2.len() > at {
                        continue;
                    }
                    each(replace_at(&once, at2, written2.len(), meant2), *cost2);
                }
            }
        }
    }
}

/// The frequency (in centibels) of the commonest word `w` gives with one doubled letter written
/// once ("hass": "has").
fn doubled_slip(w: &str) -> Option<u16> {
    remembered(Question::Doubled, w, || {
        Some((String::new(), doubled_slip_of(w)?))
    })
    .map(|(_, r)| r)
}

fn doubled_slip_of(w: &str) -> Option<u16> {
    let b = w.as_bytes();
    (1..b.len())
        .filter(|&j| b[j] == b[j - 1])
        .filter_map(|j| {
            let v = [&b[..j], &b[j + 1..]].concat();
            crate::data::word_rarity(std::str::from_utf8(&v).ok()?)
        })
        .min()
}

/// The frequency (in centibels; 700 when unlisted) of the commonest word the list knows one
/// typing slip from `w`: a letter dropped, added or two swapped.
fn typing_reading(w: &str) -> Option<u16> {
    remembered(Question::Typing, w, || {
        Some((String::new(), typing_reading_of(w)?))
    })
    .map(|(_, r)| r)
}

fn typing_reading_of(w: &str) -> Option<u16> {
    let b = w.as_bytes();
    let known = |v: &[u8]| -> Option<u16> {
        let v = std::str::from_utf8(v).ok()?;
        word_size(v)
            .filter(|&s| s <= MAX_SIZE)
            .map(|_| crate::data::word_rarity(v).unwrap_or(700))
    };
    let mut found: Option<u16> = None;
    crate::strings::for_each_slip(b, crate::strings::Slips::COMMON, |v| {
        // A typist seldom drops or adds a word's first letter ("farmor" is no "armor").
        let first_kept = v.first() == b.first() || v.len() == b.len();
        if first_kept && let Some(r) = known(v) {
            found = Some(found.map_or(r, |f| f.min(r)));
        }
    });
    found
}

/// The questions about a word alone whose answers [`remembered`] keeps.
#[derive(Clone, Copy)]
enum Question {
    Reading,
    TwoReadings,
    Doubled,
    Typing,
}

/// The answers to one question, by word: a reading and its score (only the score for some).
type Answers = HashMap<Box<str>, Option<(String, u16)>>;

/// How many answers to one question a thread keeps before it forgets them all.
const REMEMBERED: usize = 4096;

thread_local! {
    /// The answers of this thread, by question and word. Each question costs tens to hundreds
    /// of lookups of candidate words ("threatened" with each letter misread, dropped, doubled
    /// or swapped) and depends on the word alone; the words that reach them are few and come
    /// back story after story ("vs", "net", "qtr", "threat"), so a run over many files asks the
    /// tables once for each.
    static ANSWERS: std::cell::RefCell<[Answers; 4]> = std::cell::RefCell::new(Default::default());
}

/// The answer to `question` about `w`: remembered, or worked out by `answer` and remembered.
fn remembered(
    question: Question,
    w: &str,
    answer: impl FnOnce() -> Option<(String, u16)>,
) -> Option<(String, u16)> {
    let q = question as usize;
    if let Some(known) = ANSWERS.with_borrow(|a| a[q].get(w).cloned()) {
        return known;
    }
    let found = answer();
    ANSWERS.with_borrow_mut(|a| {
        if a[q].len() >= REMEMBERED {
            a[q].clear();
        }
        a[q].insert(w.into(), found.clone());
    });
    found
}

#[cfg(test)]
mod tests {
    use super::reading;

    /// Each question keeps its own answers: a word asked one question, then another, then the
    /// first again, gets each answer as worked out afresh.
    #[test]
    fn remembered_answers_are_the_answers_of_their_own_question() {
        use super::{
            doubled_slip, doubled_slip_of, reading_of, two_readings, two_readings_of,
            typing_reading, typing_reading_of,
        };
        for w in ["aud", "preceeding", "bcforo", "hass", "thrce", "xqzt"] {
            for _ in 0..2 {
                assert_eq!(reading(w), reading_of(w), "{w}");
                assert_eq!(typing_reading(w), typing_reading_of(w), "{w}");
                assert_eq!(two_readings(w), two_readings_of(w), "{w}");
                assert_eq!(doubled_slip(w), doubled_slip_of(w), "{w}");
            }
        }
        assert_eq!(
            two_readings("bcforo").map(|r| r.0).as_deref(),
            Some("before")
        );
        assert!(doubled_slip("hass").is_some() && typing_reading("hass").is_some());
    }

    #[test]
    fn readings_undo_one_misreading() {
        let r = |w: &str| reading(w).map(|(f, _)| f);
        assert_eq!(r("aud").as_deref(), Some("and"));
        assert_eq!(r("whon").as_deref(), Some("when"));
        assert_eq!(r("thrce").as_deref(), Some("three"));
        assert_eq!(r("tbe").as_deref(), Some("the"));
        assert_eq!(r("jonrney").as_deref(), Some("journey"));
        // The likelier of two readings: "been", not "boon".
        assert_eq!(r("boen").as_deref(), Some("been"));
        assert_eq!(r("xqzt"), None);
        // A final y read as v or j.
        assert_eq!(r("librarv").as_deref(), Some("library"));
        assert_eq!(r("majoritj").as_deref(), Some("majority"));
        // Inside a word a j reads as a y only into everyday words ("jard", not "jon").
        assert_eq!(r("jard").as_deref(), Some("yard"));
        assert_eq!(r("jon"), None);
        // Typing slips have their own fix.
        assert!(super::typing_reading("preceeding").is_some());
        assert!(super::typing_reading("deterence").is_some());
        assert!(super::typing_reading("presont").is_none());
    }

    #[test]
    fn readings_undo_two_misreadings() {
        let r = |w: &str| super::two_readings(w).map(|(f, _)| f);
        assert_eq!(r("bcforo").as_deref(), Some("before"));
        assert_eq!(r("govcrnmcnt").as_deref(), Some("government"));
        assert_eq!(r("tbcre").as_deref(), Some("there"));
        // Nothing everyday within two misreadings.
        assert_eq!(r("qxzvvk"), None);
    }

    /// T008's findings in `text`: the words flagged and their fixes.
    fn fixes(text: &str) -> Vec<(String, String)> {
        let config = crate::Config {
            select: vec!["T008".into()],
            ..Default::default()
        };
        crate::lint(text, &config)
            .iter()
            .map(|d| {
                let fix = d.fix.clone().unwrap_or_default();
                (text[d.span.range()].to_string(), fix)
            })
            .collect()
    }

    #[test]
    fn typing_slips_are_not_read_as_two_misreadings() {
        let flagged =
            |text: &str| -> Vec<String> { fixes(text).into_iter().map(|(w, _)| w).collect() };
        assert_eq!(
            flagged("The board met bcforo the vote, and tbcre was no quorum."),
            ["bcforo", "tbcre"]
        );
        // "saiud" and "enble" are a letter added and dropped, not two misread.
        assert!(flagged("The minister saiud the bill would enble reform.").is_empty());
        // A misreading that gives a far commoner word than the typing slip does wins
        // ("really", not "rally"); one that does not is left to the typing-slip rules.
        assert_eq!(flagged("It was roally cold."), ["roally"]);
        assert!(flagged("The team will rallly again.").is_empty());
    }

    #[test]
    fn real_words_misread_where_the_context_shows_it() {
        let fixes = |text: &str| -> Vec<String> {
            fixes(text)
                .into_iter()
                .map(|(w, f)| format!("{w}>{f}"))
                .collect()
        };
        assert_eq!(
            fixes("The clerk said ho would sign, and the fee will ho paid. It has boon late."),
            ["ho>he", "ho>be", "boon>been"]
        );
        assert_eq!(
            fixes("There wore not enough seats; the mill bad been shut."),
            ["wore>were", "bad>had"]
        );
        // "that" before a misread article is a conjunction.
        assert_eq!(fixes("He said that tho court rose."), ["tho>the"]);
        // The words meant as written.
        for quiet in [
            "Land ho, the sailors cried.",
            "They wore hats, and it was a boon to the town after a bad year.",
            "The duo played on; a lost week.",
        ] {
            assert!(fixes(quiet).is_empty(), "{quiet}");
        }
    }
}
