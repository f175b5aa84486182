//! A small scanner for XML and HTML: tags, text, comments and character data as byte ranges of
//! the source, with character references decoded into a [`Builder`]. XML is held to
//! well-formedness (every tag closed, in order), and a broken file is one error naming the
//! position; HTML is read the forgiving way browsers read it.

use super::map::{Builder, Source};
use std::ops::Range;

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Mode {
    Xml,
    Html,
}

#[derive(Clone, Debug)]
pub struct Attr<'a> {
    /// The local name ("lang" for "xml:lang"), as written.
    pub name: &'a str,
    /// The value between the quotes, raw (character references not decoded).
    pub value: Range<usize>,
}

#[derive(Debug)]
pub enum Event<'a> {
    /// A start tag; `name` is the local name (no namespace prefix).
    Start {
        name: &'a str,
        attrs: Vec<Attr<'a>>,
        empty: bool,
        at: Range<usize>,
    },
    End {
        name: &'a str,
        at: Range<usize>,
    },
    /// Text with character references still in it.
    Text(Range<usize>),
    /// `<![CDATA[...]]>` content, literal.
    CData(Range<usize>),
    /// A comment's inner text; `at` is the whole `<!-- -->`.
    Comment {
        body: Range<usize>,
        at: Range<usize>,
    },
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct MarkupError {
    /// Byte offset in the source.
    pub at: usize,
    pub reason: String,
}

fn err(at: usize, reason: impl Into<String>) -> MarkupError {
    MarkupError {
        at,
        reason: reason.into(),
    }
}

const VOID: &[&str] = &[
    "area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "param", "source",
    "track", "wbr",
];

/// The local part of a qualified name: "nitf:p" -> "p", "xml:lang" -> "lang".
pub fn local(name: &str) -> &str {
    name.rsplit(':').next().unwrap_or(name)
}

fn is_name_byte(b: u8) -> bool {
    b.is_ascii_alphanumeric() || matches!(b, b'_' | b':' | b'-' | b'.') || b >= 0x80
}

