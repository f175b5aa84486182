use crate::declare_rule;
use crate::diagnostic::Diagnostic;
use crate::document::{Document, TokenKind};
use crate::knowledge::{Gender, Knowledge};
use crate::people::{BindKind, EvidenceKind, People};
use crate::rule::Context;
use crate::span::Span;

declare_rule! {
    /// ## What it does
    /// Flags a pronoun whose gender contradicts the person it can only refer to: "Ma Lu ...
    /// pointed out in his speech ... She requested". It fires only when the story gives no sign of
    /// anyone of the pronoun's gender up to the next sentence of its paragraph (no such pronoun, no
    /// "Mrs", "Mr", "wife", "actress", no given name used almost only for that sex; a "husband"
    /// paragraphs later is no one the pronoun stands for) and no other person is named between
    /// the earlier pronoun and this one.
    ///
    /// ## Why is this bad?
    /// A reader notices at once and a spell-checker never will. Machine translation from languages
    /// whose spoken pronouns do not mark gender produces it often.
    ///
    /// ## Example
    /// ```text
    /// Ma Lu, vice chairman of the federation, pointed out in his speech that ... She requested:
    /// first, ...
    /// ```
    ///
    /// ## Use instead
    /// ```text
    /// Ma Lu, vice chairman of the federation, pointed out in his speech that ... He requested:
    /// first, ...
    /// ```
    /// A pronoun bound to a named person ("NAME said he", "NAME, who ... her", "He" opening the
    /// sentence after NAME's) is also flagged against that person's own evidence: an honorific,
    /// a role noun, a given name, a public figure's record, the other pronouns bound to them, and
    /// what they say of themselves in a quotation attributed to them ("'As a mother of four,
    /// I ...,' Adeyemi said"). With no earlier pronoun of the other sex outside a quotation, a
    /// title before a name in the same or the sentence before, three signs of that sex in the
    /// story and none of the pronoun's, and nobody named since, is the person ("Mr Jacobsen's
    /// campaign ran for months, during which time she read e-mails"). The speaker's report
    /// binds through a second clause ("said the group was committed but that his members") and
    /// the speaker's own channel ("said in her acceptance speech"); one "is survived by" one's
    /// own family; a role given in apposition ("NAME, the folk singer whose ...") makes "the
    /// singer" that person. The speaker's own intent, belief or earlier words after a report
    /// ("Reyes said in an interview that he planned", "Coach Lars Berg said she had told the
    /// players"), with a given name or more to show the speaker's sex,
    /// is the speaker's though another of the pronoun's sex spoke in the sentence before; so
    /// is a subject after a person the story does not name ("His lawyer said she would
    /// appeal": the lawyer's), but not after those who speak for someone ("Emefiele's lawyers
    /// have said she": Emefiele's). A gendered noun heading an apposition is its person's
    /// evidence ("Erkan, a former banker and the first woman to run the bank,"); a short name
    /// that is mostly a clipping of the other sex's names is none ("Ash", "Nat", as often
    /// Ashleigh and Natalie as the US counts' boys).
    ///
    /// A pronoun that is the story's first sign of its sex is flagged when everyone named before
    /// it is of the other sex by name and by their own pronouns, the subject of its sentence or
    /// the one before among them, and no word near it may stand for someone unnamed ("Olga
    /// Carmona struck a low shot past Mary Earps. It was his second goal").
    ///
    /// A reflexive of the other sex than its clause's subject is flagged ("Keller said she had
    /// told himself"), as is a pronoun opening the sentence after one about an unnamed person
    /// of the other sex with nobody else there ("The woman ... was taken to hospital. His
    /// condition ...").
    ///
    /// Pronouns inside quotations, "he or she", and pronouns for countries and ships ("China ...
    /// her people") are left alone.
    pub struct PronounGender {
        code: "P001",
        name: "pronoun-gender-conflict",
        family: Pronouns,
        severity: Warning,
        summary: "a pronoun of the other gender for the one person it can refer to",
        check: check,
    }
}

fn pronoun_gender(word: &str) -> Option<Gender> {
    crate::people::pronoun(word).map(|(g, _)| g)
}

/// Signs of one gender that outweigh a newly named person between the two pronouns.
const STRONG_EVIDENCE: usize = 3;

/// How many paragraphs back the earlier pronoun may stand.
const REACH_PARAGRAPHS: usize = 3;

/// `WIRELINT_DEBUG_PEOPLE` set: print the people model of each story to stderr (read once).
static DEBUG_PEOPLE: std::sync::LazyLock<bool> =
    std::sync::LazyLock::new(|| std::env::var_os("WIRELINT_DEBUG_PEOPLE").is_some());

