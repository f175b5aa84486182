//! Where every byte of the text the rules read came from in the original file.
//!
//! A reader that decodes (character references, JSON escapes) or drops markup builds the text to
//! lint with a [`Builder`]; the [`OffsetMap`] it leaves maps any span of that text back to the
//! raw bytes, so findings point at the file as written. Metadata fields (an item's date in an
//! attribute) can be cited as evidence too: their spans live past the end of the text and map to
//! the raw bytes just the same.

use crate::span::Span;
use std::ops::Range;

#[derive(Clone, Copy, Debug)]
struct Piece {
    /// Start in the extracted text.
    out: usize,
    /// The raw bytes it stands for.
    raw: usize,
    raw_end: usize,
    /// Copied byte for byte, so offsets inside it map one to one.
    verbatim: bool,
}

/// Extracted-text offsets to raw-file offsets.
#[derive(Clone, Debug, Default)]
pub struct OffsetMap {
    pieces: Vec<Piece>,
    /// Length of the extracted text; offsets past it are metadata spans.
    len: usize,
}

/// Where metadata spans start: past any text, with a gap so no real span reaches them.
const META_BASE: usize = 1 << 30;

impl OffsetMap {
    fn locate(&self, pos: usize) -> Option<&Piece> {
        let i = self.pieces.partition_point(|p| p.out <= pos);
        i.checked_sub(1).map(|i| &self.pieces[i])
    }

    fn start(&self, pos: usize) -> usize {
        if pos >= META_BASE {
            return pos - META_BASE;
        }
        match self.locate(pos) {
            Some(p) if p.verbatim => (p.raw + (pos - p.out)).min(p.raw_end),
            Some(p) if pos == p.out => p.raw,
            // Inside a replaced piece (never at a character boundary the rules use): its end.
            Some(p) => p.raw_end,
            None => 0,
        }
    }

    fn end(&self, pos: usize) -> usize {
        if pos >= META_BASE {
            return pos - META_BASE;
        }
        if pos == 0 {
            return self.start(0);
        }
        match self.locate(pos - 1) {
            Some(p) if p.verbatim => (p.raw + (pos - p.out)).min(p.raw_end),
            Some(p) => p.raw_end,
            None => 0,
        }
    }

    /// The raw bytes a span of the extracted text (or a metadata span) stands for.
    pub fn span(&self, s: Span) -> Span {
        let start = self.start(s.start as usize);
        let end = self.end(s.end as usize).max(start);
        Span::new(start, end)
    }

    /// A span when the prepared text is the file itself: metadata spans still map.
    pub fn default_span(s: Span) -> Span {
        if s.start as usize >= META_BASE {
            Span::new(s.start as usize - META_BASE, s.end as usize - META_BASE)
        } else {
            s
        }
    }

    /// A span for a metadata field at `raw` bytes of the original file, usable as evidence.
    pub fn meta_span(raw: Range<usize>) -> Span {
        Span::new(META_BASE + raw.start, META_BASE + raw.end)
    }

    /// The length of the extracted text.
    pub fn len(&self) -> usize {
        self.len
    }

    pub fn is_empty(&self) -> bool {
        self.len == 0
    }
}

/// Text being extracted from a source that may itself be decoded (a JSON string holding HTML):
/// `text` with the map from its offsets to the raw file, or the raw file itself.
pub struct Source<'a> {
    pub text: &'a str,
    pub map: Option<&'a OffsetMap>,
}

impl<'a> Source<'a> {
    pub fn raw(text: &'a str) -> Source<'a> {
        Source { text, map: None }
    }

    /// The raw range of a range of this source.
    pub fn raw_range(&self, r: Range<usize>) -> Range<usize> {
        match self.map {
            None => r,
            Some(m) => m.span(Span::new(r.start, r.end)).range(),
        }
    }
}

/// Builds extracted text and its map.
#[derive(Default)]
pub struct Builder {
    pub text: String,
    map: OffsetMap,
}

impl Builder {
    pub fn with_capacity(n: usize) -> Builder {
        Builder {
            text: String::with_capacity(n),
            map: OffsetMap::default(),
        }
    }

