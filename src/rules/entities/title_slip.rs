use crate::declare_rule;
use crate::diagnostic::Diagnostic;
use crate::document::{Document, Gap, TokenKind};
use crate::knowledge::Knowledge;
use crate::rule::Context;
use crate::strings::typing_slip;

declare_rule! {
    /// ## What it does
    /// Flags a title before a person's name written with a typing slip: "Presidnt Joe Biden",
    /// "Prime Munister Giorgia Meloni", "Sentaor Ted Cruz", "Chancelor Olaf Scholz".
    ///
    /// ## Why is this bad?
    /// The title is the first word of the line a reader sees about the person, and a spelling
    /// checker that skips capitalised words (names) passes it.
    ///
    /// ## Example
    /// ```text
    /// Prime Munister Giorgia Meloni congratulated the new pope.
    /// ```
    ///
    /// ## Use instead
    /// ```text
    /// Prime Minister Giorgia Meloni congratulated the new pope.
    /// ```
    /// Only a form no English text writes, one slip (two letters swapped, one dropped, doubled,
    /// added or changed) from exactly one title of five letters or more, and only before a
    /// given name or a known surname ("Presidnt Biden"), or between another title and a name
    /// ("Prime Munister Meloni"). A word that is a name, a place or a word of its own
    /// ("Premiere", "Generali") is left alone.
    pub struct TitleSlip {
        code: "E007",
        name: "title-slip",
        family: Entities,
        severity: Warning,
        summary: "a title before a person's name misspelt with a typing slip",
        check: check,
    }
}

/// The shortest title compared: shorter ones ("Gov", "Rep", "Sen") are one letter from too
/// many other words.
const MIN_LEN: usize = 5;

fn check(doc: &Document, ctx: &Context, out: &mut Vec<Diagnostic>) {
    let k = ctx.knowledge;
    // Each Title-case word of the story once (far fewer than its tokens), then its uses.
    for (&w, uses) in &doc.mentions.words {
        let Some(meant) = misspelt_title(w) else {
            continue;
        };
        let mut known = None;
        for &i in uses {
            if doc.tok(i) != w
                || !before_name(doc, k, i)
                || *known.get_or_insert_with(|| known_form(k, w))
            {
                continue;
            }
            let slip = typing_slip(w, meant).map_or("a slip", |s| s.describe());
            out.push(
                Diagnostic::new(
                    &TitleSlip::META,
                    doc.tokens[i].span,
                    format!("title \"{w}\" looks like a slip for \"{meant}\""),
                )
                .label(format!("before the name \"{}\": {slip}", doc.tok(i + 1)))
                .fix(meant.to_string()),
            );
        }
    }
}

/// The title that the word at token `i` misspells, when it stands before a name: see
/// [`TitleSlip`]. The name rule (E004) leaves these words to this one.
pub fn title_slip(doc: &Document, k: &Knowledge, i: usize) -> Option<&'static str> {
    let w = doc.tok(i);
    let meant = misspelt_title(w)?;
    (doc.tokens[i].kind == TokenKind::Word && before_name(doc, k, i) && !known_form(k, w))
        .then_some(meant)
}

/// The one title `w` is a slip of: `w` a word in Title case, of ASCII letters, no title
/// itself.
fn misspelt_title(w: &str) -> Option<&'static str> {
    let b = w.as_bytes();
    if !(MIN_LEN..=16).contains(&b.len())
        || !b[0].is_ascii_uppercase()
        || !b[1..].iter().all(u8::is_ascii_lowercase)
        || crate::people::is_title_word(w)
    {
        return None;
    }
    the_title(w)
}

/// Whether `w` is a surname: one the lists know, or one the story writes after a given name
/// ("Joe Biden" ... "Presidnt Biden").
fn surname(doc: &Document, k: &Knowledge, w: &str) -> bool {
    k.surname_rank(w).is_some()
        || doc.mentions.words.get(w).is_some_and(|uses| {
            uses.iter().any(|&u| {
                u > 0 && doc.is_title_at(u as isize - 1) && k.is_given_name(doc.tok(u - 1))
            })
        })
}

/// Whether token `i` stands before a name: a given name or a surname next ("Presidnt Biden"),
/// or a title before it and a capitalised word after ("Prime Munister Meloni").
fn before_name(doc: &Document, k: &Knowledge, i: usize) -> bool {
    let next = i + 1;
    next < doc.tokens.len()
        && doc.tokens[next].kind == TokenKind::Word
        && doc.tokens[next].gap == Gap::Space
        && doc.tokens[next].is_title()
        && (k.is_given_name(doc.tok(next))
            || surname(doc, k, crate::people::strip_possessive(doc.tok(next)).0)
            || i > 0
                && doc.tokens[i].gap == Gap::Space
                && crate::people::is_title_word(doc.tok(i - 1)))
}

/// Whether `w` is a form of its own: a word, a name, a place, or a token English text writes
/// often enough.
fn known_form(k: &Knowledge, w: &str) -> bool {
    crate::data::is_word(w)
        || k.is_given_name(w)
        || k.surname_rank(w).is_some()
        || k.is_place(w)
        || k.is_institution_head(w)
        || k.accepted.contains(w)
        || crate::strings::with_lowercase(w, crate::data::token_rarity).is_some_and(|r| r < RARE)
}

/// Tokens rarer than this (in centibels: once in 25 million words) are forms a title's
/// common misspellings take ("chancelor" is written that often), not words of their own.
const RARE: u16 = 740;

/// The titles of five letters or more, by their first letter (`a` to `z`), each with its
/// letters in lower case.
type Titles = [Vec<(&'static str, Box<[u8]>)>; 26];

static BY_LETTER: std::sync::LazyLock<Titles> = std::sync::LazyLock::new(|| {
    let mut by: Titles = Default::default();
    for t in crate::people::titles() {
        let lower = t.to_ascii_lowercase().into_bytes().into_boxed_slice();
        if t.len() >= MIN_LEN && lower[0].is_ascii_lowercase() {
            by[usize::from(lower[0] - b'a')].push((t, lower));
        }
    }
    by
});

/// The one title of five letters or more that `w` (ASCII letters, at most sixteen) is one
/// typing slip from: one slip leaves a title's first letter first or second.
fn the_title(w: &str) -> Option<&'static str> {
    let mut buf = [0u8; 16];
    let lower = &mut buf[..w.len()];
    lower.copy_from_slice(w.as_bytes());
    lower.make_ascii_lowercase();
    let lower = &*lower;
    let bucket = |b: u8| BY_LETTER[usize::from(b - b'a')].as_slice();
    let second = if lower[1] == lower[0] {
        &[][..]
    } else {
        bucket(lower[1])
    };
    let mut found = bucket(lower[0]).iter().chain(second).filter(|(_, t)| {
        t.len().abs_diff(lower.len()) <= 1 && crate::strings::slip_between(lower, t).is_some()
    });
    match (found.next(), found.next()) {
        (Some((t, _)), None) => Some(t),
        _ => None,
    }
}
