use super::times;
use crate::declare_rule;
use crate::diagnostic::Diagnostic;
use crate::document::{Document, TokenKind};
use crate::rule::Context;
use crate::strings::{Slip, fold, typing_slip};
use rustc_hash::FxHashMap as HashMap;

declare_rule! {
    /// ## What it does
    /// Flags a name written once with a typing slip — two letters swapped, one dropped, one
    /// doubled, one changed, an accent lost — of a spelling the story uses more often, or of
    /// the surname of a person it introduced by full name: "Kowalcyzk" in a story about
    /// "Kowalczyk", "Tegucigapla" beside "Tegucigalpa", "Somnath" after "S. Somanath". A name
    /// no list has, written once before, counts for two letters swapped or one doubled
    /// ("Velmora" ... "Vellmora"), and so does a word the story capitalises inside a sentence,
    /// slipped into a form no list has ("Conservative rule" ... "Conservtive candidates").
    ///
    /// ## Why is this bad?
    /// A misspelt name is a factual error: readers, search and archives lose the person or
    /// place, and a spelling checker passes a name it does not know.
    ///
    /// ## Example
    /// ```text
    /// Anna Kowalczyk, the mayor, said ... Kowalczyk added ... Kowalcyzk left.
    /// ```
    ///
    /// ## Use instead
    /// ```text
    /// Anna Kowalczyk, the mayor, said ... Kowalczyk added ... Kowalczyk left.
    /// ```
    /// A written form that is itself an English word, a known place, or (unless the slip is a
    /// swap or a doubled letter) a known given name is left alone, as are forms that differ by
    /// an ending names change on their own ("Ivanov", "Ivanova"; "Kovac", "Kovacs") and two
    /// surnames that come with different given names ("Sergei Ivanov", "Anna Ivanova").
    /// A letter changed from the surname of a person introduced once must be a neighbour on
    /// the keyboard or of the same sound, unless the written form is one no list has, standing
    /// with no given name ("Conta's allegations" after "Victor Conte").
    /// A given name written two ways before one surname is flagged too, when the two sound
    /// alike ("Kaitlyn Marsh" ... "Katelyn Marsh", "Keir Starmer" ... "Kier Starmer told");
    /// "Venus" and "Serena Williams" are two people, "Viktor" and "Victor" one name in two
    /// transliterations, and a listed given name is no slip of a form no list gives. A name the
    /// word lists have only with its capital, standing alone, is a slip of the surname of the
    /// person introduced in full with a letter dropped or doubled, or two swapped ("Jacinda
    /// Ardern" ... "Arden had championed"). In a team sheet or a list of surnames, which names
    /// many similar people, only a form no list has and English text never writes is a slip, of
    /// a player the story named in full and the list does not hold ("Shane Horgan" ...
    /// "Murphy, Horgam, D'Arcy").
    pub struct NameVariant {
        code: "E004",
        name: "name-typing-variant",
        family: Entities,
        severity: Warning,
        summary: "a name written once with a typing slip of the spelling the story uses",
        check: check,
    }
}

/// Comparisons allowed per document: candidates are bucketed by length, so real stories stay
/// far below this; a pathological one stops here.
const MAX_COMPARISONS: usize = 200_000;

/// A spelling the story uses: as written, folded, and the tokens where it stands.
type Spelling<'a> = (&'a str, String, &'a [usize]);

/// The Title-case word just before token `i` on the same line, if it is part of the same name
/// ("Andre" before "Agassi"), or an initial.
fn given_before<'a>(doc: &Document<'a>, i: usize) -> Option<&'a str> {
    if i == 0 || doc.tokens[i].gap == crate::document::Gap::Paragraph {
        return None;
    }
    let prev = i - 1;
    let t = doc.tokens[prev];
    // A sentence may open with the given name ("Kylian Mbappe scored"), not with a common word
    // ("Then Smith").
    if t.kind == TokenKind::Word
        && t.is_title()
        && (!t.starts_sentence() || !crate::data::is_word(&doc.tok(prev).to_lowercase()))
    {
        return Some(doc.tok(prev));
    }
    // "S. Somanath", "M Horan"
    // Not a quotation closed before the full stop (`he was "keen". Robinsom added`).
    if doc.tok(prev) == "."
        && prev > 0
        && doc.tok(prev - 1).len() == 1
        && doc.tok(prev - 1).bytes().all(|b| b.is_ascii_uppercase())
    {
        return Some(doc.tok(prev - 1));
    }
    let w = doc.tok(prev);
    (t.kind == TokenKind::Word && w.len() == 1 && w.bytes().all(|b| b.is_ascii_uppercase()))
        .then_some(w)
}