    fn push_piece(&mut self, s: &str, raw: Range<usize>, verbatim: bool) {
        if s.is_empty() {
            return;
        }
        let out = self.text.len();
        // Extend the last piece when this one continues it byte for byte.
        if verbatim
            && let Some(last) = self.map.pieces.last_mut()
            && last.verbatim
            && last.raw_end == raw.start
            && last.out + (last.raw_end - last.raw) == out
        {
            last.raw_end = raw.end;
        } else {
            self.map.pieces.push(Piece {
                out,
                raw: raw.start,
                raw_end: raw.end,
                verbatim,
            });
        }
        self.text.push_str(s);
    }

    /// Copies `range` of `src` as it is.
    pub fn copy(&mut self, src: &Source, range: Range<usize>) {
        let s = &src.text[range.clone()];
        match src.map {
            None => self.push_piece(s, range, true),
            Some(m) => {
                // Split at the source's own pieces, so escapes stay replaced pieces.
                let mut at = range.start;
                while at < range.end {
                    let i = m.pieces.partition_point(|p| p.out <= at) - 1;
                    let p = m.pieces[i];
                    let piece_end = m.pieces.get(i + 1).map_or(m.len, |n| n.out).min(range.end);
                    let part = &src.text[at..piece_end];
                    if p.verbatim {
                        let raw = p.raw + (at - p.out);
                        self.push_piece(part, raw..raw + part.len(), true);
                    } else {
                        self.push_piece(part, p.raw..p.raw_end, false);
                    }
                    at = piece_end;
                }
            }
        }
    }

    /// Decoded text standing for `range` of `src` (a character reference, an escape).
    pub fn replace(&mut self, s: &str, src: &Source, range: Range<usize>) {
        let raw = src.raw_range(range);
        self.push_piece(s, raw, false);
    }

    /// Text that is in no byte of the file (a paragraph break between elements), placed at `at`
    /// of `src`.
    pub fn insert(&mut self, s: &str, src: &Source, at: usize) {
        let raw = src.raw_range(at..at).start;
        self.push_piece(s, raw..raw, false);
    }

    /// Ends the current paragraph, unless the text is empty or already ends one.
    pub fn paragraph(&mut self, src: &Source, at: usize) {
        if self.text.is_empty() || self.text.ends_with("\n\n") {
            return;
        }
        let brk = if self.text.ends_with('\n') {
            "\n"
        } else {
            "\n\n"
        };
        self.insert(brk, src, at);
    }

    pub fn finish(mut self) -> (String, OffsetMap) {
        self.map.len = self.text.len();
        (self.text, self.map)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn spans_map_through_replaced_pieces() {
        let raw = "<p>Bogot&#225; is high.</p>";
        let src = Source::raw(raw);
        let mut b = Builder::default();
        b.copy(&src, 3..8);
        b.replace("á", &src, 8..14);
        b.copy(&src, 14..23);
        let (text, map) = b.finish();
        assert_eq!(text, "Bogotá is high.");
        let word = Span::new(0, "Bogotá".len());
        assert_eq!(&raw[map.span(word).range()], "Bogot&#225;");
        let high = Span::new(text.find("high").unwrap(), text.find("high").unwrap() + 4);
        assert_eq!(&raw[map.span(high).range()], "high");
        assert_eq!(map.span(OffsetMap::meta_span(0..3)).range(), 0..3);
    }

    #[test]
    fn maps_compose_through_a_decoded_source() {
        // A JSON string holding HTML: "<p>A\u00e9 b</p>"
        let raw = r#"{"b":"<p>A\u00e9 b</p>"}"#;
        let start = raw.find('<').unwrap();
        let esc = raw.find('\\').unwrap();
        let mut inner = Builder::default();
        let rs = Source::raw(raw);
        inner.copy(&rs, start..esc);
        inner.replace("é", &rs, esc..esc + 6);
        inner.copy(&rs, esc + 6..raw.len() - 2);
        let (html, imap) = inner.finish();
        assert_eq!(html, "<p>Aé b</p>");
        let src = Source {
            text: &html,
            map: Some(&imap),
        };
        let mut outer = Builder::default();
        outer.copy(&src, 3..html.len() - 4);
        let (text, map) = outer.finish();
        assert_eq!(text, "Aé b");
        assert_eq!(&raw[map.span(Span::new(0, 3)).range()], "A\\u00e9");
        assert_eq!(&raw[map.span(Span::new(4, 5)).range()], "b");
    }
}
