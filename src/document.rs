//! The document model: an article read once into tokens, sentences, paragraphs, quotations, the
//! dateline and the dates it mentions, all as byte spans into the original text. Every rule reads
//! this model; none tokenizes again.

use crate::calendar::{self, CalendarKind};
use crate::span::{LineIndex, Span};
use regex::Regex;
use std::sync::LazyLock;

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum TokenKind {
    /// Letters, with inner apostrophes: "People's", "can't".
    Word,
    /// Digits, with inner thousands separators or a decimal point: "1,920,000", "35.5".
    Number,
    /// Digits and an English ordinal suffix: "16th", "21th" (the suffix may be wrong).
    Ordinal,
    /// Any other mix of letters and digits: "2O23", "G20", "20bn".
    Alnum,
    /// One character of anything else: punctuation, symbols.
    Punct,
}

/// What separates a token from the one before it.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub enum Gap {
    /// Nothing: "16th", "U.S.", "Shaanxi-Gansu".
    None,
    /// Spaces or tabs on the same line.
    Space,
    /// A line break inside a paragraph (wire copy wraps its lines).
    Newline,
    /// A paragraph break: a blank line, an indented new line, or the start of the text.
    Paragraph,
}

pub const IN_QUOTE: u8 = 1;
pub const SENTENCE_START: u8 = 2;
/// A word with a capital and a lower-case letter: "Ningbo", "People's" (not "NATO", "the").
pub const TITLE_CASE: u8 = 4;

#[derive(Clone, Copy, Debug)]
pub struct Token {
    pub span: Span,
    pub kind: TokenKind,
    pub gap: Gap,
    pub flags: u8,
}

impl Token {
    pub fn in_quote(&self) -> bool {
        self.flags & IN_QUOTE != 0
    }
    pub fn starts_sentence(&self) -> bool {
        self.flags & SENTENCE_START != 0
    }
    pub fn is_title(&self) -> bool {
        self.flags & TITLE_CASE != 0
    }
}

/// A date written in the text: "80 December", "April 31", "Friday, 20 August 2024".
#[derive(Clone, Debug)]
pub struct DateMention {
    pub span: Span,
    pub month: u8,
    pub month_tok: usize,
    pub day: u32,
    pub day_tok: usize,
    pub year: Option<i32>,
    pub weekday: Option<(u8, usize)>,
    /// Token indices of the first and last token of the mention.
    pub first_tok: usize,
    pub last_tok: usize,
    pub day_first: bool,
    pub in_dateline: bool,
}

/// The dateline that opens wire copy: `Beijing, 12 Dec (ZXN) --`, `LONDON (Reuters) -`.
#[derive(Clone, Debug)]
pub struct Dateline {
    pub span: Span,
    pub place: Span,
    pub agency: Option<Span>,
    /// Index into `Document::dates`.
    pub date: Option<usize>,
}

/// The date a feed file gives its item (its dateline date, or when it was created or issued).
#[derive(Clone, Copy, Debug)]
pub struct ItemDate {
    pub year: i32,
    pub month: u8,
    pub day: u32,
    /// Where the file says it: a metadata span (see `input::map`), for evidence labels.
    pub span: Span,
    /// "the item's creation date".
    pub what: &'static str,
}

/// What a feed file says about its item besides the words.
#[derive(Clone, Debug, Default)]
pub struct ItemMeta {
    pub date: Option<ItemDate>,
    /// The declared language ("en-GB", "fr") and where it is declared.
    pub language: Option<(String, Span)>,
    /// The place the item is datelined from or located in ("Bogota"), and where the file says it.
    pub place: Option<(String, Span)>,
}

#[derive(Clone, Copy, Debug)]
pub struct Sentence {
    pub span: Span,
    /// Token index range.
    pub first: usize,
    pub end: usize,
    pub paragraph: usize,
}