fn check(doc: &Document, ctx: &Context, out: &mut Vec<Diagnostic>) {
    // Every finding is a pronoun: a story without one (nearly half of wire copy: markets,
    // results) needs no people model.
    let any_pronoun = doc
        .tokens
        .iter()
        .enumerate()
        .any(|(i, t)| t.kind == TokenKind::Word && pronoun_gender(doc.tok(i)).is_some());
    if !any_pronoun && !*DEBUG_PEOPLE {
        return;
    }
    let people = People::build(doc, ctx.knowledge);
    if *DEBUG_PEOPLE {
        people.debug(doc);
    }
    let first = out.len();
    bound(doc, ctx.knowledge, &people, out);
    // The story-wide count catches a pronoun that is its gender's only sign; a pronoun bound to
    // a person whose evidence agrees with it is left alone.
    let mut story = Vec::new();
    story_wide(doc, ctx, &mut story);
    for d in story {
        let agrees = people.bindings.iter().any(|b| {
            b.kind != BindKind::Elimination && doc.tokens[b.pronoun].span == d.span && {
                let p = &people.persons[b.person];
                let (for_, against) = (
                    p.weight(b.gender, Some(b.pronoun)),
                    p.weight(b.gender.other(), None),
                );
                for_ >= against
            }
        });
        // "Takaichi said that he was ready ... Kamikawa declined to say whether she": when the
        // earlier pronoun it goes by is itself found to be the wrong one, this one is not.
        let goes_by_a_wrong_one = d
            .labels
            .iter()
            .any(|l| out[first..].iter().any(|o| o.span == l.span));
        // "His lawyer said she would appeal": the pronoun stands for the unnamed speaker.
        let at = doc.tokens.partition_point(|t| t.span.start < d.span.start);
        let speaker = at < doc.tokens.len()
            && crate::people::pronoun(doc.tok(at))
                .is_some_and(|(_, case)| case == crate::people::PronounCase::Subject)
            && people.unnamed_speaker(doc, at);
        if !agrees
            && !goes_by_a_wrong_one
            && !speaker
            && !out[first..].iter().any(|o| o.span == d.span)
        {
            out.push(said_of_the_one_meant(doc, &people, at, d));
        }
    }
    first_of_its_sex(doc, ctx.knowledge, &people, out);
    reflexive(doc, &people, out);
    unnamed_subject(doc, ctx.knowledge, &people, out);
}

/// A reflexive of the other sex than its clause's subject: "Sabalenka said she had told
/// himself to stay calm", "Moreno asked herself". The subject is the nearest name or subject
/// pronoun before it in the clause, nobody between; the person it stands for is of the
/// subject's sex by their own evidence.
fn reflexive(doc: &Document, people: &People, out: &mut Vec<Diagnostic>) {
    let mut found: Vec<Diagnostic> = Vec::new();
    for (i, t) in doc.tokens.iter().enumerate() {
        if t.kind != TokenKind::Word || t.in_quote() {
            continue;
        }
        let g = match doc.tok(i) {
            "himself" => Gender::Male,
            "herself" => Gender::Female,
            _ => continue,
        };
        let first = doc.sentences[doc.sentence_of(i)].first;
        // The subject: a subject pronoun or a name, with only lower-case words between.
        let mut subject = None;
        for j in (first.max(i.saturating_sub(7))..i).rev() {
            let w = doc.tok(j);
            if let Some((pg, case)) = crate::people::pronoun(w) {
                if case == crate::people::PronounCase::Subject {
                    subject = people
                        .binding_at(j)
                        .filter(|b| b.kind != BindKind::Elimination)
                        .map(|b| (b.person, pg, doc.tokens[j].span, j));
                }
                break;
            }
            if let Some(m) = people.mentions_in(j, j + 1).first() {
                if m.end == j + 1 && !m.possessive {
                    subject = m
                        .person
                        .map(|p| (p, g.other(), m.name_span(doc), usize::MAX));
                }
                break;
            }
            let t = doc.tokens[j];
            if t.kind != TokenKind::Word
                || t.is_title()
                || !w.bytes().all(|b| b.is_ascii_lowercase())
            {
                break;
            }
        }
        let Some((p, subject_sex, span, j)) = subject else {
            continue;
        };
        if subject_sex == g || people.persons[p].gender_apart_from(Some(j)) != Some(subject_sex) {
            continue;
        }
        let word = doc.tok(i);
        found.push(
            Diagnostic::new(
                &PronounGender::META,
                t.span,
                format!(
                    "reflexive \"{word}\" for {}, whom the story shows to be {}",
                    doc.slice(people.persons[p].name),
                    subject_sex.adjective()
                ),
            )
            .label(format!("{} reflexive", g.adjective()))
            .evidence(span, "the subject of the clause")
            .fix(swap(word)),
        );
    }
    if found.is_empty() {
        return;
    }
    // Said more exactly than a story-wide count would: these replace its findings.
    let spans: rustc_hash::FxHashSet<Span> = found.iter().map(|d| d.span).collect();
    out.retain(|d| !spans.contains(&d.span) || d.rule.code != PronounGender::META.code);
    out.extend(found);
}