/// Walks `text` and hands every event to `f`. Nesting is bounded by the input's length, and the
/// scan is one pass.
pub fn scan<'a>(
    text: &'a str,
    mode: Mode,
    mut f: impl FnMut(Event<'a>),
) -> Result<(), MarkupError> {
    let b = text.as_bytes();
    let mut stack: Vec<(&'a str, usize)> = Vec::new();
    let mut i = 0;
    let mut text_start = 0;
    while i < b.len() {
        let Some(lt) = memchr::memchr(b'<', &b[i..]) else {
            break;
        };
        let lt = i + lt;
        if lt > text_start {
            f(Event::Text(text_start..lt));
        }
        let rest = &b[lt..];
        if rest.starts_with(b"<!--") {
            let end = find(b, lt + 4, b"-->").ok_or_else(|| err(lt, "comment never closed"))?;
            f(Event::Comment {
                body: lt + 4..end,
                at: lt..end + 3,
            });
            i = end + 3;
        } else if rest.starts_with(b"<![CDATA[") {
            let end =
                find(b, lt + 9, b"]]>").ok_or_else(|| err(lt, "CDATA section never closed"))?;
            f(Event::CData(lt + 9..end));
            i = end + 3;
        } else if rest.starts_with(b"<?") {
            let end = find(b, lt + 2, b"?>")
                .ok_or_else(|| err(lt, "processing instruction never closed"))?;
            i = end + 2;
        } else if rest.starts_with(b"<!") {
            // DOCTYPE, with an internal subset in brackets.
            let mut j = lt + 2;
            let mut depth = 0;
            while j < b.len() {
                match b[j] {
                    b'[' => depth += 1,
                    b']' => depth -= 1,
                    b'>' if depth <= 0 => break,
                    _ => {}
                }
                j += 1;
            }
            if j >= b.len() {
                return Err(err(lt, "declaration never closed"));
            }
            i = j + 1;
        } else if rest.starts_with(b"</") {
            let ns = lt + 2;
            let mut j = ns;
            while j < b.len() && is_name_byte(b[j]) {
                j += 1;
            }
            let name = &text[ns..j];
            let close = memchr::memchr(b'>', &b[j..])
                .map(|k| j + k)
                .ok_or_else(|| err(lt, format!("end tag </{name}> never closed")))?;
            match mode {
                Mode::Xml => match stack.pop() {
                    Some((open, _)) if open == name => {}
                    Some((open, _)) => {
                        return Err(err(lt, format!("expected </{open}>, found </{name}>")));
                    }
                    None => return Err(err(lt, format!("</{name}> closes nothing"))),
                },
                Mode::Html => {
                    let lname = name.to_ascii_lowercase();
                    if let Some(k) = stack
                        .iter()
                        .rposition(|(n, _)| n.eq_ignore_ascii_case(&lname))
                    {
                        // Close what the writer left open inside it.
                        while stack.len() > k + 1 {
                            let (n, _) = stack.pop().expect("deeper than k");
                            f(Event::End {
                                name: local(n),
                                at: lt..lt,
                            });
                        }
                        stack.pop();
                    } else {
                        i = close + 1;
                        text_start = i;
                        continue;
                    }
                }
            }
            f(Event::End {
                name: local(name),
                at: lt..close + 1,
            });
            i = close + 1;
        } else {
            let ns = lt + 1;
            let mut j = ns;
            while j < b.len() && is_name_byte(b[j]) {
                j += 1;
            }
            if j == ns {
                if mode == Mode::Xml {
                    return Err(err(lt, "'<' that starts no tag (write &lt;)"));
                }
                // A lone "<" in HTML text is text.
                i = lt + 1;
                continue;
            }
            let name = &text[ns..j];
            let mut attrs = Vec::new();
            let mut empty = false;
            loop {
                while j < b.len() && b[j].is_ascii_whitespace() {
                    j += 1;
                }
                if j >= b.len() {
                    return Err(err(lt, format!("start tag <{name}> never closed")));
                }
                match b[j] {
                    b'>' => {
                        j += 1;
                        break;
                    }
                    b'/' if b.get(j + 1) == Some(&b'>') => {
                        empty = true;
                        j += 2;
                        break;
                    }
                    c if is_name_byte(c) => {
                        let an = j;
                        while j < b.len() && is_name_byte(b[j]) {
                            j += 1;
                        }
                        let aname = &text[an..j];
                        while j < b.len() && b[j].is_ascii_whitespace() {
                            j += 1;
                        }
                        if b.get(j) != Some(&b'=') {
                            if mode == Mode::Xml {
                                return Err(err(an, format!("attribute {aname} has no value")));
                            }
                            continue;
                        }
                        j += 1;
                        while j < b.len() && b[j].is_ascii_whitespace() {
                            j += 1;
                        }
                        match b.get(j) {
                            Some(&q @ (b'"' | b'\'')) => {
                                let vs = j + 1;
                                let ve = memchr::memchr(q, &b[vs..]).map(|k| vs + k).ok_or_else(
                                    || err(an, format!("attribute {aname} never closed")),
                                )?;
                                attrs.push(Attr {
                                    name: local(aname),
                                    value: vs..ve,
                                });
                                j = ve + 1;
                            }
                            _ if mode == Mode::Xml => {
                                return Err(err(an, format!("attribute {aname} is not quoted")));
                            }
                            _ => {
                                let vs = j;
                                while j < b.len() && !b[j].is_ascii_whitespace() && b[j] != b'>' {
                                    j += 1;
                                }
                                attrs.push(Attr {
                                    name: local(aname),
                                    value: vs..j,
                                });
                            }
                        }
                    }
                    _ if mode == Mode::Html => j += 1,
                    _ => return Err(err(j, format!("unexpected character in <{name}>"))),
                }
            }
            let lname = local(name);
            let void = mode == Mode::Html && VOID.iter().any(|v| v.eq_ignore_ascii_case(lname));
            f(Event::Start {
                name: lname,
                attrs,
                empty: empty || void,
                at: lt..j,
            });
            if empty || void {
                f(Event::End {
                    name: lname,
                    at: j..j,
                });
            } else if mode == Mode::Html
                && (lname.eq_ignore_ascii_case("script") || lname.eq_ignore_ascii_case("style"))
            {
                // Raw text up to the end tag.
                let close = format!("</{}", lname.to_ascii_lowercase());
                let end = find_ci(b, j, close.as_bytes()).unwrap_or(b.len());
                let gt = memchr::memchr(b'>', &b[end..]).map_or(b.len(), |k| end + k + 1);
                f(Event::End {
                    name: lname,
                    at: end..gt,
                });
                j = gt;
            } else {
                stack.push((name, lt));
            }
            i = j;
        }
        text_start = i;
    }
    if text_start < b.len() {
        f(Event::Text(text_start..b.len()));
    }
    if mode == Mode::Xml
        && let Some((name, at)) = stack.last()
    {
        return Err(err(*at, format!("<{name}> is never closed")));
    }
    Ok(())
}

fn find(b: &[u8], from: usize, needle: &[u8]) -> Option<usize> {
    memchr::memmem::find(&b[from.min(b.len())..], needle).map(|k| from + k)
}

fn find_ci(b: &[u8], from: usize, needle: &[u8]) -> Option<usize> {
    (from..b.len().saturating_sub(needle.len() - 1))
        .find(|&k| b[k..k + needle.len()].eq_ignore_ascii_case(needle))
}

/// Named character references a news feed uses (HTML's, beyond XML's five).
fn named(name: &str) -> Option<&'static str> {
    Some(match name {
        "amp" => "&",
        "lt" => "<",
        "gt" => ">",
        "quot" => "\"",
        "apos" => "'",
        "nbsp" | "ensp" | "emsp" | "thinsp" => " ",
        "shy" | "zwnj" | "zwj" => "",
        "ndash" => "–",
        "mdash" => "—",
        "lsquo" => "‘",
        "rsquo" => "’",
        "ldquo" => "“",
        "rdquo" => "”",
        "laquo" => "«",
        "raquo" => "»",
        "hellip" => "…",
        "bull" => "•",
        "middot" => "·",
        "deg" => "°",
        "times" => "×",
        "euro" => "€",
        "pound" => "£",
        "yen" => "¥",
        "cent" => "¢",
        "copy" => "©",
        "reg" => "®",
        "trade" => "™",
        "frac12" => "½",
        "frac14" => "¼",
        "frac34" => "¾",
        "aacute" => "á",
        "eacute" => "é",
        "iacute" => "í",
        "oacute" => "ó",
        "uacute" => "ú",
        "yacute" => "ý",
        "Aacute" => "Á",
        "Eacute" => "É",
        "Iacute" => "Í",
        "Oacute" => "Ó",
        "Uacute" => "Ú",
        "agrave" => "à",
        "egrave" => "è",
        "igrave" => "ì",
        "ograve" => "ò",
        "ugrave" => "ù",
        "Agrave" => "À",
        "Egrave" => "È",
        "acirc" => "â",
        "ecirc" => "ê",
        "icirc" => "î",
        "ocirc" => "ô",
        "ucirc" => "û",
        "auml" => "ä",
        "euml" => "ë",
        "iuml" => "ï",
        "ouml" => "ö",
        "uuml" => "ü",
        "Auml" => "Ä",
        "Ouml" => "Ö",
        "Uuml" => "Ü",
        "atilde" => "ã",
        "otilde" => "õ",
        "ntilde" => "ñ",
        "Ntilde" => "Ñ",
        "ccedil" => "ç",
        "Ccedil" => "Ç",
        "szlig" => "ß",
        "aring" => "å",
        "Aring" => "Å",
        "oslash" => "ø",
        "Oslash" => "Ø",
        "aelig" => "æ",
        "AElig" => "Æ",
        _ => return None,
    })
}