pub struct Document<'a> {
    pub text: &'a str,
    pub tokens: Vec<Token>,
    /// Each token's text, sliced once as it is found: the rules ask for a token's words many
    /// times over, and a slice of `text` checks its ends against the UTF-8 each time.
    words: Vec<&'a str>,
    pub sentences: Vec<Sentence>,
    /// Token index ranges of paragraphs.
    pub paragraphs: Vec<(usize, usize)>,
    /// Runs of non-ASCII characters, for the encoding rules.
    pub non_ascii: Vec<Span>,
    pub dates: Vec<DateMention>,
    pub dateline: Option<Dateline>,
    pub mentions: crate::mentions::Mentions<'a>,
    pub lines: LineIndex,
    /// The item's metadata, when the file came from a feed.
    pub meta: ItemMeta,
}

impl<'a> Document<'a> {
    pub fn parse(text: &'a str) -> Document<'a> {
        let mut doc = Document {
            text,
            tokens: Vec::with_capacity(text.len() / 5),
            words: Vec::with_capacity(text.len() / 5),
            sentences: Vec::new(),
            paragraphs: Vec::new(),
            non_ascii: Vec::new(),
            dates: Vec::new(),
            dateline: None,
            mentions: Default::default(),
            lines: LineIndex::new(text),
            meta: ItemMeta::default(),
        };
        doc.tokenize();
        doc.segment();
        doc.find_dates();
        doc.find_dateline();
        doc.mentions = crate::mentions::Mentions::collect(&doc);
        doc
    }

    /// The document of a feed item, with what its metadata says.
    pub fn parse_with(text: &'a str, meta: ItemMeta) -> Document<'a> {
        let mut doc = Document::parse(text);
        doc.meta = meta;
        doc
    }

    pub fn tok(&self, i: usize) -> &'a str {
        self.words[i]
    }

    /// The token's text, or "" past either end.
    pub fn tok_at(&self, i: isize) -> &'a str {
        usize::try_from(i)
            .ok()
            .and_then(|i| self.words.get(i))
            .copied()
            .unwrap_or("")
    }

    /// Whether the token at `i` is a Title-case word; false past either end.
    pub fn is_title_at(&self, i: isize) -> bool {
        i >= 0 && self.tokens.get(i as usize).is_some_and(Token::is_title)
    }

    pub fn kind_at(&self, i: isize) -> Option<TokenKind> {
        if i < 0 {
            return None;
        }
        self.tokens.get(i as usize).map(|t| t.kind)
    }