/// A pronoun for an unnamed person of the other sex who is the subject of its sentence ("A
/// 12-year-old girl was rescued after he fell through the ice") or of the one before, when the
/// pronoun opens its sentence ("The woman ... was taken to hospital. His condition ..."), with
/// nobody else of the pronoun's sex between and no binding of its own.
fn unnamed_subject(doc: &Document, k: &Knowledge, people: &People, out: &mut Vec<Diagnostic>) {
    // The spans found already, gathered once when first asked.
    let mut taken: Option<rustc_hash::FxHashSet<Span>> = None;
    for (s, sent) in doc.sentences.iter().enumerate() {
        // The sentence opens on "The woman", "A 35-year-old man", "The young girl".
        let a = doc.after_dateline(s);
        if !matches!(doc.tok_at(a as isize), "The" | "A" | "An") {
            continue;
        }
        // A modifier may be hyphenated: "A 12-year-old girl" is seven tokens.
        let Some((h, sex)) = (a + 1..(a + 8).min(sent.end)).find_map(|h| {
            let gendered = doc.tokens[h].kind == TokenKind::Word && !doc.tokens[h].is_title();
            gendered
                .then(|| k.gendered_word(doc.tok(h)))
                .flatten()
                .filter(|&(_, hon)| !hon)
                .map(|(g, _)| (h, g))
        }) else {
            continue;
        };
        // The noun heads the subject: a modifier at most before it, a comma or a verb after.
        let words = (a + 1..h).filter(|&x| doc.tokens[x].gap != crate::document::Gap::None);
        let modifier = words.count() <= 1
            && (a + 1..h).all(|x| {
                doc.tok(x)
                    .bytes()
                    .all(|b| b.is_ascii_lowercase() || b == b'-' || b.is_ascii_digit())
            });
        let next = doc.tok_at(h as isize + 1);
        let heads = next == ","
            || matches!(
                next,
                "was" | "is" | "had" | "has" | "who" | "said" | "died" | "told"
            );
        if !modifier || !heads {
            continue;
        }
        // The first pronoun of either sex after the noun in its sentence, outside quotations;
        // or, with none, the one opening the next sentence of the paragraph.
        let within = (h + 1..sent.end).find(|&j| {
            !doc.tokens[j].in_quote()
                && doc.tokens[j].kind == TokenKind::Word
                && crate::people::pronoun(doc.tok(j)).is_some()
        });
        let i = match within {
            Some(j) => j,
            None => match doc.sentences.get(s + 1) {
                Some(n) if n.paragraph == sent.paragraph => n.first,
                _ => continue,
            },
        };
        let t = doc.tokens[i];
        let Some((g, case)) = crate::people::pronoun(doc.tok(i)) else {
            continue;
        };
        // "The man who shot her": "her" as an object, before a function word or punctuation.
        let object_her = crate::people::her_as_object(doc, i);
        // Across sentences only "The woman ...", someone the story has spoken of.
        let across = within.is_none();
        // "The man who shot her fled": the relative clause's object is someone else.
        let in_relative_clause =
            matches!(doc.tok_at(h as isize + 1), "who" | "that" | "whom") && i < h + 6;
        if g == sex
            || object_her
            || in_relative_clause
            || across && doc.tok(a) != "The"
            || t.kind != TokenKind::Word
            || t.in_quote()
            || case == crate::people::PronounCase::Object
            || crate::people::paired(doc, i)
            || people
                .binding_at(i)
                .is_some_and(|b| b.kind != BindKind::Elimination)
            || taken
                .get_or_insert_with(|| out.iter().map(|d| d.span).collect())
                .contains(&t.span)
        {
            continue;
        }
        // Nobody else there who may be what it stands for: a name, a pronoun or a gendered
        // word of its sex, or a role anyone may fill ("hit a cyclist").
        // Across sentences, a crime or a vehicle brings someone unnamed too ("charged with
        // murder. She was stabbed", "hit by a car. His identity").
        let someone_unnamed = (h + 1..i).any(|j| {
            let w = crate::people::strip_possessive(doc.tok(j)).0;
            crate::people::UNNAMED_REFERENTS.contains(&w)
                || crate::people::PERSON_NOUNS.contains(w)
                || across && IMPLY_SOMEONE.contains(&w)
        });
        // "He said", "..., she told reporters": a speaker, who may be anyone the story quoted
        // before.
        let speaks = crate::people::REPORTING.contains(doc.tok_at(i as isize + 1))
            || crate::people::REPORTING.contains(doc.tok_at(i as isize - 1));
        let competing = if within.is_some() {
            people.competitor_in(doc, k, h + 1, i, g, None)
        } else {
            people.competitor(doc, k, s + 1, i, g, None, true)
        };
        if someone_unnamed || speaks || competing {
            continue;
        }
        let word = doc.tok(i);
        let article = doc.tok(a).to_ascii_lowercase();
        let (message, role) = if within.is_some() {
            (
                format!(
                    "pronoun \"{word}\" in a sentence about {article} {}",
                    doc.tok(h)
                ),
                "the subject of the sentence",
            )
        } else {
            (
                format!(
                    "pronoun \"{word}\" after a sentence about {article} {}",
                    doc.tok(h)
                ),
                "the subject of the sentence before",
            )
        };
        out.push(
            Diagnostic::new(&PronounGender::META, t.span, message)
                .label(format!("{} pronoun", g.adjective()))
                .evidence(doc.tokens[h].span, format!("{}, {role}", sex.adjective()))
                .fix(swap(word)),
        );
        if let Some(taken) = taken.as_mut() {
            taken.insert(t.span);
        }
    }
}

/// Words that bring someone unnamed into a story: a crime has its victim or culprit, a vehicle
/// its driver.
const IMPLY_SOMEONE: &[&str] = &[
    "murder",
    "murdered",
    "killing",
    "killed",
    "stabbing",
    "stabbed",
    "shooting",
    "shot",
    "attack",
    "attacked",
    "assault",
    "assaulted",
    "rape",
    "raped",
    "robbery",
    "robbed",
    "kidnapping",
    "kidnapped",
    "abduction",
    "abducted",
    "car",
    "truck",
    "lorry",
    "van",
    "bus",
    "vehicle",
    "taxi",
    "motorcycle",
    "baby",
    "child",
    "birth",
    "pregnant",
    "married",
    "divorced",
];

