use crate::declare_rule;
use crate::diagnostic::Diagnostic;
use crate::document::{Document, TokenKind};
use crate::rule::Context;

declare_rule! {
    /// ## What it does
    /// Flags a number with a letter that OCR or a typist took for a digit: "2O23" (letter O),
    /// "l985" (letter l), "1S0" (S for 5), "4B0" (B for 8), "1,5OO".
    ///
    /// ## Why is this bad?
    /// Search, fact-checking and the reader's eye all skip over such a number, and a screen
    /// reader spells it out letter by letter.
    ///
    /// ## Example
    /// ```text
    /// A survey carried out in 2O00 by Forrester Research
    /// ```
    ///
    /// ## Use instead
    /// ```text
    /// A survey carried out in 2000 by Forrester Research
    /// ```
    /// Model names and codes that start with a capital or end in one ("G20", "S40", "B52",
    /// "1990S", "4G") are left alone; so are "CO2" and "MP3", whose letters are not look-alikes.
    pub struct OcrDigit {
        code: "N005",
        name: "letter-in-number",
        family: Numbers,
        severity: Error,
        summary: "a letter that looks like a digit inside a number",
        check: check,
    }
}

/// The digit a letter is mistaken for.
fn look_alike(c: char) -> Option<char> {
    match c {
        'O' | 'o' => Some('0'),
        'l' | 'I' => Some('1'),
        'S' => Some('5'),
        'B' => Some('8'),
        _ => None,
    }
}

/// Two characters of a clock or race time with a letter for a digit: "0O" in "2:0O:35", "3O"
/// in "7:3O". A colon and digits stand beside it.
fn clock_part(doc: &Document, i: usize, word: &str) -> Option<String> {
    let i = i as isize;
    let number = |k: isize| doc.kind_at(k) == Some(TokenKind::Number);
    let glued = |a: isize| doc.tokens[a as usize + 1].gap == crate::document::Gap::None;
    let after = i >= 2 && doc.tok_at(i - 1) == ":" && number(i - 2) && glued(i - 2) && glued(i - 1);
    let before = doc.tok_at(i + 1) == ":" && number(i + 2) && glued(i) && glued(i + 1);
    if word.chars().count() != 2 || !(after || before) {
        return None;
    }
    let mut fixed = String::new();
    let mut swapped = 0;
    for c in word.chars() {
        if c.is_ascii_digit() {
            fixed.push(c);
        } else {
            fixed.push(look_alike(c).filter(|_| matches!(c, 'O' | 'o' | 'l' | 'I'))?);
            swapped += 1;
        }
    }
    (swapped == 1).then_some(fixed)
}

/// The number as it should read, when `word` is digits with look-alike letters in them.
/// `trailing` allows a final S, B or l after two or more digits ("200S", "199B", "198l"), which
/// the caller permits where the context rules out a plural ("1990S" in a headline).
pub fn repair(word: &str, trailing: bool) -> Option<String> {
    let chars: Vec<char> = word.chars().collect();
    let mut fixed = String::with_capacity(word.len());
    let mut digits = 0;
    let mut swapped = 0;
    for (k, &c) in chars.iter().enumerate() {
        if c.is_ascii_digit() {
            digits += 1;
            fixed.push(c);
            continue;
        }
        if c == ',' || c == '.' {
            fixed.push(c);
            continue;
        }
        let d = look_alike(c)?;
        let prev_digit = k > 0
            && (chars[k - 1].is_ascii_digit()
                || look_alike(chars[k - 1]).is_some()
                || chars[k - 1] == ',');
        let next_digit = chars
            .get(k + 1)
            .is_some_and(|n| n.is_ascii_digit() || *n == ',' || look_alike(*n).is_some());
        let ok = match c {
            // Between digits any look-alike is a misreading: "2O23", "1S0", "4B0".
            _ if prev_digit && next_digit => true,
            // A lower-case l never starts a word before digits: "l985", "l0,000".
            'l' if k == 0 && next_digit => true,
            // A capital O before two or more digits: "O336 GMT" (but "O2" is a brand).
            'O' if k == 0 && chars.len() >= 3 && chars[1..].iter().all(|c| c.is_ascii_digit()) => {
                true
            }
            // Trailing O's after two or more characters: "40O", "1OO".
            'O' | 'o' if prev_digit && k + 1 == chars.len() && chars.len() >= 3 => true,
            'S' | 'B' | 'l' if trailing && k + 1 == chars.len() && digits >= 2 => true,
            _ => false,
        };
        if !ok {
            return None;
        }
        swapped += 1;
        fixed.push(d);
    }
    (digits >= 1 && swapped >= 1 && digits + swapped >= 2).then_some(fixed)
}

fn check(doc: &Document, ctx: &Context, out: &mut Vec<Diagnostic>) {
    for (i, t) in doc.tokens.iter().enumerate() {
        if t.kind != TokenKind::Alnum {
            continue;
        }
        let word = doc.tok(i);
        // A final S or B reads as a digit only after three digits, in a thousands group, or
        // before a unit ("22S mln"), and never in capitals ("THE 1990S").
        let shouting = |k: isize| {
            let w = doc.tok_at(k);
            doc.kind_at(k) == Some(TokenKind::Word)
                && w.len() > 1
                && !w.chars().any(char::is_lowercase)
        };
        let leading_digits = word.bytes().take_while(u8::is_ascii_digit).count();
        let trailing = !shouting(i as isize - 1)
            && !shouting(i as isize + 1)
            && (leading_digits >= 3
                || word.contains(',')
                || ctx.knowledge.is_unit(doc.tok_at(i as isize + 1)));
        let Some(fixed) = repair(word, trailing).or_else(|| clock_part(doc, i, word)) else {
            continue;
        };
        let letters: String = word
            .chars()
            .filter(|c| c.is_alphabetic())
            .collect::<std::collections::BTreeSet<_>>()
            .into_iter()
            .map(|c| format!("\"{c}\""))
            .collect::<Vec<_>>()
            .join(", ");
        out.push(
            Diagnostic::new(
                &OcrDigit::META,
                t.span,
                format!("letter in a number: \"{word}\" probably reads \"{fixed}\""),
            )
            .label(format!("{letters} in place of a digit"))
            .fix(fixed),
        );
    }
}

#[cfg(test)]
mod tests {
    use super::repair;

    #[test]
    fn repairs_misread_digits() {
        for (damaged, fixed) in [
            ("2O23", "2023"),
            ("l985", "1985"),
            ("1S0", "150"),
            ("4B0", "480"),
            ("40O", "400"),
            ("1,5OO", "1,500"),
            ("l0,000", "10,000"),
            ("l5", "15"),
        ] {
            assert_eq!(repair(damaged, false).as_deref(), Some(fixed), "{damaged}");
        }
    }

    #[test]
    fn trailing_letters_need_context() {
        assert_eq!(repair("200S", true).as_deref(), Some("2005"));
        assert_eq!(repair("199B", true).as_deref(), Some("1998"));
        assert_eq!(repair("200S", false), None);
        assert_eq!(repair("4S", true), None);
    }

    #[test]
    fn leaves_codes_alone() {
        for code in [
            "G20", "S40", "B52", "O2", "1990S", "4G", "CO2", "MP3", "B2B", "20bn", "3D", "I5", "2o",
        ] {
            assert_eq!(repair(code, false), None, "{code}");
        }
    }
}