/// A given name that opens the sentence before token `i` and is also an English word, when
/// births give it one sex ("Tony Robinson, who played ...": "tony" is a word too).
fn opening_given(doc: &Document, k: &crate::knowledge::Knowledge, i: usize) -> bool {
    i > 0
        && doc.tokens[i].gap == crate::document::Gap::Space
        && doc.tokens[i - 1].kind == TokenKind::Word
        && doc.tokens[i - 1].is_title()
        && doc.tokens[i - 1].starts_sentence()
        && k.name_gender(doc.tok(i - 1)).is_some()
}

/// An East Asian name written surname first: a Chinese surname, or a word followed by two short
/// syllables of a given name on the same line ("Hui Ka Yan", "Kim Jong Un").
fn surname_first(doc: &Document, k: &crate::knowledge::Knowledge, i: usize) -> bool {
    let syllable = |j: usize| {
        j < doc.tokens.len()
            && doc.tokens[j].kind == TokenKind::Word
            && doc.tokens[j].is_title()
            && doc.tokens[j].gap == crate::document::Gap::Space
            && doc.tok(j).len() <= 4
            && crate::data::word_size(&doc.tok(j).to_lowercase()).is_none_or(|s| s > 35)
    };
    (k.is_chinese_surname(doc.tok(i)) && syllable(i + 1)) || (syllable(i + 1) && syllable(i + 2))
}