/// The character a reference such as `&#225;`, `&#xE1;` or `&aacute;` stands for; `body` is the
/// text between `&` and `;`.
fn reference(body: &str) -> Option<String> {
    if let Some(num) = body.strip_prefix('#') {
        let code = match num.strip_prefix(['x', 'X']) {
            Some(hex) => u32::from_str_radix(hex, 16).ok()?,
            None => num.parse().ok()?,
        };
        // A reference to a control character or a surrogate is no text.
        let c = char::from_u32(code).filter(|c| !c.is_control() || c.is_whitespace())?;
        return Some(c.to_string());
    }
    named(body).map(str::to_string)
}

/// Decodes `range` of `src` into `out`: character references replaced, and (when `collapse`)
/// whitespace that holds a line break or tab made one space, with none at a paragraph's start.
pub fn decode_into(out: &mut Builder, src: &Source, range: Range<usize>, collapse: bool) {
    let b = src.text.as_bytes();
    let mut run = range.start;
    let mut i = range.start;
    let flush = |out: &mut Builder, run: usize, to: usize| {
        if to > run {
            out.copy(src, run..to);
        }
    };
    while i < range.end {
        let c = b[i];
        if c == b'&'
            && let Some(semi) = b[i + 1..range.end.min(i + 12)]
                .iter()
                .position(|&x| x == b';')
            && let Some(s) = reference(&src.text[i + 1..i + 1 + semi])
        {
            flush(out, run, i);
            let end = i + 2 + semi;
            out.replace(&s, src, i..end);
            i = end;
            run = i;
        } else if collapse && c.is_ascii_whitespace() {
            let mut j = i;
            while j < range.end && b[j].is_ascii_whitespace() {
                j += 1;
            }
            let at_start = run == i && (out.text.is_empty() || out.text.ends_with('\n'));
            if at_start {
                i = j;
                run = i;
            } else if b[i..j] != *b" " {
                flush(out, run, i);
                out.replace(" ", src, i..j);
                i = j;
                run = i;
            } else {
                i = j;
            }
        } else {
            i += 1;
        }
    }
    flush(out, run, range.end);
}

