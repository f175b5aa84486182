//! IPTC ninjs (1.x and 2.x): a news item as JSON. The story is `headline` (or 2.x `headlines`)
//! and `body_html` / `body_text` (or 2.x `bodies`); the item's date is `firstcreated` or
//! `versioncreated`, its language `language`. JSON escapes and the HTML inside the body are both
//! decoded, and every span still maps to the bytes of the file.

use super::Extracted;
use super::feed::{Found, extract_markup};
use super::map::{Builder, Source};
use super::markup::Mode;
use std::ops::Range;

/// A parsed JSON value, with string values kept as raw ranges (between the quotes).
#[derive(Debug)]
enum Json {
    Str(Range<usize>),
    Arr(Vec<Json>),
    Obj(Vec<(String, Json)>),
    Other,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct JsonError {
    pub at: usize,
    pub reason: String,
}

const MAX_DEPTH: usize = 128;

struct Parser<'a> {
    b: &'a [u8],
    s: &'a str,
    i: usize,
}

impl<'a> Parser<'a> {
    fn err<T>(&self, reason: &str) -> Result<T, JsonError> {
        Err(JsonError {
            at: self.i.min(self.b.len()),
            reason: reason.to_string(),
        })
    }

    fn ws(&mut self) {
        while self.i < self.b.len() && matches!(self.b[self.i], b' ' | b'\n' | b'\r' | b'\t') {
            self.i += 1;
        }
    }

    fn value(&mut self, depth: usize) -> Result<Json, JsonError> {
        if depth > MAX_DEPTH {
            return self.err("nested too deeply");
        }
        self.ws();
        match self.b.get(self.i) {
            Some(b'"') => self.string().map(Json::Str),
            Some(b'{') => {
                self.i += 1;
                let mut fields = Vec::new();
                self.ws();
                if self.b.get(self.i) == Some(&b'}') {
                    self.i += 1;
                    return Ok(Json::Obj(fields));
                }
                loop {
                    self.ws();
                    if self.b.get(self.i) != Some(&b'"') {
                        return self.err("expected a key in quotes");
                    }
                    let k = self.string()?;
                    let key = unescape(&self.s[k]);
                    self.ws();
                    if self.b.get(self.i) != Some(&b':') {
                        return self.err("expected ':' after a key");
                    }
                    self.i += 1;
                    let v = self.value(depth + 1)?;
                    fields.push((key, v));
                    self.ws();
                    match self.b.get(self.i) {
                        Some(b',') => self.i += 1,
                        Some(b'}') => {
                            self.i += 1;
                            return Ok(Json::Obj(fields));
                        }
                        _ => return self.err("expected ',' or '}'"),
                    }
                }
            }
            Some(b'[') => {
                self.i += 1;
                let mut items = Vec::new();
                self.ws();
                if self.b.get(self.i) == Some(&b']') {
                    self.i += 1;
                    return Ok(Json::Arr(items));
                }
                loop {
                    items.push(self.value(depth + 1)?);
                    self.ws();
                    match self.b.get(self.i) {
                        Some(b',') => self.i += 1,
                        Some(b']') => {
                            self.i += 1;
                            return Ok(Json::Arr(items));
                        }
                        _ => return self.err("expected ',' or ']'"),
                    }
                }
            }
            Some(b't' | b'f' | b'n' | b'-' | b'0'..=b'9') => {
                let start = self.i;
                while self.i < self.b.len()
                    && (self.b[self.i].is_ascii_alphanumeric()
                        || matches!(self.b[self.i], b'-' | b'+' | b'.'))
                {
                    self.i += 1;
                }
                let lit = &self.s[start..self.i];
                if matches!(lit, "true" | "false" | "null") || lit.parse::<f64>().is_ok() {
                    Ok(Json::Other)
                } else {
                    self.i = start;
                    self.err("not a JSON value")
                }
            }
            Some(_) => self.err("not a JSON value"),
            None => self.err("the JSON ends early"),
        }
    }

    /// A string's raw inside, the cursor past its closing quote.
    fn string(&mut self) -> Result<Range<usize>, JsonError> {
        let start = self.i + 1;
        let mut j = start;
        while j < self.b.len() {
            match self.b[j] {
                b'"' => {
                    self.i = j + 1;
                    return Ok(start..j);
                }
                b'\\' => j += 2,
                b if b < 0x20 => {
                    self.i = j;
                    return self.err("a control character inside a string");
                }
                _ => j += 1,
            }
        }
        self.i = start - 1;
        self.err("a string never closed")
    }
}

/// The text of a JSON string's raw inside (keys and short fields).
fn unescape(raw: &str) -> String {
    let src = Source::raw(raw);
    let mut b = Builder::default();
    decode_string(&mut b, &src, 0..raw.len());
    b.finish().0
}