    pub fn slice(&self, span: Span) -> &'a str {
        &self.text[span.range()]
    }

    /// Whether token `i` lies inside an institution name ("Bank of England").
    /// The names are in text order and do not overlap: a binary search finds the one that may
    /// hold it.
    pub fn in_institution(&self, i: usize) -> bool {
        let t = self.tokens[i].span;
        let names = &self.mentions.institutions;
        let at = names.partition_point(|m| m.span.end < t.end);
        names
            .get(at)
            .is_some_and(|m| m.span.start <= t.start && t.end <= m.span.end)
    }

    /// Index of the sentence holding token `i`.
    pub fn sentence_of(&self, i: usize) -> usize {
        self.sentences
            .partition_point(|s| s.end <= i)
            .min(self.sentences.len().saturating_sub(1))
    }

    /// Whether token `j` is an initial: one capital letter and a full stop glued to it ("J.").
    pub fn is_initial(&self, j: usize) -> bool {
        j + 1 < self.tokens.len()
            && self.tokens[j].kind == TokenKind::Word
            && self.tokens[j].span.len() == 1
            && self.tok(j).bytes().all(|b| b.is_ascii_uppercase())
            && self.tok(j + 1) == "."
            && self.tokens[j + 1].gap == Gap::None
    }

    /// One past the last token of the sentence after sentence `s` when both are in one
    /// paragraph, or of `s` itself: where "this sentence or the next" ends.
    pub fn next_sentence_end(&self, s: usize) -> usize {
        let sent = self.sentences[s];
        self.sentences
            .get(s + 1)
            .filter(|n| n.paragraph == sent.paragraph)
            .map_or(sent.end, |n| n.end)
    }

    /// The first token of sentence `s` after the dateline, which the story's first sentence
    /// holds ("MADRID (AP) - Police said"); the sentence's end when the dateline fills it.
    pub fn after_dateline(&self, s: usize) -> usize {
        let sent = self.sentences[s];
        match &self.dateline {
            Some(dl) if self.tokens[sent.first].span.start < dl.span.end => (sent.first..sent.end)
                .find(|&j| self.tokens[j].span.start >= dl.span.end)
                .unwrap_or(sent.end),
            _ => sent.first,
        }
    }

    /// The first token of the sentence before sentence `s` when both are in one paragraph, or
    /// of `s` itself: where "this sentence or the one before" starts.
    pub fn previous_sentence_start(&self, s: usize) -> usize {
        if s > 0 && self.sentences[s - 1].paragraph == self.sentences[s].paragraph {
            self.sentences[s - 1].first
        } else {
            self.sentences[s].first
        }
    }

    fn tokenize(&mut self) {
        let text = self.text;
        let bytes = text.as_bytes();
        let mut i = 0;
        let mut gap = Gap::Paragraph;
        let mut line_start = 0;
        while i < bytes.len() {
            let b = bytes[i];
            if b == b'\n' {
                // A blank line or an indented line starts a paragraph.
                let rest = &bytes[i + 1..];
                let indent = rest
                    .iter()
                    .take_while(|&&c| c == b' ' || c == b'\t')
                    .count();
                let blank = matches!(rest.get(indent), Some(b'\n') | Some(b'\r') | None);
                // A line in capitals is a headline ("JAL BOEING CRASH CAUSED BY FAULTY REPAIRS").
                let line = &text[line_start..i];
                let headline = line.bytes().any(|b| b.is_ascii_uppercase())
                    && !line.bytes().any(|b| b.is_ascii_lowercase());
                line_start = i + 1;
                gap = if blank || indent >= 2 || headline || gap == Gap::Paragraph {
                    Gap::Paragraph
                } else {
                    Gap::Newline
                };
                i += 1;
                continue;
            }
            if b == b' ' || b == b'\t' || b == b'\r' || b == 0x0c {
                if gap == Gap::None {
                    gap = Gap::Space;
                }
                i += 1;
                continue;
            }
            let c = if b < 0x80 {
                b as char
            } else {
                text[i..].chars().next().unwrap_or('\u{FFFD}')
            };
            if c.is_whitespace() || c == '\u{FEFF}' {
                if gap == Gap::None {
                    gap = Gap::Space;
                }
                i += c.len_utf8();
                continue;
            }
            let start = i;
            let kind;
            if is_word_char(c) {
                let (end, k) = scan_word(text, i);
                i = end;
                kind = k;
            } else {
                i += c.len_utf8();
                kind = TokenKind::Punct;
            }
            let word = &text[start..i];
            let title = kind == TokenKind::Word && crate::strings::is_title_case(word);
            self.words.push(word);
            self.tokens.push(Token {
                span: Span::new(start, i),
                kind,
                gap,
                flags: if title { TITLE_CASE } else { 0 },
            });
            gap = Gap::None;
        }
        self.non_ascii = non_ascii_runs(bytes);
    }

    /// Sentences, paragraphs and quotation flags.
    fn segment(&mut self) {
        let n = self.tokens.len();
        let mut sent_start = 0;
        let mut para_start = 0;
        let mut in_quote = false;
        for i in 0..n {
            let tok = self.tokens[i];
            if tok.gap == Gap::Paragraph && i > 0 {
                self.close_sentence(sent_start, i);
                self.paragraphs.push((para_start, i));
                sent_start = i;
                para_start = i;
                in_quote = false;
            }
            let s = self.tok(i);
            if tok.kind == TokenKind::Punct {
                match s {
                    "\"" => {
                        // A straight quote opens when it follows a space or opening punctuation.
                        let opens = tok.gap != Gap::None
                            || i == 0
                            || matches!(self.tok(i - 1), "(" | "[" | "-" | "—" | "–" | ":");
                        let closes = !opens
                            || self
                                .tokens
                                .get(i + 1)
                                .is_none_or(|t| t.gap != Gap::None && in_quote);
                        if in_quote && closes {
                            self.tokens[i].flags |= IN_QUOTE;
                            in_quote = false;
                            continue;
                        }
                        in_quote = opens || !in_quote;
                    }
                    "“" => in_quote = true,
                    "”" => {
                        self.tokens[i].flags |= IN_QUOTE;
                        in_quote = false;
                        continue;
                    }
                    _ => {}
                }
            }
            if in_quote {
                self.tokens[i].flags |= IN_QUOTE;
            }
            if tok.kind == TokenKind::Punct && matches!(s, "." | "!" | "?") && self.ends_sentence(i)
            {
                // Take closing quotes and brackets along.
                let mut end = i + 1;
                while end < n
                    && self.tokens[end].gap == Gap::None
                    && matches!(self.tok(end), "\"" | "”" | "'" | "’" | ")")
                {
                    end += 1;
                }
                if end < n && self.tokens[end].gap != Gap::Paragraph {
                    self.close_sentence(sent_start, end);
                    sent_start = end;
                }
            }
        }
        if n > 0 {
            self.close_sentence(sent_start, n);
            self.paragraphs.push((para_start, n));
        }
        for s in 0..self.sentences.len() {
            let first = self.sentences[s].first;
            self.tokens[first].flags |= SENTENCE_START;
            // A sentence opening with a quote starts at the quoted word too.
            if matches!(self.tok(first), "\"" | "“" | "'" | "‘" | "(") && first + 1 < n {
                self.tokens[first + 1].flags |= SENTENCE_START;
            }
        }
    }

    fn close_sentence(&mut self, first: usize, end: usize) {
        if first >= end {
            return;
        }
        let span = self.tokens[first].span.cover(self.tokens[end - 1].span);
        self.sentences.push(Sentence {
            span,
            first,
            end,
            paragraph: self.paragraphs.len(),
        });
    }

    /// Whether the `.`/`!`/`?` at token `i` ends a sentence.
    fn ends_sentence(&self, i: usize) -> bool {
        let mut next = i + 1;
        while next < self.tokens.len()
            && self.tokens[next].gap == Gap::None
            && matches!(self.tok(next), "\"" | "”" | "'" | "’" | ")")
        {
            next += 1;
        }
        let Some(nt) = self.tokens.get(next) else {
            return true;
        };
        if nt.gap == Gap::None {
            return false; // "U.S.", "3.5", "e.g."
        }
        let first = self.tok(next).chars().next().unwrap_or(' ');
        if !(first.is_uppercase() || first.is_ascii_digit() || "\"“‘'(".contains(first)) {
            return false;
        }
        if self.tok(i) != "." || i == 0 || self.tokens[i].gap != Gap::None {
            return true;
        }
        let prev = self.tok(i - 1);
        // Initials ("J. Smith", "U.S. Senate") and titles do not end a sentence; a letter that
        // names something does, before a word no name opens with ("a post on X. He said",
        // "Plan B. The").
        if prev.chars().count() == 1 && prev.chars().all(char::is_uppercase) {
            return SENTENCE_OPENERS.contains(&self.tok(next));
        }
        !ABBREVIATIONS.contains(prev)
    }

    fn find_dates(&mut self) {
        let n = self.tokens.len();
        let mut i = 0;
        while i < n {
            // Month names are 3 to 9 letters with a capital.
            let len = self.tokens[i].span.len();
            if self.tokens[i].kind != TokenKind::Word
                || !(3..=9).contains(&len)
                || !self.text.as_bytes()[self.tokens[i].span.start as usize].is_ascii_uppercase()
            {
                i += 1;
                continue;
            }
            let Some(cw) = calendar::lookup(self.tok(i)) else {
                i += 1;
                continue;
            };
            if cw.kind != CalendarKind::Month {
                i += 1;
                continue;
            }
            if let Some(m) = self.date_at(i, cw.number) {
                i = m.last_tok + 1;
                self.dates.push(m);
            } else {
                i += 1;
            }
        }
    }

    /// A date around the month name at token `m`.
    fn date_at(&self, m: usize, month: u8) -> Option<DateMention> {
        // Month first: "April 31", "Dec. 5", "March 3rd, 1987".
        let mut j = m + 1;
        if self.tok_at(j as isize) == "." && self.tokens[j].gap == Gap::None {
            j += 1;
        }
        let after = self
            .day_number(j)
            .filter(|_| matches!(self.tokens[j].gap, Gap::Space | Gap::Newline));
        // Day first: "80 December", "16th of July".
        let mut b = m as isize - 1;
        if self.tok_at(b) == "of" {
            b -= 1;
        }
        let before = (b >= 0)
            .then(|| self.day_number(b as usize))
            .flatten()
            .filter(|_| self.tokens[b as usize + 1].gap != Gap::None);
        let (day, day_tok, day_first, first, mut last) = match (after, before) {
            (Some(d), _) if d < 1000 => (d, j, false, m, j),
            (_, Some(d)) if d < 1000 => (d, b as usize, true, b as usize, m),
            _ => return None,
        };
        // A year after: "80 December 2024", "April 3, 1987".
        let mut year = None;
        let mut y = last + 1;
        if self.tok_at(y as isize) == "," {
            y += 1;
        }
        if y < self.tokens.len()
            && self.tokens[y].kind == TokenKind::Number
            && matches!(self.tokens[y].gap, Gap::Space | Gap::Newline)
            && self.tok(y).len() == 4
            && let Ok(v) = self.tok(y).parse::<i32>()
            && (1000..3000).contains(&v)
        {
            year = Some(v);
            last = y;
        }
        // A weekday before: "Friday, 20 August", "Saturday August 17".
        let mut first = first;
        let mut weekday = None;
        let mut w = first as isize - 1;
        if self.tok_at(w) == "," {
            w -= 1;
        }
        if let Some(cw) = calendar::lookup(self.tok_at(w))
            && cw.kind == CalendarKind::Weekday
            && !(cw.abbreviated && self.tok_at(w) == "Sun")
        {
            weekday = Some((cw.number, w as usize));
            first = w as usize;
        }
        Some(DateMention {
            span: self.tokens[first].span.cover(self.tokens[last].span),
            month,
            month_tok: m,
            day,
            day_tok,
            year,
            weekday,
            first_tok: first,
            last_tok: last,
            day_first,
            in_dateline: false,
        })
    }

    /// A day number written as "31", "31st" or "31th": up to three digits.
    fn day_number(&self, i: usize) -> Option<u32> {
        let t = self.tokens.get(i)?;
        let s = self.tok(i);
        let digits = match t.kind {
            TokenKind::Number => s,
            TokenKind::Ordinal => s.trim_end_matches(|c: char| c.is_ascii_alphabetic()),
            _ => return None,
        };
        if digits.is_empty() || digits.len() > 3 || !digits.bytes().all(|b| b.is_ascii_digit()) {
            return None;
        }
        digits.parse().ok()
    }

    fn find_dateline(&mut self) {
        // The dateline opens the story, sometimes after a headline of a line or two.
        for line in 0..self.lines.line_count().min(6) {
            let ls = self.lines.line_start(line);
            let rest = &self.text[ls..];
            let window = &rest[..floor_char_boundary(rest, 160)];
            let Some(c) = DATELINE.captures(window) else {
                continue;
            };
            let whole = c.get(0).expect("match");
            let base = ls;
            let place = c.name("place").expect("place");
            let date = c.name("date");
            let agency = c.name("agency");
            if date.is_none() && agency.is_none() {
                continue;
            }
            let span = Span::new(base + whole.start(), base + whole.end());
            let date = date.and_then(|d| {
                let ds = Span::new(base + d.start(), base + d.end());
                self.dates
                    .iter()
                    .position(|m| m.span.end > ds.start && m.span.start < ds.end)
            });
            if let Some(d) = date {
                self.dates[d].in_dateline = true;
            }
            // "GENEVA, Saturday, 17 August": the weekday belongs to the date, not the place.
            let mut place_text = place.as_str();
            if let Some((head, last)) = place_text.rsplit_once(", ")
                && calendar::lookup(last).is_some_and(|w| w.kind == CalendarKind::Weekday)
            {
                place_text = head;
            }
            self.dateline = Some(Dateline {
                span,
                place: Span::new(
                    base + place.start(),
                    base + place.start() + place_text.len(),
                ),
                agency: agency.map(|a| Span::new(base + a.start(), base + a.end())),
                date,
            });
            return;
        }
    }
}

