//! Small string measures shared by the rules.

/// Optimal-string-alignment distance: insertions, deletions, substitutions and swaps of
/// neighbouring characters each cost one.
pub fn edit_distance(a: &str, b: &str) -> usize {
    // Names are short and mostly ASCII: compare bytes, with the rows on the stack.
    const ROW: usize = 48;
    if a.is_ascii() && b.is_ascii() && b.len() < ROW {
        let mut rows = [[0usize; ROW]; 3];
        let [r0, r1, r2] = &mut rows;
        return osa(a.as_bytes(), b.as_bytes(), [r0, r1, r2]);
    }
    let a: Vec<char> = a.chars().collect();
    let b: Vec<char> = b.chars().collect();
    let mut rows = vec![0usize; 3 * (b.len() + 1)];
    let (r0, rest) = rows.split_at_mut(b.len() + 1);
    let (r1, r2) = rest.split_at_mut(b.len() + 1);
    osa(&a, &b, [r0, r1, r2])
}

/// The optimal-string-alignment table kept to three rows, each at least `b.len() + 1` long.
fn osa<T: PartialEq>(a: &[T], b: &[T], rows: [&mut [usize]; 3]) -> usize {
    let [mut prev2, mut prev, mut cur] = rows;
    let (n, m) = (a.len(), b.len());
    for (j, v) in prev[..=m].iter_mut().enumerate() {
        *v = j;
    }
    for i in 1..=n {
        cur[0] = i;
        for j in 1..=m {
            let cost = usize::from(a[i - 1] != b[j - 1]);
            cur[j] = (prev[j] + 1).min(cur[j - 1] + 1).min(prev[j - 1] + cost);
            if i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1] {
                cur[j] = cur[j].min(prev2[j - 2] + 1);
            }
        }
        std::mem::swap(&mut prev2, &mut prev);
        std::mem::swap(&mut prev, &mut cur);
    }
    prev[m]
}

/// `word` with the `len` bytes at `at` replaced by `with`: one misreading undone.
pub fn replace_at(word: &str, at: usize, len: usize, with: &str) -> String {
    let mut out = String::with_capacity(word.len() + with.len());
    out.push_str(&word[..at]);
    out.push_str(with);
    out.push_str(&word[at + len..]);
    out
}

/// Which typing slips [`for_each_slip`] undoes: a letter the writer dropped (the reading has
/// one more), one they added, two neighbours they swapped.
#[derive(Clone, Copy)]
pub struct Slips {
    pub dropped: bool,
    pub added: bool,
    pub swapped: bool,
}

impl Slips {
    /// A letter dropped, added or two swapped.
    pub const COMMON: Slips = Slips {
        dropped: true,
        added: true,
        swapped: true,
    };
}

/// Calls `each` with every lower-case ASCII spelling one of the typing `slips` from `word`.
/// Spellings are handed out in one reused buffer and may repeat.
pub fn for_each_slip(word: &[u8], slips: Slips, mut each: impl FnMut(&[u8])) {
    let mut buf: Vec<u8> = Vec::with_capacity(word.len() + 1);
    for p in 0..word.len() {
        if slips.added {
            buf.clear();
            buf.extend_from_slice(&word[..p]);
            buf.extend_from_slice(&word[p + 1..]);
            each(&buf);
        }
        if slips.swapped && p + 1 < word.len() {
            buf.clear();
            buf.extend_from_slice(word);
            buf.swap(p, p + 1);
            each(&buf);
        }
    }
    if slips.dropped {
        for p in 0..=word.len() {
            for c in b'a'..=b'z' {
                buf.clear();
                buf.extend_from_slice(&word[..p]);
                buf.push(c);
                buf.extend_from_slice(&word[p..]);
                each(&buf);
            }
        }
    }
}

/// Length in characters of the common prefix.
pub fn common_prefix(a: &str, b: &str) -> usize {
    a.chars().zip(b.chars()).take_while(|(x, y)| x == y).count()
}