/// A pronoun bound to a person whose other evidence says the other sex by a clear margin.
fn bound(doc: &Document, k: &Knowledge, people: &People, out: &mut Vec<Diagnostic>) {
    let mut strongest: rustc_hash::FxHashMap<(usize, Gender), Vec<&crate::people::Evidence>> =
        rustc_hash::FxHashMap::default();
    for b in &people.bindings {
        if b.kind == BindKind::Elimination {
            continue;
        }
        let person = &people.persons[b.person];
        let against = person.weight(b.gender.other(), None);
        let for_ = person.weight(b.gender, Some(b.pronoun));
        if against < 2 || against < for_ + 2 {
            continue;
        }
        // The word after the pronoun.
        let next = doc.tok_at(b.pronoun as isize + 1);
        // "NAME said he was 'so lovely'. Cyril Fletcher, who ..." names the referent just after.
        // "NAME said her government ..." is the speaker's own, whoever comes next.
        let owns_office = matches!(
            next,
            "government"
                | "administration"
                | "cabinet"
                | "party"
                | "ministry"
                | "country"
                | "nation"
                | "office"
                | "department"
                | "campaign"
                | "company"
                | "firm"
        ) && matches!(doc.tok(b.pronoun), "his" | "her" | "His" | "Her");
        // "NAME said she would ...", "... did not think": the speaker's own intent or belief,
        // which no one named after stands for.
        let own_mind = matches!(doc.tok(b.pronoun), "he" | "she")
            && (matches!(
                next,
            "would"
                | "will"
                | "wanted"
                | "wants"
                | "planned"
                | "plans"
                | "intended"
                | "intends"
                | "hoped"
                | "hopes"
                | "expected"
                | "expects"
                | "believed"
                | "believes"
                | "thought"
                | "thinks"
                | "did"
                | "does"
            )
            // ... or the speaker's own earlier words or choice: "Gustavsson said she had told
            // the players" ("had told him" is someone else's, below).
            || next == "had"
                && matches!(
                    doc.tok_at(b.pronoun as isize + 2),
                    "told" | "asked" | "warned" | "urged" | "promised" | "decided" | "spoken"
                ));
        // Someone else of the pronoun's sex close before it may be what it stands for.
        // After "NAME said" only a named person or a titled one ("the Queen") competes: the
        // grammar binds the pronoun to the speaker. The speaker's own office or mind ("Keir
        // Starmer ... has said his government", "Theresa May told the chamber that she
        // believed"), when names and records leave no doubt of the speaker's sex, is theirs
        // though the sentence before spoke of someone else.
        let speakers_own = matches!(b.kind, BindKind::Reported | BindKind::ReportedInside)
            && ((owns_office || own_mind) && against >= 3
                // "NAME said in her speech": the speaker's own words, whoever came before.
                || crate::people::speakers_channel(doc, b.pronoun));
        let s = doc.sentence_of(b.pronoun);
        // Inside "NAME, who ..." or of what NAME does "on her own", or whom NAME "is survived
        // by", the pronoun is NAME's: only someone named between the two competes.
        let m = people.mentions[b.mention];
        let clause_bound = b.kind == BindKind::SameClause
            && (m.opens_who_clause(doc)
                || next == "own"
                || crate::people::survived_by(doc, b.pronoun));
        // "Her husband, Daniel Mitchell, said she had ...": a possessive of the pronoun's sex
        // before the speaker names whom the speaker is related to, and the pronoun may be theirs.
        // So does one in the apposition after the name ("Caroline Ellison, his former
        // girlfriend, told jurors that he had ...").
        let possessive_of_its_sex = |j: usize| {
            !doc.tokens[j].in_quote()
                && crate::people::pronoun(doc.tok(j)).is_some_and(|(g, case)| {
                    g == b.gender && case == crate::people::PronounCase::Possessive
                })
        };
        let apposition = || {
            doc.tok_at(m.end as isize) == ","
                && (m.end + 1..(m.end + 12).min(b.pronoun))
                    .take_while(|&j| doc.tok(j) != ",")
                    .any(possessive_of_its_sex)
        };
        let related = b.kind == BindKind::Reported
            && ((doc.sentences[s].first..m.first).any(possessive_of_its_sex) || apposition());
        // "He congratulated her", "she had directed him": the object is the person bound, and
        // the subject someone else.
        let object_of_the_other = crate::people::pronoun(doc.tok(b.pronoun))
            .is_some_and(|(_, case)| case == crate::people::PronounCase::Subject)
            && (b.pronoun + 1..(b.pronoun + 8).min(doc.sentences[s].end))
                .take_while(|&j| !matches!(doc.tok(j), "," | ";" | ":"))
                .any(|j| {
                    !doc.tokens[j].in_quote()
                        && match b.gender.other() {
                            Gender::Male => doc.tok(j) == "him",
                            Gender::Female => crate::people::her_as_object(doc, j),
                        }
                });
        if related || object_of_the_other {
            continue;
        }
        let competing = if clause_bound {
            people.competitor_in(doc, k, m.end, b.pronoun, b.gender, Some(b.person))
        } else if speakers_own {
            people.competitor_in(
                doc,
                k,
                doc.sentences[s].first,
                b.pronoun,
                b.gender,
                Some(b.person),
            )
        } else {
            people.competitor(
                doc,
                k,
                s,
                b.pronoun,
                b.gender,
                Some(b.person),
                b.kind != BindKind::Reported,
            )
        };
        if competing {
            continue;
        }
        // A role noun may be the referent in the rest of the pronoun's sentence; in the next
        // one only a person named there first is ("... his ex-lover's nanny" is no referent,
        // nor someone the story named before).
        if b.kind == BindKind::Reported && !owns_office {
            let end = doc.sentences[s].end;
            // The next sentence in the same paragraph: a new paragraph names its own people.
            let next_end = doc.next_sentence_end(s);
            // A newcomer who speaks of themselves there ("Susana Muhamad ... said she would
            // leave") has a pronoun of their own: this one is not theirs.
            let from = people.bindings.partition_point(|o| o.pronoun < end);
            let newcomer_speaks = people.bindings[from..]
                .iter()
                .take_while(|o| o.pronoun < next_end)
                .any(|o| {
                    o.kind == BindKind::Reported && o.gender == b.gender && o.person != b.person
                });
            if people.competitor_after(doc, k, b.pronoun, end, b.gender, Some(b.person))
                || !own_mind
                    && !newcomer_speaks
                    && people.introduced_in(end, next_end, b.gender, Some(b.person))
            {
                continue;
            }
        }
        let word = doc.tok(b.pronoun);
        let name = doc.slice(person.name);
        let mut d = Diagnostic::new(
            &PronounGender::META,
            doc.tokens[b.pronoun].span,
            format!(
                "pronoun \"{word}\" for {name}, whom the story shows to be {}",
                b.gender.other().adjective()
            ),
        )
        .label(format!("{} pronoun", b.gender.adjective()));
        let mspan = people.mentions[b.mention].name_span(doc);
        let role = role(b.kind);
        // A public figure named here: say so on the same label.
        let known_here = person.evidence.iter().any(|e| {
            e.kind == EvidenceKind::KnownPerson && e.span == mspan && e.gender != b.gender
        });
        d = d.evidence(
            mspan,
            if known_here {
                format!("{role}, a {} public figure", b.gender.other().adjective())
            } else {
                role.to_string()
            },
        );
        // The strongest evidence first, three at most; each person's sorted once for each sex
        // (six kept, for those that may be the mention's own).
        let ev = strongest.entry((b.person, b.gender)).or_insert_with(|| {
            let mut ev = evidence_against(person, b.gender);
            ev.truncate(6);
            ev
        });
        for e in ev.iter().filter(|e| e.span != mspan).take(3) {
            d = d.evidence(e.span, evidence_label(doc, e));
        }
        out.push(d.fix(swap(word)));
    }
}