/// Titles and abbreviations after which a full stop does not end a sentence.
static ABBREVIATIONS: crate::strings::WordSet = crate::strings::WordSet::new(&[
    "Mr", "Mrs", "Ms", "Dr", "St", "Sr", "Jr", "Prof", "Gen", "Col", "Lt", "Sgt", "Capt", "Gov",
    "Sen", "Rep", "Rev", "Mt", "Inc", "Corp", "Co", "Ltd", "Bros", "No", "Nos", "vs", "etc", "Jan",
    "Feb", "Mar", "Apr", "Jun", "Jul", "Aug", "Sep", "Sept", "Oct", "Nov", "Dec", "Fig", "al",
    "approx", "Dept", "Univ", "Ave", "Messrs", "Adm", "Maj", "Mme", "Mssrs", "Ft", "Pt",
]);

static DATELINE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(concat!(
        r"^[ \t]*(?P<place>[A-Z][A-Za-z'.\-]*(?:[ \-][A-Z][A-Za-z'.\-]*){0,3}",
        r"(?:, [A-Z][A-Za-z.]*(?: [A-Z][A-Za-z.]*)?)?)",
        r"(?:,[ \t]+(?P<date>(?:(?:Mon|Tues?|Wed|Thu|Fri|Sat|Sun)[a-z]*\.?,? )?",
        r"(?:[A-Z][a-z]{2,8}\.? \d{1,3}(?:st|nd|rd|th)?|\d{1,3}(?:st|nd|rd|th)? [A-Z][a-z]{2,8}\.?)(?:,? \d{4})?))?",
        r"[ \t]*(?:\((?P<agency>[A-Za-z][A-Za-z .&\-]{0,24})\))?[ \t]*(?:--|-|—|–)[ \t]"
    ))
    .expect("dateline regex")
});