/// Decodes a JSON string's raw inside into `out`, escapes as replaced pieces.
fn decode_string(out: &mut Builder, src: &Source, r: Range<usize>) {
    let b = src.text.as_bytes();
    let mut run = r.start;
    let mut i = r.start;
    while i < r.end {
        if b[i] != b'\\' {
            i += 1;
            continue;
        }
        if i > run {
            out.copy(src, run..i);
        }
        let (s, len): (String, usize) = match b.get(i + 1) {
            Some(b'n') => ("\n".into(), 2),
            Some(b't') => ("\t".into(), 2),
            Some(b'r') => ("\r".into(), 2),
            Some(b'b' | b'f') => (" ".into(), 2),
            Some(b'u') => {
                let hex = |k: usize| {
                    src.text
                        .get(k..k + 4)
                        .and_then(|h| u32::from_str_radix(h, 16).ok())
                };
                match hex(i + 2) {
                    Some(hi @ 0xD800..=0xDBFF)
                        if src.text.get(i + 6..i + 8) == Some("\\u")
                            && hex(i + 8).is_some_and(|lo| (0xDC00..=0xDFFF).contains(&lo)) =>
                    {
                        let lo = hex(i + 8).expect("checked");
                        let c = char::from_u32(0x10000 + ((hi - 0xD800) << 10) + (lo - 0xDC00));
                        (c.map(String::from).unwrap_or_default(), 12)
                    }
                    Some(code) => (
                        char::from_u32(code)
                            .map(String::from)
                            .unwrap_or_else(|| "\u{FFFD}".into()),
                        6,
                    ),
                    None => ("\u{FFFD}".into(), 2),
                }
            }
            // Any other character escaped stands for itself, whole ("\\’" is three bytes).
            Some(_) => match src.text[i + 1..].chars().next() {
                Some(c) => (c.to_string(), 1 + c.len_utf8()),
                None => (String::new(), 1),
            },
            None => (String::new(), 1),
        };
        let end = (i + len).min(r.end);
        out.replace(&s, src, i..end);
        i = end;
        run = i;
    }
    if r.end > run {
        out.copy(src, run..r.end);
    }
}

fn field<'j>(fields: &'j [(String, Json)], key: &str) -> Option<&'j Json> {
    fields.iter().find(|(k, _)| k == key).map(|(_, v)| v)
}

/// The keys that hold a ninjs item's story: a JSON object with none of them is not one.
const TEXT_KEYS: [&str; 5] = ["body_html", "body_text", "bodies", "headline", "headlines"];

fn text_keys(fields: &[(String, Json)]) -> bool {
    TEXT_KEYS.iter().any(|k| field(fields, k).is_some())
}

/// Whether a JSON file is a ninjs item (for the directory walk): a cheap look at its keys.
pub fn sniff(raw: &str) -> bool {
    let head = &raw[..crate::document::floor_char_boundary(raw, raw.len().min(1 << 16))];
    head.trim_start().starts_with('{')
        && TEXT_KEYS.iter().any(|k| head.contains(&format!("\"{k}\"")))
}

pub enum NinjsError {
    Json(JsonError),
    NotNinjs,
}