/// Who the person a pronoun is bound to is, by how it was bound: a label on their name.
fn role(kind: BindKind) -> &'static str {
    match kind {
        BindKind::Reported | BindKind::ReportedInside => "the person speaking",
        BindKind::NextSentence => "the subject of the sentence before",
        BindKind::SameClause => "the subject of the clause",
        BindKind::Elimination => "the only person it can stand for",
    }
}

/// A person's evidence of the other sex than `g`, the strongest first.
fn evidence_against(person: &crate::people::Person, g: Gender) -> Vec<&crate::people::Evidence> {
    let mut ev: Vec<_> = person.evidence.iter().filter(|e| e.gender != g).collect();
    ev.sort_by_key(|e| (std::cmp::Reverse(e.weight), e.span.start));
    ev
}

/// What one piece of a person's evidence says, as a label under it.
fn evidence_label(doc: &Document, e: &crate::people::Evidence) -> String {
    let what = doc.slice(e.span);
    let g = e.gender.adjective();
    match e.kind {
        EvidenceKind::Honorific | EvidenceKind::RoleNoun => format!("\"{what}\": {g}"),
        EvidenceKind::GivenName => format!("\"{what}\" is a {g} given name"),
        EvidenceKind::KnownPerson => format!("\"{what}\" is a {g} public figure"),
        EvidenceKind::Pronoun => format!("\"{what}\" for the same person"),
        EvidenceKind::SelfDescribed => format!("\"{what}\": {g}, in the person's own quoted words"),
    }
}

/// A story-wide finding said of the person the pronoun stands for, when the story shows that
/// person to be of the other sex by name: the one those who speak for them speak of
/// ("Emefiele's lawyers have said she"), or the one it is bound to ("Former Prime Minister
/// Antonis Samaras said she"). Their name and evidence replace the earlier pronoun's, which
/// may be someone else's.
fn said_of_the_one_meant(doc: &Document, people: &People, at: usize, d: Diagnostic) -> Diagnostic {
    let Some((g, case)) = crate::people::pronoun(doc.tok(at)) else {
        return d;
    };
    let spoken_for = (case == crate::people::PronounCase::Subject)
        .then(|| people.spoken_for(doc, at))
        .flatten();
    let bound = || {
        let from = people.bindings.partition_point(|b| b.pronoun < at);
        people.bindings[from..]
            .iter()
            .take_while(|b| b.pronoun == at)
            .find(|b| b.kind != BindKind::Elimination)
            .map(|b| (b.person, b.mention, role(b.kind)))
    };
    let Some((p, mi, role)) = spoken_for
        .map(|(p, mi)| (p, mi, "the one spoken for"))
        .or_else(bound)
    else {
        return d;
    };
    let person = &people.persons[p];
    if person.known_gender() != Some(g.other()) {
        return d;
    }
    let word = doc.tok(at);
    let mspan = people.mentions[mi].name_span(doc);
    let mut out = Diagnostic::new(
        &PronounGender::META,
        d.span,
        format!(
            "pronoun \"{word}\" for {}, whom the story shows to be {}",
            doc.slice(person.name),
            g.other().adjective()
        ),
    )
    .label(d.label)
    .evidence(mspan, role);
    let ev = evidence_against(person, g)
        .into_iter()
        .filter(|e| e.kind != EvidenceKind::Pronoun && e.span != mspan);
    for e in ev.take(2) {
        out = out.evidence(e.span, evidence_label(doc, e));
    }
    match d.fix {
        Some(f) => out.fix(f),
        None => out,
    }
}

/// A pronoun that is the story's first sign of its sex where everyone named so far is of the
/// other: [`People::first_of_its_sex`].
fn first_of_its_sex(doc: &Document, k: &Knowledge, people: &People, out: &mut Vec<Diagnostic>) {
    for g in [Gender::Male, Gender::Female] {
        let Some((i, mi)) = people.first_of_its_sex(doc, k, g) else {
            continue;
        };
        // "China and her people"
        if g == Gender::Female && refers_to_a_place(doc, k, i) {
            continue;
        }
        let span = doc.tokens[i].span;
        if out.iter().any(|d| d.span == span) {
            continue;
        }
        let word = doc.tok(i);
        let m = people.mentions[mi];
        let name = doc.slice(m.name_span(doc));
        out.push(
            Diagnostic::new(
                &PronounGender::META,
                span,
                format!(
                    "pronoun \"{word}\" where everyone the story has named is {}: {name} last",
                    g.other().adjective()
                ),
            )
            .label(format!(
                "{} pronoun, the story's first sign of a {}",
                g.adjective(),
                g.noun()
            ))
            .evidence(
                m.name_span(doc),
                format!("{}, named just before", g.other().adjective()),
            )
            .fix(swap(word)),
        );
    }
}