fn check(doc: &Document, ctx: &Context, out: &mut Vec<Diagnostic>) {
    let k = ctx.knowledge;
    // Spellings the story may have meant, by folded length.
    let mut by_len: HashMap<usize, Vec<Spelling>> = HashMap::default();
    for (&word, uses) in &doc.mentions.words {
        if word.chars().count() < 3 || word.contains('-') {
            continue;
        }
        let folded = fold(word);
        by_len
            .entry(folded.chars().count())
            .or_default()
            .push((word, folded, uses.as_slice()));
    }
    let mut budget = MAX_COMPARISONS;
    let mut found: Vec<(usize, &str, &[usize], Slip)> = Vec::new();
    for (&word, uses) in &doc.mentions.words {
        // A name with an apostrophe after its first letter ("O'Brien", "D'Arcy") is compared
        // whole; any other apostrophe is a possessive's or a contraction's.
        let prefixed = {
            let mut c = word.chars();
            c.next().is_some_and(char::is_uppercase)
                && c.next().is_some_and(|a| matches!(a, '\'' | '’'))
                && c.next().is_some_and(char::is_uppercase)
                && !c.any(|a| matches!(a, '\'' | '’'))
        };
        // "M'Donald" is an old spelling of "McDonald", not a slip of it.
        if uses.len() != 1
            || word.contains('-')
            || word.contains(['\'', '’']) && !prefixed
            || prefixed && word.starts_with('M')
        {
            continue;
        }
        let i = uses[0];
        let t = doc.tokens[i];
        if t.kind != TokenKind::Word || !t.is_title() {
            continue;
        }
        let len = word.chars().count();
        if len < 3 || k.is_place(word) || k.accepted.contains(word) {
            continue;
        }
        // A word ("Vale") is a slip only after the same name word as the spelling it slips from
        // ("Margherita Della Valle" ... "Della Vale").
        // An Irish name the word lists have with its capital ("O'Neil") is a name, which only a
        // letter dropped, doubled or two swapped make a slip of ("O'Neil" for "O'Neill"; not
        // "O'Hara" for "O'Mara").
        let listed = crate::data::is_word(word);
        let listed_prefixed =
            prefixed && listed && !crate::strings::with_lowercase(word, crate::data::is_word);
        let real_word = listed && !listed_prefixed;
        // A name the word lists have only with its capital ("Arden"), standing alone as a
        // surname does, no given name before it nor a name after it.
        let proper_alone = real_word
            && len >= 4
            && !crate::strings::with_lowercase(word, crate::data::is_word)
            && given_before(doc, i).is_none()
            && !doc.is_title_at(i as isize + 1);
        if real_word && !(len >= 4 && i > 0 && doc.tokens[i - 1].is_title()) && !proper_alone {
            continue;
        }
        let folded = fold(word);
        let flen = folded.chars().count();
        let mut best: Option<(&str, &[usize], Slip)> = None;
        for l in flen.saturating_sub(1)..=flen + 1 {
            let Some(bucket) = by_len.get(&l) else {
                continue;
            };
            for (meant, mfold, muses) in bucket {
                if budget == 0 {
                    return;
                }
                budget -= 1;
                if *meant == word || mfold.chars().next() != folded.chars().next() {
                    continue;
                }
                let Some(slip) = typing_slip(word, meant) else {
                    continue;
                };
                if best.is_none_or(|(_, u, _)| muses.len() > u.len()) {
                    best = Some((meant, muses, slip));
                }
            }
        }
        let Some((meant, muses, slip)) = best else {
            continue;
        };
        if listed_prefixed && !matches!(slip, Slip::Dropped | Slip::Doubled | Slip::Transposition) {
            continue;
        }
        let prev = doc.tok_at(i as isize - 1);
        // ... is a slip of the surname of the one person the story introduced in full with a
        // letter dropped or doubled, or two swapped ("Jacinda Ardern" ... "Arden had
        // championed"), when no one is named in full with it.
        let slipped_surname = proper_alone
            && matches!(slip, Slip::Dropped | Slip::Doubled | Slip::Transposition)
            && !k.is_place(meant)
            && given_before(doc, muses[0]).is_some_and(|g| k.is_given_name(g));
        if real_word
            && !slipped_surname
            && !(matches!(slip, Slip::Dropped | Slip::Doubled | Slip::Transposition)
                // A common given name (not "Wells" of "Wells Fargo") or a particle.
                && (k.given_name(prev).is_some_and(|g| g.female + g.male >= 30_000)
                    || NAME_PARTICLES.contains(&prev))
                && muses.iter().any(|&u| u > 0 && doc.tok(u - 1) == prev))
        {
            continue;
        }
        if !plausible(doc, k, word, i, meant, muses, slip) {
            continue;
        }
        found.push((i, meant, muses, slip));
    }
    given_name_variants(doc, k, out);
    found.sort_by_key(|f| f.0);
    for (i, meant, muses, slip) in found {
        // A possessive keeps its ending: "Reaggan's" becomes "Reagan's".
        let token = doc.tok(i);
        // (Not the apostrophe after a first letter: "O'Brein's" becomes "O'Brien's".)
        let cut = token
            .char_indices()
            .skip(2)
            .find(|&(_, c)| matches!(c, '\'' | '’'))
            .map_or(token.len(), |(at, _)| at);
        let (word, ending) = token.split_at(cut);
        let first = muses[0];
        let what = slip.describe();
        let n = muses.len();
        let message = if n >= 2 {
            format!(
                "name \"{word}\" looks like a slip for \"{meant}\", written {} in this story",
                times(n)
            )
        } else {
            format!(
                "name \"{word}\" looks like a slip for \"{meant}\", the name the story introduced"
            )
        };
        out.push(
            Diagnostic::new(&NameVariant::META, doc.tokens[i].span, message)
                .label(format!("written this way once: {what}"))
                .evidence(doc.tokens[first].span, format!("\"{meant}\" here"))
                .fix(format!("{meant}{ending}")),
        );
    }
}