/// A fixed list of words asked as a set: made into a hash set on first use. For a list asked at
/// many tokens, where walking it would compare the word with every entry.
pub struct WordSet {
    words: &'static [&'static str],
    set: std::sync::OnceLock<rustc_hash::FxHashSet<&'static str>>,
}

impl WordSet {
    pub const fn new(words: &'static [&'static str]) -> WordSet {
        WordSet {
            words,
            set: std::sync::OnceLock::new(),
        }
    }

    pub fn contains(&self, word: &str) -> bool {
        self.set
            .get_or_init(|| self.words.iter().copied().collect())
            .contains(word)
    }
}

/// `word` with its first letter a capital: "minister" -> "Minister".
pub fn capitalise(word: &str) -> String {
    let mut c = word.chars();
    c.next()
        .map(|f| f.to_uppercase().chain(c).collect())
        .unwrap_or_default()
}

/// Whether a word starts with a capital and has a lower-case letter: "Ningbo", not "NATO" or "the".
pub fn is_title_case(word: &str) -> bool {
    let bytes = word.as_bytes();
    if bytes.is_ascii() {
        return bytes.first().is_some_and(u8::is_ascii_uppercase)
            && bytes[1..].iter().any(u8::is_ascii_lowercase);
    }
    let mut chars = word.chars();
    chars.next().is_some_and(char::is_uppercase) && chars.any(char::is_lowercase)
}

/// Text quoted in a message: white space, line breaks included, folded to single spaces.
pub fn one_line(text: &str) -> String {
    text.split_whitespace().collect::<Vec<_>>().join(" ")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn folding_lowers_case_and_drops_accents_alike_for_ascii_and_other_words() {
        assert_eq!(fold("Reagan"), "reagan");
        assert_eq!(fold("O'Neill"), "o'neill");
        assert_eq!(fold("Łódź"), "lodz");
        assert_eq!(fold("Müller’s"), "muller's");
        assert_eq!(fold("ÉCOLE"), "ecole");
    }

    #[test]
    fn a_word_set_holds_its_words_as_written() {
        static SET: WordSet = WordSet::new(&["said", "The", "für"]);
        assert!(SET.contains("said") && SET.contains("The") && SET.contains("für"));
        assert!(!SET.contains("Said") && !SET.contains("the") && !SET.contains("fur"));
        assert!(!SET.contains(""));
    }

    #[test]
    fn distances() {
        assert_eq!(edit_distance("Januray", "January"), 1);
        assert_eq!(edit_distance("Austria", "Australia"), 2);
        assert_eq!(edit_distance("Gapan", "Japan"), 1);
        assert_eq!(edit_distance("aab", "ab"), 1);
        assert_eq!(edit_distance("", "abc"), 3);
        assert_eq!(edit_distance("Zürich", "Zurich"), 1);
        assert_eq!(edit_distance("Wrocław", "Wroclaw"), 1);
        assert_eq!(edit_distance("Chongqing", ""), 9);
        assert_eq!(common_prefix("Ningbo", "Ningxia"), 4);
    }
}

/// Lower case without diacritics: "Brasília" -> "brasilia", "Kahramanmaraş" -> "kahramanmaras".
pub fn fold(word: &str) -> String {
    // Most words are ASCII: lower case is all their folding.
    if word.is_ascii() {
        return word.to_ascii_lowercase();
    }
    word.chars()
        .flat_map(char::to_lowercase)
        .map(|c| match c {
            'à' | 'á' | 'â' | 'ã' | 'ä' | 'å' | 'ā' | 'ă' | 'ą' => 'a',
            'ç' | 'ć' | 'č' | 'ĉ' | 'ċ' => 'c',
            'ď' | 'đ' => 'd',
            'è' | 'é' | 'ê' | 'ë' | 'ē' | 'ė' | 'ę' | 'ě' => 'e',
            'ğ' | 'ĝ' | 'ġ' | 'ģ' => 'g',
            'ì' | 'í' | 'î' | 'ï' | 'ī' | 'į' | 'ı' => 'i',
            'ķ' => 'k',
            'ł' | 'ľ' | 'ĺ' | 'ļ' => 'l',
            'ñ' | 'ń' | 'ň' | 'ņ' => 'n',
            'ò' | 'ó' | 'ô' | 'õ' | 'ö' | 'ø' | 'ō' | 'ő' => 'o',
            'ř' | 'ŕ' => 'r',
            'ś' | 'š' | 'ş' | 'ș' => 's',
            'ť' | 'ţ' | 'ț' => 't',
            'ù' | 'ú' | 'û' | 'ü' | 'ū' | 'ů' | 'ű' | 'ų' => 'u',
            'ý' | 'ÿ' => 'y',
            'ź' | 'ż' | 'ž' => 'z',
            '’' => '\'',
            c => c,
        })
        .collect()
}