pub fn read(raw: &str) -> Result<Extracted, NinjsError> {
    let mut p = Parser {
        b: raw.as_bytes(),
        s: raw,
        i: 0,
    };
    if raw.starts_with('\u{feff}') {
        p.i = 3;
    }
    let root = p.value(0).map_err(NinjsError::Json)?;
    p.ws();
    if p.i < raw.len() {
        return Err(NinjsError::Json(JsonError {
            at: p.i,
            reason: "text after the JSON value".into(),
        }));
    }
    let Json::Obj(fields) = root else {
        return Err(NinjsError::NotNinjs);
    };
    if !text_keys(&fields) {
        return Err(NinjsError::NotNinjs);
    }
    let src = Source::raw(raw);
    let mut out = Builder::with_capacity(raw.len());
    let mut found = Found::default();
    let plain = |out: &mut Builder, r: &Range<usize>| {
        out.paragraph(&src, r.start);
        decode_string(out, &src, r.clone());
        out.paragraph(&src, r.end);
    };
    let html = |out: &mut Builder, found: &mut Found, r: &Range<usize>| {
        let mut inner = Builder::with_capacity(r.len());
        decode_string(&mut inner, &src, r.clone());
        let (html, map) = inner.finish();
        let s = Source {
            text: &html,
            map: Some(&map),
        };
        out.paragraph(&src, r.start);
        // HTML is read forgivingly: it cannot fail.
        let _ = extract_markup(&s, Mode::Html, true, out, found);
        out.paragraph(&src, r.end);
    };
    // The headline: 1.x `headline`, 2.x `headlines` (the main one, or the first).
    let headline = match (field(&fields, "headline"), field(&fields, "headlines")) {
        (Some(Json::Str(r)), _) => Some(r.clone()),
        (_, Some(Json::Arr(items))) => {
            let value = |o: &Json| match o {
                Json::Obj(f) => match field(f, "value") {
                    Some(Json::Str(r)) => Some((
                        r.clone(),
                        matches!(field(f, "role"), Some(Json::Str(rr)) if &raw[rr.clone()] == "main"),
                    )),
                    _ => None,
                },
                _ => None,
            };
            let all: Vec<_> = items.iter().filter_map(value).collect();
            all.iter()
                .find(|(_, main)| *main)
                .or(all.first())
                .map(|(r, _)| r.clone())
        }
        _ => None,
    };
    if let Some(r) = &headline {
        plain(&mut out, r);
    }
    // The body: `body_html` before `body_text` (the same story twice would be counted twice);
    // 2.x `bodies`: the main one, HTML or text.
    match (
        field(&fields, "body_html"),
        field(&fields, "body_text"),
        field(&fields, "bodies"),
    ) {
        (Some(Json::Str(r)), _, _) => html(&mut out, &mut found, r),
        (_, Some(Json::Str(r)), _) => plain(&mut out, r),
        (_, _, Some(Json::Arr(items))) => {
            let bodies: Vec<(&Range<usize>, bool, bool)> = items
                .iter()
                .filter_map(|b| match b {
                    Json::Obj(f) => match field(f, "value") {
                        Some(Json::Str(r)) => {
                            let is_html = matches!(field(f, "contenttype"),
                                Some(Json::Str(c)) if raw[c.clone()].contains("html"));
                            let main = match field(f, "role") {
                                Some(Json::Str(rr)) => &raw[rr.clone()] == "main",
                                _ => true,
                            };
                            Some((r, is_html, main))
                        }
                        _ => None,
                    },
                    _ => None,
                })
                .collect();
            if let Some((r, is_html, _)) = bodies.iter().find(|b| b.2).or(bodies.first()) {
                if *is_html {
                    html(&mut out, &mut found, r);
                } else {
                    plain(&mut out, r);
                }
            }
        }
        _ => {}
    }
    for (key, created) in [("firstcreated", true), ("versioncreated", false)] {
        if let Some(Json::Str(r)) = field(&fields, key) {
            found.json_date(created, &unescape(&raw[r.clone()]), r.clone());
        }
    }
    if let Some(Json::Str(r)) = field(&fields, "located") {
        found.place(&unescape(&raw[r.clone()]), r.clone());
    }
    if let Some(Json::Str(r)) = field(&fields, "language") {
        found.language(&unescape(&raw[r.clone()]), r.clone());
    }
    let (text, map) = out.finish();
    // Comments inside an HTML body sit in a JSON string: ninjs items carry no suppressions.
    Ok(Extracted {
        text,
        map: Some(map),
        meta: found.meta(),
        comments: Vec::new(),
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn strings_decode_with_their_raw_bytes() {
        let raw = r#"{"headline":"Caf\u00e9 \"talks\"","body_text":"One.\n\nTwo."}"#;
        let Ok(x) = read(raw) else { panic!("ninjs") };
        assert_eq!(x.text, "Café \"talks\"\n\nOne.\n\nTwo.\n\n");
        let map = x.map.unwrap();
        let cafe = crate::span::Span::new(0, "Café".len());
        assert_eq!(&raw[map.span(cafe).range()], "Caf\\u00e9");
    }

    /// A backslash before a character of several bytes (no escape JSON has) keeps the whole
    /// character: the fuzzer's input once cut one in two and panicked.
    #[test]
    fn an_escaped_character_of_several_bytes_stays_whole() {
        let raw = "{\"headline\":\"It\\’s on\",\"body_text\":\"Caf\\é opens.\"}";
        let Ok(x) = read(raw) else { panic!("ninjs") };
        assert_eq!(x.text, "It’s on\n\nCafé opens.\n\n");
    }

    #[test]
    fn not_ninjs_and_broken_json_are_told_apart() {
        assert!(matches!(
            read(r#"{"name": "x"}"#),
            Err(NinjsError::NotNinjs)
        ));
        assert!(matches!(read(r#"[1, 2]"#), Err(NinjsError::NotNinjs)));
        let Err(NinjsError::Json(e)) = read("{\"headline\": \"x\",\n \"body_text\" \"y\"}") else {
            panic!("broken JSON")
        };
        assert_eq!((e.at, e.reason.as_str()), (31, "expected ':' after a key"));
        let deep = "[".repeat(100_000);
        assert!(matches!(read(&deep), Err(NinjsError::Json(_))));
    }
}