/// One person's given name written two ways before one surname: "Cortnee Vine" ... "Courtney
/// Vine", "Jon Ellis" ... "John Ellis". The later form, written once, is flagged when both sound
/// alike ([`sound_key`]) and differ by three edits at most; a surname with two given names of
/// other sounds is two people ("Venus Williams", "Serena Williams").
fn given_name_variants(doc: &Document, k: &crate::knowledge::Knowledge, out: &mut Vec<Diagnostic>) {
    let mut surnames: Vec<(&str, &[usize])> = doc
        .mentions
        .words
        .iter()
        // "April Three" ... "Aprli Three" is a date, not a person.
        .filter(|(w, uses)| {
            uses.len() >= 2
                && w.chars().count() >= 3
                && !k.is_place(w)
                && !crate::people::day_word(w)
        })
        .map(|(w, uses)| (*w, uses.as_slice()))
        .collect();
    surnames.sort_by_key(|(_, uses)| uses[0]);
    for (surname, uses) in surnames {
        // The given names written before this surname, in order, with the token of each.
        let mut given: Vec<(&str, usize)> = Vec::new();
        // A given name, or a word English text hardly writes ("Kier", a vat for boiling cloth,
        // and a name too few are given for the US list).
        let rare_or_name = |w: &str| {
            k.is_given_name(w) || crate::data::word_rarity(&w.to_ascii_lowercase()).is_none()
        };
        for &u in uses {
            // A sentence may open with a given name that is a rare word too ("Kier Starmer
            // told", "kier" a vat for boiling cloth).
            let opening_given = || {
                let prev = u.checked_sub(1)?;
                let w = doc.tok(prev);
                (doc.tokens[prev].kind == TokenKind::Word
                    && doc.tokens[prev].is_title()
                    && doc.tokens[u].gap != crate::document::Gap::Paragraph
                    && rare_or_name(w))
                .then_some(w)
            };
            let Some(g) = given_before(doc, u).or_else(opening_given) else {
                continue;
            };
            // A name of a place, building or body is no person's ("Forrest Lodge").
            if g.chars().count() < 3
                || crate::people::names_a_thing_from(doc, k, u - 1, u)
                || crate::people::is_title_word(g)
                || k.gendered_word(g).is_some()
                || crate::data::is_word(g) && !rare_or_name(g)
                // "Dundee United", "Lisbon Agenda".
                || k.is_place(g) && !k.is_given_name(g)
            {
                continue;
            }
            given.push((g, u - 1));
        }
        let mut distinct: Vec<&str> = given.iter().map(|(g, _)| *g).collect();
        distinct.sort_unstable();
        distinct.dedup();
        // A family has a few given names ("Jakob", "Gjert" and "Gjetr" Ingebrigtsen); a team
        // sheet of one surname is no family.
        if !(2..=6).contains(&distinct.len()) {
            continue;
        }
        let count = |x: &str| given.iter().filter(|(g, _)| *g == x).count();
        let first = |x: &str| given.iter().find(|(g, _)| *g == x).map(|(_, t)| *t);
        // Whether `odd` is a slip of `usual`, which the story wrote before.
        let slip_of = |odd: &str, usual: &str| {
            let (fo, fu) = (fold(odd), fold(usual));
            // Two letters swapped or one doubled or dropped, into a form no list has ("Gjetr"
            // for "Gjert"), is a slip whatever it sounds like.
            let unheard_slip = matches!(
                typing_slip(odd, usual),
                Some(Slip::Transposition | Slip::Doubled | Slip::Dropped)
            ) && !k.is_given_name(odd)
                && k.surname_rank(odd).is_none()
                && crate::strings::with_lowercase(odd, crate::data::token_rarity).is_none();
            // Capitals inside a word ("PtT") are damage, not a name; a given name is no slip of
            // a form no list gives ("Loon Caron" misread, then "Leon Caron").
            !odd.chars().skip(1).any(char::is_uppercase)
                && (k.is_given_name(usual) || !k.is_given_name(odd))
                && fo.chars().next() == fu.chars().next()
                && (sound_key(&fo) == sound_key(&fu) || unheard_slip)
                && crate::strings::edit_distance(&fo, &fu) <= 3
                // Transliterations of one name ("Viktor", "Victor") are conventions, not slips.
                && !(fo.len() == fu.len() && fo.replace('k', "c") == fu.replace('k', "c"))
        };
        for &odd in &distinct {
            let Some(at) = first(odd).filter(|_| count(odd) == 1) else {
                continue;
            };
            let mut usuals = distinct.iter().filter_map(|&u| {
                first(u)
                    .filter(|&f| u != odd && f < at && slip_of(odd, u))
                    .map(|f| (u, f))
            });
            let (Some((usual, usual_at)), None) = (usuals.next(), usuals.next()) else {
                continue;
            };
            out.push(
                Diagnostic::new(
                    &NameVariant::META,
                    doc.tokens[at].span,
                    format!(
                        "given name \"{odd}\" for {usual} {surname}, whom the story introduced as \"{usual}\""
                    ),
                )
                .label("written this way once")
                .evidence(doc.tokens[usual_at].span, format!("\"{usual} {surname}\" here"))
                .fix(usual.to_string()),
            );
        }
    }
}