/// Maximal runs of non-ASCII bytes (whole characters, since ASCII bytes never sit inside one).
fn non_ascii_runs(bytes: &[u8]) -> Vec<Span> {
    let mut runs = Vec::new();
    let mut i = 0;
    while let Some(off) = bytes[i..].iter().position(|&b| b >= 0x80) {
        let start = i + off;
        let end = bytes[start..]
            .iter()
            .position(|&b| b < 0x80)
            .map_or(bytes.len(), |e| start + e);
        runs.push(Span::new(start, end));
        i = end;
    }
    runs
}

pub fn is_word_char(c: char) -> bool {
    c.is_alphanumeric() || c == '\u{FFFD}'
}

/// The end of the word starting at `start`, and its kind.
fn scan_word(text: &str, start: usize) -> (usize, TokenKind) {
    let bytes = text.as_bytes();
    let mut i = start;
    let mut digits = 0usize;
    let mut letters = 0usize;
    let mut separators = 0usize;
    loop {
        // ASCII letters and digits, the bulk of any word, without decoding characters.
        while let Some(&b) = bytes.get(i) {
            if b.is_ascii_digit() {
                digits += 1;
            } else if b.is_ascii_alphabetic() {
                letters += 1;
            } else {
                break;
            }
            i += 1;
        }
        let Some(c) = text[i..].chars().next() else {
            break;
        };
        if is_word_char(c) {
            if c.is_ascii_digit() {
                digits += 1;
            } else {
                letters += 1;
            }
            i += c.len_utf8();
            continue;
        }
        // Inner apostrophes join words ("People's", "Yan'an"); separators join numbers
        // ("1,920,000", "3.5", and the damaged "1,5OO").
        let next = text[i + c.len_utf8()..].chars().next();
        let joins = match c {
            '\'' | '’' => letters > 0 && next.is_some_and(char::is_alphabetic),
            '.' => digits > 0 && next.is_some_and(|n| n.is_ascii_digit()),
            // A thousands group: "1,920,000", and damaged ones such as "1,5OO" or "l,260".
            ',' => {
                (digits > 0 || is_look_alike_run(&text[start..i]))
                    && number_group_follows(bytes, i + 1)
            }
            _ => false,
        };
        if !joins {
            break;
        }
        if c == ',' || c == '.' {
            separators += 1;
        }
        i += c.len_utf8();
    }
    let word = &text[start..i];
    let kind = if digits == 0 {
        TokenKind::Word
    } else if letters == 0 {
        TokenKind::Number
    } else if separators == 0 && is_ordinal_shape(word) {
        TokenKind::Ordinal
    } else {
        TokenKind::Alnum
    };
    (i, kind)
}