/// The decoded text of a short field (an attribute, a metadata element).
pub fn decode_str(src: &str) -> String {
    let s = Source::raw(src);
    let mut b = Builder::default();
    decode_into(&mut b, &s, 0..src.len(), true);
    b.finish().0.trim().to_string()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn events(text: &str, mode: Mode) -> Result<Vec<String>, MarkupError> {
        let mut v = Vec::new();
        scan(text, mode, |e| {
            v.push(match e {
                Event::Start { name, empty, .. } => {
                    format!("<{name}{}>", if empty { "/" } else { "" })
                }
                Event::End { name, .. } => format!("</{name}>"),
                Event::Text(r) => format!("'{}'", &text[r]),
                Event::CData(r) => format!("cdata '{}'", &text[r]),
                Event::Comment { body, .. } => format!("!{}", &text[body]),
            })
        })?;
        Ok(v)
    }

    #[test]
    fn scans_xml_and_reports_breaks_with_their_position() {
        let ok =
            "<?xml version=\"1.0\"?><!DOCTYPE nitf SYSTEM \"x.dtd\"><n:a x='1'><b/>t<!--c--></n:a>";
        assert_eq!(
            events(ok, Mode::Xml).unwrap(),
            ["<a>", "<b/>", "</b>", "'t'", "!c", "</a>"]
        );
        let broken = "<a><p>text</a>";
        let e = events(broken, Mode::Xml).unwrap_err();
        assert_eq!(e.at, broken.find("</a>").unwrap());
        assert!(e.reason.contains("expected </p>"), "{}", e.reason);
        assert!(events("<a>never", Mode::Xml).is_err());
        assert!(events("<a>1 < 2</a>", Mode::Xml).is_err());
    }

    #[test]
    fn html_is_read_forgivingly() {
        let v = events(
            "<p>One<br>two<p>x < y</div></p><script>a<b</script>",
            Mode::Html,
        )
        .unwrap();
        assert!(v.contains(&"<br/>".to_string()), "{v:?}");
        assert!(!v.iter().any(|e| e.contains("a<b")), "{v:?}");
    }

    #[test]
    fn references_decode_and_keep_their_bytes() {
        let raw = "Bogot&#225; and S&atilde;o Paulo &amp; &#xE9;t&eacute;\n   more &bogus;";
        let src = Source::raw(raw);
        let mut b = Builder::default();
        decode_into(&mut b, &src, 0..raw.len(), true);
        let (text, map) = b.finish();
        assert_eq!(text, "Bogotá and São Paulo & été more &bogus;");
        let sao = text.find("São").unwrap();
        let span = crate::span::Span::new(sao, sao + "São".len());
        assert_eq!(&raw[map.span(span).range()], "S&atilde;o");
    }
}
