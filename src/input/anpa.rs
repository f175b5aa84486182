//! ANPA 1312 / IPTC 7901 wire transmissions: a header before STX, the story, a trailer and ETX.
//! Control characters, the header, format codes (`^` before a headline line, `<` after it, `=`
//! after a byline line), keyword lines and the trailer are blanked with spaces of the same
//! length, so spans need no map; `_` used as a dash reads as one. The trailer's date
//! ("AP-NY-04-23-87 1234EST") is the item's date.

use super::Extracted;
use crate::document::{ItemDate, ItemMeta};
use crate::input::map::OffsetMap;
use regex::Regex;
use std::sync::LazyLock;

const SOH: u8 = 0x01;
const STX: u8 = 0x02;
const ETX: u8 = 0x03;

/// Whether text looks like an ANPA transmission: SOH, then STX, near the start.
pub fn sniff(raw: &str) -> bool {
    let head = &raw.as_bytes()[..raw.len().min(512)];
    head.iter()
        .position(|&b| b == SOH)
        .is_some_and(|s| head[s..].contains(&STX))
}

/// A keyword or slug line: "BC-Budget,0456", "^AM-Israel-Strike 2ndLd-Writethru,0512<".
static KEYWORD: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"^\^?\s*[A-Za-z]{1,3}-[A-Za-z0-9][\w./&-]*(\s+[\w-]+)?,\d{3,4}\s*<?\s*$")
        .expect("keyword regex")
});

/// The trailer: "AP-NY-04-23-87 1234EST".
static TRAILER: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"^\s*([A-Z]{2}-[A-Z]{2}-(\d{2})-(\d{2})-(\d{2})\s+\d{4}[A-Z]{0,4})\s*<?\s*$")
        .expect("trailer regex")
});

pub fn read(raw: &str) -> Extracted {
    let b = raw.as_bytes();
    let mut out = b.to_vec();
    let blank = |out: &mut [u8], r: std::ops::Range<usize>| {
        for x in &mut out[r] {
            if *x != b'\n' && *x != b'\r' {
                *x = b' ';
            }
        }
    };
    let stx = b.iter().position(|&x| x == STX);
    let start = stx.map_or(0, |s| s + 1);
    let etx = b[start..]
        .iter()
        .position(|&x| x == ETX)
        .map_or(b.len(), |e| start + e);
    blank(&mut out, 0..start);
    blank(&mut out, etx..b.len());
    let mut date = None;
    let mut at = start;
    for line in raw[start..etx].split_inclusive('\n') {
        let r = at..at + line.len();
        at += line.len();
        let content = line.trim_end_matches(['\n', '\r']);
        if let Some(c) = TRAILER.captures(content) {
            let n = |i: usize| c[i].parse::<u32>().unwrap_or(0);
            let yy = n(4) as i32;
            let year = if yy < 50 { 2000 + yy } else { 1900 + yy };
            let (month, day) = (n(2) as u8, n(3));
            let m = c.get(1).expect("the trailer's text");
            if (1..=12).contains(&month)
                && day >= 1
                && day <= crate::calendar::days_in_month(month, Some(year))
            {
                date = Some(ItemDate {
                    year,
                    month,
                    day,
                    span: OffsetMap::meta_span(r.start + m.start()..r.start + m.end()),
                    what: "the transmission's date",
                });
            }
            blank(&mut out, r);
            continue;
        }
        let trimmed = content.trim();
        if KEYWORD.is_match(content) || trimmed.ends_with('=') {
            // Keyword lines; bylines ("^By JOHN DOE=") and their credit lines.
            blank(&mut out, r);
            continue;
        }
        // Format codes at the ends of a headline line.
        let lead = content.len() - content.trim_start().len();
        if content[lead..].starts_with('^') {
            out[r.start + lead] = b' ';
        }
        let t = content.trim_end();
        if t.ends_with('<') {
            out[r.start + t.len() - 1] = b' ';
        }
    }
    for (i, &x) in b.iter().enumerate().take(etx).skip(start) {
        if x < 0x20 && !matches!(x, b'\t' | b'\n' | b'\r') {
            out[i] = b' ';
        }
        // "(AP) _ Congress": the underscore is a dash.
        if x == b'_'
            && (i == 0 || b[i - 1].is_ascii_whitespace())
            && b.get(i + 1).is_none_or(u8::is_ascii_whitespace)
        {
            out[i] = b'-';
        }
    }
    // Only ASCII bytes changed: still UTF-8.
    let text = String::from_utf8(out)
        .unwrap_or_else(|e| String::from_utf8_lossy(e.as_bytes()).into_owned());
    Extracted {
        text,
        map: None,
        meta: ItemMeta {
            date,
            language: None,
            place: None,
        },
        comments: Vec::new(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn blanks_codes_and_keeps_offsets() {
        let raw = "\u{1}a0123 r f BC-Budget 04-23 0456\u{2}\n^BC-Budget,0456<\n^Budget Talks Resume<\n^By JOHN DOE=\n\tWASHINGTON (AP) _ Congress met.\n\tAP-NY-04-23-87 1234EST<\n\u{3}";
        assert!(sniff(raw));
        let x = read(raw);
        assert_eq!(x.text.len(), raw.len());
        assert!(!x.text.contains("BC-Budget"));
        assert!(!x.text.contains("JOHN DOE"));
        assert!(x.text.contains(" Budget Talks Resume \n"));
        assert!(x.text.contains("WASHINGTON (AP) - Congress met."));
        let d = x.meta.date.expect("trailer date");
        assert_eq!((d.year, d.month, d.day), (1987, 4, 23));
    }
}
