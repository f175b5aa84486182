//! Markdown articles: front matter, code and HTML comments are not prose. They are blanked out
//! with spaces of the same byte length, so every span still points into the original file, and
//! the comments are read for suppression directives.

use crate::span::Span;

/// An HTML comment's inner text and its span (the whole `<!-- ... -->`).
#[derive(Clone, Debug)]
pub struct Comment {
    pub span: Span,
    pub body: String,
}

/// The text to lint, same length as `text`, and the HTML comments it held.
pub fn mask(text: &str) -> (String, Vec<Comment>) {
    let mut out = text.as_bytes().to_vec();
    let mut comments = Vec::new();
    let blank = |out: &mut Vec<u8>, r: std::ops::Range<usize>| {
        for b in &mut out[r] {
            if *b != b'\n' && *b != b'\r' {
                *b = b' ';
            }
        }
    };
    // Front matter: YAML between "---" lines or TOML between "+++" lines, at the very start.
    for fence in ["---", "+++"] {
        if let Some(rest) = text
            .strip_prefix(fence)
            .filter(|r| r.starts_with('\n') || r.starts_with("\r\n"))
        {
            let start_of_rest = fence.len();
            let mut offset = start_of_rest;
            for line in rest.split_inclusive('\n') {
                offset += line.len();
                let t = line.trim_end();
                if offset > start_of_rest + line.len()
                    && (t == fence || (fence == "---" && t == "..."))
                {
                    blank(&mut out, 0..offset);
                    break;
                }
            }
        }
    }
    // Fenced code blocks.
    let mut offset = 0;
    let mut open: Option<(usize, &str)> = None;
    for line in text.split_inclusive('\n') {
        let trimmed = line.trim_start_matches(' ');
        let indent = line.len() - trimmed.len();
        match open {
            None if indent <= 3 && (trimmed.starts_with("```") || trimmed.starts_with("~~~")) => {
                open = Some((offset, &trimmed[..3]));
            }
            Some((start, fence)) if indent <= 3 && trimmed.trim_end().starts_with(fence) => {
                blank(&mut out, start..offset + line.len());
                open = None;
            }
            _ => {}
        }
        offset += line.len();
    }
    if let Some((start, _)) = open {
        blank(&mut out, start..text.len());
    }
    // HTML comments, and inline code.
    let bytes = text.as_bytes();
    let mut i = 0;
    while i < bytes.len() {
        if bytes[i..].starts_with(b"<!--") && out[i] != b' ' {
            // An unclosed comment runs to the end of the text; its body is all of that (not
            // three bytes short, which may cut a character).
            let body_end = text[i + 4..].find("-->").map_or(text.len(), |e| i + 4 + e);
            let end = if body_end == text.len() {
                body_end
            } else {
                body_end + 3
            };
            comments.push(Comment {
                span: Span::new(i, end),
                body: text[i + 4..body_end].trim().to_string(),
            });
            blank(&mut out, i..end);
            i = end;
        } else if bytes[i] == b'`' && out[i] == b'`' {
            let ticks = bytes[i..].iter().take_while(|&&b| b == b'`').count();
            let marker = &text[i..i + ticks];
            match text[i + ticks..].find(marker) {
                Some(e) if !text[i + ticks..i + ticks + e].contains("\n\n") => {
                    let end = i + ticks + e + ticks;
                    blank(&mut out, i..end);
                    i = end;
                }
                _ => i += ticks,
            }
        } else {
            i += 1;
        }
    }
    // Only ASCII bytes were replaced, and only whole characters: still UTF-8.
    let masked = String::from_utf8(out)
        .unwrap_or_else(|e| String::from_utf8_lossy(e.as_bytes()).into_owned());
    (masked, comments)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn an_unclosed_comment_before_a_wide_character_is_read_whole() {
        // The body once stopped three bytes short of the end, inside "¬".
        let (_, comments) = mask("one <!--[}\n¬¬");
        assert_eq!(comments.len(), 1);
        assert_eq!(comments[0].body, "[}\n¬¬");
        assert_eq!(comments[0].span, Span::new(4, 15));
    }

    #[test]
    fn masks_keep_offsets() {
        let text = "---\ntitle: 80 December\n---\nHeld on 31 April.\n```\nthe the\n```\nA `the the` and <!-- wirelint-disable D001 --> end.\n";
        let (masked, comments) = mask(text);
        assert_eq!(masked.len(), text.len());
        assert!(!masked.contains("80 December"));
        assert!(masked.contains("Held on 31 April."));
        assert!(!masked.contains("the the"));
        assert_eq!(comments.len(), 1);
        assert_eq!(comments[0].body, "wirelint-disable D001");
        assert_eq!(masked.find("end."), text.find("end."));
    }
}