fn story_wide(doc: &Document, ctx: &Context, out: &mut Vec<Diagnostic>) {
    let k = ctx.knowledge;
    let toks = &doc.tokens;
    // Pronouns outside quotations, with their gender and paragraph.
    let mut pronouns: Vec<(usize, Gender)> = Vec::new();
    // Any sign that a person of each gender is in the story, quotations included.
    let mut evidence = [0usize; 2];
    // ... and where each is, by gender.
    let mut signs: [Vec<usize>; 2] = [Vec::new(), Vec::new()];
    let slot = |g: Gender| g as usize;
    for (i, t) in toks.iter().enumerate() {
        if t.kind != TokenKind::Word {
            continue;
        }
        let w = doc.tok(i);
        if let Some(g) = pronoun_gender(w) {
            if g == Gender::Female && refers_to_a_place(doc, k, i) {
                continue; // "China ... her people"
            }
            evidence[slot(g)] += 1;
            signs[slot(g)].push(i);
            if !is_shouting(w) {
                pronouns.push((i, g));
            }
        }
    }
    // A pronoun is flagged here only as its gender's one sign: with two pronouns or more of each
    // gender the story has, no other sign need be counted.
    if !pronouns.iter().any(|&(_, g)| evidence[slot(g)] == 1) {
        return;
    }
    for (i, t) in toks.iter().enumerate() {
        let w = doc.tok(i);
        // Pronouns are counted above.
        if t.kind != TokenKind::Word || pronoun_gender(w).is_some() {
            continue;
        }
        // "The boy's mother": the boy is someone too.
        if let Some((g, honorific)) = k.gendered_word(crate::people::strip_possessive(w).0) {
            // An honorific counts before a name ("Mrs Darragh", "Mrs. Darragh"); a role noun
            // counts as it stands.
            let next = if doc.tok_at(i as isize + 1) == "." {
                i as isize + 2
            } else {
                i as isize + 1
            };
            if !honorific
                || doc
                    .tok_at(next)
                    .chars()
                    .next()
                    .is_some_and(char::is_uppercase)
            {
                evidence[slot(g)] += 1;
                signs[slot(g)].push(i);
            }
        } else if t.is_title()
            && let Some(g) = k.name_gender(w)
            && !k.is_chinese_surname(w)
            && k.place(w).is_none_or(|p| p.kind.is_minor())
            && crate::calendar::lookup(w).is_none()
            && !doc.in_institution(i)
            && (doc.is_title_at(i as isize + 1)
                && doc.kind_at(i as isize + 1) == Some(TokenKind::Word)
                || doc.is_initial(i + 1))
        {
            // A given name before a surname or an initial: "Scott Sullivan", "Peter J. Hedley"
            // (not "Lin Shangli", surname first).
            evidence[slot(g)] += 1;
            signs[slot(g)].push(i);
        }
    }
    for v in &mut signs {
        v.sort_unstable();
    }
    for (n, &(i, g)) in pronouns.iter().enumerate() {
        // The only sign of this gender up to the end of its sentence, or the next in its
        // paragraph, is the pronoun itself: someone named just after may be whom it stands
        // for ("Cristo said she had handed in a letter. Minister Susana Ortiz had objected"),
        // a man named paragraphs later ("... her husband") is not.
        let end = doc.next_sentence_end(doc.sentence_of(i));
        let so_far = signs[slot(g)].partition_point(|&x| x < end);
        if so_far != 1 || evidence[slot(g.other())] == 0 {
            continue;
        }
        if crate::people::paired(doc, i) {
            continue;
        }
        let para = doc.sentences[doc.sentence_of(i)].paragraph;
        // The nearest earlier pronoun of the other gender, a few paragraphs back at most. Inside a
        // quotation only one in the same quotation counts: a speaker's pronouns refer elsewhere.
        let quoted = toks[i].in_quote();
        let found = pronouns[..n].iter().rev().find(|(j, pg)| {
            *pg == g.other()
                && doc.sentences[doc.sentence_of(*j)].paragraph + REACH_PARAGRAPHS >= para
                && (!quoted || same_speech(doc, *j, i))
        });
        // Inside a quotation, the other pronoun may come just after: "She's got a fitness test
        // in the week but he's got a good chance of playing."
        let found = found.or_else(|| {
            quoted
                .then(|| {
                    pronouns[n + 1..]
                        .iter()
                        .take_while(|(j, _)| *j < i + 40)
                        .find(|(j, pg)| *pg == g.other() && same_speech(doc, i, *j))
                })
                .flatten()
        });
        let usable = found.filter(|&&(prev, _)| quoted || !toks[prev].in_quote());
        // No pronoun of the other sex to go by: a man's or woman's title before a name, in this
        // sentence or the one before, with nobody else named since ("It is thought that Mr
        // Jacobsen's campaign ran for months, during which time she read e-mails").
        if usable.is_none()
            && !quoted
            && evidence[slot(g.other())] >= STRONG_EVIDENCE
            && let Some((title, name)) = titled_before(doc, k, i, g.other())
        {
            let word = doc.tok(i);
            // "Mr Jacobsen's": the person without the owner's "'s".
            let mut at = toks[title].span.cover(toks[name].span);
            let written = doc.slice(at);
            if let Some(base) = written
                .strip_suffix("'s")
                .or_else(|| written.strip_suffix("’s"))
            {
                at = Span::new(at.start as usize, at.start as usize + base.len());
            }
            let who = doc.slice(at);
            out.push(
                Diagnostic::new(
                    &PronounGender::META,
                    toks[i].span,
                    format!("pronoun \"{word}\" for {who}, the only person this can refer to"),
                )
                .label(format!(
                    "{} pronoun; the story has no other sign of a {}",
                    g.adjective(),
                    g.noun()
                ))
                .evidence(
                    at,
                    format!("\"{}\": a {}", doc.tok(title), g.other().noun()),
                )
                .fix(swap(word)),
            );
            continue;
        }
        let Some(&(prev, _)) = found else {
            continue;
        };
        if !quoted && toks[prev].in_quote() {
            continue;
        }
        let (prev_lo, prev_hi) = (prev.min(i), prev.max(i));
        // Nobody new is named in between ("Sabalenka ... she ... Sinner ... he"), unless the
        // story shows them to be of the other gender too ("David Blunkett", "Mr Blunkett"). A
        // name the story used before the earlier pronoun may be that pronoun's referent.
        // With three or more signs of the other gender and none of this one, one new name is
        // not enough to make the pronoun plausible.
        let strong = evidence[slot(g.other())] >= STRONG_EVIDENCE;
        if prev < i
            && (opened_by_newcomer(doc, k, prev, i) || opened_by_someone_unnamed(doc, prev, i))
        {
            continue;
        }
        if (prev_lo + 1..prev_hi).any(|j| {
            is_person_name(doc, k, j)
                && !strong
                && first_use(doc, doc.tok(j)).is_some_and(|f| f > prev_lo)
                && gender_of_name(doc, k, doc.tok(j)) != Some(g.other())
        }) {
            continue;
        }
        let word = doc.tok(i);
        let earlier = doc.tok(prev);
        let mut d = Diagnostic::new(
            &PronounGender::META,
            toks[i].span,
            if prev < i {
                format!("pronoun \"{word}\" for someone called \"{earlier}\" earlier")
            } else {
                format!("pronoun \"{word}\" for someone called \"{earlier}\" in the same quotation")
            },
        )
        .label(format!("{} pronoun", g.adjective()))
        .evidence(
            toks[prev].span,
            format!("{} pronoun for the same person", g.other().adjective()),
        );
        if prev < i
            && let Some(name) = subject_before(doc, k, prev)
        {
            let who = doc.slice(name);
            d.message = format!("pronoun \"{word}\" for {who}, who is \"{earlier}\" earlier");
            d = d.evidence(name, "the only person this can refer to");
        }
        let fixed = swap(word);
        out.push(d.fix(fixed));
    }
}

