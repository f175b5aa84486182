use super::{occurrences, times};
use crate::declare_rule;
use crate::diagnostic::Diagnostic;
use crate::document::{Document, TokenKind};
use crate::knowledge::{Place, PlaceKind};
use crate::rule::Context;
use crate::strings::{Slip, common_prefix, edit_distance};

declare_rule! {
    /// ## What it does
    /// Flags a place written once in a form that looks like a slip for another place the story
    /// names: "Shaanxi-Gansu-Ningbo" after "Shaanxi-Gansu-Ningxia", "Germiston" in a story about
    /// West Germany, "Gapan" beside "Japan".
    ///
    /// ## Why is this bad?
    /// OCR, machine translation and autocomplete swap one place for a look-alike; the reader can no
    /// longer tell where the story happens.
    ///
    /// ## Example
    /// ```text
    /// ... the Shaanxi-Gansu-Ningxia Border Region ... the Shaanxi-Gansu-Ningbo Border Region
    /// ```
    ///
    /// ## Use instead
    /// ```text
    /// ... the Shaanxi-Gansu-Ningxia Border Region ... the Shaanxi-Gansu-Ningxia Border Region
    /// ```
    /// Two real places of the same rank ("Austria" and "Australia", "Iran" and "Iraq") are left
    /// alone unless the odd one stands in a phrase the story otherwise uses with the other
    /// ("West Germiston" and "West Germany"). A city is flagged beside a look-alike city only
    /// when that one is ten times bigger or the story names nothing else in the city's country
    /// ("Lublin" in a story about Dublin, not "Toulon" beside "Toulouse"; countries from
    /// GeoNames). A two-word place with its second word changed is flagged when the pair is no
    /// place ("New Cork" for "New York", "Sri Lonka"); "New Yorker" and "New Zealanders" are not.
    /// So is one with its first word slipped into a form no list has, when a country or a city
    /// of 100,000 has the pair ("Unitid States", "Hnog Kong").
    /// A city placed in a province it does not lie in is flagged when a look-alike province is
    /// where it lies ("Taiyuan, Shaanxi" for Shanxi; divisions from ISO 3166-2 and GeoNames).
    /// A country named once beside a look-alike country in a story datelined from one of the
    /// latter's cities is flagged ("SYDNEY - ... Australia ... exports to Austria").
    /// An unknown name where a place stands ("gathered in Mosik") is flagged beside a place of
    /// the story two letters from it ("Mosul"), and with no such place when two letters
    /// swapped back give a country or a city of a million ("signed in Dehli"), or, for a form of
    /// six letters or more that no English text, town or list has, a letter dropped or added
    /// ("held in Brusels", "flew to Chicaago"). A doubled letter moved in a country, a region
    /// or a city of 100,000 is flagged wherever it stands ("mayor of Cincinatti", "the
    /// Carribean islands"), when English text writes the form thirty times less often than the
    /// place. A city of a look-alike pair ("Columbia") for the country the story is datelined
    /// from ("BOGOTA, Colombia"), with no place of the city's country in the story, is flagged
    /// too; not a name it opens ("Columbia University").
    /// The city a story is datelined from, when the story does not name it again, counts as
    /// named: a word one letter from it where a place stands is flagged ("Traders in
    /// Johannesberg" from JOHANNESBURG, a German town; "a speech in Manilla" from MANILA), but
    /// not the English name with an "s" ("Marseilles"). A rare given name where only a place can
    /// stand ("the Central Bank of Kenia", "exports from Kenia") is read as a place too.
    pub struct PlaceVariant {
        code: "E001",
        name: "place-variant",
        family: Entities,
        severity: Warning,
        summary: "a place written once as a look-alike of another place in the story",
        check: check,
    }
}

/// Whether two names look alike: a long shared start, or a small edit. A real place must share
/// its first three letters ("Taiyuan" for "Taiwan") or differ by one letter ("Gapan" for
/// "Japan"); an unknown word may differ a little more.
fn look_alike(a: &str, b: &str, a_is_place: bool) -> bool {
    let shorter = a.chars().count().min(b.chars().count());
    if shorter < 4 || a == b {
        return false;
    }
    let prefix = common_prefix(a, b);
    // The distance is at least the difference in length: skip the table when that already fails.
    let distance = |limit: usize| {
        a.chars().count().abs_diff(b.chars().count()) <= limit && edit_distance(a, b) <= limit
    };
    if a_is_place {
        prefix >= 4 || (prefix >= 3 && distance(2)) || distance(1)
    } else {
        distance(if shorter >= 6 { 2 } else { 1 })
    }
}