/// The consonants of a name as they sound, doubled ones once: "Cortnee" and "Courtney" are
/// "krtn", "Stephen" and "Steven" "stfn", "Jon" and "John" "jn".
fn sound_key(folded: &str) -> String {
    let b = folded.to_ascii_lowercase().into_bytes();
    let mut key = String::new();
    let mut i = 0;
    while i < b.len() {
        let c = match b[i] {
            b'p' if b.get(i + 1) == Some(&b'h') => {
                i += 1;
                'f'
            }
            b'a' | b'e' | b'i' | b'o' | b'u' | b'y' | b'h' | b'w' => {
                i += 1;
                continue;
            }
            b'c' | b'q' | b'k' => 'k',
            b'v' => 'f',
            b'z' => 's',
            x => x as char,
        };
        if !key.ends_with(c) {
            key.push(c);
        }
        i += 1;
    }
    key
}

/// Whether `word` at token `i` is a slip for `meant` rather than another name.
fn plausible(
    doc: &Document,
    k: &crate::knowledge::Knowledge,
    word: &str,
    i: usize,
    meant: &str,
    muses: &[usize],
    slip: Slip,
) -> bool {
    let len = word.chars().count();
    // Part of a double-barrelled name ("Crichton-Paull") or a name in capitals ("McCARRY"):
    // compared as written elsewhere, not letter by letter.
    if doc.tok_at(i as isize - 1) == "-" && doc.tokens[i].gap == crate::document::Gap::None
        || word.chars().filter(|c| c.is_uppercase()).count() >= 3
    {
        return false;
    }
    // Month and weekday names are the calendar rule's; mojibake ("Indiaâ") and stray capitals
    // ("VBoice") are other damage.
    if crate::calendar::lookup(meant).is_some()
        || (!word.is_ascii() && meant.is_ascii() && slip != Slip::Accent)
        || word.chars().skip(1).any(char::is_uppercase)
            && !meant.chars().skip(1).any(char::is_uppercase)
    {
        return false;
    }
    // A title misspelt before a name ("Prime Minsiter Luis Montenegro") is the title rule's
    // (E007).
    if super::title_slip::title_slip(doc, k, i).is_some() {
        return false;
    }
    // A letter misread the way OCR misreads it is the misreading rule's (E002).
    if slip == Slip::Substituted
        && let Some((a, b)) = fold(word)
            .chars()
            .zip(fold(meant).chars())
            .find(|(a, b)| a != b)
        && super::name_misspelling::is_misreading(a, b)
    {
        return false;
    }
    // A common word that only ever opens sentences is no name ("Thre" beside "The"); a
    // surname is ("Baker said ...").
    if crate::strings::with_lowercase(meant, crate::data::word_size).is_some_and(|s| s <= 35)
        && k.surname_rank(meant).is_none()
        && muses.iter().all(|&u| doc.tokens[u].starts_sentence())
    {
        return false;
    }
    // A form no list of names has and English text never writes; and whether the story gave
    // the meant name in full, after a given name, once at least.
    let unheard = !k.is_given_name(word)
        && k.surname_rank(word).is_none()
        && crate::strings::with_lowercase(word, crate::data::token_rarity).is_none();
    let given_in_full = muses
        .iter()
        .any(|&u| u > 0 && doc.is_title_at(u as isize - 1) && k.is_given_name(doc.tok(u - 1)));
    // Team sheets and lists of surnames ("Sheahan, Horan, O'Callaghan") name many similar
    // people with no given names to tell them apart.
    // In such a list only an unheard form is a slip, of a name the story gave a person in
    // full that the list does not hold ("Shane Horgan" ... "Murphy, Horgam, D'Arcy").
    if matches!(doc.tok_at(i as isize - 1), "," | ":" | ";")
        && matches!(doc.tok_at(i as isize + 1), "," | ";")
    {
        let sent = doc.sentences[doc.sentence_of(i)];
        let in_list = muses.iter().any(|&u| (sent.first..sent.end).contains(&u));
        if !unheard || in_list || !given_in_full {
            return false;
        }
    }
    let strong_shape = matches!(slip, Slip::Transposition | Slip::Doubled | Slip::Accent);
    // Three-letter names only for a swap ("Hiu" for "Hui").
    if len < 4 && slip != Slip::Transposition {
        return false;
    }
    if meant.chars().count() < 3 {
        return false;
    }
    // A known given name may be another person: only swaps and doubled letters are slips,
    // or a dropped letter of a surname that is no given name itself.
    if k.is_given_name(word) && !strong_shape && (slip != Slip::Dropped || k.is_given_name(meant)) {
        return false;
    }
    // Endings that names change on their own: Ivanov/Ivanova, Kovac/Kovacs, Anne/Ann; not
    // a form no list has, cut from a name the story repeats ("Kurod" beside "Kuroda").
    let unheard_cut = slip == Slip::Dropped && (muses.len() >= 2 || given_in_full) && unheard;
    if matches!(slip, Slip::Dropped | Slip::Inserted) && !unheard_cut {
        let (w, m) = (fold(word), fold(meant));
        let (long, short) = if w.len() > m.len() {
            (&w, &m)
        } else {
            (&m, &w)
        };
        if long.starts_with(short.as_str()) && matches!(&long[short.len()..], "a" | "s" | "e" | "h")
        {
            return false;
        }
    }
    // The meant spelling: repeated in the story, or the surname of a person introduced by full
    // name before this one ("S. Somanath" ... "Somnath").
    // A changed letter from a story's single spelling must be a neighbour on the keyboard
    // ("Hakizimama" for "Hakizimana").
    // A form no list has, a slip from a surname the lists know ("Reaggan" beside one "Reagan").
    // ... or one English text writes almost never, ten times less often than the meant name
    // ("Pistorious" beside "Pistorius"): the misspelling others made too.
    let rarity = |w: &str| crate::strings::with_lowercase(w, crate::data::token_rarity);
    let unheard_form = !k.is_given_name(word)
        && k.surname_rank(word).is_none()
        && rarity(word)
            .is_none_or(|r| r >= MISSPELT_TOKEN && rarity(meant).is_some_and(|m| m + 100 <= r));
    // A changed letter far on the keyboard, or one added, counts too when the written form is
    // one no list has and no given name stands before it (nor one opening the sentence:
    // "Maria" is a word too), and the person, no place, was introduced by a given name
    // ("Conta's allegations" after "Victor Conte"; not "the Hamdun brothers" after "Mr
    // Hamdan").
    let alone_after_given = || {
        unheard_form
            && given_before(doc, i).is_none()
            && !opening_given(doc, k, i)
            && !k.is_place(meant)
            && given_before(doc, muses[0]).is_some_and(|g| k.is_given_name(g))
    };
    let introduced = muses[0] < i
        && (given_before(doc, muses[0]).is_some()
            || opening_given(doc, k, muses[0])
            || surname_first(doc, k, muses[0]))
        && match slip {
            Slip::Substituted => {
                keyboard_neighbours(word, meant) || sounds_alike(word, meant) || alone_after_given()
            }
            // "Pierre Poilievre" ... "Poilievere told".
            Slip::Inserted => alone_after_given(),
            _ => true,
        };
    // Places are the place rule's, institutions' heads ("Corp") the institution rules', and
    // words ("Rock") no surname's.
    let a_name = !k.is_place(meant)
        && !k.is_institution_head(meant)
        && !crate::strings::with_lowercase(meant, crate::data::is_word);
    // ... or from a name the story writes that English text writes often enough to be known
    // ("Citigrop" beside one "Citigroup", "Nboel" beside "Nobel"): not a word, not a given
    // name (another person's), once in ten million words or more.
    let known_token = || {
        !k.is_given_name(meant)
            && crate::strings::with_lowercase(meant, crate::data::token_rarity)
                .is_some_and(|r| r <= KNOWN_TOKEN)
    };
    // A swap, a dropped or doubled letter, or a keyboard neighbour: the slips that need no
    // other evidence that the written form is the meant one misspelt.
    let typed_shape = match slip {
        Slip::Substituted => keyboard_neighbours(word, meant),
        Slip::Inserted | Slip::Accent => false,
        _ => true,
    };
    let known_meant =
        unheard_form && a_name && (k.surname_rank(meant).is_some() || known_token()) && typed_shape;
    // ... or, for two letters swapped or one doubled, a name written once before in a form no
    // list has either ("Theranos" ... "Therannos"): two names a typing slip apart are one name.
    let twin = strong_shape
        && slip != Slip::Accent
        && unheard_form
        && a_name
        && muses[0] < i
        && len >= 5
        && !k.is_given_name(meant);
    // ... or a word the story capitalises inside a sentence, as a name's, slipped once into a
    // form no list has, standing alone ("ending 14 years of Conservative rule"
    // ... "Conervative candidates").
    let j = i as isize;
    let word_twin = || {
        unheard_form
            && len >= 6
            && muses[0] < i
            && !k.is_place(meant)
            && crate::strings::with_lowercase(meant, crate::data::is_word)
            && muses.iter().any(|&u| !doc.tokens[u].starts_sentence())
            // A word of a longer name is the institution rules' (E005).
            && !(doc.is_title_at(j - 1)
                || doc.is_title_at(j + 1)
                || matches!(doc.tok_at(j - 1), "of" | "for" | "and") && doc.is_title_at(j - 2))
            && typed_shape
    };
    if muses.len() < 2 && !introduced && !known_meant && !twin && !word_twin() {
        return false;
    }
    // Two surnames with different given names are two people ("Sergei Ivanov", "Anna
    // Ivanova"); a place the story names is compared as a place. Not when a letter doubled or
    // two swapped make a form no list has: "John Howarrd" beside "Michael Howard" shares the
    // family name, misspelt.
    let unheard = strong_shape && slip != Slip::Accent && unheard_form && a_name;
    if !unheard
        && let Some(g) = given_before(doc, i)
        // The same word before it counts even where it opens a sentence ("Mel Gibson's film
        // won" ... "director Mel Gibbson").
        && !muses
            .iter()
            .any(|&u| given_before(doc, u) == Some(g) || u > 0 && doc.tok(u - 1) == g)
        && k.gendered_word(g).is_none()
        && (g.len() == 1 || k.is_given_name(g) || !crate::data::is_word(g))
    {
        return false;
    }
    // Substitutions between real names are common ("Hain", "Haim"): a changed letter counts
    // when the meant spelling is repeated, or introduced, and the written one is no known name.
    if slip == Slip::Substituted
        && (k.is_given_name(word) || muses.len() < 2 && !introduced && !known_meant)
    {
        return false;
    }
    true
}