/// The nearest title of sex `g` before a name ("Mr" of "Mr Jacobsen's"), outside quotations, in
/// the sentence of token `i` or the one before it in its paragraph, with no other person named
/// between the name and `i`: the title's token and the name's last token.
fn titled_before(doc: &Document, k: &Knowledge, i: usize, g: Gender) -> Option<(usize, usize)> {
    let s = doc.sentence_of(i);
    let from = doc.previous_sentence_start(s);
    let toks = &doc.tokens;
    let mut j = i;
    while j > from {
        j -= 1;
        if toks[j].in_quote() {
            return None;
        }
        let w = doc.tok(j);
        if let Some((tg, true)) = k.gendered_word(w) {
            // The name after it: "Mr Jacobsen", "Mr. Jacobsen".
            let mut n = j + 1;
            if doc.tok_at(n as isize) == "." {
                n += 1;
            }
            if tg != g || !doc.is_title_at(n as isize) {
                return None;
            }
            while doc.is_title_at(n as isize + 1) && toks[n + 1].gap == crate::document::Gap::Space
            {
                n += 1;
            }
            // Nobody else named between the name and the pronoun.
            if (n + 1..i).any(|x| is_person_name(doc, k, x) || pronoun_gender(doc.tok(x)).is_some())
            {
                return None;
            }
            return Some((j, n));
        }
        if pronoun_gender(w).is_some() {
            return None;
        }
    }
    None
}

/// Two quoted tokens of one speaker's words in one paragraph: the same quotation, or two
/// quotations joined by an attribution ("... ,\" said Ruddock. \"...").
fn same_speech(doc: &Document, a: usize, b: usize) -> bool {
    let toks = &doc.tokens;
    if !toks[a].in_quote()
        || !toks[b].in_quote()
        || doc.sentences[doc.sentence_of(a)].paragraph
            != doc.sentences[doc.sentence_of(b)].paragraph
    {
        return false;
    }
    let outside: Vec<usize> = (a..b).filter(|&x| !toks[x].in_quote()).collect();
    if outside.is_empty() {
        return true;
    }
    let words = outside
        .iter()
        .filter(|&&x| toks[x].kind == TokenKind::Word)
        .count();
    words <= 6
        && outside
            .iter()
            .any(|&x| crate::people::is_reporting(doc.tok(x)))
}

fn is_shouting(w: &str) -> bool {
    w.len() > 1 && !w.chars().any(char::is_lowercase)
}

/// "China ... her people": the nearest capitalised word before the pronoun in its sentence is
/// a country.
fn refers_to_a_place(doc: &Document, k: &Knowledge, i: usize) -> bool {
    // A country is "her" before what it owns ("China and her people"), not "she" or an object
    // ("an honour to play under her").
    let possessive = doc.tok(i).eq_ignore_ascii_case("her")
        && doc.kind_at(i as isize + 1) == Some(TokenKind::Word)
        && doc
            .tok_at(i as isize + 1)
            .bytes()
            .next()
            .is_some_and(|b| b.is_ascii_lowercase());
    if !possessive {
        return false;
    }
    let s = doc.sentences[doc.sentence_of(i)];
    (s.first..i)
        .rev()
        .find(|&j| doc.tokens[j].is_title())
        .is_some_and(|j| k.is_place(doc.tok(j)))
}

