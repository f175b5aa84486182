//! Small string measures shared by the rules.

/// Optimal-string-alignment distance: insertions, deletions, substitutions and swaps of
/// neighbouring characters each cost one.
pub fn edit_distance(a: &str, b: &str) -> usize {
    let a: Vec<char> = a.chars().collect();
    let b: Vec<char> = b.chars().collect();
    let (n, m) = (a.len(), b.len());
    let mut prev2 = vec![0usize; m + 1];
    let mut prev: Vec<usize> = (0..=m).collect();
    let mut cur = vec![0usize; m + 1];
    for i in 1..=n {
        cur[0] = i;
        for j in 1..=m {
            let cost = usize::from(a[i - 1] != b[j - 1]);
            cur[j] = (prev[j] + 1).min(cur[j - 1] + 1).min(prev[j - 1] + cost);
            if i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1] {
                cur[j] = cur[j].min(prev2[j - 2] + 1);
            }
        }
        std::mem::swap(&mut prev2, &mut prev);
        std::mem::swap(&mut prev, &mut cur);
    }
    prev[m]
}

/// Length in characters of the common prefix.
pub fn common_prefix(a: &str, b: &str) -> usize {
    a.chars().zip(b.chars()).take_while(|(x, y)| x == y).count()
}

/// Whether a word starts with a capital and has a lower-case letter: "Ningbo", not "NATO" or "the".
pub fn is_title_case(word: &str) -> bool {
    let bytes = word.as_bytes();
    if bytes.is_ascii() {
        return bytes.first().is_some_and(u8::is_ascii_uppercase)
            && bytes[1..].iter().any(u8::is_ascii_lowercase);
    }
    let mut chars = word.chars();
    chars.next().is_some_and(char::is_uppercase) && chars.any(char::is_lowercase)
}

/// Text quoted in a message: white space, line breaks included, folded to single spaces.
pub fn one_line(text: &str) -> String {
    text.split_whitespace().collect::<Vec<_>>().join(" ")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn distances() {
        assert_eq!(edit_distance("Januray", "January"), 1);
        assert_eq!(edit_distance("Austria", "Australia"), 2);
        assert_eq!(edit_distance("Gapan", "Japan"), 1);
        assert_eq!(edit_distance("aab", "ab"), 1);
        assert_eq!(edit_distance("", "abc"), 3);
        assert_eq!(common_prefix("Ningbo", "Ningxia"), 4);
    }
}
