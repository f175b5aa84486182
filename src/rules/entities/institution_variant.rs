use super::times;
use crate::declare_rule;
use crate::diagnostic::Diagnostic;
use crate::document::Document;
use crate::mentions::Institution;
use crate::rule::Context;
use crate::strings::one_line;
use rustc_hash::FxHashMap as HashMap;

declare_rule! {
    /// ## What it does
    /// Flags an institution named once in a form that differs by one word from a name the story
    /// uses more often, when that word is a generic one ("National", "People's", "Central",
    /// "General"): "Chinese People's University" in a story about the "Chinese National
    /// University", "Normal Bank" beside "Central Bank".
    ///
    /// ## Why is this bad?
    /// The reader cannot tell whether a second institution is meant. Machine translation renders
    /// one name several ways; rewrites and templates swap modifiers.
    ///
    /// ## Example
    /// ```text
    /// ... jointly sponsored by the Chinese National University ... Zhang Donggang, Secretary of
    /// the Party Committee of the Chinese People's University ...
    /// ```
    ///
    /// ## Use instead
    /// ```text
    /// ... jointly sponsored by the Chinese National University ... Zhang Donggang, Secretary of
    /// the Party Committee of the Chinese National University ...
    /// ```
    /// Shorter forms ("the Chinese University") and different real institutions ("Bank of
    /// England" and "Bank of Japan", "University of Oxford" and "University of Cambridge") are
    /// left alone: places are not generic words.
    pub struct InstitutionVariant {
        code: "E003",
        name: "institution-variant",
        family: Entities,
        severity: Warning,
        summary: "an institution named once with one word changed from its usual name",
        check: check,
    }
}

fn check(doc: &Document, ctx: &Context, out: &mut Vec<Diagnostic>) {
    let k = ctx.knowledge;
    let insts = &doc.mentions.institutions;
    let mut by_key: HashMap<String, Vec<&Institution>> = HashMap::default();
    for inst in insts {
        by_key.entry(inst.key()).or_default().push(inst);
    }
    for (key, forms) in &by_key {
        if forms.len() != 1 {
            continue;
        }
        let odd = forms[0];
        // The usual form: same head, used more often, differing by one word swapped.
        let mut best: Option<(&String, &Vec<&Institution>)> = None;
        for (other_key, other) in &by_key {
            if other_key == key
                || other[0].head != odd.head
                || (other.len() < 2 && other[0].span.start > odd.span.start)
            {
                continue;
            }
            if other.len() < forms.len() {
                continue;
            }
            let (mine, theirs) = difference(&odd.words, &other[0].words);
            let ([a], [b]) = (mine.as_slice(), theirs.as_slice()) else {
                continue;
            };
            if *a == odd.head || *b == odd.head {
                continue;
            }
            // Evidence that one institution is meant: a shared distinctive word ("Chinese
            // National University" / "Chinese People's University"), or, for two-word names, a
            // generic word in place of a proper one ("Imperial Group" for "Dixons Group") in a
            // story that uses the proper one at least twice.
            let shared_distinctive = odd.words.iter().any(|w| {
                other[0].words.contains(w) && !k.is_institution_head(w) && k.place(w).is_none()
            });
            let generic_for_proper = k.is_generic_modifier(a)
                && !k.is_generic_modifier(b)
                && k.place(b).is_none()
                && other.len() >= 2;
            let generic = k.is_generic_modifier(a) || k.is_generic_modifier(b);
            if !(generic_for_proper || (generic && shared_distinctive)) {
                continue;
            }
            if best.is_none_or(|(bk, bv)| (other.len(), bk) > (bv.len(), other_key)) {
                best = Some((other_key, other));
            }
        }
        let Some((usual, uses)) = best else {
            continue;
        };
        let odd_text = one_line(doc.slice(odd.span));
        let usual_text = one_line(doc.slice(uses[0].span));
        out.push(
            Diagnostic::new(
                &InstitutionVariant::META,
                odd.span,
                format!("institution \"{odd_text}\" looks like another name for \"{usual_text}\""),
            )
            .label("named this way once")
            .evidence(
                uses[0].span,
                format!("named this way {}, first here", times(uses.len())),
            )
            .help(format!(
                "use one name throughout; \"{usual}\" is the usual form here"
            )),
        );
    }
}

/// Words of `a` missing from `b`, and of `b` missing from `a`.
fn difference<'w>(a: &[&'w str], b: &[&'w str]) -> (Vec<&'w str>, Vec<&'w str>) {
    let only_a = a.iter().filter(|w| !b.contains(w)).copied().collect();
    let only_b = b.iter().filter(|w| !a.contains(w)).copied().collect();
    (only_a, only_b)
}
