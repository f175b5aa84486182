//! Byte spans into the original file: the one coordinate system every layer shares.

use serde::Serialize;
use std::ops::Range;

/// A half-open range of UTF-8 byte offsets into the original text.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize)]
pub struct Span {
    pub start: u32,
    pub end: u32,
}

impl Span {
    pub fn new(start: usize, end: usize) -> Self {
        debug_assert!(start <= end);
        Span {
            start: start as u32,
            end: end as u32,
        }
    }

    pub fn range(self) -> Range<usize> {
        self.start as usize..self.end as usize
    }

    pub fn len(self) -> usize {
        (self.end - self.start) as usize
    }

    pub fn is_empty(self) -> bool {
        self.start == self.end
    }

    /// The smallest span covering both.
    pub fn cover(self, other: Span) -> Span {
        Span {
            start: self.start.min(other.start),
            end: self.end.max(other.end),
        }
    }

    pub fn slice(self, text: &str) -> &str {
        &text[self.range()]
    }
}

/// Line starts of a text, for turning byte offsets into lines and columns at the edges
/// (terminal, JSON, LSP).
#[derive(Clone, Debug)]
pub struct LineIndex {
    starts: Vec<u32>,
    /// Characters and UTF-16 units before each block of [`BLOCK`] bytes, built the first time
    /// a column is asked for far into a line: a file of one long line with many findings
    /// costs one pass, not one per finding.
    blocks: std::sync::OnceLock<Vec<(u32, u32)>>,
}

/// Bytes a block of [`LineIndex::blocks`] spans.
const BLOCK: usize = 4096;

/// Characters and UTF-16 code units in UTF-8 bytes (any slice, whole characters or not): each
/// byte that is no continuation byte opens a character, and one of four bytes needs two units.
fn units(bytes: &[u8]) -> (u32, u32) {
    let chars = bytes.iter().filter(|&&b| b & 0xC0 != 0x80).count() as u32;
    let wide = bytes.iter().filter(|&&b| b >= 0xF0).count() as u32;
    (chars, chars + wide)
}

impl LineIndex {
    pub fn new(text: &str) -> LineIndex {
        let mut starts = vec![0];
        starts.extend(memchr::memchr_iter(b'\n', text.as_bytes()).map(|i| i as u32 + 1));
        LineIndex {
            starts,
            blocks: std::sync::OnceLock::new(),
        }
    }

    /// Characters and UTF-16 units from `start` to `end` of `text`.
    fn units_between(&self, text: &str, start: usize, end: usize) -> (u32, u32) {
        let bytes = text.as_bytes();
        if end - start <= 2 * BLOCK {
            return units(&bytes[start..end]);
        }
        let blocks = self.blocks.get_or_init(|| {
            let mut acc = (0, 0);
            let mut out = vec![acc];
            for block in bytes.chunks(BLOCK) {
                let (c, u) = units(block);
                acc = (acc.0 + c, acc.1 + u);
                out.push(acc);
            }
            out
        });
        let before = |at: usize| {
            let (c, u) = blocks[at / BLOCK];
            let (rc, ru) = units(&bytes[at / BLOCK * BLOCK..at]);
            (c + rc, u + ru)
        };
        let (a, b) = (before(start), before(end));
        (b.0 - a.0, b.1 - a.1)
    }

    /// Characters from the start of the line of byte `offset` to it.
    pub fn chars_into_line(&self, text: &str, offset: usize) -> usize {
        let start = self.starts[self.line(offset)] as usize;
        self.units_between(text, start, offset.min(text.len())).0 as usize
    }

    /// 0-based line of a byte offset.
    pub fn line(&self, offset: usize) -> usize {
        self.starts.partition_point(|&s| s as usize <= offset) - 1
    }

    pub fn line_start(&self, line: usize) -> usize {
        self.starts[line] as usize
    }

    /// Byte range of a line, without its line break.
    pub fn line_range(&self, text: &str, line: usize) -> Range<usize> {
        let start = self.starts[line] as usize;
        let end = self
            .starts
            .get(line + 1)
            .map_or(text.len(), |&s| s as usize - 1);
        let end = if end > start && text.as_bytes()[end - 1] == b'\r' {
            end - 1
        } else {
            end
        };
        start..end.max(start)
    }

    pub fn line_count(&self) -> usize {
        self.starts.len()
    }

    /// 1-based line and 1-based column in characters.
    pub fn line_col(&self, text: &str, offset: usize) -> (usize, usize) {
        let line = self.line(offset);
        let start = self.starts[line] as usize;
        let col = self.units_between(text, start, offset.min(text.len())).0 as usize + 1;
        (line + 1, col)
    }

    /// 0-based line and 0-based column in UTF-16 code units, as LSP counts them.
    pub fn line_col_utf16(&self, text: &str, offset: usize) -> (usize, usize) {
        let line = self.line(offset);
        let start = self.starts[line] as usize;
        let col = self.units_between(text, start, offset.min(text.len())).1 as usize;
        (line, col)
    }
}

#[cfg(test)]
mod tests {
    use super::LineIndex;

    #[test]
    fn columns_far_into_long_lines_count_characters_and_utf16_units() {
        // Lines long enough for the block table, with characters of two, three and four bytes
        // across block edges.
        let mut text = String::from("short line\n");
        for n in 0..3_000 {
            text.push_str(["ab ", "é ", "€ ", "𝄞 "][n % 4]);
        }
        text.push('\n');
        text.push_str(&"x€".repeat(5_000));
        let lines = LineIndex::new(&text);
        let naive = |offset: usize| {
            let line = text[..offset].matches('\n').count();
            let start = text[..offset].rfind('\n').map_or(0, |i| i + 1);
            let slice = &text[start..offset];
            (line, slice.chars().count(), slice.encode_utf16().count())
        };
        for (offset, _) in text.char_indices().step_by(7) {
            let (line, chars, utf16) = naive(offset);
            assert_eq!(
                lines.line_col(&text, offset),
                (line + 1, chars + 1),
                "{offset}"
            );
            assert_eq!(
                lines.line_col_utf16(&text, offset),
                (line, utf16),
                "{offset}"
            );
            assert_eq!(lines.chars_into_line(&text, offset), chars, "{offset}");
        }
    }
}