/// A Title-case word that can only be part of a person's name: not an English word as
/// written, a place, an institution word, or a sentence opener.
fn is_person_name(doc: &Document, k: &Knowledge, j: usize) -> bool {
    let w = doc.tok(j);
    let t = doc.tokens[j];
    if !t.is_title() {
        return false;
    }
    if k.given_name(w).is_some() && doc.is_title_at(j as isize + 1) {
        return true;
    }
    let base = w.strip_suffix("'s").unwrap_or(w);
    // "ICCH", "NATO": initials name bodies, not people.
    if base.len() > 1 && !base.chars().any(char::is_lowercase) {
        return false;
    }
    !(t.starts_sentence()
        || crate::data::WORDS.contains_key(base)
        || crate::people::names_a_thing(doc, k, j)
        || k.is_place(base)
        || k.is_institution_head(base)
        || k.is_generic_modifier(base)
        || crate::calendar::lookup(base).is_some()
        || k.gendered_word(base).is_some()
        || doc.in_institution(j))
}

/// Whether the sentence of pronoun `i` opens with the surname of a person of no known gender
/// whom an earlier sentence introduced after the pronoun `prev`: the sentence's subject, whom
/// the pronoun most likely means ("Former finance minister Chrystia Freeland ... Freeland has
/// not said whether she will run", in a story of men).
fn opened_by_newcomer(doc: &Document, k: &Knowledge, prev: usize, i: usize) -> bool {
    let first = doc.sentences[doc.sentence_of(i)].first;
    let w = doc.tok(first);
    first < i
        && doc.tokens[first].is_title()
        && !doc.is_title_at(first as isize + 1)
        && first_use(doc, w).is_some_and(|f| f > prev && f < first && is_person_name(doc, k, f))
        && gender_of_name(doc, k, w).is_none()
}

/// Whether the sentence holding token `i`, after the earlier pronoun `prev`, opens on someone
/// new and unnamed: "The leader of the Women's League said she", "A neighbour told reporters
/// he". Not a role the story gave before, which is that person's ("Singer Sizzla ... The
/// singer"), unless of a body it names ("Opposition leader Julius Mbeki ... The leader of the
/// Women's League"); not one before a name ("The leader Julius Mbeki"), nor a body ("The
/// council").
fn opened_by_someone_unnamed(doc: &Document, prev: usize, i: usize) -> bool {
    let first = doc.sentences[doc.sentence_of(i)].first;
    if prev >= first || !matches!(doc.tok(first), "The" | "A" | "An") {
        return false;
    }
    (first + 1..(first + 4).min(i)).any(|j| {
        let w = doc.tok(j);
        doc.tokens[j].kind == TokenKind::Word
            && !doc.tokens[j].is_title()
            && crate::people::names_someone(w)
            && !doc.is_title_at(j as isize + 1)
            && (doc.tok_at(j as isize + 1) == "of"
                || !(0..first).any(|x| doc.tok(x).eq_ignore_ascii_case(w)))
    })
}

/// The gender the story gives a surname: an honorific or a gendered given name before it
/// anywhere ("Mr Blunkett", "David Blunkett"), if all such agree.
fn gender_of_name(doc: &Document, k: &Knowledge, name: &str) -> Option<Gender> {
    let base = name.strip_suffix("'s").unwrap_or(name);
    let uses = doc.mentions.words.get(base)?;
    let mut found: Option<Gender> = None;
    for &u in uses {
        let before = doc.tok_at(u as isize - 1);
        let g = k
            .gendered_word(before)
            .filter(|(_, honorific)| *honorific)
            .map(|(g, _)| g)
            .or_else(|| {
                k.name_gender(before)
                    .filter(|_| !k.is_chinese_surname(before))
            });
        match (found, g) {
            (Some(f), Some(g)) if f != g => return None,
            (_, Some(g)) => found = Some(g),
            _ => {}
        }
    }
    found
}

/// The first token where the story uses a name (possessive or not).
fn first_use(doc: &Document, name: &str) -> Option<usize> {
    let base = name.strip_suffix("'s").unwrap_or(name);
    doc.mentions
        .words
        .get(base)
        .and_then(|u| u.first().copied())
}

/// The name that opens the sentence holding token `i`, or the sentence before: "Ma Lu, vice
/// chairman ...".
fn subject_before(doc: &Document, k: &Knowledge, i: usize) -> Option<Span> {
    let s = doc.sentence_of(i);
    for sent in doc.sentences[s.saturating_sub(1)..=s].iter().rev() {
        let first = sent.first;
        let mut end = first;
        while end < sent.end
            && doc.tokens[end].kind == TokenKind::Word
            && doc.tokens[end].is_title()
        {
            end += 1;
        }
        let names = end - first;
        if (2..=3).contains(&names)
            && (first..end).all(|j| {
                let w = doc.tok(j);
                !k.is_institution_head(w) && !k.is_place(w) && !k.is_generic_modifier(w)
            })
            && !matches!(doc.tok(first), "The" | "A" | "An" | "In" | "On" | "It")
        {
            return Some(doc.tokens[first].span.cover(doc.tokens[end - 1].span));
        }
    }
    None
}

/// The same pronoun in the other gender, keeping its capital.
fn swap(word: &str) -> String {
    let lower = word.to_ascii_lowercase();
    let swapped = match lower.as_str() {
        "he" => "she",
        "she" => "he",
        "him" => "her",
        "his" => "her",
        "her" => "his",
        "hers" => "his",
        "himself" => "herself",
        "herself" => "himself",
        other => other,
    };
    if word.chars().next().is_some_and(char::is_uppercase) {
        let mut c = swapped.chars();
        c.next()
            .map(|f| f.to_uppercase().chain(c).collect())
            .unwrap_or_default()
    } else {
        swapped.to_string()
    }
}
