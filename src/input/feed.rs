//! Markup articles: NITF 3.x and 4.x, IPTC NewsML-G2 (with the story inline as NITF, XHTML or
//! text) and HTML pages. One walk over the tags keeps the story's words (headline, body
//! paragraphs, captions) and leaves out what is not prose (the head, bylines, metadata, tables,
//! scripts); paragraphs become blank lines, character references are decoded, and the item's
//! date and language are read from where each format keeps them.

use super::Extracted;
use super::map::{Builder, OffsetMap, Source};
use super::markdown::Comment;
use super::markup::{self, Event, MarkupError, Mode};
use crate::document::{ItemDate, ItemMeta};
use crate::span::Span;

/// Elements whose words are the story.
const INCLUDE: &[&str] = &["body", "hedline", "headline", "inlineData", "inlineXML"];

/// Elements whose words never are, wherever they sit.
const SKIP: &[&str] = &[
    "head",
    "byline",
    "distributor",
    "dateline",
    "body.end",
    "note",
    "table",
    "media-reference",
    "media-metadata",
    "media-producer",
    "tagline",
    "bibliography",
    "abstract",
    "series",
    "itemMeta",
    "rightsInfo",
    "catalogRef",
    "header",
    "footer",
    "nav",
    "aside",
    "script",
    "style",
    "noscript",
    "form",
    "iframe",
    "svg",
    "button",
    "select",
    "template",
    "figure",
    "remoteContent",
];

/// Elements that make a paragraph of their own.
const BLOCK: &[&str] = &[
    "p",
    "hl1",
    "hl2",
    "hedline",
    "headline",
    "block",
    "li",
    "ul",
    "ol",
    "h1",
    "h2",
    "h3",
    "h4",
    "h5",
    "h6",
    "blockquote",
    "pre",
    "dd",
    "dt",
    "div",
    "section",
    "article",
    "main",
    "tr",
    "media-caption",
    "figcaption",
    "body.content",
    "inlineData",
    "inlineXML",
];

fn is(list: &[&str], name: &str) -> bool {
    list.iter().any(|n| n.eq_ignore_ascii_case(name))
}

/// Where an item's date comes from, best first: the dateline's own date, then when the item was
/// first created or issued, then when this version was made.
#[derive(Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
enum DateSource {
    Dateline,
    Created,
    Issued,
    Version,
}

impl DateSource {
    fn what(self) -> &'static str {
        match self {
            DateSource::Dateline => "the item's dateline date",
            DateSource::Created => "the item's creation date",
            DateSource::Issued => "the item's issue date",
            DateSource::Version => "the item's version date",
        }
    }
}

/// "2021-03-02", "2021-03-02T10:00:00Z", "20210302T100000+0000".
pub fn parse_iso_date(s: &str) -> Option<(i32, u8, u32)> {
    let digits: String = s
        .trim()
        .chars()
        .take_while(|c| c.is_ascii_digit() || *c == '-')
        .filter(char::is_ascii_digit)
        .take(8)
        .collect();
    if digits.len() < 8 {
        return None;
    }
    let year: i32 = digits[..4].parse().ok()?;
    let month: u8 = digits[4..6].parse().ok()?;
    let day: u32 = digits[6..8].parse().ok()?;
    ((1..=12).contains(&month)
        && day >= 1
        && day <= crate::calendar::days_in_month(month, Some(year))
        && (1000..3000).contains(&year))
    .then_some((year, month, day))
}

/// An item date: where it came from, year-month-day, and its raw bytes.
type FoundDate = (DateSource, (i32, u8, u32), std::ops::Range<usize>);

/// What a walk keeps beside the text.
#[derive(Default)]
pub struct Found {
    date: Option<FoundDate>,
    pub language: Option<(String, std::ops::Range<usize>)>,
    pub place: Option<(String, std::ops::Range<usize>)>,
    pub comments: Vec<Comment>,
}

impl Found {
    fn date(&mut self, source: DateSource, value: &str, raw: std::ops::Range<usize>) {
        if let Some(d) = parse_iso_date(value)
            && self.date.as_ref().is_none_or(|(s, _, _)| source < *s)
        {
            self.date = Some((source, d, raw));
        }
    }

    pub fn language(&mut self, value: &str, raw: std::ops::Range<usize>) {
        if self.language.is_none() && !value.trim().is_empty() {
            self.language = Some((value.trim().to_string(), raw));
        }
    }

    pub fn place(&mut self, value: &str, raw: std::ops::Range<usize>) {
        let v = value.trim();
        if self.place.is_none() && !v.is_empty() && v.len() < 60 {
            self.place = Some((v.to_string(), raw));
        }
    }

    pub fn meta(&self) -> ItemMeta {
        ItemMeta {
            date: self.date.as_ref().map(|(s, (y, m, d), raw)| ItemDate {
                year: *y,
                month: *m,
                day: *d,
                span: OffsetMap::meta_span(raw.clone()),
                what: s.what(),
            }),
            language: self
                .language
                .as_ref()
                .map(|(l, raw)| (l.clone(), OffsetMap::meta_span(raw.clone()))),
            place: self
                .place
                .as_ref()
                .map(|(p, raw)| (p.clone(), OffsetMap::meta_span(raw.clone()))),
        }
    }

    /// Records an item date found in a source that is itself decoded (ninjs).
    pub fn json_date(&mut self, created: bool, value: &str, raw: std::ops::Range<usize>) {
        let source = if created {
            DateSource::Created
        } else {
            DateSource::Version
        };
        self.date(source, value, raw);
    }
}