/// How rare, in centibels, a token must be to be taken for a misspelling that English text
/// writes now and then: once in sixty million words or less.
const MISSPELT_TOKEN: u16 = 780;

/// Capitalised words that open surnames of two words ("Della Valle", "Van Dijk").
const NAME_PARTICLES: &[&str] = &[
    "Da", "De", "Del", "Della", "Di", "Dos", "Du", "La", "Le", "Van", "Von", "Ter", "Ten",
];

/// How rare, in centibels, a token may be and still be known as a name's spelling: once in ten
/// million words.
const KNOWN_TOKEN: u16 = 700;

/// Whether the one changed letter between two spellings of equal length is written for a letter
/// of the same sound: "Ulrick" for "Ulrich", "Kristof" for "Cristof", "Yuzef" for "Yusef".
fn sounds_alike(written: &str, meant: &str) -> bool {
    let (w, m) = (fold(written), fold(meant));
    let Some(p) = w.bytes().zip(m.bytes()).position(|(a, b)| a != b) else {
        return false;
    };
    let (a, b) = (w.as_bytes()[p], m.as_bytes()[p]);
    let after_c = p > 0 && w.as_bytes()[p - 1] == b'c';
    matches!(
        (a, b),
        (b'c', b'k') | (b'k', b'c') | (b's', b'z') | (b'z', b's') | (b'i', b'y') | (b'y', b'i')
    ) || after_c && matches!((a, b), (b'h', b'k') | (b'k', b'h'))
        // A final consonant voiced or not: "Redwoot" for "Redwood", "Immeld" for "Immelt".
        || p + 1 == w.len()
            && matches!(
                (a, b),
                (b't', b'd') | (b'd', b't') | (b'k', b'g') | (b'g', b'k') | (b'p', b'b') | (b'b', b'p')
            )
}

/// Whether the one changed letter between two spellings of equal length is a neighbour of the
/// right one on a QWERTY keyboard.
fn keyboard_neighbours(written: &str, meant: &str) -> bool {
    const ROWS: [&[u8]; 3] = [b"qwertyuiop", b"asdfghjkl", b"zxcvbnm"];
    let pos = |c: u8| {
        ROWS.iter().enumerate().find_map(|(r, row)| {
            row.iter()
                .position(|&x| x == c)
                .map(|p| (r as i32, p as i32))
        })
    };
    let (w, m) = (fold(written), fold(meant));
    let Some((a, b)) = w.bytes().zip(m.bytes()).find(|(a, b)| a != b) else {
        return false;
    };
    match (pos(a), pos(b)) {
        // Rows are offset by about half a key.
        (Some((ra, ca)), Some((rb, cb))) => {
            (ra == rb && (ca - cb).abs() == 1) || ((ra - rb).abs() == 1 && (ca - cb).abs() <= 1)
        }
        _ => false,
    }
}