/// How one spelling differs from another by a single typing slip, if it does.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Slip {
    /// "Regaan" for "Reagan"
    Transposition,
    /// "Agasi" for "Agassi"
    Dropped,
    /// "Schwarrtz" for "Schwartz"
    Doubled,
    /// "Hakizimama" for "Hakizimana"
    Inserted,
    /// "Gralewics" for "Gralewicz"
    Substituted,
    /// "Hernandez" for "Hernández"
    Accent,
}

impl Slip {
    /// The slip in words, for a diagnostic's label: "two letters swapped".
    pub fn describe(self) -> &'static str {
        match self {
            Slip::Transposition => "two letters swapped",
            Slip::Dropped => "a letter dropped",
            Slip::Doubled => "a letter doubled",
            Slip::Inserted => "a letter added",
            Slip::Substituted => "a letter changed",
            Slip::Accent => "an accent lost or added",
        }
    }
}

/// The single slip that turns `meant` into `written`, compared without case; accents alone
/// count as an accent slip.
pub fn typing_slip(written: &str, meant: &str) -> Option<Slip> {
    let (wb, mb) = (written.as_bytes(), meant.as_bytes());
    // One slip leaves one of the first two letters where it was or one place over: most pairs
    // are turned away here, before the words are scanned or copied. (ASCII letters fold to
    // themselves in lower case, whatever follows them.)
    if let ([w0, w1, ..], [m0, m1, ..]) = (wb, mb)
        && [w0, w1, m0, m1].iter().all(|b| b.is_ascii())
    {
        let [w0, w1, m0, m1] = [w0, w1, m0, m1].map(u8::to_ascii_lowercase);
        if w0 != m0 && w1 != m1 && w0 != m1 && w1 != m0 {
            return None;
        }
    }
    // Most names are ASCII: compare lower-cased bytes on the stack, no allocation.
    if written.is_ascii() && meant.is_ascii() && written.len() <= 48 && meant.len() <= 48 {
        // One slip changes the length by at most one.
        if wb.len().abs_diff(mb.len()) > 1 {
            return None;
        }
        let (mut w, mut m) = ([0u8; 48], [0u8; 48]);
        for (d, s) in w.iter_mut().zip(written.bytes()) {
            *d = s.to_ascii_lowercase();
        }
        for (d, s) in m.iter_mut().zip(meant.bytes()) {
            *d = s.to_ascii_lowercase();
        }
        return slip_between(&w[..written.len()], &m[..meant.len()]);
    }
    let (w, m) = (fold(written), fold(meant));
    if w == m {
        return (written.to_lowercase() != meant.to_lowercase()).then_some(Slip::Accent);
    }
    let w: Vec<char> = w.chars().collect();
    let m: Vec<char> = m.chars().collect();
    slip_between(&w, &m)
}