fn check(doc: &Document, ctx: &Context, out: &mut Vec<Diagnostic>) {
    let k = ctx.knowledge;
    // Compounds written with one part changed: "Shaanxi-Gansu-Ningxia" / "Shaanxi-Gansu-Ningbo".
    let compounds = &doc.mentions.compounds;
    for (ci, c) in compounds.iter().enumerate() {
        for earlier in &compounds[..ci] {
            if earlier.len() != c.len() {
                continue;
            }
            let diff: Vec<usize> = (0..c.len())
                .filter(|&p| doc.tok(c[p]) != doc.tok(earlier[p]))
                .collect();
            let [p] = diff.as_slice() else {
                continue;
            };
            let (now, before) = (doc.tok(c[*p]), doc.tok(earlier[*p]));
            // A different ending of one name ("Warner's", "Royces", "Asian") is not a variant.
            let (a, b) = (base(now), base(before));
            let first_ok = (common_prefix(a, b) >= 3 || edit_distance(a, b) <= 2)
                && !a.starts_with(b)
                && !b.starts_with(a);
            let earlier_text = doc.slice(
                doc.tokens[earlier[0]]
                    .span
                    .cover(doc.tokens[*earlier.last().unwrap()].span),
            );
            if !first_ok || out.iter().any(|d| d.span == doc.tokens[c[*p]].span) {
                continue;
            }
            out.push(
                Diagnostic::new(
                    &PlaceVariant::META,
                    doc.tokens[c[*p]].span,
                    format!(
                        "place \"{now}\" looks like a variant of \"{before}\" in \"{earlier_text}\""
                    ),
                )
                .label(format!("\"{before}\" earlier"))
                .evidence(doc.tokens[earlier[*p]].span, "first written this way")
                .fix(before),
            );
            break;
        }
    }
    two_word_places(doc, ctx, out);
    dateline_place(doc, ctx, out);
    city_in_region(doc, ctx, out);
    // The story's places: "York" in "New York" is not York.
    let places: Vec<_> = doc
        .mentions
        .words
        .iter()
        .filter_map(|(&w, uses)| Some((w, uses, k.place(w)?)))
        .filter(|(_, uses, _)| !uses.iter().all(|&u| in_two_word_place(doc, k, u)))
        .collect();
    let dateline = dateline_home(doc, k);
    // How many findings may still look through the story's words for a closer one: each look
    // reads them all, so a story of thousands of such findings stops looking.
    let mut closer_looks = CLOSER_LOOKS;
    // Single words: a place or unknown name written once, beside a look-alike place used more.
    for (&word, uses) in &doc.mentions.words {
        if uses.len() != 1
            || word.chars().count() < 4
            || !word.chars().all(|c| c.is_ascii_alphabetic())
        {
            continue;
        }
        let i = uses[0];
        if in_compound(doc, i) || in_two_word_place(doc, k, i) {
            continue;
        }
        let here = k.place(word);
        let unknown = here.is_none() && !k.is_known_name(word);
        let locative = matches!(
            doc.tok_at(i as isize - 1),
            "in" | "from" | "near" | "at" | "to" | "into" | "outside" | "across" | "via"
        );
        // A rare word of the lists where a place stands ("from Chian", "Chian" an adjective of
        // Chios) may be a place the story names more often with two letters swapped.
        let rare_known = here.is_none()
            && !unknown
            && locative
            && k.given_name(word).is_none()
            && crate::strings::with_lowercase(word, |lower| {
                crate::data::word_size(lower).is_none() && crate::data::word_rarity(lower).is_none()
            })
            && crate::data::word_size(word).is_none();
        // A rare given name where no person stands, a body's place or after "in" or "from"
        // with no surname after it ("the Central Bank of Kenia", "exports from Kenia"), may be
        // a place the story names more often with one typing slip.
        let given_for_place = here.is_none()
            && !unknown
            && !rare_known
            // A rare name and no word ("Kenia"; not "Susan" for "Sudan", "in German")
            && k.given_name(word).is_some_and(|g| g.female + g.male < 30_000)
            && !crate::strings::with_lowercase(word, crate::data::is_word)
            && (matches!(doc.tok_at(i as isize - 1), "in" | "from")
                || doc.tok_at(i as isize - 1) == "of" && doc.in_institution(i))
            && !doc.is_title_at(i as isize + 1)
            && doc.tok(i) == word;
        if here.is_none() && !unknown && !rare_known && !given_for_place {
            continue;
        }
        // A town that is also a given name, before a surname, is a person ("Austin Healey").
        let person = here.is_none_or(|h| h.kind.is_minor())
            && k.given_name(word).is_some()
            && doc.is_title_at(i as isize + 1)
            && doc.tokens[i + 1].gap == crate::document::Gap::Space
            && !k.is_place(doc.tok(i + 1));
        // An unknown name after an initial or an honorific is a person's ("Miss M. Connon").
        if person
            || here.is_none() && super::name_misspelling::after_initial_or_honorific(doc, k, i)
        {
            continue;
        }
        let city_in_institution =
            here.is_some_and(|h| h.kind == PlaceKind::City) && doc.in_institution(i);
        // Whether no other place in the story lies in the country of `h`; places that are also
        // given names ("George", "Florence") are no evidence of where a story is.
        let foreign = |h: Place| {
            places.iter().all(|&(w, _, p)| {
                w == word || k.given_name(w).is_some() || !h.may_share_country(&p)
            })
        };
        let mut best: Option<(&str, usize, usize)> = None;
        for &(other, other_uses, there) in &places {
            // Two letters swapped in a place the story names again ("in Prais", "Chian").
            // A name of no list may be swapped from a place named only once ("the Paris Club").
            let swapped = || {
                (other_uses.len() >= 2 || unknown)
                    && crate::strings::typing_slip(word, other) == Some(Slip::Transposition)
            };
            if given_for_place {
                if other_uses.len() >= 2
                    && !there.kind.is_minor()
                    && crate::strings::typing_slip(word, other).is_some_and(|s| s != Slip::Accent)
                    && best.is_none_or(|(o, n, _)| (other_uses.len(), o) > (n, other))
                {
                    best = Some((other, other_uses.len(), other_uses[0]));
                }
                continue;
            }
            if rare_known {
                if swapped() && best.is_none_or(|(o, n, _)| (other_uses.len(), o) > (n, other)) {
                    best = Some((other, other_uses.len(), other_uses[0]));
                }
                continue;
            }
            // A city for a country may differ more, two letters past the first two ("Inisa"
            // for "India"), in a story that is not about the city's country.
            // An unknown name where a place stands ("gathered in Davos") may differ by two
            // letters past a shared start of three ("Davao").
            let alike = look_alike(word, other, here.is_some())
                || here.is_none() && locative && swapped()
                || here.is_none()
                    && locative
                    && common_prefix(word, other) >= 3
                    && word.len().abs_diff(other.len()) <= 1
                    && edit_distance(word, other) <= 2;
            // Or a place in a name the story repeats with the place's look-alike, two letters
            // apart ("Datong Hudson" once, "Dayton Hudson" six times).
            let alike = alike
                || here.is_some()
                    && other_uses.len() >= 2
                    && common_prefix(word, other) >= 2
                    && word.len().abs_diff(other.len()) <= 1
                    && edit_distance(word, other) <= 2
                    && shares_phrase(doc, i, other_uses);
            let city_for_country = !alike
                && here.is_some_and(|h| h.kind == PlaceKind::City)
                && !there.kind.is_minor()
                && common_prefix(word, other) >= 2
                && word.len().abs_diff(other.len()) <= 2
                && edit_distance(word, other) <= 2;
            // A country the story names once beside a look-alike one it is plainly about
            // ("Ireland" five times, "Iceland" once), with nothing to say both are meant.
            // Or named twice, when the story's own cities lie in it ("Najaf", "Baghdad" and
            // "Iraq" twice, then "Iran" once).
            let home = || {
                places
                    .iter()
                    .filter(|&&(w, _, p)| {
                        w != word
                            && w != other
                            && p.kind == PlaceKind::City
                            && !p.countries.is_empty()
                            && !there.countries.is_empty()
                            && k.given_name(w).is_none()
                            && p.may_share_country(&there)
                    })
                    .count()
                    >= 2
            };
            // Or named once in a story datelined from one of its cities ("SYDNEY -- ...
            // Australia's economy ... exports to Austria").
            let datelined = there.kind == PlaceKind::Country
                && here.is_some_and(|h| {
                    h.kind == PlaceKind::Country
                        && dateline.is_some_and(|p| {
                            p.may_share_country(&there) && !p.may_share_country(&h)
                        })
                });
            let dominated = alike
                && here.is_some_and(|h| !h.kind.is_minor())
                && !there.kind.is_minor()
                && (other_uses.len() >= DOMINANCE || other_uses.len() >= 2 && home() || datelined)
                && foreign(here.unwrap())
                && !both_meant(doc, i, other);
            // A city of a look-alike pair for the country the story is datelined from or plainly
            // about, where no place of the city's country is named ("BOGOTA, Colombia ... the
            // Gulf Clan, Columbia's largest gang"); not a name it opens ("Columbia University").
            let pair_slip = || {
                alike
                    && there.kind == PlaceKind::Country
                    && here.is_some_and(|h| h.kind == PlaceKind::City && foreign(h))
                    && !doc.in_institution(i)
                    && !doc.is_title_at(i as isize + 1)
                    && (other_uses.len() >= DOMINANCE
                        || dateline.is_some_and(|p| p.may_share_country(&there)))
            };
            if !(alike || city_for_country)
                // An institution's name may keep another romanisation of its place ("Riyad
                // Bank" in a story from Riyadh); a slip is no romanisation ("Manchesetr
                // United").
                || here.is_none() && romanisations(word, other) && doc.in_institution(i)
                // One city's bank beside another city ("Tokai Bank" in a story from Tokyo).
                || city_in_institution && there.kind == PlaceKind::City
                || k.are_known_pair(word, other) && !dominated && !pair_slip()
                // The place in the plural ("the two Britains", "Canadas").
                || word.strip_suffix('s') == Some(other)
                // An unknown name beside a person's name ("Hossam" beside "Hassan Shehata").
                || here.is_none() && k.given_name(other).is_some() && other_uses.iter().all(|&o| {
                    doc.is_title_at(o as isize + 1)
                        && doc.tokens[o + 1].gap == crate::document::Gap::Space
                })
            {
                continue;
            }
            let plausible = match here {
                None => true,
                // A city for a country or region ("Inisa" for "India"), unless the story is
                // about the city's country, or the city's name is a word that shares only a
                // start with it ("we Brits" beside "Britain"; not "Cypress" for "Cyprus").
                Some(h) if h.kind == PlaceKind::City && there.kind != PlaceKind::City => {
                    (!city_for_country || foreign(h))
                        && !(crate::data::WORDS.contains_key(word.to_ascii_lowercase().as_str())
                            && edit_distance(word, other) > 2)
                }
                // A city for a much bigger one, or a city of a country the story never comes
                // near ("Lublin" in a story about Dublin); not one beside its neighbours
                // ("Toulon" and "Toulouse").
                Some(h) if h.kind == PlaceKind::City => {
                    there.population >= h.population.saturating_mul(10) || foreign(h)
                }
                Some(_) => dominated || shares_phrase(doc, i, other_uses),
            };
            if plausible && best.is_none_or(|(o, n, _)| (other_uses.len(), o) > (n, other)) {
                best = Some((other, other_uses.len(), other_uses[0]));
            }
        }
        let Some((other, n, first)) = best else {
            // A name no list has where a place stands, two letters swapped from a country or a
            // city of a million ("in Prais", "from Dehli"), named in the story or not.
            // Or a doubled letter moved, wherever it stands, or dropped or added where a place
            // stands, in a country, a region or a city of 100,000 ("Cincinatti", "Carribean",
            // "in Venezzuela").
            let where_a_place_stands = || {
                locative
                    .then(|| {
                        swapped_known_place(k, word)
                            .map(|m| (m, "two letters swapped"))
                            .or_else(|| slipped_known_place(k, word))
                    })
                    .flatten()
            };
            if unknown
                && let Some((meant, how)) = where_a_place_stands().or_else(|| {
                    doubling_slipped_place(k, word, locative).map(|m| (m, "its doubled letters"))
                })
            {
                let mut d = Diagnostic::new(
                    &PlaceVariant::META,
                    word_span(doc, i, word),
                    format!("place \"{word}\" looks like a slip for \"{meant}\""),
                )
                .label(format!("no known place: \"{meant}\" with {how}"))
                .help(format!("the gazetteer knows \"{meant}\""));
                // The story's own spelling, where it has one, is the evidence.
                if let Some(named) = doc.mentions.words.get(meant.as_str()) {
                    d.message = format!(
                        "place \"{word}\" looks like a slip for \"{meant}\", named {} in this story",
                        times(named.len())
                    );
                    d = d.evidence(doc.tokens[named[0]].span, format!("\"{meant}\" here"));
                }
                out.push(d.fix(meant));
            }
            continue;
        };
        // A word of the story one typing slip away is what was meant, where the place is two
        // ("Philipine vessel" beside "Philippine Coast Guard", not "Philippines").
        let (other, n, first) =
            if here.is_none() && edit_distance(word, other) > 1 && closer_looks > 0 {
                closer_looks -= 1;
                doc.mentions
                    .words
                    .iter()
                    .filter(|&(&w, _)| w != word && w != other && k.place(w).is_none())
                    .filter(|&(&w, _)| crate::strings::typing_slip(word, w).is_some())
                    .max_by_key(|&(&w, uses)| (uses.len(), std::cmp::Reverse(w)))
                    .map_or((other, n, first), |(&w, uses)| (w, uses.len(), uses[0]))
            } else {
                (other, n, first)
            };
        out.push(
            Diagnostic::new(
                &PlaceVariant::META,
                word_span(doc, i, word),
                format!(
                    "place \"{word}\" looks like a slip for \"{other}\", named {} in this story",
                    times(n)
                ),
            )
            .label("written this way once")
            .evidence(doc.tokens[first].span, format!("\"{other}\" here"))
            .help(format!(
                "use one name throughout; check whether \"{other}\" is meant"
            )),
        );
    }
}

