use crate::declare_rule;
use crate::diagnostic::Diagnostic;
use crate::document::Document;
use crate::rule::Context;
use crate::span::Span;

declare_rule! {
    /// ## What it does
    /// Flags mojibake: UTF-8 text that was read as Windows-1252 or Latin-1 on its way in,
    /// so that "can't" with a curly apostrophe shows as "canâ€™t" and "café" as "cafÃ©".
    ///
    /// ## Why is this bad?
    /// Readers see garbage where punctuation or accented letters belong. Once one step of the
    /// pipeline has done it, every later step keeps it.
    ///
    /// ## Example
    /// ```text
    /// "We canâ€™t get away from the fact"
    /// ```
    ///
    /// ## Use instead
    /// ```text
    /// "We can’t get away from the fact"
    /// ```
    /// Only sequences that decode to real UTF-8 characters are flagged, so accented names
    /// ("São Paulo", "Ångström") are left alone. The fix is the decoded text.
    pub struct Mojibake {
        code: "T001",
        name: "mojibake",
        family: Text,
        severity: Error,
        summary: "text encoded as UTF-8 but decoded as Windows-1252 or Latin-1",
        check: check,
    }
}

/// The byte Windows-1252 (or Latin-1) encodes `c` as.
fn cp1252_byte(c: char) -> Option<u8> {
    let b = match c {
        '\u{80}'..='\u{FF}' => c as u32 as u8,
        '€' => 0x80,
        '‚' => 0x82,
        'ƒ' => 0x83,
        '„' => 0x84,
        '…' => 0x85,
        '†' => 0x86,
        '‡' => 0x87,
        'ˆ' => 0x88,
        '‰' => 0x89,
        'Š' => 0x8A,
        '‹' => 0x8B,
        'Œ' => 0x8C,
        'Ž' => 0x8E,
        '‘' => 0x91,
        '’' => 0x92,
        '“' => 0x93,
        '”' => 0x94,
        '•' => 0x95,
        '–' => 0x96,
        '—' => 0x97,
        '˜' => 0x98,
        '™' => 0x99,
        'š' => 0x9A,
        '›' => 0x9B,
        'œ' => 0x9C,
        'ž' => 0x9E,
        'Ÿ' => 0x9F,
        _ => return None,
    };
    Some(b)
}

/// Characters that real text contains: letters, and the punctuation and symbols that mojibake
/// usually comes from. Unassigned code points ("×½" would decode to one) are not.
fn plausible(c: char) -> bool {
    c.is_alphabetic()
        || matches!(c, '\u{A0}'..='\u{BF}' | '\u{D7}' | '\u{F7}' | '\u{2000}'..='\u{206F}' | '\u{20A0}'..='\u{20CF}' | '\u{2100}'..='\u{214F}')
}

/// Decodes the mojibake pieces of a run of non-ASCII text: (byte range in the run, decoded text).
pub fn decode(run: &str) -> Vec<(usize, usize, String)> {
    let chars: Vec<(usize, char)> = run.char_indices().collect();
    let mut found: Vec<(usize, usize, String)> = Vec::new();
    let mut k = 0;
    while k < chars.len() {
        let Some(lead) = cp1252_byte(chars[k].1) else {
            k += 1;
            continue;
        };
        let width = match lead {
            0xC2..=0xDF => 2,
            0xE0..=0xEF => 3,
            0xF0..=0xF4 => 4,
            _ => {
                k += 1;
                continue;
            }
        };
        let mut bytes = vec![lead];
        for j in 1..width {
            match chars.get(k + j).and_then(|(_, c)| cp1252_byte(*c)) {
                Some(b) if (0x80..=0xBF).contains(&b) => bytes.push(b),
                _ => break,
            }
        }
        let decoded = std::str::from_utf8(&bytes)
            .ok()
            .filter(|s| bytes.len() == width && s.chars().all(plausible));
        if let Some(s) = decoded {
            let start = chars[k].0;
            let end = chars.get(k + width).map_or(run.len(), |(o, _)| *o);
            match found.last_mut() {
                Some(last) if last.1 == start => {
                    last.1 = end;
                    last.2.push_str(s);
                }
                _ => found.push((start, end, s.to_string())),
            }
            k += width;
        } else {
            k += 1;
        }
    }
    found
}

fn check(doc: &Document, _ctx: &Context, out: &mut Vec<Diagnostic>) {
    for run in &doc.non_ascii {
        let text = doc.slice(*run);
        for (start, end, decoded) in decode(text) {
            let span = Span::new(run.start as usize + start, run.start as usize + end);
            let shown = doc.slice(span);
            // Text encoded twice decodes to mojibake again: decode until it settles.
            let mut fixed = decoded;
            for _ in 0..3 {
                let again = decode(&fixed);
                if again.len() != 1 || again[0].0 != 0 || again[0].1 != fixed.len() {
                    break;
                }
                fixed = again[0].2.clone();
            }
            out.push(
                Diagnostic::new(
                    &Mojibake::META,
                    span,
                    format!(
                        "mojibake: \"{shown}\" is \"{fixed}\" decoded with the wrong character set"
                    ),
                )
                .label(format!("should read \"{fixed}\""))
                .fix(fixed),
            );
        }
    }
}

#[cfg(test)]
mod tests {
    use super::decode;

    #[test]
    fn decodes_cp1252_mojibake() {
        assert_eq!(decode("â€™")[0].2, "’");
        assert_eq!(decode("Ã©")[0].2, "é");
        assert_eq!(decode("â€œ")[0].2, "“");
    }

    #[test]
    fn leaves_real_accents_alone() {
        for s in ["ã", "Å", "é»", "São", "Ö", "×½", "ñ"] {
            assert!(decode(s).is_empty(), "{s}");
        }
    }
}