/// Letters that OCR and typists put for digits: O for 0, l and I for 1, S for 5, B for 8.
pub fn is_look_alike(b: u8) -> bool {
    matches!(b, b'O' | b'o' | b'l' | b'I' | b'S' | b'B')
}

fn is_look_alike_run(s: &str) -> bool {
    !s.is_empty() && s.bytes().all(|b| b.is_ascii_digit() || is_look_alike(b))
}

/// After a thousands comma come exactly three digits or look-alikes, at least one a digit.
fn number_group_follows(bytes: &[u8], at: usize) -> bool {
    let group: Vec<u8> = bytes[at..]
        .iter()
        .take_while(|b| b.is_ascii_alphanumeric())
        .copied()
        .collect();
    group.len() == 3
        && group.iter().any(u8::is_ascii_digit)
        && group
            .iter()
            .all(|&b| b.is_ascii_digit() || is_look_alike(b))
}

/// Digits followed by st/nd/rd/th in either case.
fn is_ordinal_shape(word: &str) -> bool {
    let d = word.bytes().take_while(u8::is_ascii_digit).count();
    d > 0
        && word.len() == d + 2
        && matches!(
            word[d..].to_ascii_lowercase().as_str(),
            "st" | "nd" | "rd" | "th"
        )
}

pub fn floor_char_boundary(s: &str, mut i: usize) -> usize {
    if i >= s.len() {
        return s.len();
    }
    while !s.is_char_boundary(i) {
        i -= 1;
    }
    i
}