/// How many findings of a story look for a closer word of the story than their place.
const CLOSER_LOOKS: usize = 64;

/// Whether `name` is a country or a city of a million people: a place a slip is read back to
/// with no other spelling in the story.
fn major_place(k: &crate::knowledge::Knowledge, name: &str) -> bool {
    k.place(name).is_some_and(|pl| {
        pl.kind == PlaceKind::Country || pl.kind == PlaceKind::City && pl.population >= 1_000_000
    })
}

/// The one country or city of a million people that `word` is with two neighbouring letters
/// (after the first) swapped back.
fn swapped_known_place(k: &crate::knowledge::Knowledge, word: &str) -> Option<String> {
    let b = word.as_bytes();
    let mut found: Option<String> = None;
    for p in 1..b.len().saturating_sub(1) {
        if b[p] == b[p + 1] {
            continue;
        }
        let mut v = b.to_vec();
        v.swap(p, p + 1);
        let Ok(v) = String::from_utf8(v) else {
            continue;
        };
        if major_place(k, &v) {
            if found.as_ref().is_some_and(|f| *f != v) {
                return None;
            }
            found = Some(v);
        }
    }
    found
}

/// The one country or city of a million people that `word`, a form no English text, town or
/// list has and of six letters or more, is with a letter dropped or added ("Barcleona",
/// "Barcellona"), with how it was slipped.
fn slipped_known_place(
    k: &crate::knowledge::Knowledge,
    word: &str,
) -> Option<(String, &'static str)> {
    let lower = word.to_ascii_lowercase();
    if word.len() < 6
        || !word.is_ascii()
        || crate::data::token_rarity(&lower).is_some()
        || crate::data::is_town(&lower)
    {
        return None;
    }
    let slips = crate::strings::Slips {
        dropped: true,
        added: true,
        swapped: false,
    };
    let mut found: Option<(String, &'static str)> = None;
    let mut two = false;
    crate::strings::for_each_slip(word.as_bytes(), slips, |v| {
        if two || v.first() != word.as_bytes().first() {
            return;
        }
        let Ok(v) = std::str::from_utf8(v) else {
            return;
        };
        if major_place(k, v) {
            match &found {
                Some((f, _)) if f != v => two = true,
                Some(_) => {}
                None => {
                    let how = if v.len() > word.len() {
                        "a letter dropped"
                    } else {
                        "a letter added"
                    };
                    found = Some((v.to_string(), how));
                }
            }
        }
    });
    found.filter(|_| !two)
}

/// The one country, region or city of 100,000 people that `word`, a form of six letters or more
/// no town or list has, is with its doubled letters put right: a doubling moved ("Cincinatti",
/// "Carribean", "Phillipines"), in a form English text writes thirty times less often than the
/// place (the web's "Cincinatti" against "Cincinnati"), or one dropped ("Mississipi") or added
/// ("Venezzuela") in a form text never writes, where a place stands (`locative`). The runs of
/// one letter in the word are read back single or doubled, one or two of them changed.
fn doubling_slipped_place(
    k: &crate::knowledge::Knowledge,
    word: &str,
    locative: bool,
) -> Option<String> {
    let lower = word.to_ascii_lowercase();
    if word.len() < 6 || !word.is_ascii() || crate::data::is_town(&lower) {
        return None;
    }
    let rarity = crate::data::token_rarity(&lower);
    // The word as runs of one letter: (letter, doubled).
    let b = word.as_bytes();
    let mut runs: Vec<(u8, bool)> = Vec::new();
    let mut i = 0;
    while i < b.len() {
        let mut j = i + 1;
        while j < b.len() && b[j].eq_ignore_ascii_case(&b[i]) {
            j += 1;
        }
        if j - i > 2 {
            return None;
        }
        runs.push((b[i], j - i == 2));
        i = j;
    }
    if runs.len() > 24 {
        return None;
    }
    let spell = |flip: &[usize]| -> String {
        let mut v = Vec::with_capacity(b.len() + 2);
        for (r, &(c, doubled)) in runs.iter().enumerate() {
            v.push(c);
            if doubled != flip.contains(&r) {
                v.push(c.to_ascii_lowercase());
            }
        }
        String::from_utf8(v).unwrap_or_default()
    };
    let wanted = |name: &str| {
        k.place(name).is_some_and(|p| {
            !p.kind.is_minor() || p.kind == PlaceKind::City && p.population >= 100_000
        }) && rarity.is_none_or(|r| {
            crate::data::token_rarity(&name.to_ascii_lowercase()).is_some_and(|m| r >= m + 150)
        })
    };
    let mut found: Option<String> = None;
    let mut consider = |v: String, moved: bool| -> bool {
        // A doubling dropped or added in a form text writes may be another language's name
        // ("Barcellona", "Tallin"); one moved is a slip in any.
        if (moved || rarity.is_none() && locative) && wanted(&v) {
            if found.as_ref().is_some_and(|f| *f != v) {
                return false;
            }
            found = Some(v);
        }
        true
    };
    // The first letter stays as written: a slip of a capital is another matter.
    for a in 1..runs.len() {
        if !consider(spell(&[a]), false) {
            return None;
        }
        for c in a + 1..runs.len() {
            // Two runs changed: one doubling moved (one run doubled, one undoubled).
            if runs[a].1 != runs[c].1 && !consider(spell(&[a, c]), true) {
                return None;
            }
        }
    }
    found
}

/// Whether two names are one name romanised two ways: equal once an h after a consonant, the
/// y/i, q/k and ou/u choices and doubled letters are set aside ("Riyad" and "Riyadh", "Qatif"
/// and "Katif").
fn romanisations(a: &str, b: &str) -> bool {
    fn key(name: &str) -> String {
        let lower = name.to_ascii_lowercase().replace("ou", "u");
        let mut out = String::with_capacity(lower.len());
        for c in lower.chars() {
            let c = match c {
                'y' => 'i',
                'q' => 'k',
                c => c,
            };
            let last = out.chars().last();
            let after_consonant = last.is_some_and(|l: char| !"aeiou".contains(l));
            if (c == 'h' && after_consonant) || last == Some(c) {
                continue;
            }
            out.push(c);
        }
        out
    }
    a != b && key(a) == key(b)
}

/// The city a story is datelined from ("SYDNEY, March 11 -"), or a feed item's own place, when
/// the gazetteer knows it as a city.
fn dateline_home(doc: &Document, k: &crate::knowledge::Knowledge) -> Option<Place> {
    let name = match (&doc.dateline, &doc.meta.place) {
        (Some(d), _) => doc.slice(d.place).to_string(),
        (None, Some((name, _))) => name.clone(),
        _ => return None,
    };
    // "SYDNEY" as the gazetteer writes it: "Sydney", "New York"; the city of "BOGOTA,
    // Colombia".
    let city = name.split(',').next().unwrap_or(&name).trim();
    let p = k.place(&title_case(city))?;
    (p.kind == PlaceKind::City && !p.countries.is_empty()).then_some(p)
}

/// Each word with a capital and the rest in lower case: "SYDNEY" -> "Sydney", "NEW YORK" ->
/// "New York".
fn title_case(name: &str) -> String {
    name.split_whitespace()
        .map(|w| {
            let mut c = w.chars();
            c.next()
                .map(|f| f.to_uppercase().collect::<String>() + &c.as_str().to_lowercase())
                .unwrap_or_default()
        })
        .collect::<Vec<_>>()
        .join(" ")
}

/// `d` with a label on where the story writes `meant`, and how often, if it does.
fn where_the_story_names(d: Diagnostic, doc: &Document, meant: &str) -> Diagnostic {
    match occurrences(doc, meant) {
        (n @ 1.., Some(at)) => d.evidence(
            doc.tokens[at].span,
            format!("\"{meant}\" here, {} in this story", times(n)),
        ),
        _ => d,
    }
}

/// A feed item's own place (NITF's dateline city, NewsML-G2's `located`, ninjs `located`) that the
/// story writes once as a look-alike no gazetteer knows: "Bogata" in an item from Bogota.
fn dateline_place(doc: &Document, ctx: &Context, out: &mut Vec<Diagnostic>) {
    let k = ctx.knowledge;
    // The feed's own place, or the city of the text's dateline ("JOHANNESBURG, Feb 12
    // (Reuters) -"), which the story's words outside the dateline may not name again.
    let (name, span, text) = match (&doc.meta.place, &doc.dateline) {
        (Some((name, span)), _) => (name.clone(), *span, false),
        (None, Some(d)) => (doc.slice(d.place).to_string(), d.place, true),
        _ => return,
    };
    // "BOGOTA" or "Bogotá": compared folded.
    let key = crate::strings::fold(&name);
    if key.chars().count() < 5 || key.contains(' ') {
        return;
    }
    let outside = |u: &usize| {
        let t = doc.tokens[*u].span;
        !(span.start <= t.start && t.end <= span.end)
    };
    let story = |w: &str| crate::strings::fold(w) == key;
    if doc
        .mentions
        .words
        .iter()
        .any(|(w, uses)| story(w) && uses.iter().any(outside))
    {
        return;
    }
    for (&word, uses) in &doc.mentions.words {
        let i = uses[0];
        if uses.len() != 1
            || word.chars().count() < 5
            || k.is_place(word)
            || in_compound(doc, i)
            || in_two_word_place(doc, k, i)
            || !outside(&i)
        {
            continue;
        }
        // A text's dateline is only the city's own: a word where a place stands ("groups in
        // Johannesberg"), not a name with a surname after it.
        let where_a_place_stands = matches!(
            doc.tok_at(i as isize - 1),
            "in" | "from" | "near" | "at" | "to" | "outside"
        ) && !doc.is_title_at(i as isize + 1);
        if text && !where_a_place_stands {
            continue;
        }
        // There, a rare common noun capitalised is no evidence either ("a speech in Manilla"
        // in a story datelined MANILA: "manilla" is paper). A name the lists have only with
        // its capital may be the city's other spelling ("Teheran", "Kharkov").
        let rare_word = text
            && !k.is_given_name(word)
            && !doc.tokens[i].starts_sentence()
            && crate::strings::with_lowercase(word, |lower| {
                crate::data::is_word(lower)
                    && crate::data::word_rarity(lower).is_none_or(|r| r > 500)
            });
        if k.is_known_name(word) && !rare_word {
            continue;
        }
        let folded = crate::strings::fold(word);
        // An "s" added is an English name of the city ("Marseilles", "Lyons", "Tangiers").
        if !(common_prefix(&folded, &key) >= 2 && edit_distance(&folded, &key) == 1)
            || folded.strip_suffix('s') == Some(key.as_str())
        {
            continue;
        }
        let meant = if name.chars().all(|c| !c.is_lowercase()) {
            // "BOGOTA" as the story would write it.
            title_case(&name)
        } else {
            name.clone()
        };
        out.push(
            Diagnostic::new(
                &PlaceVariant::META,
                word_span(doc, i, word),
                format!("place \"{word}\" looks like a slip for \"{meant}\", the item's own place"),
            )
            .label("written this way")
            .evidence(
                span,
                if text {
                    format!("the story is datelined {name}")
                } else {
                    format!("the item is datelined or located in {name}")
                },
            )
            .fix(meant),
        );
    }
}

/// A city placed in a province or state it does not lie in, when a look-alike one is where it
/// lies: "Wenchang, on the island province of Henan" (Wenchang is in Hainan). The city must be
/// tied to the division by the words between ("Wenchang, Henan", "Wenchang in Henan", "Wenchang
/// ... the province of Henan", in one sentence); no town of the city's name may lie in the
/// written division (GeoNames' towns of 1,000 people or more).
fn city_in_region(doc: &Document, ctx: &Context, out: &mut Vec<Diagnostic>) {
    let k = ctx.knowledge;
    for (&word, uses) in &doc.mentions.words {
        let Some(place) = k.place(word) else {
            continue;
        };
        if !matches!(place.kind, PlaceKind::Region | PlaceKind::Division)
            || place.countries.is_empty()
            || word.len() < 4
        {
            continue;
        }
        for &u in uses {
            let Some(city) = city_before(doc, k, u) else {
                continue;
            };
            let name = doc.tok(city);
            let meant = place.countries.split(',').find_map(|cc| {
                let regions: Vec<&str> = k.regions_of_city(name, cc).collect();
                if regions.contains(&word) {
                    return None;
                }
                regions.into_iter().find(|r| {
                    r.len() >= 4
                        && !r.contains(' ')
                        && word.len().abs_diff(r.len()) <= 2
                        && edit_distance(word, r) <= 2
                        && k.place(r).is_some_and(|p| p.may_share_country(&place))
                })
            });
            let Some(meant) = meant else {
                continue;
            };
            if out.iter().any(|d| d.span == doc.tokens[u].span) {
                continue;
            }
            let d = Diagnostic::new(
                &PlaceVariant::META,
                word_span(doc, u, word),
                format!(
                    "place \"{word}\" looks like a slip for \"{meant}\": {name} lies in {meant}, not in {word}"
                ),
            )
            .label(format!("{name} is not in {word}"))
            .evidence(
                doc.tokens[city].span,
                format!("{name} lies in {meant} (GeoNames)"),
            )
            .fix(meant);
            out.push(where_the_story_names(d, doc, meant));
            break;
        }
    }
}

/// The city a division at `u` is said to hold: "Wenchang, Henan", "Wenchang in Henan",
/// "Wenchang, on the island province of Henan" (the nearest city of the sentence before "the
/// province of", with no other place between).
fn city_before(doc: &Document, k: &crate::knowledge::Knowledge, u: usize) -> Option<usize> {
    let u = u as isize;
    let city =
        |j: isize| (doc.is_title_at(j) && k.has_regions(doc.tok_at(j))).then_some(j as usize);
    match doc.tok_at(u - 1) {
        "," | "in" => return city(u - 2),
        "of" if matches!(
            doc.tok_at(u - 2),
            "province" | "state" | "region" | "prefecture" | "county"
        ) => {}
        _ => return None,
    }
    let first = doc.sentences[doc.sentence_of(u as usize)].first as isize;
    let mut j = u - 3;
    while j >= first.max(u - 12) {
        if let Some(c) = city(j) {
            return Some(c);
        }
        if doc.is_title_at(j) && k.is_place(doc.tok_at(j)) {
            return None;
        }
        j -= 1;
    }
    None
}

/// A two-word place with its second word changed: "New Cork" for "New York", "Sri Lonka" for
/// "Sri Lanka". The pair must not be a place itself, the word must be written once, and the
/// place's own word must be in the story, or the changed word be no known name at all.
fn two_word_places(doc: &Document, ctx: &Context, out: &mut Vec<Diagnostic>) {
    let k = ctx.knowledge;
    for (&word, uses) in &doc.mentions.words {
        let i = uses[0];
        if uses.len() != 1 || i == 0 || word.len() < 4 || !word.is_ascii() {
            continue;
        }
        let first = doc.tok(i - 1);
        let seconds = k.two_word_places(first);
        if seconds.is_empty()
            || !doc.tokens[i - 1].is_title()
            || doc.tokens[i].gap == crate::document::Gap::None
            || doc.tokens[i].gap == crate::document::Gap::Paragraph
            || k.is_place(&format!("{first} {word}"))
        {
            continue;
        }
        let limit = if word.len() >= 6 { 2 } else { 1 };
        let in_story = |x: &str| occurrences(doc, x).0 > 0;
        let Some(&meant) = seconds
            .iter()
            .filter(|&&x| {
                !x.starts_with(word)
                    && !word.starts_with(x)
                    && x.len().abs_diff(word.len()) <= limit
                    && edit_distance(word, x) <= limit
                    && (in_story(x) || (!k.is_known_name(word) && edit_distance(word, x) == 1))
            })
            .max_by_key(|&&x| (occurrences(doc, x).0, std::cmp::Reverse(x)))
        else {
            continue;
        };
        if out.iter().any(|d| d.span == doc.tokens[i].span) {
            continue;
        }
        let written = format!("\"{word}\" in \"{first} {word}\"");
        let place = format!("{first} {meant}");
        let d = two_word_slip(doc, i, word, &written, &place, meant);
        out.push(where_the_story_names(d, doc, meant));
    }
    // The first word slipped: "Unitid States", "Hnog Kong" — a form no list has, one typing
    // slip from the first word of a country or a city of 100,000 the second word ends.
    for (&word, uses) in &doc.mentions.words {
        let i = uses[0];
        if uses.len() != 1
            || i + 1 >= doc.tokens.len()
            || word.len() < 3
            || !word.is_ascii()
            || doc.tokens[i + 1].gap != crate::document::Gap::Space
            || !doc.tokens[i + 1].is_title()
            || k.is_known_name(word)
            || crate::strings::with_lowercase(word, crate::data::token_rarity).is_some()
            || super::name_misspelling::after_initial_or_honorific(doc, k, i)
            || out.iter().any(|d| d.span.start == doc.tokens[i].span.start)
        {
            continue;
        }
        let second = base(doc.tok(i + 1));
        let firsts: Vec<&str> = k
            .two_word_firsts(second)
            .iter()
            .copied()
            .filter(|f| {
                crate::strings::typing_slip(word, f).is_some_and(|s| s != Slip::Accent)
                    && k.place(&format!("{f} {second}"))
                        .is_some_and(|p| p.kind == PlaceKind::Country || p.population >= 100_000)
            })
            .collect();
        let [meant] = firsts[..] else {
            continue;
        };
        let written = format!("\"{word} {second}\"");
        let place = format!("{meant} {second}");
        out.push(two_word_slip(doc, i, word, &written, &place, meant));
    }
}

/// Whether the word at `i` is one of a two-word place with its neighbour ("York" in "New York").
fn in_two_word_place(doc: &Document, k: &crate::knowledge::Knowledge, i: usize) -> bool {
    let pair = |a: usize| {
        a + 1 < doc.tokens.len()
            && doc.tokens[a + 1].gap == crate::document::Gap::Space
            && k.two_word_places(doc.tok(a))
                .contains(&base(doc.tok(a + 1)))
    };
    (i > 0 && pair(i - 1)) || pair(i)
}

/// A word of a two-word place slipped: the word at `i`, written `word`, in the place as written
/// (`written`, quoted: "\"Unitid States\""), where `place` was meant; `meant` is the fix.
fn two_word_slip(
    doc: &Document,
    i: usize,
    word: &str,
    written: &str,
    place: &str,
    meant: &str,
) -> Diagnostic {
    Diagnostic::new(
        &PlaceVariant::META,
        word_span(doc, i, word),
        format!("place {written} looks like a slip for \"{place}\""),
    )
    .label(format!("not a place; \"{place}\" is"))
    .fix(meant.to_string())
}

/// The span of `word` at token `i`, without a possessive the token carries ("Inisa" of
/// "Inisa's").
fn word_span(doc: &Document, i: usize, word: &str) -> crate::span::Span {
    let t = doc.tokens[i].span;
    crate::span::Span::new(t.start as usize, t.start as usize + word.len())
}

/// A word without its possessive.
fn base(word: &str) -> &str {
    word.strip_suffix("'s")
        .or_else(|| word.strip_suffix("’s"))
        .unwrap_or(word)
}

fn in_compound(doc: &Document, i: usize) -> bool {
    doc.mentions.compounds.iter().any(|c| c.contains(&i))
}

/// Whether the word at `i` stands in a phrase the story uses with one of `others`: the same
/// capitalised or content word right before or after.
/// How many times a story must name a country before one look-alike country named once is taken
/// for a slip (one more for pairs stories often name together: "Iran", "Iraq").
const DOMINANCE: usize = 3;

/// Signs that two look-alike places are both meant: both in the sentence, or the place in a
/// list, a fixture or a comparison ("Ireland v Iceland", "Austria and Hungary", "against
/// Slovenia", "the Iran-Iraq war").
fn both_meant(doc: &Document, i: usize, other: &str) -> bool {
    let s = doc.sentences[doc.sentence_of(i)];
    if (s.first..s.end).any(|j| doc.tok(j) == other || doc.tok(j).starts_with(other)) {
        return true;
    }
    let before = doc.tok_at(i as isize - 1);
    let after = doc.tok_at(i as isize + 1);
    const LINKS: &[&str] = &[
        "and",
        "or",
        "v",
        "vs",
        "versus",
        "-",
        "/",
        "against",
        "beat",
        "beating",
        "between",
        "neighbouring",
        "neighboring",
        "including",
        "like",
        "nor",
        "with",
        "play",
        "face",
        "faces",
        "playing",
        "facing",
    ];
    LINKS.contains(&before)
        || LINKS.contains(&after)
        || (before == "," && after == ",")
        || after == "," && doc.tok_at(i as isize + 2) == "and"
}

fn shares_phrase(doc: &Document, i: usize, others: &[usize]) -> bool {
    let neighbour = |j: isize| -> Option<&str> {
        let w = doc.tok_at(j);
        (doc.kind_at(j) == Some(TokenKind::Word)
            && w.len() >= 3
            && w.chars().next().is_some_and(char::is_uppercase))
        .then_some(w)
    };
    others.iter().any(|&o| {
        let (o, i) = (o as isize, i as isize);
        (neighbour(i - 1).is_some() && neighbour(i - 1) == neighbour(o - 1))
            || (neighbour(i + 1).is_some() && neighbour(i + 1) == neighbour(o + 1))
    })
}