/// Reads the story out of markup. `fragment` is for HTML that is a body's inside (ninjs
/// `body_html`): its words count from the start.
pub fn extract_markup(
    src: &Source,
    mode: Mode,
    fragment: bool,
    out: &mut Builder,
    found: &mut Found,
) -> Result<(), MarkupError> {
    // Per open element: whether its words count, and whether they are plain text (inlineData).
    let mut stack: Vec<(bool, bool)> = Vec::new();
    let text = src.text;
    let root = (fragment, false);
    // An element whose text is metadata: a date of some source, or the place (None), and where
    // its content starts.
    let mut capture: Option<(Option<DateSource>, usize)> = None;
    // Inside NewsML-G2's `located`; and whether a `contentSet` already gave its story (the other
    // renditions of it are the same words).
    let mut located = false;
    let mut rendition_done = false;
    markup::scan(text, mode, |e| match e {
        Event::Start {
            name,
            attrs,
            empty,
            at,
        } => {
            let (parent_in, parent_plain) = stack.last().copied().unwrap_or(root);
            let skip = is(SKIP, name);
            let included = !skip && (parent_in || is(INCLUDE, name));
            let plain = parent_plain || name == "inlineData";
            let attr = |n: &str| {
                attrs
                    .iter()
                    .find(|a| a.name.eq_ignore_ascii_case(n))
                    .map(|a| {
                        (
                            markup::decode_str(&text[a.value.clone()]),
                            src.raw_range(a.value.clone()),
                        )
                    })
            };
            // Metadata in attributes.
            match name {
                "story.date" => {
                    if let Some((v, r)) = attr("norm") {
                        found.date(DateSource::Dateline, &v, r);
                    }
                }
                "date.issue" | "date.release" => {
                    if let Some((v, r)) = attr("norm") {
                        found.date(DateSource::Issued, &v, r);
                    }
                }
                "pubdata" => {
                    if let Some((v, r)) = attr("date.publication") {
                        found.date(DateSource::Issued, &v, r);
                    }
                }
                "language" => {
                    if let Some((v, r)) = attr("tag") {
                        found.language(&v, r);
                    }
                }
                "meta" => {
                    let key = attr("property")
                        .or_else(|| attr("name"))
                        .or_else(|| attr("itemprop"));
                    if key.is_some_and(|(k, _)| {
                        matches!(
                            k.as_str(),
                            "article:published_time" | "datePublished" | "date" | "dcterms.created"
                        )
                    }) && let Some((v, r)) = attr("content")
                    {
                        found.date(DateSource::Created, &v, r);
                    }
                }
                "versionCreated" | "firstCreated" | "contentCreated" => {
                    let source = if name == "versionCreated" {
                        DateSource::Version
                    } else {
                        DateSource::Created
                    };
                    capture = Some((Some(source), at.end));
                }
                "located" => located = true,
                "city" => capture = Some((None, at.end)),
                "name" if located => capture = Some((None, at.end)),
                "contentSet" => rendition_done = false,
                _ => {}
            }
            // Only the first rendition of a story in a contentSet.
            let rendition = matches!(name, "inlineXML" | "inlineData");
            let skip = skip || (rendition && rendition_done);
            let included = included && !skip;
            if rendition && !skip {
                rendition_done = true;
            }
            if matches!(
                name,
                "nitf" | "newsItem" | "html" | "body" | "body.content" | "newsMessage"
            ) && let Some((v, r)) = attr("lang")
            {
                found.language(&v, r);
            }
            if included && name.eq_ignore_ascii_case("br") {
                // A line break inside a paragraph.
                if !out.text.is_empty() && !out.text.ends_with(char::is_whitespace) {
                    out.insert("\n", src, at.start);
                }
            } else if included && is(BLOCK, name) {
                out.paragraph(src, at.start);
            }
            if !empty {
                stack.push((included, plain));
            }
        }
        Event::End { name, at } => {
            if let Some((source, start)) = capture.take() {
                let value = markup::decode_str(&text[start..at.start]);
                let raw = src.raw_range(start..at.start);
                match source {
                    Some(source) => found.date(source, &value, raw),
                    None => found.place(&value, raw),
                }
            }
            if name == "located" {
                located = false;
            }
            let (included, _) = stack.pop().unwrap_or(root);
            if included && is(BLOCK, name) && !name.eq_ignore_ascii_case("br") {
                out.paragraph(src, at.end);
            }
        }
        Event::Text(r) => {
            if let Some((inc, plain)) = stack.last().copied().or(fragment.then_some(root))
                && inc
            {
                markup::decode_into(out, src, r, !plain);
            }
        }
        Event::CData(r) => {
            if stack
                .last()
                .copied()
                .or(fragment.then_some(root))
                .is_some_and(|(inc, _)| inc)
            {
                out.copy(src, r);
            }
        }
        Event::Comment { body, at } => {
            let raw = src.raw_range(at);
            found.comments.push(Comment {
                span: Span::new(raw.start, raw.end),
                body: markup::decode_str(&text[body]),
            });
        }
    })
}

/// A whole markup file.
pub fn read(raw: &str, mode: Mode) -> Result<Extracted, MarkupError> {
    let src = Source::raw(raw);
    let mut out = Builder::with_capacity(raw.len() / 2);
    let mut found = Found::default();
    extract_markup(&src, mode, false, &mut out, &mut found)?;
    let (text, map) = out.finish();
    Ok(Extracted {
        text,
        map: Some(map),
        meta: found.meta(),
        comments: found.comments,
    })
}