/// The single slip between two folded spellings, as bytes or characters (equal ones are none).
pub fn slip_between<T: PartialEq>(w: &[T], m: &[T]) -> Option<Slip> {
    if w == m {
        return None;
    }
    let p = w.iter().zip(m).take_while(|(a, b)| a == b).count();
    match (w.len() as isize) - (m.len() as isize) {
        0 => {
            let s = w
                .iter()
                .rev()
                .zip(m.iter().rev())
                .take_while(|(a, b)| a == b)
                .count();
            let diff = w.len() - p - s.min(w.len() - p);
            if diff == 1 {
                Some(Slip::Substituted)
            } else if diff == 2 && w[p] == m[p + 1] && w[p + 1] == m[p] {
                Some(Slip::Transposition)
            } else {
                None
            }
        }
        // One letter more: `written` = `meant` with w[p] inserted.
        1 => (w[p + 1..] == m[p..]).then(|| {
            if (p > 0 && w[p] == w[p - 1]) || w.get(p + 1) == Some(&w[p]) {
                Slip::Doubled
            } else {
                Slip::Inserted
            }
        }),
        -1 => (w[p..] == m[p + 1..]).then_some(Slip::Dropped),
        _ => None,
    }
}

/// Calls `f` with `word` in lower case: on the stack for a short ASCII word (most of them),
/// so the word-list lookups the rules make for every token allocate nothing.
pub fn with_lowercase<R>(word: &str, f: impl FnOnce(&str) -> R) -> R {
    const MAX: usize = 64;
    if word.len() <= MAX && word.is_ascii() {
        let mut buf = [0u8; MAX];
        let lower = &mut buf[..word.len()];
        lower.copy_from_slice(word.as_bytes());
        lower.make_ascii_lowercase();
        // ASCII bytes lower-cased are still ASCII.
        f(std::str::from_utf8(lower).unwrap_or_default())
    } else {
        f(&word.to_lowercase())
    }
}

/// Where `pat` stands in `text`, left to right and not overlapping: what `match_indices` finds,
/// without building a two-way searcher for each of the many one- and two-letter patterns the
/// misreading tables try on every word.
pub fn occurrences<'a>(text: &'a str, pat: &'a str) -> impl Iterator<Item = usize> + 'a {
    let (hay, pat) = (text.as_bytes(), pat.as_bytes());
    let mut at = if pat.is_empty() { usize::MAX } else { 0 };
    std::iter::from_fn(move || {
        while at
            .checked_add(pat.len())
            .is_some_and(|end| end <= hay.len())
        {
            let i = at + memchr::memchr(pat[0], &hay[at..])?;
            if hay[i..].starts_with(pat) {
                at = i + pat.len();
                return Some(i);
            }
            at = i + 1;
        }
        None
    })
}

#[cfg(test)]
mod slip_tests {
    use super::{Slip, typing_slip};

    #[test]
    fn slips() {
        assert_eq!(typing_slip("Regaan", "Reagan"), Some(Slip::Transposition));
        assert_eq!(typing_slip("Agasi", "Agassi"), Some(Slip::Dropped));
        assert_eq!(typing_slip("Schwarrtz", "Schwartz"), Some(Slip::Doubled));
        assert_eq!(
            typing_slip("Hakizimama", "Hakizimana"),
            Some(Slip::Substituted)
        );
        assert_eq!(typing_slip("Brasila", "Brasília"), Some(Slip::Dropped));
        assert_eq!(typing_slip("Hernandez", "Hernández"), Some(Slip::Accent));
        assert_eq!(typing_slip("Linder", "Lindner"), Some(Slip::Dropped));
        assert_eq!(typing_slip("Lindner", "Lindner"), None);
        assert_eq!(typing_slip("Hassan", "Hossam"), None);
    }

    #[test]
    fn occurrences_are_the_matches_std_finds() {
        for (text, pat) in [
            ("vvvv", "vv"),
            ("rnrn", "rn"),
            ("Brasília í", "í"),
            ("", "a"),
            ("abc", ""),
            ("aaa", "aaaa"),
            ("cornmunity", "rn"),
        ] {
            let std: Vec<usize> = if pat.is_empty() {
                Vec::new()
            } else {
                text.match_indices(pat).map(|(at, _)| at).collect()
            };
            assert_eq!(
                super::occurrences(text, pat).collect::<Vec<_>>(),
                std,
                "{text} {pat}"
            );
        }
    }
}