/// Words that open sentences and no name: after a single capital and a full stop they start a
/// new sentence ("on X. He said"), where a surname would follow an initial.
const SENTENCE_OPENERS: &[&str] = &[
    "The", "He", "She", "It", "They", "We", "His", "Her", "Its", "Their", "This", "That", "These",
    "Those", "There", "But", "And", "In", "On", "At", "After", "When", "If",
];

#[cfg(test)]
mod tests {
    use super::*;

    fn words(doc: &Document) -> Vec<(String, TokenKind)> {
        (0..doc.tokens.len())
            .map(|i| (doc.tok(i).to_string(), doc.tokens[i].kind))
            .collect()
    }

    #[test]
    fn numbers_and_ordinals() {
        let doc = Document::parse("the 16 th and 21th, 1,920,000 dlrs, 1,5OO and 2O23 at 3.5 pct.");
        let w = words(&doc);
        assert!(w.contains(&("21th".into(), TokenKind::Ordinal)));
        assert!(w.contains(&("1,920,000".into(), TokenKind::Number)));
        assert!(w.contains(&("1,5OO".into(), TokenKind::Alnum)));
        assert!(w.contains(&("2O23".into(), TokenKind::Alnum)));
        assert!(w.contains(&("3.5".into(), TokenKind::Number)));
        assert!(w.contains(&("th".into(), TokenKind::Word)));
    }

