//! Small string measures shared by the rules.

/// Optimal-string-alignment distance: insertions, deletions, substitutions and swaps of
/// neighbouring characters each cost one.
pub fn edit_distance(a: &str, b: &str) -> usize {
    // Names are short and mostly ASCII: compare bytes, with the rows on the stack.
    const ROW: usize = 48;
    if a.is_ascii() && b.is_ascii() && b.len() < ROW {
        let mut rows = [[0usize; ROW]; 3];
        let [r0, r1, r2] = &mut rows;
        return osa(a.as_bytes(), b.as_bytes(), [r0, r1, r2]);
    }
    let a: Vec<char> = a.chars().collect();
    let b: Vec<char> = b.chars().collect();
    let mut rows = vec![0usize; 3 * (b.len() + 1)];
    let (r0, rest) = rows.split_at_mut(b.len() + 1);
    let (r1, r2) = rest.split_at_mut(b.len() + 1);
    osa(&a, &b, [r0, r1, r2])
}

/// The optimal-string-alignment table kept to three rows, each at least `b.len() + 1` long.
fn osa<T: PartialEq>(a: &[T], b: &[T], rows: [&mut [usize]; 3]) -> usize {
    let [mut prev2, mut prev, mut cur] = rows;
    let (n, m) = (a.len(), b.len());
    for (j, v) in prev[..=m].iter_mut().enumerate() {
        *v = j;
    }
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
        assert_eq!(edit_distance("Zürich", "Zurich"), 1);
        assert_eq!(edit_distance("Wrocław", "Wroclaw"), 1);
        assert_eq!(edit_distance("Chongqing", ""), 9);
        assert_eq!(common_prefix("Ningbo", "Ningxia"), 4);
    }
}