    #[test]
    fn apostrophes_join_words() {
        let doc = Document::parse("Chinese People's University and Yan'an, the 'quoted' word");
        let w = words(&doc);
        assert!(w.contains(&("People's".into(), TokenKind::Word)));
        assert!(w.contains(&("Yan'an".into(), TokenKind::Word)));
        assert!(w.contains(&("quoted".into(), TokenKind::Word)));
    }

    #[test]
    fn sentences_skip_abbreviations() {
        let doc = Document::parse(
            "Mr. Smith went to the U.S. Senate. He said no. \"Fine.\" Then it ended.",
        );
        let starts: Vec<&str> = doc.sentences.iter().map(|s| doc.tok(s.first)).collect();
        assert_eq!(starts, vec!["Mr", "He", "\"", "Then"]);
    }

    #[test]
    fn reuters_paragraphs_are_indented() {
        let doc = Document::parse(
            "HEADLINE\nNEW YORK, March 3 - Shares rose\nsharply.\n    The index fell.",
        );
        assert_eq!(doc.paragraphs.len(), 3);
        let dl = doc.dateline.as_ref().expect("dateline");
        assert_eq!(doc.slice(dl.place), "NEW YORK");
        let d = &doc.dates[dl.date.unwrap()];
        assert_eq!((d.month, d.day), (3, 3));
    }

    #[test]
    fn datelines_in_house_styles() {
        for (text, place, agency) in [
            (
                "Beijing, 12 Dec (ZXN) -- The seminar",
                "Beijing",
                Some("ZXN"),
            ),
            ("LONDON (Reuters) - Shares fell", "LONDON", Some("Reuters")),
            (
                "WASHINGTON, Jan. 5 (AP) — The Senate",
                "WASHINGTON",
                Some("AP"),
            ),
            (
                "PALM BEACH, Fla., Oct 20 - CityFed",
                "PALM BEACH, Fla.",
                None,
            ),
            (
                "GENEVA, Saturday, 17 August (ZXN) -- Talks",
                "GENEVA",
                Some("ZXN"),
            ),
        ] {
            let doc = Document::parse(text);
            let dl = doc
                .dateline
                .as_ref()
                .unwrap_or_else(|| panic!("no dateline in {text}"));
            assert_eq!(doc.slice(dl.place), place);
            assert_eq!(dl.agency.map(|a| doc.slice(a)), agency);
        }
        assert!(Document::parse("Shares fell - sharply").dateline.is_none());
    }

    #[test]
    fn dates_in_both_orders() {
        let doc =
            Document::parse("on 80 December and on Friday, August 20, 2021 and the 4th of July");
        let d: Vec<(u8, u32, Option<i32>, bool)> = doc
            .dates
            .iter()
            .map(|d| (d.month, d.day, d.year, d.weekday.is_some()))
            .collect();
        assert_eq!(
            d,
            vec![
                (12, 80, None, false),
                (8, 20, Some(2021), true),
                (7, 4, None, false)
            ]
        );
    }

    #[test]
    fn quotes_are_flagged() {
        let doc = Document::parse("He said \"she is here\" and left.");
        let inq: Vec<&str> = (0..doc.tokens.len())
            .filter(|&i| doc.tokens[i].in_quote())
            .map(|i| doc.tok(i))
            .collect();
        assert_eq!(inq, vec!["\"", "she", "is", "here", "\""]);
    }

    #[test]
    fn non_ascii_runs() {
        let text = "canâ€™t and attrib\u{FFFD}ted";
        let doc = Document::parse(text);
        let runs: Vec<&str> = doc.non_ascii.iter().map(|s| doc.slice(*s)).collect();
        assert_eq!(runs, vec!["â€™", "\u{FFFD}"]);
    }
}
