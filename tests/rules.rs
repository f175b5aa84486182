//! Every rule against its fixture in `tests/fixtures/CODE.txt`: the exact words it flags (positive
//! cases), silence on the near misses in the same file, and a snapshot of the rendered report.

use wirelint::{Config, Diagnostic, lint, render, rules};

fn run(code: &str) -> (String, Vec<Diagnostic>) {
    let path = format!("{}/tests/fixtures/{code}.txt", env!("CARGO_MANIFEST_DIR"));
    let text = std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{path}: {e}"));
    let diags = lint(&text, &selecting(code));
    (text, diags)
}

/// The rule flags exactly these words, in order, and nothing after the "Not flagged:" line.
fn assert_flags(code: &str, expected: &[&str]) {
    let (text, diags) = run(code);
    let found: Vec<&str> = diags.iter().map(|d| &text[d.span.range()]).collect();
    assert_eq!(found, expected, "{code} flagged the wrong words");
    let quiet_from = text.find("Not flagged:").expect("fixture has near misses");
    for d in &diags {
        assert!(
            (d.span.start as usize) < quiet_from,
            "{code} fired on a near miss: {}",
            d.message
        );
        assert_eq!(d.rule.code, code);
    }
    let rendered = render::term::render(&format!("{code}.txt"), &text, &diags, false);
    insta::assert_snapshot!(code, rendered);
}

#[test]
fn d001_impossible_date() {
    assert_flags(
        "D001",
        &["80 December", "April 31", "29 February", "97 December"],
    );
}

#[test]
fn d002_weekday_mismatch() {
    assert_flags("D002", &["Friday", "Friday"]);
}

#[test]
fn d002_the_datelines_year_dates_a_later_weekday() {
    // "SYDNEY, Nov. 4, 2025": 8 November 2025 is a Saturday, and 2 January is read in the year
    // nearest the dateline (2026: a Friday).
    let story = "SYDNEY, Nov. 4, 2025 (Reuters) - The treasurer spoke on Tuesday.\n\nThe \
                 governor will speak to a committee on Friday, Nov. 8. The review ends on \
                 Friday, Jan. 2.";
    assert_only_finding(
        "D002",
        story,
        "Friday",
        "8 November 2025, which is a Saturday",
    );
    assert_quiet(
        "D002",
        [
            story.replace("Friday, Nov. 8", "Saturday, Nov. 8"),
            // Without the year, the dateline dates nothing.
            story
                .replace("Nov. 4, 2025", "Nov. 4")
                .replace("Friday, Jan. 2", "Thursday, Jan. 2"),
        ],
    );
}

#[test]
fn d003_date_after_dateline() {
    assert_flags("D003", &["15 December"]);
}

#[test]
fn d004_impossible_time() {
    assert_flags("D004", &["7:75", "25:30"]);
}

#[test]
fn n001_split_ordinal() {
    assert_flags("N001", &["16 th", "1 st"]);
}

#[test]
fn n002_wrong_suffix() {
    assert_flags("N002", &["21th", "2st", "11st", "12nd", "3th"]);
}

#[test]
fn n003_placeholder_number() {
    assert_flags("N003", &["<>", "TK", "XX", "{{n}}", "[N]", "##"]);
}

#[test]
fn n004_empty_ordinal() {
    assert_flags("N004", &["<>th", "<> nd", "##rd", "TKth", "{{n}}th"]);
}

#[test]
fn n005_letter_in_number() {
    assert_flags(
        "N005",
        &[
            "2O00", "l985", "1S0", "4B0", "40O", "1,5OO", "l0,000", "22S", "200S", "0O", "3O",
        ],
    );
}

#[test]
fn n006_implausible_ordinal() {
    assert_flags(
        "N006",
        &[
            "80th National Congress",
            "400th Congress",
            "85th century",
            "93rd president",
        ],
    );
}

#[test]
fn n006_a_series_named_before_its_ordinal() {
    // "The new parliament, the 84th since Federation": the series set off before the ordinal.
    assert_eq!(
        flagged(
            "N006",
            "Labor won a second term. The new parliament, the 84th since Federation in 1901, \
             sits in July.",
        ),
        ["84th"]
    );
    assert_quiet(
        "N006",
        [
            // a number the series has reached, and a parliament of no known country
            "Labor won a second term. The new parliament, the 48th since Federation in 1901, \
             sits in July.",
            "The new parliament, the 84th in the city's history, sits in July.",
        ],
    );
}

#[test]
fn e003_a_company_named_with_its_legal_form_then_in_the_plural() {
    // "Arden Group Inc" ... "Arden Groups said": the legal form is no part of the name.
    let story = "Arden Group Inc said it filed a plan on Monday. Holders get one share for \
                 each class A share held, Arden Groups said.";
    assert_eq!(flagged("E003", story), ["Groups"]);
    // A longer name after the plural is another body.
    assert_quiet(
        "E003",
        [story.replace("Arden Groups said", "Arden Groups Holdings said")],
    );
}

#[test]
fn e001_place_variant() {
    assert_flags("E001", &["Ningbo", "Germiston", "Cork", "Lublin", "Inisa"]);
}

#[test]
fn e002_name_misspelling() {
    assert_flags("E002", &["Oatcn", "Industrics", "Tactlcal", "Softwore"]);
}

#[test]
fn e003_institution_variant() {
    assert_flags(
        "E003",
        &[
            "Chinese People's University",
            "Imperial Group",
            "Normal Bank",
            "Federal Electoral Council",
            "Groups",
        ],
    );
}

#[test]
fn p001_pronoun_gender() {
    assert_flags("P001", &["She"]);
}

#[test]
fn e004_name_typing_variant() {
    assert_flags(
        "E004",
        &["Kowalcyzk", "Hernadez", "Tegucigapla", "Ramanthan"],
    );
}

#[test]
fn e007_title_slip() {
    assert_flags("E007", &["Minsiter", "Presidnt", "Sentaor", "Secertary"]);
}

#[test]
fn e004_a_name_the_story_writes_once_that_english_text_knows() {
    // "Citigroup" is written once, then slipped: a spelling text writes often enough to be
    // known, and a form no list has.
    assert_only_finding(
        "E004",
        "NEW YORK, Oct 14 (Reuters) - Citigroup said on Tuesday that profit rose. Shares of \
         Citigrop rose 3 percent.",
        "Citigrop",
        "\"Citigroup\"",
    );
    // Near misses: two names the lists know ("Chen" and "Cheng"), and a slip of a name no list
    // has, written once and introduced by no given name ("Vandekerckhove" once,
    // "Vandekerkhove" once).
    assert_quiet(
        "E004",
        [
            "Li Chen spoke first. Later Cheng said the talks went well.",
            "The Vandekerckhove report was published. The Vandekerkhove family declined to comment.",
        ],
    );
}

#[test]
fn e004_a_given_name_slipped_in_a_family_of_three() {
    let story = "OSLO, Feb 6 (Reuters) - Jakob Ingebrigtsen withdrew with an injury. His father, \
                 Gjert Ingebrigtsen, is on trial. Gjetr Ingebrigtsen has denied the charges, \
                 and Henrik Ingebrigtsen testified.";
    assert_eq!(flagged("E004", story), ["Gjetr"]);
    // Three brothers of names that are names: no slip.
    assert_quiet(
        "E004",
        ["Jakob Ingebrigtsen won. Henrik Ingebrigtsen ran, and Filip Ingebrigtsen watched."],
    );
}

#[test]
fn e005_heads_after_an_acronym_and_before_a_legal_form() {
    // The head after an acronym, or before "Inc" and "Ltd", stands where heads do.
    assert_eq!(
        flagged(
            "E005",
            "An economist at HVB Gorup said rates would rise. Ministers asked the EC Commession \
             to report. The notes are guaranteed by Sanwa Bink Ltd and others.",
        ),
        ["Gorup", "Commession", "Bink"]
    );
    // An owner's name before the word is no given name before a surname; "Service" and
    // "Credit" are English words of such names as well as French ones.
    assert_eq!(
        flagged(
            "E005",
            "The debt is rated Aa-3 by Moody's Invetsors Service Inc. Shares of Credit \
             Agricole rose.",
        ),
        ["Invetsors"]
    );
    assert_quiet(
        "E005",
        [
            // a real word after an acronym, and a surname after one
            "A spokesman for the IMF Bunk team said so.",
            "Officials at the CIA Gorsky said so.",
        ],
    );
}

#[test]
fn e005_a_body_named_in_the_plural() {
    // A legal form, an owner's "'s" or a verb in the singular after a body's head made plural.
    assert_eq!(
        flagged(
            "E005",
            "Henley Groups Inc said it declared a dividend. A fire hit Western Refining \
             Corporations's plant. The White House Economic Policy Councils is expected to meet.",
        ),
        ["Groups", "Corporations", "Councils"]
    );
    assert_quiet(
        "E005",
        [
            // companies take plural names of their own
            "Marine Midland Banks Inc said profits rose.",
            "Travelers Companies Inc said it would buy back shares.",
            // several bodies, and a plural head with nothing to say one is meant
            "The Regional Development Councils were merged.",
            "The Scottish and Welsh Development Agencies is a phrase few would write.",
            // initials of a whole name whose plural is a complement, not its head
            "The International Association of Rowing Federations (IARF) met on Monday.",
            // a head opening the name, with nothing to say one is meant
            "The Universities of Scotland want more money.",
        ],
    );
    // The initials after it, or an owner's "'s" on a plural inside a longer name.
    assert_eq!(
        flagged(
            "E005",
            "The Grain Marketing Administrations (GMA) sold wheat. The Councils of European \
             Rectors (CER) met. An official of the Trade Ministries's Asian Division spoke.",
        ),
        ["Administrations", "Councils", "Ministries"]
    );
    // A company's plural head with an "s's" the plural name would not take: one company ...
    assert_eq!(
        flagged("E005", "A fire hit Eastern Milling Companies's plant."),
        ["Companies"]
    );
    // ... not with the apostrophe alone.
    assert_quiet("E005", ["A fire hit Eastern Milling Companies' plant."]);
    // Initials that spell the name's last words say one body though the run joins another
    // before it with "and", and initials may hold a digit ("G-7").
    assert_eq!(
        flagged(
            "E005",
            "Shipbuilders and the Steel and Allied Metal Workers Federations (SAMWF) said so. \
             Talks opened at the Councils of Nine (C-9) on Monday.",
        ),
        ["Federations", "Councils"]
    );
    assert_quiet(
        "E005",
        [
            // initials that do not spell the name's end, or only two words
            "Shipbuilders and the Steel and Allied Metal Workers Federations (SMWF) said so.",
            "Shipbuilders and the Steel Federations (SF) said so.",
            // a complement inside the spelt words
            "Engineers and the Union of Metal Federations (UMF) said so.",
        ],
    );
    // A verb in the singular after a relative pronoun, or the body as subject of a verb whose
    // object is "its" ...
    assert_eq!(
        flagged(
            "E005",
            "The Harbour Policy Institutes, which tends to favour tolls, spoke. On Monday, \
             Manitoba's Water Conservation Boards will lift its curbs.",
        ),
        ["Institutes", "Boards"]
    );
    // ... not where "its" may be another's, the verb is a plural's, or a phrase comes between.
    assert_quiet(
        "E005",
        [
            "The province said the Water Conservation Boards would keep its funding.",
            "The Harbour Policy Institutes, which tend to favour tolls, spoke.",
            "The Water Conservation Boards lifted the curbs on its behalf.",
        ],
    );
}

#[test]
fn e005_a_plural_of_a_names_complement_made_singular() {
    // The story wrote the name with the word plural before (a weekday after "on" is no part of
    // it).
    assert_eq!(
        flagged(
            "E005",
            "The suit was filed by the League for Tenant Rights on Monday. The League for Tenant \
             Right said it would appeal. The Board of Water Commissioners met. A Board of Water \
             Commissioner spokesman spoke.",
        ),
        ["Right", "Commissioner"]
    );
    assert_quiet(
        "E005",
        [
            // the head made singular: one of several
            "The Regional Reserve Banks met. The Regional Reserve Bank of Ohio said so.",
            // the singular first
            "The League for Tenant Right sued. The League for Tenant Rights said so.",
            // no complement
            "The Tenant Rights Board sued. The Tenant Right Board said so.",
        ],
    );
}

#[test]
fn e005_a_non_word_in_a_body_the_given_name_test_does_not_take_for_a_person() {
    // A given name that is the name's complement or a nation's adjective, or one opening a
    // name with a head elsewhere, is no person's; a swap in a body with a head elsewhere.
    assert_eq!(
        flagged(
            "E005",
            "He spoke at the Bank of America Cipital Management office. She teaches at the \
             Stanford School of Pblic Health. The Leisure Softwaer Retailers Association met.",
        ),
        ["Cipital", "Pblic", "Softwaer"]
    );
    // A country that is a given name too opens the name as the place: "Kenya National
    // Comission" is a body's.
    assert_eq!(
        flagged(
            "E005",
            "The Kenya National Comission on Human Rights said police had used force."
        ),
        ["Comission"]
    );
    // A person's surname after a given name stays a name.
    assert_quiet(
        "E005",
        [
            "Governor Mervyn Kling of the Bank of England spoke.",
            "Bank chief Ann Kling said so.",
        ],
    );
}

#[test]
fn e005_institution_word_slip() {
    assert_flags(
        "E005",
        &[
            "Foriegn",
            "Counsel",
            "Natoinal",
            "Parry",
            "Count",
            "Bang",
            "Back",
            "Electrical",
            "Woman",
        ],
    );
}

#[test]
fn e006_known_institution_misspelt() {
    assert_flags(
        "E006",
        &[
            "Hathway",
            "Agency",
            "Agnecy",
            "Agency",
            "Funds",
            "Banks",
            "Projection",
        ],
    );
}

#[test]
fn e006_a_common_word_in_a_known_name_and_bodies_over_a_continent() {
    // One of English's commonest words where the name has its own says enough with the head
    // alone; a body of the list made plural is one body.
    assert_eq!(
        flagged(
            "E006",
            "Many experts, including the Would Bank, said so. The Department of Healths said \
             nothing.",
        ),
        ["Would", "Healths"]
    );
    // A rarer word beside a bare head may be another body; bodies of a kind over a continent
    // are several.
    assert_quiet(
        "E006",
        [
            "Lenders such as the Worm Bank said so.",
            "Central Banks across Europe cut rates.",
            "The Royal Societies of Europe met in Paris.",
        ],
    );
}

#[test]
fn e006_whole_names_joined_names_and_an_acronym_before() {
    let cases: &[(&str, &[&str])] = &[
        // a non-word that is the whole name but for one slip, however generic the rest
        ("Loans from the Asain Development Bank rose.", &["Asain"]),
        // a real word in one of two names a run joins
        ("Citibank and Hang Seng Bang cut their rates.", &["Bang"]),
        // a real word in a long name whose other words all match
        (
            "The Centers for Disease Contrl and Prevention said so. The Department of Wealth \
             and Human Services agreed.",
            &["Contrl", "Wealth"],
        ),
        // an acronym before the run, and an owner's "'s" that ends the name
        ("He spoke to BBC World Servants's reporters.", &[]),
        ("He told BBC Wold Service's flagship programme.", &["Wold"]),
        // an owner's "'s" inside the window makes another phrase
        ("The head of the Bank's Brazl division said so.", &[]),
        // a real word in a short name with nothing distinctive stays quiet
        ("The Roya Bank of Canada said so.", &[]),
        // a known name made plural after "the", with nothing after it to name the several
        (
            "Donors to the Conservative Parties gave more. The Labour Parties of Britain and \
             Australia met, as did both Labour Parties.",
            &["Parties"],
        ),
        // a plural word of a known name made singular, the name whole, a country's initials
        // before it or a legal form after it ...
        (
            "The General Service Administration sold tin. The US Security Exchange Commission \
             agreed. Moody's Investor Service Inc said so.",
            &["Service", "Security", "Investor"],
        ),
        // ... not where the run goes on into another phrase
        (
            "The General Service Administration Building was sold. The Moody's Investor \
             Service Awards went ahead.",
            &[],
        ),
    ];
    for (story, expected) in cases {
        assert_eq!(&flagged("E006", story), expected, "{story}");
    }
}

#[test]
fn e006_a_plural_after_a_name_and_a_comma() {
    // A name before the comma is an apposition, not a list of bodies ...
    let story = "The Philippines and the lenders agreed a loan. Andrew Karas, World Banks \
                 vice-president for East Asia, said so.";
    assert_eq!(flagged("E006", story), ["Banks"]);
    // ... but bodies in the plural before it make one.
    assert_quiet(
        "E006",
        [story.replace("Andrew Karas, World Banks", "Central Banks, World Banks")],
    );
}

#[test]
fn e004_knows_how_names_are_introduced() {
    let cases: &[(&str, &[&str])] = &[
        // a given name opening the sentence introduces the surname
        (
            "Kylian Mbappe scored twice. The crowd cheered, while Mbape won the award.",
            &["Mbape"],
        ),
        // a name written surname first
        (
            "Founder Hui Ka Yan was detained. Analysts said Hiu, 65, had not been seen.",
            &["Hiu"],
        ),
        // a letter of the same sound
        (
            "Archbishop Laurent Ulrich led the service. Ulrick will consecrate the altar.",
            &["Ulrick"],
        ),
        // a final consonant voiced or not, after the full name
        (
            "Conservative frontbencher John Redwood said the plan was flawed. Mr Redwoot added \
             that taxes must fall.",
            &["Redwoot"],
        ),
        // a last letter cut from a name the story repeats, into a form no list has ...
        (
            "Finance Minister Haruhiko Kuroda spoke on Monday. Kuroda said exports rose. But \
             Kurod said he is taking no new steps.",
            &["Kurod"],
        ),
        // ... not an ending names change on their own
        (
            "Sergei Ivanov met the press. Ivanov said talks went well. Ivanova, his wife, said \
             nothing.",
            &[],
        ),
        // a letter added into a form no list has, after a person introduced by a given name ...
        (
            "Opposition leader Gerhard Wolkenstayn spoke first. Wolkenstayen told reporters \
             the budget had failed.",
            &["Wolkenstayen"],
        ),
        // ... not with another given name before it, nor after a title alone
        (
            "Opposition leader Gerhard Wolkenstayn spoke first. Maria Wolkenstayen told \
             reporters the budget had failed. Mr Brandtner spoke. Brandtnier said no.",
            &[],
        ),
        // one person's given name written two ways
        (
            "Kaitlyn Marsh scored the opener. Marsh has played 40 games, and Katelyn Marsh \
             will start again on Sunday.",
            &["Katelyn"],
        ),
        // two given names of other sounds, two people; a transliteration; a building
        (
            "Venus Harlow beat Serena Harlow. Viktor Orlov met Victor Orlov's lawyer at Forrest \
             Lodge, then drove to Forest Lodge.",
            &[],
        ),
        // two initials, two people
        (
            "The side: G Dempsey, S Horgan, D Hickie. Replacements: M Horan, E Miller.",
            &[],
        ),
        // a given name that is also a word, opening the sentence, introduces the surname
        (
            "Tony Hawksworth, a spokesman, said calls rose. Mr Hawkswoth said prices fell.",
            &["Hawkswoth"],
        ),
        // two given names, two people
        (
            "Robbie Williams won. The prize was presented by David Walliams, and Williams \
             thanked the crowd.",
            &[],
        ),
        // the same given name, even where it opens a sentence
        (
            "Jon Castellow's new film won the prize.\n\nThe director Jon Casstellow said he \
             would not campaign. \"It is the goal,\" Castellow said.",
            &["Casstellow"],
        ),
        // a letter doubled into a form no list has: the family name of two people, misspelt
        (
            "Michael Harwood said the party could win. Mr Harwood later added there was no \
             rift. The strategist helped Australia's PM, John Harwoood, win four elections.",
            &["Harwoood"],
        ),
        // ... but two real surnames with two given names stay two people
        (
            "Michael Matthews said the party could win. Mr Matthews later added there was no \
             rift. The strategist helped Australia's PM, John Mathews, win four elections.",
            &[],
        ),
        // a surname the lists know, named once, then doubled into a form no list has; the
        // possessive keeps its ending in the fix
        (
            "President Reagan has had his budget ignored. Using President Reaggan's more \
             optimistic assumptions, the deficit would shrink.",
            &["Reaggan's"],
        ),
        // a letter changed far on the keyboard, into a form no list has, after the full name
        (
            "The founder, Victor Quortelle, was charged. The sprinter will sue over \
             Quortella's allegations.",
            &["Quortella's"],
        ),
        // ... not with a given name of its own before it: another person
        (
            "The founder, Victor Quortelle, was charged. The sprinter Anna Quortella will sue.",
            &[],
        ),
        // ... nor after a person introduced by an honorific alone: another family
        (
            "Mr Quortelle, the family's lawyer, said the Quortella brothers would appeal.",
            &[],
        ),
        // a quotation closed before the full stop is no initial before the name ...
        (
            "Dame Edna Pellworth said the tour was \"nearly sold out\". Pellwirth added that \
             more dates would follow.",
            &["Pellwirth"],
        ),
        // ... while a real initial still says another person
        (
            "Dame Edna Pellworth said the tour was nearly sold out. J. Pellwirth added that \
             more dates would follow.",
            &[],
        ),
        // ... not a common word ("Rock"), nor a changed letter far on the keyboard
        (
            "The band played Rock Island. Later the Rocck show was cancelled. Senator Reagan \
             spoke; Reagon replied.",
            &[],
        ),
    ];
    for (story, expected) in cases {
        assert_eq!(&flagged("E004", story), expected, "{story}");
    }
}

#[test]
fn e004_fix_keeps_the_possessive() {
    let story = "President Reagan has had his budget ignored. Using President Reaggan's more \
                 optimistic assumptions, the deficit would shrink.";
    let fixes: Vec<_> = lint(story, &selecting("E004"))
        .into_iter()
        .map(|d| (d.message, d.fix))
        .collect();
    assert_eq!(fixes.len(), 1);
    assert!(fixes[0].0.contains("\"Reaggan\""), "{}", fixes[0].0);
    assert_eq!(fixes[0].1.as_deref(), Some("Reagan's"));
}

#[test]
fn t008_ocr_misread_word() {
    assert_flags(
        "T008",
        &[
            "aud", "whon", "thrce", "tbe", "boen", "waa", "fiom", "tho", "In", "Tho", "whioh",
        ],
    );
}

/// The words T008 flags in `story`.
fn t008_words(story: &str) -> Vec<String> {
    lint(story, &selecting("T008"))
        .iter()
        .map(|d| story[d.span.range()].to_string())
        .collect()
}

#[test]
fn t008_reads_a_sentence_opener_unless_the_story_names_it() {
    let words = t008_words;
    assert_eq!(
        words("The ship docked. Ho said the cargo was sound."),
        ["Ho"]
    );
    assert!(words("Stanley Ho met them. Ho said he was pleased.").is_empty());
}

#[test]
fn t008_a_line_that_opens_a_sentence_whose_stop_was_lost() {
    let words = t008_words;
    // After a comma at the end of a line, and before a clergyman's style.
    assert_eq!(
        words(
            "The prisoner pleaded not guilty,\nTho case is part heard.\nTho Rev. A. Smith \
               spoke."
        ),
        ["Tho", "Tho"]
    );
    // A name the story writes inside a sentence, and a surname, stay.
    assert!(words("He met Stanley Ho in May. They spoke,\nHo said nothing.").is_empty());
    assert!(words("The firm hired Mr Wood,\nWood said he would stay.").is_empty());
}

#[test]
fn t009_ocr_junk() {
    assert_flags("T009", &["»", "^", "¦"]);
}

#[test]
fn t007_then_for_than() {
    assert_flags("T007", &["then", "then", "then", "then"]);
}

#[test]
fn t007_amounts_quotations_and_more_then_just() {
    // An amount written with its unit ("6bn"), a quotation, "and more then just".
    let story = "The firm has debts of more then 6bn euros. It is, he said, more then \"an \
                 electoral device\". It is a fine show and more then just a comedy.";
    assert_eq!(flagged("T007", story), ["then", "then", "then"]);
    // "then" telling what came next stays.
    assert_quiet(
        "T007",
        [
            "He waited an hour and more then left.",
            "We tried once more then gave up.",
        ],
    );
}

#[test]
fn e001_a_country_the_story_is_plainly_about() {
    let cases: &[(&str, &[&str])] = &[
        (
            "Ireland's economy grew 5 pct. Ireland's exports rose, the central bank of Ireland \
             said. Growth would continue in Iceland over the next two years.",
            &["Iceland"],
        ),
        // both meant: a fixture, a list, or the other country's own places
        (
            "Ireland beat Wales. Ireland now lead the table, and Ireland play Iceland next.",
            &[],
        ),
        (
            "Ireland's economy grew. Ireland's exports rose. Ireland's bank met in Reykjavik, \
             and growth would continue in Iceland.",
            &[],
        ),
    ];
    for (story, expected) in cases {
        assert_eq!(&flagged("E001", story), expected, "{story}");
    }
}

#[test]
fn one_finding_per_span_and_fix() {
    // E002 and E005 both reach "Industries" for "Industrics": one finding, under E002.
    let story = "The National Office for Strategic Industrics opened on Monday.";
    let diags = lint(story, &Config::default());
    let codes: Vec<&str> = diags.iter().map(|d| d.rule.code).collect();
    assert_eq!(codes, ["E002"]);
}

/// The configuration that runs only `code` (a rule, or a family letter).
fn selecting(code: &str) -> Config {
    Config {
        select: vec![code.into()],
        ..Default::default()
    }
}

/// The words a rule flags in one story.
fn flagged<'a>(select: &str, story: &'a str) -> Vec<&'a str> {
    lint(story, &selecting(select))
        .iter()
        .map(|d| &story[d.span.range()])
        .collect()
}

/// The rule flags nothing in any of these stories.
/// `code` finds exactly one thing in `story`: `text`, with a message that says `in_message`.
fn assert_only_finding(code: &str, story: &str, text: &str, in_message: &str) {
    let found = lint(story, &selecting(code));
    assert_eq!(found.len(), 1, "{found:?}");
    assert_eq!(&story[found[0].span.range()], text);
    assert!(
        found[0].message.contains(in_message),
        "{}",
        found[0].message
    );
}

fn assert_quiet<S: AsRef<str>>(code: &str, stories: impl IntoIterator<Item = S>) {
    for story in stories {
        let story = story.as_ref();
        assert!(flagged(code, story).is_empty(), "{code} fired on {story}");
    }
}

/// The report a rule gives on one story, as a terminal shows it.
fn rendered(code: &str, file: &str, story: &str) -> String {
    render::term::render(file, story, &lint(story, &selecting(code)), false)
}

#[test]
fn p001_a_surname_with_a_typing_slip_is_still_its_person() {
    // "Kowalksa's coach" is Maria Kowalska's: "she" after the coach speaks is hers, as it is
    // when the surname is spelt right.
    let story = "WARSAW, June 8 (Reuters) - Maria Kowalska won the final on Saturday to take her \
                 second title.\n\nKowalska, 24, did not drop a set. She said she had learned from \
                 her loss last year.\n\nKowalksa's coach, Piotr Nowak, said he was proud of her. \
                 Nowak said she had worked hard on her serve.";
    assert_quiet("P001", [story, &story.replace("Kowalksa", "Kowalska")]);
    // The near miss: with no one else in the story who may be "she", "Nowak said she" is
    // Nowak's, and flagged.
    assert_eq!(
        flagged(
            "P001",
            "WARSAW, June 8 (Reuters) - Piotr Nowak, the coach, said he was proud. Nowak said \
             she had worked hard."
        ),
        ["she"]
    );
}

#[test]
fn p001_binds_pronouns_to_their_person() {
    let cases: &[(&str, &[&str])] = &[
        // "NAME said he/she"
        (
            "Tomasz Nowak, the new chief executive, said his first job was to cut costs. Nowak \
             said she would meet the unions on Monday.",
            &["she"],
        ),
        // "..., which she said ..." in NAME's reporting sentence
        (
            "Rafael Ortega met the unions. Ortega said the deal, which she said was fair, would \
             close soon.",
            &["she"],
        ),
        // a sentence-initial pronoun after "..., said NAME."
        (
            "\"We will win,\" said coach Daniel Okafor. She added that the squad was fit.",
            &["She"],
        ),
        // a subordinate clause of NAME's sentence
        (
            "Prime Minister Viktor Horvath watched the launch from Lisbon, where she was \
             attending a summit.",
            &["she"],
        ),
        // a public figure named in full, with no other sign of sex
        (
            "President Claudia Sheinbaum visited the plant in Puebla, where he was greeted by \
             workers.",
            &["he"],
        ),
        // the same surname on someone else is no public figure
        (
            "Analyst Priya Modi visited the plant in Puebla, where she was greeted by workers.",
            &[],
        ),
        // "NAME, who ... her ..."
        (
            "Ingrid Svensson, who ran his first marathon in 2019, won in Berlin on Sunday.",
            &["his"],
        ),
        // an honorific outweighs two wrong pronouns
        (
            "Sir Alan Hughes founded the company in 1970. He ran it for 40 years. Hughes never \
             retired. She was known for her love of horses, and left most of his fortune to \
             charity.",
            &["She", "her"],
        ),
        // a closing attribution continues the last speaker over sentences that name nobody
        (
            "Rates will rise by the end of the year, bank treasurer Eugene Marwick said. He \
             expects two increases. The bank will borrow early this year. It will also sell \
             bonds in Zurich, she said.",
            &["she"],
        ),
        // the one person of the sentence not known to be a man takes "her"; "He" then stands
        // for her against three of her pronouns
        (
            "Sven Dahl said he had reached Yoon Ji-woo at her home in Seoul, where she was \
             having dinner with her son. Yoon is best known for her novels. He was born in \
             Busan in 1970.",
            &["He"],
        ),
        // inside a quotation, the other pronoun for the same player comes just after
        (
            "Striker Tom Ellery injured his ankle on Saturday. Coach Rob Hale said: \"She has \
             a scan on Monday but he should be fit for the derby.\"",
            &["She"],
        ),
        // two quotations of one speaker joined by the attribution
        (
            "Coach Rob Hale picked Liam Ford for the squad. \"Liam is a fine young player. He \
             has been with us for two years,\" said Hale. \"She has a big future.\"",
            &["She"],
        ),
        // "the prime minister" stands for the one person the story gave that office
        (
            "Prime Minister Jacinda Moore visited Paris on Monday. The prime minister said he \
             would meet the president later.",
            &["he"],
        ),
        // "NAME said her government" is the speaker's, whoever the next sentence names
        (
            "President Ferdinand Ocampo told reporters the arrest was lawful. Ocampo said her \
             government had followed every procedure. Vice President Sara Lim, a critic, \
             called it a betrayal.",
            &["her"],
        ),
        // "..., telling a news conference in Auckland that he": the telling verb's subject
        (
            "WELLINGTON, Jan 19 (Reuters) - Prime Minister Helen Marsh said on Thursday she \
             would resign, telling a news conference in Auckland that he was tired.\n\nHer \
             deputy, Grant Ross, said he would not run.",
            &["he"],
        ),
        // "He said she knew": the speaker is a pronoun bound to the subject, and no woman is
        // named before
        (
            "LONDON, July 5 (Reuters) - Tom Harker became prime minister on Friday after his \
             party won the election.\n\nHarker, 61, told staff that his government would put \
             \"country first\". He said she knew many voters had lost faith in politics.\n\n\
             Anne Reed was named finance minister. Reed said she would be honest about the \
             public finances.",
            &["she"],
        ),
        // "Jade" is mostly a woman's name: no other man may be "his", so it is the
        // subject's
        (
            "PARIS, Aug 4 (AP) - Lena Morel won the vault ahead of Jade Carey on Saturday.\n\n\
             Morel, 27, landed his signature vault cleanly. She said she felt calm.",
            &["his"],
        ),
        // "Chris" is mostly a man's name: the "she" he reports of himself is the slip, not
        // the "his" after it
        (
            "Education Minister Chris Hollins is seen as the front-runner, and Hollins said she \
             would put his name forward.",
            &["she"],
        ),
        // a long apposition after an age: "NAME, 62, a climate scientist and former mayor of
        // the capital, told Congress that he"
        (
            "MEXICO CITY, Oct 1 (Reuters) - Carla Mendez was sworn in as president on \
             Tuesday.\n\nMendez, 62, a climate scientist and former mayor of the capital, told \
             Congress that he would respect private investment.\n\nFormer president Luis \
             Ortega said he would retire.",
            &["he"],
        ),
        // a speaking pronoun and an audience: "He told Norwegian broadcaster NRK that she"
        (
            "OSLO, Oct 5 (Reuters) - Jon Haugland won the prize on Thursday.\n\nHaugland, 64, \
             is one of the most performed playwrights in Europe. He told Norwegian broadcaster \
             NRK that she was overwhelmed by the news.\n\nLast year's winner, Annie Laurent, \
             said she was delighted.",
            &["she"],
        ),
    ];
    for (story, expected) in cases {
        assert_eq!(&flagged("P001", story), expected, "{story}");
    }
    // Near misses: a woman named before may be the "she" a pronoun speaker reports; a role
    // noun ("his wife") may be too.
    assert_quiet(
        "P001",
        [
            "LONDON, July 5 (Reuters) - Ann Cole lost her seat. Tom Harker became prime \
             minister on Friday. He said she had fought a fair campaign.",
            "LONDON, July 5 (Reuters) - Tom Harker's wife was injured in the crash. Harker, \
             61, was unhurt. He said she was recovering in hospital.",
            "PARIS, Aug 4 (AP) - Lena Morel won the vault ahead of Jake Carey's sister on \
             Saturday.\n\nMorel, 27, landed his signature vault cleanly.",
        ],
    );
}

#[test]
fn dates_as_wire_copy_writes_them() {
    let cases: &[(&str, &str, &[&str])] = &[
        // the lede's weekday is the dateline's date: 9 May is a Friday, so 12 May a Monday
        (
            "D002",
            "Lagos, 9 May (ZXN) -- The senate on Friday approved the budget.\n\nTalks resume \
             on Tuesday, 12 May.",
            &["Tuesday"],
        ),
        // ... and when it fits, nothing
        (
            "D002",
            "Lagos, 9 May (ZXN) -- The senate on Friday approved the budget.\n\nTalks resume \
             on Monday, 12 May.",
            &[],
        ),
        // a qualified weekday fixes nothing ("last Friday")
        (
            "D002",
            "Lagos, 9 May (ZXN) -- The senate last Friday approved the budget.\n\nTalks \
             resume on Tuesday, 12 May.",
            &[],
        ),
        // two pairs that agree with each other outweigh the lede
        (
            "D002",
            "Lagos, 9 May (ZXN) -- The senate on Friday approved the budget.\n\nTalks resume \
             on Tuesday, 12 May, and end on Friday, 15 May.",
            &[],
        ),
        // wire-style four-digit clock times
        (
            "D004",
            "The market closed at 2530 GMT. Trading resumes at 2900 local time and at 0860 \
             EST, or 2800GMT.",
            &["2530 GMT", "2900 local time", "0860 EST", "2800GMT"],
        ),
        // durations, years and figures are no clock times
        (
            "D004",
            "Pilots flew 2500 hours. The 1992 GMT contract. Output was 2,930 GMT tonnes. \
             Close at 1945 GMT or 2400 GMT.",
            &[],
        ),
        // past events after the dateline, in the shapes Reuters writes them
        (
            "D003",
            "NEW YORK, April 13 - The contract expired April 20. A letter dated April 18 \
             was sent. The union had again refused, on April\n17, to meet. Talks were on \
             April 15. The department had estimated on April 19 that orders rose.",
            &["April 20", "April 18", "April\n17", "April 15", "April 19"],
        ),
        // plans, reported futures and last year's dates are not
        (
            "D003",
            "NEW YORK, April 13 - The offer will expire April 20. He said it intends to close \
             the deal on April 16. The proposed vote on April 18 was called off. The quarter \
             ended December 31. The department estimated on April 19 that orders would rise.",
            &[],
        ),
    ];
    for (code, story, expected) in cases {
        assert_eq!(&flagged(code, story), expected, "{code}: {story}");
    }
}

#[test]
fn p001_bound_pronoun_snapshot() {
    let story = "Justice Samuel Okonkwo wrote for the majority. She said the law was clear.";
    insta::assert_snapshot!("P001-bound", rendered("P001", "bound.txt", story));
}

/// Each paragraph of the fixture is an article of its own (the rules weigh evidence over a whole
/// story), and none of them draws a finding from the selected rules.
fn assert_stories_silent(fixture: &str, select: &str) {
    let path = format!("{}/tests/fixtures/{fixture}", env!("CARGO_MANIFEST_DIR"));
    let text = std::fs::read_to_string(path).unwrap();
    let config = selecting(select);
    for story in text.split("\n\n") {
        let found = lint(story, &config);
        assert!(
            found.is_empty(),
            "{select} fired on {story:?}: {}",
            found[0].message
        );
    }
}

#[test]
fn p001_near_misses_stay_silent() {
    assert_stories_silent("P001-near-misses.txt", "P001");
}

#[test]
fn entity_near_misses_stay_silent() {
    assert_stories_silent("E-near-misses.txt", "E");
}

#[test]
fn p001_a_weekday_before_a_name_is_no_part_of_it() {
    let story = "LONDON (ZXN) - On Wednesday Gordon Maitland said she hoped the minister \
                 would serve again. Mr Maitland added that his party would win.";
    assert_only_finding("P001", story, "she", "for Gordon Maitland,");
    // A month a woman may be named after stays part of the name: "June Maitland ... she".
    assert_quiet(
        "P001",
        ["On Tuesday June Maitland said she hoped the minister would serve again."],
    );
}

#[test]
fn p001_the_only_titled_person_when_no_pronoun_of_the_other_sex_is_about() {
    // No "he" outside a quotation to go by, but Mr Halvorsen is the only person, and the story
    // has no sign of a woman.
    let story = "OSLO (ZXN) - Mr Halvorsen was charged on Monday. Mr Halvorsen, 31, had \
                 \"hurt his firm\", a lawyer said. Police said Mr Halvorsen's scheme ran for two \
                 years, during which time she moved funds abroad.";
    assert_only_finding("P001", story, "she", "for Mr Halvorsen,");
    assert_quiet(
        "P001",
        [
            // a woman elsewhere in the story
            story.replace("a lawyer said", "his wife said"),
            // somebody else named in between
            story.replace("during which time", "when Sorlie, a partner, said"),
            // too little to show a man
            "OSLO (ZXN) - Mr Halvorsen's scheme ran for two years, during which time she moved \
             funds abroad."
                .to_string(),
        ],
    );
}

#[test]
fn p001_a_misspelt_title_is_no_part_of_the_name() {
    // "Seecretary" is no word and no name: the person is Walter Hobart.
    let story = "LONDON, May 2 - Foreign Seecretary Walter Hobart said talks would go on.\n\
                 \"We will not give up,\" Hobart said.\nShe added that talks would resume.";
    assert_only_finding("P001", story, "She", "for Walter Hobart,");
    // A possessive, or a given name that is a word ("My"), is no such title.
    assert_quiet(
        "P001",
        ["Ask's My Jeeves service works well, he said. She liked it, said Ann Bell."],
    );
}

#[test]
fn p001_a_country_is_her_only_before_what_it_owns() {
    let config = selecting("P001");
    // "she" and an object "her" after a country still refer to the person.
    for story in [
        "Coach Mark Jones praised his players. \"Ireland have a fine pack but Wales are better,\" she added.",
        "Mark Jones praised his players. He said it was an honour to lead England, and the squad thanked her.",
    ] {
        let found = lint(story, &config);
        assert_eq!(found.len(), 1, "{story}");
    }
    let owned = "Coach Mark Jones praised his players. He said China and her people would gain.";
    assert!(lint(owned, &config).is_empty());
}

#[test]
fn t001_mojibake() {
    assert_flags("T001", &["â€™", "Ã©", "â€œ"]);
}

#[test]
fn t002_replacement_character() {
    assert_flags("T002", &["attrib\u{FFFD}ted", "p\u{FFFD}\u{FFFD}oviding"]);
}

#[test]
fn t003_broken_hyphen() {
    assert_flags(
        "T003",
        &[
            "tempo- rarily",
            "some- times",
            "Com\nmittee",
            "pro\nceedings",
        ],
    );
}

#[test]
fn t004_doubled_word() {
    assert_flags("T004", &["the the", "in in", "a a"]);
    // A demonstrative standing for what went before, then one opening a noun phrase.
    assert_quiet(
        "T004",
        [
            "Add to this this new rule on fares, and commuters pay more.",
            "He spoke of that that morning's vote only briefly.",
            "Results: (Dubbo) 70, A A Penrose 80.",
        ],
    );
    assert_eq!(
        flagged(
            "T004",
            "The board said this this year, and the the bank agreed."
        ),
        ["this this", "the the"]
    );
    // "that that" before a pronoun or an article, where no demonstrative can stand ...
    assert_eq!(
        flagged(
            "T004",
            "The bank said that that it would cut rates. She hoped that that the vote would pass."
        ),
        ["that that", "that that"]
    );
    // ... but not before a verb or a noun, which a demonstrative takes.
    assert_quiet(
        "T004",
        [
            "He said that that was wrong.",
            "The plan that that minister drew up failed.",
        ],
    );
}

#[test]
fn t005_misspelt_calendar_name() {
    assert_flags(
        "T005",
        &["Wendesday", "Januray", "Decmber", "Marh", "Jnue", "Febuary"],
    );
}

#[test]
fn t005_short_months_swapped_where_a_month_stands() {
    // A swap of two letters in a four-letter month, after a word that leads to a month.
    assert_eq!(
        flagged(
            "T005",
            "Output fell sharply last Juyl, the ministry said. The plant is due to open by Jnue \
             and the shares go on sale in either June or Jluy.",
        ),
        ["Juyl", "Jnue", "Jluy"]
    );
    // After "mid-" too, and a rare word of the large list when a day stands beside it.
    assert_eq!(
        flagged(
            "T005",
            "The books close by mid-Arpil. Talks ended on Aril 27 without a deal.",
        ),
        ["Arpil", "Aril"]
    );
    // Names and words as written stay: a town, a Mach number, a letter dropped from a short
    // month with no day beside it.
    assert_quiet(
        "T005",
        [
            "The Mayor of Junee opened the show.",
            "The jet flew at Mach 2 over the desert.",
            "He spoke of the aril of the seed in July.",
            "They met last Jule at the fair.",
        ],
    );
}

#[test]
fn a_month_with_its_day_in_words_is_no_person() {
    // "April Three" is a date: its slip is a misspelt month, not another given name.
    let story = "The notes are to be issued around April Three.\n    Qintex said it has extended \
                 its tender offer until Aprli Three.";
    let found: Vec<_> = lint(story, &Config::default())
        .iter()
        .map(|d| (d.rule.code, &story[d.span.range()]))
        .collect();
    assert_eq!(found, [("T005", "Aprli")]);
}

#[test]
fn t006_stray_name() {
    assert_flags("T006", &["Xi"]);
}

#[test]
fn fixes_are_offered_where_certain() {
    let fix =
        |code: &str| -> Vec<Option<String>> { run(code).1.into_iter().map(|d| d.fix).collect() };
    assert_eq!(fix("N001"), vec![Some("16th".into()), Some("1st".into())]);
    assert_eq!(fix("T001")[0].as_deref(), Some("’"));
    assert_eq!(fix("T002"), vec![Some("attributed".into()), None]);
    assert_eq!(fix("T003")[0].as_deref(), Some("temporarily"));
}

#[test]
fn every_rule_has_a_fixture_and_a_test() {
    let source = include_str!("rules.rs");
    for rule in rules::RULES {
        let code = rule.meta().code;
        let fixture = format!("{}/tests/fixtures/{code}.txt", env!("CARGO_MANIFEST_DIR"));
        assert!(
            std::path::Path::new(&fixture).exists(),
            "no fixture for {code}"
        );
        assert!(
            source.contains(&format!("\"{code}\",")),
            "no test for {code}"
        );
    }
}

#[test]
fn words_broken_at_a_line_end_are_one_word_for_every_rule() {
    use wirelint::check::{FileOptions, check_text};
    // Without the join, "Minis" and "Ministers" would be two spellings of one institution, and
    // "Coun" a name.
    let story = "The Council of Ministers met on Monday. Later the Coun-\ncil of Minis-\nters \
                 agreed, and the Council of Ministers closed the session.\n";
    let diags = check_text("s.txt", story, &Config::default(), &FileOptions::default()).unwrap();
    assert!(diags.is_empty(), "{diags:?}");
    // A misspelling across the break is still found, and its span covers both halves.
    let story = "The Council of Ministers met on Monday. The Council of Minsi-\nters agreed.\n";
    let diags = check_text("s.txt", story, &Config::default(), &FileOptions::default()).unwrap();
    let spans: Vec<&str> = diags.iter().map(|d| &story[d.span.range()]).collect();
    assert!(spans == ["Minsi-\nters"], "{spans:?}");
}

#[test]
fn e001_a_country_named_once_beside_the_home_of_the_story() {
    // The story's cities lie in Iraq, which it names twice: "Iran" once is the slip.
    let story = "Basra, 4 May (ZXN) -- Oil exports from Iraq rose in April as tankers loaded at \
                 Basra and Kirkuk pumped more crude. Officials in Mosul said Iraq would raise \
                 output again. The ministry said Iran would ship the first cargo in June.";
    assert_eq!(flagged("E001", story), ["Iran"]);
    // Both countries plainly meant: named together.
    let both = story.replace("Officials in Mosul", "Talks between Iran and Iraq in Mosul");
    assert!(flagged("E001", &both).is_empty(), "{both}");
    // A story whose cities are elsewhere proves nothing.
    let elsewhere = story
        .replace("Basra, 4 May", "Geneva, 4 May")
        .replace("at \\\n                 Basra and Kirkuk", "")
        .replace("Basra and Kirkuk", "Rotterdam and Antwerp")
        .replace("Officials in Mosul", "Officials in Vienna");
    assert!(flagged("E001", &elsewhere).is_empty(), "{elsewhere}");
}

#[test]
fn e001_a_city_placed_in_a_look_alike_province() {
    // Taiyuan lies in Shanxi; Wuhan in Hubei: the look-alike neighbour is the slip.
    let story = "Taiyuan, 2 May (ZXN) -- Coal output in Taiyuan, Shaanxi, rose in April. \
                 Steel mills in Wuhan, on the banks of the river in the province of Hebei, \
                 cut prices.";
    assert_eq!(flagged("E001", story), ["Shaanxi", "Hebei"]);
    // Where the city does lie ("Taiyuan, Shanxi"), or a town of that name does ("Suzhou, Anhui"
    // as well as Jiangsu), or a division with no look-alike of the city's ("Wuhan, Sichuan"):
    // nothing to say.
    assert_quiet(
        "E001",
        [
            "Coal output in Taiyuan, Shanxi, rose in April.",
            "Factories in Suzhou, Anhui, and in Suzhou, Jiangsu, added shifts.",
            "Steel mills in Wuhan, Sichuan and Yunnan cut prices.",
            "Taiyuan in Shanxi province and Yulin in Shaanxi were hit.",
        ],
    );
}

#[test]
fn e001_an_unknown_name_where_a_place_stands() {
    // "in Mosik" where the story is about Mosul: two letters past a shared start.
    let story = "Baghdad, 3 March (ZXN) -- The governor of Mosul was arrested on Tuesday. \
                 Hundreds of supporters gathered in Mosik on Tuesday evening.";
    assert_eq!(flagged("E001", story), ["Mosik"]);
    // Not in a place's slot: a person's name.
    let person = story.replace("gathered in Mosik", "gathered with Mosik");
    assert!(flagged("E001", &person).is_empty(), "{person}");
}

#[test]
fn e001_two_letters_swapped_where_a_place_stands() {
    // A name of no list, swapped from a place the story names once; a rare word of the lists
    // ("Chian", of Chios) swapped from one it names again.
    let story = "Talks in Paris began on Monday. The deal was signed on Thursday in Prais.";
    assert_eq!(flagged("E001", story), ["Prais"]);
    // The first word of a two-word place slipped into a form no list has.
    assert_eq!(
        flagged(
            "E001",
            "Tariffs by the Unitde States hurt. He flew to Hnog Kong. Mr Hogn Kong spoke. The \
             Untied States is a word."
        ),
        ["Unitde", "Hnog"]
    );
    // A country or a city of a million swapped where a place stands, named in the story or not;
    // not where no place stands, nor a small town.
    assert_eq!(
        flagged(
            "E001",
            "The deal was signed on Thursday in Dehli by both sides."
        ),
        ["Dehli"]
    );
    assert_quiet(
        "E001",
        [
            "Mr Dehli said the deal was signed on Thursday.",
            "The deal was signed on Thursday in Wokr by both sides.",
        ],
    );
    // A letter dropped or added, in a form no text, town or list has, after "to" as well.
    assert_eq!(
        flagged(
            "E001",
            "Talks were held in Brusels. The team flew to Chicaago. Both sides met in Barcellona."
        ),
        ["Brusels", "Chicaago"]
    );
    // Not where no place stands, nor a name of six letters or fewer one letter from a city.
    assert_quiet(
        "E001",
        [
            "Mr Brusels said talks went well.",
            "The team met Chicaago officials.",
            "They moved to Lodz in May.",
        ],
    );
    let story = "Exports to China rose in May. The ship sailed from Chian last week with \
                 goods for China.";
    assert_eq!(flagged("E001", story), ["Chian"]);
    // The word of the lists beside a place named once, or not where a place stands.
    assert_quiet(
        "E001",
        [
            "Exports to China rose in May. The ship sailed from Chian last week.",
            "Exports to China rose in May. Chian wine sold well, and China bought some.",
        ],
    );
}

#[test]
fn p001_who_comes_after_a_reported_pronoun() {
    // After "NAME said", a role noun in the next sentence is no referent ("his ex-wife's
    // nanny"), nor is someone the story named before and less than the speaker.
    let story = "On Wednesday Tony Blair said she hoped the former minister would serve again. \
                 Mr Hale quit after a probe linked him to his ex-wife's nanny. Mr Blair said he \
                 was sad.";
    assert_eq!(flagged("P001", story), ["she"]);
    let story = "Sprinter Kelli Ross said coach Victor Lane first told her the pill was fish oil. \
                 Ross failed a test in 2003 and she was banned for two years. At first, Ross said \
                 he took the pill for a sleep disorder, but she now takes the blame. \"My view of \
                 Victor is that he was selling a product,\" she said.";
    assert_eq!(flagged("P001", story), ["he"]);
    // The person a story is about, named just after, may be what the pronoun stands for.
    let story = "Veteran comic Cyril Dane has died aged 90 at his home. Dane was known for comic \
                 verse. Fans loved the odd odes. Host Esther Vane said he was \"a delight\" to \
                 work with. \"The thing about Cyril was that he was a gentleman,\" Ms Vane said. \
                 She will miss the shows.";
    assert_quiet("P001", [story]);
    let without = story.replace(
        "\"The thing about Cyril was that he was a gentleman,\" Ms Vane said.",
        "Ms Vane said she was sad.",
    );
    assert_eq!(flagged("P001", &without), ["he"]);
}

#[test]
fn p001_a_newcomer_who_opens_the_sentence() {
    // In a story of men, a woman of no listed given name, introduced and then opening the
    // sentence by her surname, is whom the pronoun stands for.
    let story = "Premier Rolf Dahl said he would step down, after his party lost a vote. Mr Dahl \
                 said he was tired. Former trade minister Ingrun Vasstrand, whose exit set off the \
                 crisis, may run. Vasstrand has not said whether she will stand.";
    assert_quiet("P001", [story]);
    // Named only inside the sentence, or opening it with no introduction before, she is no
    // subject the story has set up.
    let inside = story.replace(
        "Vasstrand has not said whether she will stand.",
        "Asked about Vasstrand, aides said she will stand.",
    );
    assert_eq!(flagged("P001", &inside), ["she"]);
    let unintroduced = story.replace(
        "Former trade minister Ingrun Vasstrand, whose exit set off the crisis, may run. ",
        "",
    );
    assert_eq!(flagged("P001", &unintroduced), ["she"]);
}

#[test]
fn p001_a_speaker_whose_words_come_after_a_time_or_a_channel() {
    // "said on Monday she", "said in a statement that she": the speaker still.
    let story = "Prime Minister Anton Varga said on Monday she would resign once a successor \
                 is chosen. Varga, who has led his party since 2015, will stay on until then.";
    assert_eq!(flagged("P001", story), ["she"]);
    let story = "Union leader Dennis Holt said in a statement that she would fight the cuts. \
                 Holt has led his union since 2010.";
    assert_eq!(flagged("P001", story), ["she"]);
    // A name after the role: "Vale's chief, Bruno Salles, said her company ...".
    let story = "Shares rose. The miner's chief executive, Bruno Salles, said her company \
                 would pay. Salles told his staff on Friday.";
    assert_eq!(flagged("P001", story), ["her"]);
    // The speaker's own intent, though a woman is introduced in the next sentence; the same
    // words about another ("said she was ...") may mean the woman named next.
    let story = "Fed Chair Walter Brandt said she did not think the economy was in recession. \
                 Governor Ellen Marsh dissented, preferring a smaller cut. Brandt said his \
                 board was united.";
    assert_eq!(flagged("P001", story), ["she"]);
    assert_quiet(
        "P001",
        [story.replace(
            "she did not think the economy was",
            "she was a fine economist and",
        )],
    );
    // "..., and he wrote novels": a clause with a subject of its own, no reported speech.
    let story = "Actor Glen Harper and his wife, Mona Harper, were found dead. She ran a shop \
                 in town for years, and he wrote novels after he retired.";
    assert_quiet("P001", [story]);
}

#[test]
fn p001_a_possessive_opening_the_sentence_after_its_subject() {
    // "His wife ..." right after a sentence about a man, in the same paragraph.
    let story = "Chancellor Franz Koller said he would form a government quickly. Koller, 69, \
                 thanked voters in Bonn. Her wife, Greta Lind, a judge, stood beside him.";
    assert_eq!(flagged("P001", story), ["Her"]);
    // Opening a paragraph, it may stand for whom the story is about.
    let story = "Queen Ingrid of Nordmark has died aged 96. She reigned for 70 years.\n\n\
                 Premier Axel Berg said she was a rock. Berg said he would speak in parliament.\n\n\
                 Her husband, Prince Olaf, died in 2021.";
    assert_quiet("P001", [story]);
}

#[test]
fn p001_a_speaker_who_told_an_audience() {
    // "told MPs she": the audience stands between the verb and the pronoun.
    let story = "Gordon Brown spoke for an hour. During his speech Mr Brown told MPs she had \
                 beaten the forecasts. He said growth was strong.";
    assert_eq!(flagged("P001", story), ["she"]);
    // A person told is who the pronoun may stand for.
    assert_quiet(
        "P001",
        [story.replace("told MPs she", "told Mary Hart she")],
    );
}

#[test]
fn p001_a_speaker_who_told_a_longer_audience_or_added_a_clause() {
    // "told an audience in Rotterdam that she", "told the Harbour Gazette newspaper that".
    let story = "Central bank chief Hendrik Vos said rates would stay high. Vos told an \
                 audience in Rotterdam that she saw no recession. He spoke for an hour.";
    assert_eq!(flagged("P001", story), ["she"]);
    let story = "Coach Pavel Dusek was pleased. Dusek told the Harbour Gazette newspaper that \
                 her side had earned the win. He praised the fans.";
    assert_eq!(flagged("P001", story), ["her"]);
    // Someone told, or a wife told, may be whom the pronoun stands for.
    let told = "Coach Pavel Dusek was pleased. Dusek told his wife Ilona that she had earned \
                the win. He praised the fans.";
    assert_quiet(
        "P001",
        [told, &told.replace("his wife Ilona", "Ilona Brandt")],
    );
    // "NAME said ..., adding that her party": the speaker's own words; a surname that is
    // also a town ("Santos") is the person's, not a country owning something.
    let story = "Opposition leader Pedro Nuno Santos criticised the plan. Santos said in \
                 parliament, adding that her party would vote against it.";
    assert_eq!(flagged("P001", story), ["her"]);
    // A person named in the next paragraph is no referent of a reported pronoun.
    let story = "Foreign Minister Yoko Kamikawa declined to say whether she would run. \
                 Kamikawa told reporters in Tokyo that his focus was on diplomacy.\n\n\
                 Chief Cabinet Secretary Hiroshi Hayashi said the work would go on.";
    assert_eq!(flagged("P001", story), ["his"]);
    assert_quiet("P001", [story.replace("diplomacy.\n\n", "diplomacy. ")]);
}

#[test]
fn p001_the_subject_after_a_dateline_and_a_role() {
    // "MADRID (AP) - Spanish tennis player NAME ... to win her": the subject is the player.
    let story = "MADRID (AP) - Spanish tennis player Carlos Ferrera beat Tomas Berdych in \
                 straight sets on Sunday to win her second title in a row.";
    assert_eq!(flagged("P001", story), ["her"]);
    // A verb before the role makes the player an object.
    assert_quiet(
        "P001",
        [story.replace("Spanish tennis player", "Police questioned player")],
    );
    // "Britain's Toby Hale": a country owning the name is no part of it.
    let story = "In the men's event, Britain's Daniel Hale took gold. Hale said she had not \
                 expected to win.";
    assert_eq!(flagged("P001", story), ["she"]);
}

#[test]
fn p001_a_possessive_in_a_clause_about_someone_else() {
    // The story's woman named before: "her past comments" is hers, not the senator's.
    let story = "The Senate confirmed Mara Quinlan as intelligence director on Wednesday. \
                 The vote was 52-48.\n\nSenator Mark Walden, the top \
                 Democrat on the committee, said he remained concerned about her past \
                 comments. Walden told reporters his staff would review her disclosures.";
    assert_quiet("P001", [story]);
    // With nobody else named before, the subject's own clause: "to win her second title".
    let story = "Carlos Ferrera beat the defending champion on Sunday to win her second title.";
    assert_eq!(flagged("P001", story), ["her"]);
}

#[test]
fn p001_no_story_wide_finding_that_goes_by_a_wrong_pronoun() {
    // "Aiko Tanabe said that he was ready": that "he" is the slip; the "she" after it that
    // the story-wide count would set against it is right.
    let story = "Prime Minister Kenji Mori will not run again, he said on Monday.\n\n\
                 Defence minister Shigeru Ishiba said he would consider running. The party \
                 will vote next month. Economy minister Sanae Takaichi said last month that he \
                 was ready to lead. Foreign Minister Yoko Kamikawa declined to say whether she \
                 would run.";
    let found = flagged("P001", story);
    assert_eq!(found, ["he"], "{found:?}");
}

#[test]
fn p001_surnames_given_names_and_clauses_of_the_speaker() {
    // A surname stands for the one person of that name named so far: the brother named later
    // does not make "Chung, 72," before him anyone's.
    let story = "Conductor Chung Myung-hoon was named music director on Tuesday.\n\n\
                 Chung, 72, will take up the post in 2027. She said in a statement that he \
                 was grateful. His brother, cellist Chung Myung-sik, also plays.";
    assert_eq!(flagged("P001", story), ["She"]);
    // "Theresa May": a month after a given name is a surname.
    let story = "Former prime minister Theresa May, who voted against, told the chamber that \
                 he believed the bill was wrong. May has sat in parliament since 1997.";
    assert_eq!(flagged("P001", story), ["he"]);
    // "NAME thanked ... and said she", "... but has said her government".
    let story = "President Emmanuel Macron thanked the craftsmen and said she had never \
                 doubted the work. The cathedral opened at noon.";
    assert_eq!(flagged("P001", story), ["she"]);
    let story = "The vote passed. Lawmaker Ruth Dale said she was pleased.\n\nPrime Minister \
                 Keir Starmer voted in favour but has said her government will stay neutral.";
    assert_eq!(flagged("P001", story), ["her"]);
    // Someone else between the name and "and said" may be the pronoun's referent.
    assert_quiet(
        "P001",
        ["President Emmanuel Macron thanked Anne Roux and said she had never doubted the work."],
    );
    // "Kenyan runner NAME broke her own record": a runner is a role before the subject.
    let story = "NAIROBI, July 9 (AP) - Kenyan runner Faith Kiplagat broke his own world record \
                 on Saturday.";
    assert_eq!(flagged("P001", story), ["his"]);
}

#[test]
fn p001_relatives_in_apposition_and_whom_the_story_is_about() {
    // A possessive opening a paragraph stands for the subject before when the story is most
    // about that person...
    let story = "A judge jailed Tom Barker for four years on Thursday. Judge Sarah Whitehouse \
                 said she had seen no remorse. Barker, 48, had denied the charges. Barker \
                 will appeal.\n\nHer lawyer, Ian Winter, said the sentence was harsh.";
    assert_eq!(flagged("P001", story), ["Her"]);
    // ... not when someone else is named as often.
    assert_quiet(
        "P001",
        [story.replace("Barker will appeal.", "Whitehouse gave reasons.")],
    );
    // One's own doings: "play her best tennis", though a woman was named before.
    let story = "Maria Sakkari won the title on Saturday. The final lasted two hours.\n\n\
                 Daniil Medvedev said he would need to play her best tennis on Sunday.";
    assert_eq!(flagged("P001", story), ["her"]);
    // Not so "her usual partner": she may be the woman named before.
    assert_quiet(
        "P001",
        [story.replace("play her best tennis", "play her usual partner")],
    );
}

#[test]
fn p001_companies_before_roles_and_longer_offices_are_nobody() {
    // "Former Salesforce co-CEO Bret Taylor": the company is no person to compete.
    let story = "The board named a new chair. Former Salesforce co-CEO Bret Taylor will chair \
                 it. Taylor said she would move quickly to add directors.";
    assert_eq!(flagged("P001", story), ["she"]);
    // "the chief technology officer" is not the chief executive named later.
    let story = "Mira Murati, the chief technology officer who briefly led the firm, will keep \
                 her role. Murati said he was glad the team was together again.\n\n\
                 Microsoft Chief Executive Satya Nadella said he was encouraged.";
    assert_eq!(flagged("P001", story), ["he"]);
}

#[test]
fn p001_a_newcomer_speaking_of_themselves_and_names_known_alone() {
    // The woman named next speaks of herself with her own pronoun: the one before is not hers.
    let story = "President Gustavo Ramos asked his cabinet to resign. Interior Minister Juan \
                 Cristo said she had already handed in a letter. Environment Minister Susana \
                 Ortiz said she would leave her post.";
    assert_eq!(flagged("P001", story), ["she"]);
    // Named next without a pronoun of her own, she may be whom it stands for.
    assert_quiet(
        "P001",
        [story.replace(
            "Environment Minister Susana Ortiz said she would leave her post.",
            "Environment Minister Susana Ortiz had objected to the plan.",
        )],
    );
    // "Lula" of "Luiz Inacio Lula da Silva": a name inside a long full name, used alone.
    let story = "President Luiz Inacio Lula da Silva will not travel after a fall at home.\n\n\
                 Lula, 78, needed stitches on the back of her head.";
    assert_eq!(flagged("P001", story), ["her"]);
}

#[test]
fn p001_hyphenated_titles_and_longer_channels() {
    // "UN Secretary-General NAME": a title of two titles.
    let story = "The agency welcomed the prize.\n\nUN Secretary-General Antonio Guterres \
                 congratulated the group. Guterres said she hoped the world would listen.";
    assert_eq!(flagged("P001", story), ["she"]);
    // "said in his inaugural speech that", "said in a post on X that", "on social media".
    for channel in [
        "in his inaugural speech",
        "in a post on X",
        "on social media",
        "in a televised address",
    ] {
        let story = format!(
            "Prime Minister Daniel Okoro took office on Wednesday. Okoro said {channel} that \
             she would lead in a new way. He thanked his predecessor."
        );
        assert_eq!(flagged("P001", &story), ["she"], "{channel}");
    }
}

#[test]
fn p001_what_a_speaker_says_of_themselves() {
    // The person's own words in a quotation attributed to them are evidence of their sex.
    let story = "Blessing Adeyemi has run the clinic since 2015. \"As a mother of four, I \
                 know what these families need,\" Adeyemi said on Monday. Adeyemi said he \
                 would open a second clinic next year.";
    assert_eq!(flagged("P001", story), ["he"]);
    insta::assert_snapshot!("P001-self-described", rendered("P001", "quote.txt", story));
    // Words about someone else, or a quotation nobody is named as saying, say nothing of her.
    assert_quiet(
        "P001",
        [
            story.replace("As a mother of four, I", "As a mother of four, she"),
            story.replace("\" Adeyemi said on Monday", "\" a colleague said on Monday"),
        ],
    );
}

#[test]
fn e003_a_generic_word_for_a_proper_one() {
    // "Scientific" names a kind of body, not one body: in place of "Karolinska", named twice
    // before, it is the slip.
    let story = "The Karolinska Institute said on Monday that trials would start. A Karolinska \
                 Institute spokeswoman said funding was secured. The Scientific Institute \
                 declined to comment further.";
    assert_eq!(flagged("E003", story), ["Scientific Institute"]);
    // A body of another kind is another body.
    let other = story.replace("Scientific Institute", "Scientific Council");
    assert!(flagged("E003", &other).is_empty(), "{other}");
}

#[test]
fn e002_a_misread_everyday_word_in_a_name_of_words() {
    // A name made of everyday words: the misread one needs no better-spelled twin in the story.
    let story = "The Republican Task Foree on rural affairs met on Monday. Funding from the \
                 National Lattery will rise.";
    assert_eq!(flagged("E002", story), ["Foree", "Lattery"]);
    // A person's name is not a name of words: "Foree" after a given name or an honorific is
    // a surname.
    assert_quiet(
        "E002",
        [
            "Spokesman Tom Foree said the panel met on Monday.",
            "Mr Foree said the panel met on Monday.",
        ],
    );
}

#[test]
fn e001_a_country_named_once_in_a_story_datelined_from_the_other() {
    let story = "SYDNEY, March 11 - The central bank said Australia's growth would slow. \
                 Exporters to Austria said orders had fallen.";
    assert_eq!(flagged("E001", story), ["Austria"]);
    // Datelined elsewhere, or both plainly meant, the story may well mean both.
    assert_quiet(
        "E001",
        [
            story.replace("SYDNEY", "GENEVA"),
            story.replace("Exporters to Austria", "Exporters to Austria and Germany"),
        ],
    );
}

#[test]
fn e002_a_common_name_misread_into_letters_no_name_has() {
    // With no other spelling in the story: a surname of the list, and a written form whose
    // letter runs no name has.
    let story = "The talks were led by Helen Kowalskl, who flew in on Monday. The deal was \
                 signed by Robert Hnghes in Leeds.";
    assert_eq!(flagged("E002", story), ["Kowalskl", "Hnghes"]);
    // Written forms that spell like names, or a rare given name on the other side.
    assert_quiet(
        "E002",
        [
            "The security firm McAfee said it had fixed the flaw.",
            "Striker Mefin Ozturk scored twice.",
            "Mildred Zink, formerly Le Jeune, answered the petition.",
        ],
    );
}

#[test]
fn e002_a_common_given_name_misread_before_a_surname() {
    // A capital misread, one letter or two of a long name, each time it is written.
    let story = "Present were Tohn Barlow, Wnltor Keats, Fdward J. Mayne and Tohn Dunn.";
    assert_eq!(flagged("E002", story), ["Tohn", "Wnltor", "Fdward", "Tohn"]);
    insta::assert_snapshot!(
        "E002-given-name-misread",
        rendered("E002", "given.txt", "The meeting heard Wnltor Keats.")
    );
    // Not where no surname follows, nor a form English text writes ("Jahn"), nor one that
    // reads as two names alike ("Jarry": "Harry" or "Barry"), nor three letters misread.
    assert_quiet(
        "E002",
        [
            "The meeting heard from Tohn, a clerk.",
            "Present were Jahn Barlow and Mary Keats.",
            "Present were Darry Barlow and Mary Keats.",
            "Present were Wnltrr Keats and Mary Barlow.",
        ],
    );
}

#[test]
fn e002_an_o_read_for_an_e() {
    // OCR reads e as o often; a big city or everyday word on the other side is evidence.
    assert_eq!(
        flagged("E002", "Police in Sydnoy said on Monday the road was shut."),
        ["Sydnoy"]
    );
    // Names that end or run that way as written stay ("Bening", "Groening", "Rato").
    let quiet = "The actress Annette Bening and Matt Groening met Rodrigo Rato in Madrid.";
    assert!(flagged("E002", quiet).is_empty(), "{quiet}");
}

#[test]
fn e002_an_i_read_for_an_l_beside_a_word_no_list_knows() {
    // Beside a given name the weak swap stands on the well-known word alone ...
    assert_eq!(
        flagged(
            "E002",
            "Analysts at Morgan Stonley said the shares were cheap."
        ),
        ["Stonley"]
    );
    // ... beside a word no list knows, the two are a name in another language, which spells as
    // well as the reading.
    assert_quiet(
        "E002",
        ["She won the Strade Bianche on Saturday and the Giro Rosa in July."],
    );
}

#[test]
fn one_finding_when_two_rules_of_a_family_flag_the_same_words() {
    // "Daveport" is a place slip for E001 and a name slip for E004: one finding, the one that
    // carries a fix.
    let story = "Lindsay Davenport won in Sydney. Davenport beat Serena Williams, and Davenport \
                 now meets Venus. Daveport said she was tired.";
    let diags = lint(story, &Config::default());
    let on: Vec<(&str, &str)> = diags
        .iter()
        .filter(|d| &story[d.span.range()] == "Daveport")
        .map(|d| (d.rule.code, d.fix.as_deref().unwrap_or("")))
        .collect();
    assert_eq!(on.len(), 1, "{on:?}");
    assert_eq!(on[0].1, "Davenport");
}

#[test]
fn e002_company_and_foreign_names_read_as_written() {
    // A given name misread: flagged ...
    assert_eq!(
        flagged("E002", "Her sister Darlcne Smith left early."),
        ["Darlcne"]
    );
    assert_eq!(
        flagged("E002", "The Gcnerale fund rose on Monday."),
        ["Gcnerale"]
    );
    // ... but the first word of a company's name, or a word beside a foreign joining word, is
    // the name as its owners write it.
    assert_quiet(
        "E002",
        [
            "Shares of Darlcne Mining rose on Monday.",
            "The Compagnie Francaise des Mines said so on Monday.",
            "The Banque Gcnerale du Liban said so on Monday.",
        ],
    );
}

#[test]
fn e002_a_name_no_english_text_writes_beside_one_it_does() {
    // Named once, with no other spelling in the story: the written form is nowhere in English
    // text, one misreading of it is a name that is ("Pinchuk", "Balladur", "Gundy").
    let story = "The mill was sold to a group led by Viktor Plnchuk on Friday. Prime Minister \
                 Edouard Balladnr said the sale was fair, and analyst Jane Gundv agreed.";
    assert_eq!(flagged("E002", story), ["Plnchuk", "Balladnr", "Gundv"]);
    insta::assert_snapshot!("E002-unseen", rendered("E002", "mill.txt", story));
    // Near misses: a written form English text uses ("Safin", "Oien"); a vowel for a vowel or
    // -ez for -es where a surname stands; a typing slip that reads as a commoner word
    // ("Coutr" is "Court"); a short word with only rare neighbours; a surname in a team sheet
    // one letter from an everyday word.
    assert_quiet(
        "E002",
        [
            "He will face Roger Federer or Marat Safin in the final.",
            "Norway's Energy Minister Arne Oien said output would rise.",
            "The winners were Mason, Prott, Niland and Garling.",
            "The ruling party named Claudia Maynez as its candidate.",
            "The Supreme Coutr will rule in June.",
            "Welsh hooker Mefin Davies was dropped.",
            "Replacements: Gotting, McKenzie, Lock, Hart.",
        ],
    );
}

#[test]
fn e003_bodies_named_side_by_side_owned_or_by_their_own_name() {
    // A generic word for the proper one: flagged, against the name it stands for, not the one
    // beside it in the list.
    let story = "Harbour Bank said profits rose. Harbour Bank will pay a dividend. Merchants Bank \
                 and Harbour Bank are the two lenders named. The role Merchants Bank and \
                 Regional Bank played was criticised.";
    assert_only_finding("E003", story, "Regional Bank", "\"Harbour Bank\"");
    assert_quiet(
        "E003",
        [
            // Named side by side: both meant.
            "Ministers met the Steering Committee twice. The Steering Committee and \
             Development Committee will meet on Monday.",
            // A unit of the owner named before it.
            "Tarrant Group bought the unit. Tarrant Group said so. The offer for the company's \
             Industrial Group was filed by Tarrant Group.",
            // A shared word that says where both are, not which.
            "Loans from Saudi International Bank rose. Saudi International Bank said so. \
             Saudi American Bank also grew.",
            // A body the story also names by its own shorter name.
            "Continental Bank of Canada sold its assets to Hanley Bank Canada. Continental Bank \
             said Hanley Bank Canada paid in cash. Continental Bank will be wound up.",
            // A country that owns the body, then the body's own name with a generic word.
            "Austria's Constitutional Court ruled on Tuesday. The Federal Constitutional Court \
             gave lawmakers a year.",
            "Austria's Administrative Court ruled. Austria's Administrative Court said so. The \
             Federal Administrative Court gave lawmakers a year.",
        ],
    );
}

#[test]
fn e001_a_city_whose_name_is_a_word_beside_a_country() {
    // "Brits" is a town in South Africa and a word: beside "Britain" it is the word.
    assert_quiet(
        "E001",
        [
            "Britain is angry. Britain wants change. In Britain we Brits complain, as Britain \
          always has.",
        ],
    );
}

#[test]
fn e002_a_town_somewhere_is_a_name_of_its_own() {
    // Nowhere in English text, one misreading from a name that is ("Frenchie", "Contras"), but
    // a town of GeoNames.
    assert_quiet(
        "E002",
        [
            "The cricketers of Freuchie won the village cup on Sunday.",
            "The wine of Coutras sold well on Monday.",
        ],
    );
}

#[test]
fn e001_places_in_names_the_story_repeats_and_institutions_romanised_their_way() {
    // A place in a name the story repeats, written once as a look-alike place.
    let story = "Dayton Power said costs rose. Dayton Power will raise prices, and Datong Power \
                 staff were told on Monday.";
    assert_eq!(flagged("E001", story), ["Datong"]);
    // A slip in an institution's name is flagged; another romanisation is the institution's
    // own spelling.
    let slip = "Fans in Manchester cheered. Manchester was quiet after Manchesetr United lost.";
    assert_eq!(flagged("E001", slip), ["Manchesetr"]);
    assert_quiet(
        "E001",
        ["Jeddah-based Riyad Bank set up a dealing room. A trader in Riyadh said so."],
    );
}

#[test]
fn t008_misread_words_at_a_sentence_end_an_r_read_as_i_and_what_is_no_word() {
    // A full stop ending the sentence joins nothing; an r read as i is a misreading too.
    let story = "The floods did considerable damago. Work has been in piogress for a month, \
                 and the land sold at ten pounds per acre for 40 acies near the river.";
    assert_eq!(flagged("T008", story), ["damago", "piogress", "acies"]);
    // Near misses: an address, an HTML entity left in the text, a surname written small after
    // a given name.
    assert_quiet(
        "T008",
        [
            "Read more at news.bbc.co.uk today.",
            "The crowd roared &lt; then fell silent.",
            "Chief operating officer Daniel tully said profits rose.",
        ],
    );
}

#[test]
fn e002_an_r_read_as_i_in_a_name() {
    // With nothing in the story to compare, a name no text writes read with an r ("Gordon").
    let story = "The motion was moved by Alderman Goidon and seconded on Monday.";
    assert_eq!(flagged("E002", story), ["Goidon"]);
    // Names end and run that way ("Bumpei Otsuki"; "Arne Oien").
    assert_quiet(
        "E002",
        [
            "Bumpei Otsuki, president of the federation, said so.",
            "Norway's Energy Minister Arne Oien said output would rise.",
        ],
    );
}

#[test]
fn t009_a_hyphen_glued_before_a_list_of_names() {
    // A heading's dash before a list of names, read as a hyphen.
    let story = "The steamer arrived on Monday. Passengers-Mr. and Mrs. Hale, Miss Dunn.";
    assert_eq!(flagged("T009", story), ["-"]);
    // Near misses: a compound, a name with a hyphen, a spaced dash.
    assert_quiet(
        "T009",
        [
            "The Anglo-French talks resumed.",
            "Guests included Jean-Mr Smith's friend.",
            "Passengers - Mr. and Mrs. Hale.",
            "The well-known Mr. Hale spoke.",
        ],
    );
}

#[test]
fn t008_a_lone_m_between_words_is_in() {
    assert_eq!(
        flagged(
            "T008",
            "The losses m trade were large, and m Greta the mine shut."
        ),
        ["m", "m"]
    );
    // A unit after a number, an amount glued to its sign, a letter in a list.
    assert_quiet(
        "T008",
        [
            "He ran the 100 m race in Rome.",
            "The club paid £5m for him.",
            "Rows are marked m and n on the plan.",
        ],
    );
}

#[test]
fn t009_a_lone_letter_where_a_line_breaks() {
    // A column rule or a speck read as "I" or "i" at a line's end or start.
    let story = "The board agreed that the prayer be granted, I\nor that such order be made.\n\
                 The survey found it lying on the slope of i\na low hill near the creek.\n\
                 The vestry met on Monday.\nI The new church was opened on Sunday.\n";
    assert_eq!(flagged("T009", story), ["I", "i", "I"]);
    insta::assert_snapshot!("T009-stray-letter", rendered("T009", "column.txt", story));
    // Near misses: the pronoun at a line's end or start, initials, list numbers.
    assert_quiet(
        "T009",
        [
            "When the letter came, I\nwas away from home.",
            "He said that I\nmust go at once.",
            "Results: 70, H I Orr 80, and others.",
            "The terms are (i)\nrent and (ii) rates.",
            "The song went:\nI Am the Walrus, and then another.",
        ],
    );
}

#[test]
fn t008_a_capital_i_inside_a_sentence() {
    let story = "He went to reside In England last year. The assessor found that It was \
                 sound, and said that the road Is now open.";
    assert_eq!(flagged("T008", story), ["In", "It", "Is"]);
    // Near misses: titles, which capitalise everyday words, a determiner before a title, a
    // headline with no full stop, a sentence OCR ran on without its stop.
    assert_quiet(
        "T008",
        [
            "He won a prize for his In Pieces series of prints.",
            "Rounding out the list were In Good Company and others.",
            "Man arrested In Sydney",
            "He was charged with bigamy It was said the court would sit again.",
        ],
    );
}

#[test]
fn t008_a_capital_i_in_a_longer_word_and_is_after_a_name() {
    let story = "The lane was not Included in the Act. He died after a brief Illness at his \
                 home. The date for Queensland Is not yet fixed, and Mrs Kemp, of Ryde, Is at \
                 present away.";
    assert_eq!(flagged("T008", story), ["Included", "Illness", "Is", "Is"]);
    // Near misses: a word whose capital the lists know, a name's word, a heading of
    // capitalised words, a title with its small words small, after a determiner.
    assert_quiet(
        "T008",
        [
            "She found it on the Internet and read it.",
            "The Department of Trade and Industry will pay for it.",
            "Capital Traffic not Included and Statistical Error rose.",
            "They sang Love Is the Drug and left.",
            "He read the Illness section twice.",
            // In typed copy, with no other misreading, a capitalised word is a name.
            "Last year the company joined Impact in a deal that was later cancelled.",
        ],
    );
    // Alone in a text with no other misreading, the word waits: it is flagged beside two.
    assert!(flagged("T008", "The lane was not Included in the Act.").is_empty());
}

#[test]
fn t008_a_capital_b_read_for_an_s_and_capitals_misread() {
    let story = "The miner thiB week paid for three monthB of work, and the notice was isBued on a \
                 Bpecial day. The Eoad to the station is closed.";
    assert_eq!(
        flagged("T008", story),
        ["thiB", "monthB", "isBued", "Bpecial", "Eoad"]
    );
    let fixes: Vec<_> = lint(story, &selecting("T008"))
        .into_iter()
        .filter_map(|d| d.fix)
        .collect();
    assert_eq!(fixes, ["this", "months", "issued", "special", "Road"]);
    // Near misses: brands with a capital inside, a surname in a team list, a name after a
    // given name.
    assert_quiet(
        "T008",
        [
            "She sold the lamp on eBay and bought a MacBook.",
            "Replacements: Gotting, McKenzie, Lock.",
            "The firm's founder, Peter Gotting, said so.",
        ],
    );
}

#[test]
fn t008_function_words_misread_two_ways() {
    let story = "The parcel was sent bj post to the town, where it lay lu the office for a \
                 week. It was n fine day, and the sheep und cattle were sold. The tenant havp \
                 paid, and the yvas never a doubt.";
    assert_eq!(
        flagged("T008", story),
        ["bj", "lu", "n", "und", "havp", "yvas"]
    );
    // Near misses: idioms, another language, a doubled letter that typing explains better.
    assert_quiet(
        "T008",
        [
            "They played rock n roll all night.",
            "And lo and behold, the ship came in.",
            "We dined al fresco on the terrace.",
            "The Sturm und Drang of the period was over.",
            "At Pitt Town, Mr. Cox hass struck water at a depth of ninety feet.",
        ],
    );
}

#[test]
fn ocr_rules_leave_modern_copy_alone() {
    // Brand names with capitals inside, Roman numerals, letter-digit names and rare real words
    // are not OCR damage.
    assert_stories_silent("T-modern-near-misses.txt", "T");
    assert_stories_silent("T-modern-near-misses.txt", "N005");
}

#[test]
fn e005_a_form_no_text_writes_one_slip_from_a_long_name_word() {
    // A long word of institution names, misspelt into a form no text writes, needs no word of
    // such names beside it; broadcasting and parliament have their words too.
    assert_eq!(
        flagged(
            "E005",
            "The Glenrock Cmmission Report was published. The European Broudcast Union said \
             so, and the Cmmons Public Accounts Committee agreed.",
        ),
        ["Cmmission", "Broudcast", "Cmmons"]
    );
    // A short word needs a word of institution names beside it.
    assert_quiet("E005", ["The Glenrock Boord Report was published."]);
}

#[test]
fn e005_a_given_name_before_a_head_names_a_body() {
    // "Hope Office" beside the story's "Home Office": a body, whatever "Hope" is on its own ...
    assert_eq!(
        flagged(
            "E005",
            "The Home Office has said it would act. Hope Office minister Jan Rowe said so.",
        ),
        ["Hope"]
    );
    // ... but before a surname a given name is a person's ("Hope Banks" beside "Home Banks").
    assert_quiet(
        "E005",
        ["The Home Banks fund has said it would act. Hope Banks, a trustee, said so."],
    );
}

#[test]
fn a_j_read_for_a_y_inside_a_word() {
    // A y whose tail broke off reads as a j anywhere in a word, in everyday words and names.
    assert_eq!(
        t008_words("Some jears ago the stjle of the yard changed."),
        ["jears", "stjle"]
    );
    assert_eq!(
        flagged(
            "E002",
            "The inquest was told by Dr Tajlor that the man drowned."
        ),
        ["Tajlor"]
    );
    // Only into words of everyday prose: "jon" is no "yon".
    assert!(t008_words("It is going to be a tough jon this season.").is_empty());
}

#[test]
fn e005_a_body_the_story_names_in_the_singular_elsewhere() {
    // The story writes the body in the singular after the same word: one body.
    let found = lint(
        "Shares in Lindqvist Corporation rose. A stake went to the Lindqvist Corporations \
         Pension Fund.",
        &selecting("E005"),
    );
    assert_eq!(found.len(), 1, "{found:?}");
    assert!(found[0].message.contains("\"Corporations\""));
    assert!(
        found[0]
            .labels
            .iter()
            .any(|l| l.message.contains("\"Lindqvist Corporation\" here"))
    );
    // ... not where what follows names the several, for this rule or E003.
    let several = "The Foreign Ministry said so. The Foreign Ministries of France and Germany \
                   agreed.";
    assert_quiet("E005", [several]);
    assert_quiet("E003", [several]);
}

#[test]
fn a_head_made_plural_before_of_or_after_a_year() {
    let on = |story: &str, word: &str| -> usize {
        lint(story, &Config::default())
            .iter()
            .filter(|d| &story[d.span.range()] == word)
            .count()
    };
    // A year before the name is no count of bodies ...
    let year = "The World Bank lent more. Critics cite a 1985 World Banks loan to Hungary.";
    assert_eq!(on(year, "Banks"), 1);
    // ... but a plural head before an "of" the name lacks may name the several, for the
    // story's own names (E003, E005) and the well-known ones (E006).
    let several = "The Treasury Department said so. The Treasury Departments of several states \
                   asked for help.";
    assert_eq!(on(several, "Departments"), 0);
}

#[test]
fn t008_a_capital_read_as_a_small_r() {
    // A capital F or T read as a small r: a name the lists know anywhere ...
    assert_eq!(
        t008_words("The witness, Mr rhornton, said rrancis had left."),
        ["rhornton", "rrancis"]
    );
    // ... an everyday word, or one with one more letter misread, only opening a sentence.
    assert_eq!(
        t008_words("The court rose. racultv members were present."),
        ["racultv"]
    );
    assert!(t008_words("The racultv members were present.").is_empty());
    // Short forms are left alone ("rema", "remo").
    assert!(t008_words("The rema was sung.").is_empty());
}

#[test]
fn t008_rare_words_and_names_in_a_page_misread_throughout() {
    // Six plain misreadings ("tho", "aud", "bcen", "wero", "wbich", "iu") make the page OCR:
    // then a capitalised rare word one misreading from a common one is taken for it. "und"
    // between English words is "and" in any text.
    let page = "The members of tho Grand Lodgo met aud the rooms wero full. Somo sensation was \
                caused, which had bcen expected, wbich the chairman noted iu his speech. The \
                borers, und other appliances, stood idle.";
    assert_eq!(
        t008_words(page),
        [
            "tho", "Lodgo", "aud", "wero", "Somo", "bcen", "wbich", "iu", "und"
        ]
    );
    // Near misses: the same words in typed copy (two other signs at most), German in English
    // text, and a name after a given name.
    assert!(
        t008_words("The members of the Grand Lodgo met. Somo sensation was caused, he said.")
            .is_empty()
    );
    assert!(t008_words("The age of Sturm und Drang began, he said.").is_empty());
    assert_eq!(
        t008_words("Mr tho aud wero bcen wbich iu. Peter Somo spoke, and so did the Grand Lodge."),
        ["tho", "aud", "wero", "bcen", "wbich", "iu"]
    );
}

#[test]
fn t008_a_courtesy_title_misread_before_a_name() {
    // A form no text writes, in any text; one English text writes ("Mi"), in a page misread
    // throughout.
    assert_eq!(
        t008_words("The firm of MeBsrs Buchanan and Co. was sold on Monday."),
        ["MeBsrs"]
    );
    assert_eq!(
        t008_words(
            "The mill was sold to Mi. Henry Moore, aud tho price wero high, bcen paid wbich iu \
             cash."
        ),
        ["Mi", "aud", "tho", "wero", "bcen", "wbich", "iu"]
    );
    // Near misses: "Mi" in typed copy, and before no name.
    assert!(t008_words("Xiaomi sold the Mi Band in Beijing on Monday.").is_empty());
    assert!(t008_words("The firm of MeBsrs was sold.").is_empty());
}

#[test]
fn e004_one_name_twice_a_slip_apart_or_a_capitalised_word_slipped() {
    // A name no list has, written once, then with two letters swapped or one doubled: one
    // name. A word the story capitalises inside a sentence, slipped once into a form no list
    // has, standing alone.
    assert_only_finding(
        "E004",
        "OSLO, May 2 (Reuters) - Kari Berg, who founded Velmora, was charged on Friday.\n\n\
         Investors said Vellmora had misled them for years.",
        "Vellmora",
        "\"Velmora\"",
    );
    assert_only_finding(
        "E004",
        "LONDON, July 5 (Reuters) - Labour won the election, ending 14 years of Conservative \
         rule.\n\nOutgoing ministers thanked Conservtive candidates who had lost their seats.",
        "Conservtive",
        "\"Conservative\"",
    );
    // Near misses: a form some list has ("Velmore"), a dropped letter of an unknown name
    // ("Velmra"), a slipped word inside a longer name (the institution rules' own), and a
    // word the story only capitalises opening sentences.
    assert_quiet(
        "E004",
        [
            "OSLO, May 2 (Reuters) - Kari Berg, who founded Velmora, was charged on Friday.\n\n\
             Investors said Velmra had misled them for years.",
            "LONDON, July 5 (Reuters) - Members of the Conservative Party met.\n\nThe \
             Conservtive Party Conference opens on Sunday.",
            "LONDON, July 5 (Reuters) - Conservative estimates were low.\n\nThe Conservtive \
             figures came later.",
        ],
    );
}

#[test]
fn p001_a_letter_that_names_something_ends_the_sentence() {
    // "on X. He did not" is two sentences: "He" opens the second, after its subject.
    let story = "SAN FRANCISCO, July 9 (Reuters) - Maria Lind said on Wednesday she was \
                 stepping down as chief executive.\n\nLind, a former advertising chief, \
                 announced her departure in a post on X. He did not give a reason.";
    assert_only_finding("P001", story, "He", "Maria Lind");
    // Near miss: an initial before a surname ("J. Smith") stays one sentence.
    assert_quiet(
        "P001",
        [story.replace("on X. He did", "with Peter J. Hedley. He did")],
    );
}

#[test]
fn p001_a_coach_after_the_country_and_a_clause_of_the_subjects_own() {
    // "Spain coach NAME" is the sentence's subject; "NAME, who ... her players" and "NAME had
    // come under pressure from her own lawmakers" are NAME's, whoever was named before.
    let earlier = "SYDNEY, Aug 20 (Reuters) - Spain beat England 1-0 on Sunday. England \
                   goalkeeper Mary Earps said she was proud of the team.\n\n";
    for (later, pronoun) in [
        (
            "Spain coach Jorge Vilda said the victory belonged to the squad. She thanked the fans.",
            "She",
        ),
        (
            "Spain coach Jorge Vilda, who had faced a revolt by her players, thanked the fans.",
            "her",
        ),
        (
            "Jorge Vilda had come under pressure from her own players last year.",
            "her",
        ),
    ] {
        let story = format!("{earlier}{later}");
        assert_eq!(flagged("P001", &story), [pronoun], "{story}");
    }
    // Near misses: the pronouns of the right sex, and "her own" after a reporting verb, which
    // may be anyone's.
    assert_quiet(
        "P001",
        [
            format!(
                "{earlier}Spain coach Jorge Vilda said the victory belonged to the squad. He \
                 thanked the fans."
            ),
            format!(
                "{earlier}Spain coach Jorge Vilda, who had faced a revolt by his players, left."
            ),
            format!("{earlier}Jorge Vilda said her own players had been superb."),
        ],
    );
}

#[test]
fn p001_the_first_pronoun_of_a_sex_where_everyone_named_is_of_the_other() {
    // Only women named so far, the last the subject of the sentence before: "his" is hers.
    let story = "SYDNEY, Aug 20 (Reuters) - Spain beat England 1-0 on Sunday with a goal from \
                 captain Olga Carmona.\n\nCarmona struck a low shot past goalkeeper Mary Earps \
                 after a swift counter-attack. It was his second goal of the tournament.\n\n\
                 Spain coach Jorge Vilda said he was proud.";
    assert_only_finding(
        "P001",
        story,
        "his",
        "everyone the story has named is female",
    );
    // An institution speaking of the one person named: "he" is hers.
    let academy = "STOCKHOLM, Oct 9 (Reuters) - Professor Claudia Goldin won the prize on \
                   Monday. The academy said he had given the first full account of women's \
                   pay.\n\nJakob Svensson, the chair, said he was pleased.";
    assert_only_finding("P001", academy, "he", "Claudia Goldin");
    // Near misses: someone unnamed who may be the referent ("the coach"), a name after the
    // possessive of a party ("Labour's Yvette Cooper" is a woman), a style ("her Majesty's
    // Theatre"), and a man named in the rest of the sentence.
    assert_quiet(
        "P001",
        [
            story.replace("after a swift counter-attack", "as the coach watched"),
            "LONDON (Reuters) - Male MPs jeered as women spoke, researchers were told. \
             Labour's Yvette Cooper said she found it hard.\n\nMr Blair said he agreed."
                .to_string(),
            "SYDNEY (Reuters) - Leon Caron, the conductor, died on Monday. He had led the \
             season at her Majesty's Theatre.\n\nHis wife said she was grateful."
                .to_string(),
            academy.replace(
                "he had given the first full account of women's pay",
                "he had been her mentor, referring to Professor Robert Fogel",
            ),
        ],
    );
}

#[test]
fn t008_flags_damage_with_no_clear_reading_only_in_a_page_misread_throughout() {
    // Six plain misreadings make the page OCR. Then a small word that no list or corpus has
    // and no single misreading explains is damage ("bcaung", "tiec"), two words run together
    // are split ("tobring"), and a capitalised word whose letter runs no word or name has is
    // damage too ("Hctchcr").
    let misread = "The rooms wero full aud the hall had bcen let, wbich the chairman noted \
                   iu his speech, aud the secretary wero thanked.";
    let page = format!(
        "{misread} The bcaung of the tiec was measured, tobring the survey to a close. \
         Mr. Hctchcr moved the motion."
    );
    let found = t008_words(&page);
    for damaged in ["bcaung", "tiec", "tobring", "Hctchcr"] {
        assert!(found.iter().any(|w| w == damaged), "{damaged} in {found:?}");
    }
    let fixes: Vec<Option<String>> = lint(&page, &selecting("T008"))
        .into_iter()
        .filter(|d| &page[d.span.range()] == "tobring" || &page[d.span.range()] == "tiec")
        .map(|d| d.fix)
        .collect();
    assert_eq!(fixes, [None, Some("to bring".to_string())]);
    // Near misses: the same words in typed copy; in the OCR page, a rare real name that spells
    // like a name ("Woronora", "Murrurundi"), a word broken at a line end without its hyphen
    // ("com" / "panions"), and a name written small that the lists know ("london").
    assert!(
        t008_words("The bcaung of the tiec was measured, tobring the survey to a close. Mr. Hctchcr moved it.")
            .is_empty()
    );
    let near = format!(
        "{misread} The Woronora and Murrurundi branches met his com\npanions in london.\n\nWOMBEYAN NEWS: McDonald and the NATO men."
    );
    assert_eq!(
        t008_words(&near),
        ["wero", "aud", "bcen", "wbich", "iu", "aud", "wero"]
    );
    // Three misread words are no page misread throughout: the damage waits.
    assert_eq!(
        t008_words(
            "The rooms wero full aud the hall had bcen let. The bcaung of the tiec was \
             measured, tobring the survey to a close. Mr. Hctchcr moved the motion."
        ),
        ["wero", "aud", "bcen"]
    );
}

#[test]
fn t008_a_page_misread_throughout_reads_names_and_the_article() {
    // Six plain misreadings make the page OCR; then "Tho" before a capitalised word is the
    // article, a name one misreading from a known place or a common name is that name, and a
    // form no text writes two misreadings from a common word is that word. "Tho" between
    // small words is the same misreading, not a name that keeps its others from being read.
    let page = "Tho Bench met aud the rooms wero full, which had bcen expected, wbich the \
                chairman noted iu his speech. He sailed for Sydnoy with Gonoral Booth. The \
                peti- tioner Tho petition was heard.\nTho couple wore married.";
    assert_eq!(
        t008_words(page),
        [
            "Tho", "aud", "wero", "bcen", "wbich", "iu", "Sydnoy", "Gonoral", "Tho", "wore"
        ]
    );
    // Near misses: the same words in typed copy, a Vietnamese name ("Tho Nguyen"), and a rare
    // name one misreading from a rarer one ("Bamo" is no "Hamo": at most damage, unread).
    assert!(t008_words("Tho Bench met. He sailed for Sydnoy with Gonoral Booth.").is_empty());
    let story = "Tho Nguyen met aud the rooms wero full, which had bcen expected, wbich the \
                 chairman noted iu his speech at Bamo.";
    let read: Vec<&str> = lint(story, &selecting("T008"))
        .iter()
        .filter(|d| d.fix.is_some())
        .map(|d| &story[d.span.range()])
        .collect();
    assert_eq!(read, ["aud", "wero", "bcen", "wbich", "iu"]);
}

#[test]
fn t008_a_real_word_misread_in_a_page_misread_throughout_is_read_by_its_neighbours() {
    // Five plain misreadings make the page OCR; then a real word printed beside neither
    // neighbour, one common misreading from a word books print with them, is that word.
    let misread = "The rooms wero full aud the hall had bcen let, wbich the chairman noted iu \
                   his speech.";
    let page = format!(
        "{misread} The licences wore granted on Monday, and by moans of a loan the works \
         will go on. There was a groat deal of talk."
    );
    let found = lint(&page, &selecting("T008"));
    let read: Vec<(&str, Option<&str>)> = found
        .iter()
        .map(|d| (&page[d.span.range()], d.fix.as_deref()))
        .skip(5)
        .collect();
    assert_eq!(
        read,
        [
            ("wore", Some("were")),
            ("moans", Some("means")),
            ("groat", Some("great"))
        ]
    );
    // The evidence: the neighbour books print beside the reading.
    assert!(
        found[5]
            .label
            .contains("books print \"licences were granted\"")
    );
    let evidence: Vec<(&str, &str)> = found[5]
        .labels
        .iter()
        .map(|l| (&page[l.span.range()], l.message.as_str()))
        .collect();
    assert_eq!(
        evidence,
        [(
            "granted",
            "books print \"were granted\" 24 million times, \"wore granted\" too seldom to count"
        )]
    );
    // Near misses: a word printed beside a neighbour ("She wore", "now says"), a word with
    // no word beside it ("wore," at a clause's end), and the same slips in typed copy.
    let near = format!(
        "{misread} She wore her mother's veil. The mayor now says the works are done. It \
         was the coat he wore, not the cape."
    );
    assert_eq!(t008_words(&near), ["wero", "aud", "bcen", "wbich", "iu"]);
    assert!(
        t008_words(
            "The licences wore granted on Monday, and by moans of a loan the works will go on."
        )
        .is_empty()
    );
}

#[test]
fn t009_a_lone_i_before_a_heading_or_after_a_stop_at_a_line_end() {
    // A rule read as "I" before a heading in capitals, at a line's end after a stop or comma
    // before a capitalised word, and before a word the pronoun never precedes.
    let story = "I SINGLETON QUARTER SESSIONS.\nThe court sat on Monday (forwards). I\nIt is \
                 a pity, the chairman said.\nHe said what Banks had told\nI him that day.\n";
    assert_eq!(flagged("T009", story), ["I", "I", "I"]);
    // Near misses: a heading's own "I" before a verb in capitals, the pronoun after a comma
    // before a small word, and "I" ending a line before a name after "and".
    assert_quiet(
        "T009",
        [
            "I HAVE SEEN THE LIGHT.\nThe preacher spoke on Sunday.",
            "When the letter came, I\nwas away from home.",
            "My brother and I\nJohn went to town.",
        ],
    );
}

#[test]
fn ocr_a_one_for_the_pronoun_or_for_a_rule() {
    // "1" before a verb only "I" takes is the pronoun misread (T008); a lone "1" at a line's
    // break after a word that wants a noun is a rule read as a digit (T009).
    assert_eq!(
        flagged("T008", "We have tried, and\n1 believe we shall succeed."),
        ["1"]
    );
    assert_eq!(
        flagged(
            "T009",
            "The prize was offered by the\n1 Commissioners of the Exhibition."
        ),
        ["1"]
    );
    // Near misses: a count ("Class 1 will", "the 1 per cent", "by 1 vote"), and a number
    // before a verb any subject takes.
    assert_quiet(
        "T008",
        [
            "Class 1 shall meet on Monday.",
            "Of the five patients, 1 has died.",
        ],
    );
    assert_quiet(
        "T009",
        [
            "The rise was 2 per cent, and the\n1 per cent fall came later.",
            "The bill passed by\n1 vote.",
        ],
    );
}

#[test]
fn t008_in_after_a_name_in_a_misread_text() {
    // With two other misreadings, "In" after a capitalised word and before an article is the
    // preposition misread.
    let page = "The campaign will bo opened by Mrs. Richard Arthur In the basement of tho \
                hall.";
    assert_eq!(t008_words(page), ["bo", "In", "tho"]);
    // Near misses: a title in typed copy, and "In" before a name.
    assert!(t008_words("She read Love In the Time of Cholera on the train.").is_empty());
    assert_eq!(
        t008_words("The campaign will bo opened by Mrs. Arthur In Sydney at tho hall."),
        ["bo", "tho"]
    );
}

#[test]
fn t008_a_sentence_opener_with_two_letters_misread() {
    // "Tbo" opening a sentence is "The" with b for h and o for e; a form some list has, or a
    // name before a capital, stays.
    assert_eq!(
        t008_words("The piles are braced. Tbo line will run on a curve."),
        ["Tbo"]
    );
    assert!(t008_words("The piles are braced. Tbo Group will build the line.").is_empty());
    assert!(t008_words("The piles are braced. Anil said the line would run.").is_empty());
}

#[test]
fn p001_a_speaker_named_as_someones_relative() {
    // "Her husband, NAME, said she": the possessive names whom the speaker is related to, and
    // "she" may be her.
    let story = "LONDON, March 3 (Reuters) - Sarah Mitchell, 42, was killed on Tuesday when a \
                 van struck her bicycle, police said.\n\nHer husband, Daniel Mitchell, said she \
                 had cycled to work every day for ten years.";
    assert_quiet("P001", [story]);
    // Near miss: with no possessive before him, the speaker's own "she" is flagged.
    let alone = "LONDON, March 3 (Reuters) - Daniel Mitchell, 45, said on Tuesday she would \
                 cycle to work every day.";
    assert_eq!(flagged("P001", alone), ["she"]);
    assert_quiet(
        "P001",
        [alone.replace("Daniel Mitchell, 45,", "Her husband, Daniel Mitchell,")],
    );
}

#[test]
fn p001_a_speaker_in_apposition_to_someone_elses_relative() {
    // "NAME, his former wife, told the court that he": the apposition names whom she is related
    // to, and "he" may be him.
    let story = "BOSTON, May 4 (Reuters) - Daniel Roper, a property developer, was convicted of \
                 fraud on Tuesday. The jury deliberated for two days.\n\nMaria Keane, his former \
                 wife, told the court that he had lied to the bank. She said she had left the \
                 firm in 2019.";
    assert_quiet("P001", [story]);
    // Near miss: with no possessive in the apposition her own "he" is flagged.
    let plain = story.replace("his former wife", "a former director");
    assert_eq!(flagged("P001", &plain), ["he"]);
}

#[test]
fn p001_a_name_that_owns_a_party_names_its_person() {
    // "Anna Kovacs's Civic Alliance party" names Anna Kovacs, whom later "Kovacs" and "she"
    // follow; "he" for her is flagged.
    let story = "BUDAPEST, May 4 (Reuters) - Anna Kovacs's Civic Alliance party won Sunday's \
                 election.\n\nKovacs thanked voters in a speech on Monday. She promised lower \
                 taxes.\n\nKovacs has sought to calm investors. He has promised to keep the \
                 budget in check.";
    assert_eq!(flagged("P001", story), ["He"]);
    let report = rendered("P001", "kovacs.txt", story);
    assert!(report.contains("for Anna Kovacs,"), "{report}");
    assert_quiet("P001", [story.replace("He has", "She has")]);
}

#[test]
fn p001_a_venue_after_at_is_nobody() {
    // "at Roland Garros" is a venue, not a man who would compete for "his" ("thanked his
    // team" for the woman the story is about).
    let story = "PARIS, June 8 (Reuters) - Maria Lenz won her second title at Roland Garros \
                 on Saturday.\n\nLenz, 24, thanked his team after the final.";
    assert_eq!(flagged("P001", story), ["his"]);
    assert_quiet("P001", [story.replace("thanked his", "thanked her")]);
    // Near miss: a man looked at is someone.
    let looked = story.replace("won her second title at", "looked at");
    assert!(flagged("P001", &looked).is_empty(), "{looked}");
}

#[test]
fn p001_first_pronoun_after_a_sentence_that_names_only_the_other_sex() {
    // "A jury convicted NAME. She faces": no subject named, but the sentence before named
    // only a man and nothing in the story stands for a woman.
    let story = "NEW YORK, Nov 2 (Reuters) - Peter Harlow, the founder of a payments firm, \
                 was found guilty of fraud on Thursday.\n\nA jury in Manhattan convicted \
                 Harlow, 41, on all counts. She faces up to 20 years in prison.";
    assert_eq!(flagged("P001", story), ["She"]);
    // Near misses: a woman the story spoke of before, or "she" not opening the sentence.
    assert_quiet(
        "P001",
        [
            story.replace("A jury in Manhattan", "A woman on the jury"),
            story.replace("She faces", "In prison she faces"),
        ],
    );
}

#[test]
fn p001_first_pronoun_opening_a_paragraph_after_one_that_ends_on_the_other_sex() {
    // The paragraph before ends on a sentence whose subject is a man, and everyone named is a
    // man: "She" opening the next paragraph stands for him.
    let story = "Talks on the levy broke down on Tuesday, the unions said.\n\nParty \
                 treasurer Colin Marsh has complained to the regulator about the levy.\n\nShe \
                 says the levy was never agreed.";
    assert_eq!(flagged("P001", story), ["She"]);
    // Near misses: someone the sentence before speaks of unnamed (a body's noun is nobody),
    // a woman named there, or the pronoun not opening the paragraph.
    assert_eq!(
        flagged("P001", &story.replace("the regulator", "the watchdog")),
        ["She"]
    );
    let near_misses = [
        ("the regulator", "the commissioner"),
        ("the regulator", "Anna Kerr"),
        ("\n\nShe says", " On Monday she said"),
    ];
    assert_quiet(
        "P001",
        near_misses.map(|(from, to)| story.replace(from, to)),
    );
}

#[test]
fn p001_a_surname_of_two_words_is_the_same_person() {
    // "Longo Borghini" after "Elisa Longo Borghini": no given name opens it, so it is hers ...
    let story = "Giulia Ferro Castelli won the race on Saturday.\n\nFerro Castelli said it was \
                 the best win of his career.";
    assert_eq!(flagged("P001", story), ["his"]);
    // ... but a given name there opens another person's name ("Jose Lopez" after "Maria Jose
    // Lopez").
    assert_quiet(
        "P001",
        [story.replace("Ferro Castelli said", "Paolo Castelli said")],
    );
    assert_quiet(
        "P001",
        [
            "Maria Jose Lopez won the race on Saturday.\n\nJose Lopez said it was the best win of \
          his career.",
        ],
    );
}

#[test]
fn p001_a_subject_pronoun_with_the_bound_persons_object_pronoun() {
    // "He congratulated her": "her" is the woman the sentence before spoke of, "He" someone
    // else.
    let story = "MEXICO CITY, June 3 (Reuters) - Lucia Ortega won the election on Sunday.\n\n\
                 Ortega, 61, is a protege of President Ramon Diaz, who is barred from a second \
                 term. She has promised to keep her social programmes. He congratulated her on \
                 social media.";
    assert_quiet("P001", [story]);
    // Near miss: with no object pronoun, "He" for her is flagged.
    let alone = story.replace(
        "He congratulated her on social media",
        "He spoke on social media",
    );
    assert_eq!(flagged("P001", &alone), ["He"]);
}

#[test]
fn p001_a_common_given_name_that_is_also_a_town_before_a_common_surname() {
    // "Mary" is a city's name too and "Smith" a word, but "Mary Smith" is a woman.
    let story = "LEEDS, March 2 (Reuters) - Mary Smith died at his home in Leeds on Monday. \
                 She was 88.";
    assert_eq!(flagged("P001", story), ["his"]);
    assert_quiet("P001", [story.replace("his home", "her home")]);
}

#[test]
fn p001_a_possessive_before_a_capitalised_modifier() {
    // "his Scottish estate": a capitalised adjective before a noun; "Her Royal Highness" is a
    // style, not a possessive.
    let story = "LONDON, Sept 9 (Reuters) - Queen Margaret, the country's oldest monarch, died \
                 at his Scottish estate on Thursday. She was 96.";
    // Bound to her as the clause's subject, not only the story's first sign of a man.
    assert_only_finding("P001", story, "his", "for Margaret, whom the story shows");
    assert_quiet(
        "P001",
        [
            story.replace("his Scottish", "her Scottish"),
            "LONDON, Sept 9 (Reuters) - Queen Margaret, the country's oldest monarch, met His \
             Royal Highness the Duke of Kent on Thursday. She was 96."
                .to_string(),
        ],
    );
}

#[test]
fn e004_a_surname_slipped_into_a_word_after_the_same_name_word() {
    // "Della Vale" after "Margherita Della Valle": a word, but after the particle the name had,
    // with a letter dropped.
    let story = "LONDON (Reuters) - Vodafone's chief executive, Margherita Della Valle, welcomed \
                 the decision. Della Vale said the deal would create a third strong player.";
    assert_only_finding("E004", story, "Vale", "slip for \"Valle\"");
    // Near misses: the word after another name word ("Mark Vale", a second person), a word
    // with a letter changed ("Della Vole"), and a rare given name that opens a company ("Wells
    // Fargo" ... "Wells Faro").
    assert_quiet(
        "E004",
        [
            story.replace("Della Vale said", "Mark Vale said"),
            story.replace("Della Vale said", "Della Vole said"),
            "NEW YORK (Reuters) - Wells Fargo & Co said on Monday profit rose. Wells Faro \
             shares fell."
                .to_string(),
        ],
    );
}

#[test]
fn e004_a_misspelling_english_text_writes_now_and_then() {
    // "Pistorious" is written in English text about once in sixty million words, ten times
    // less often than "Pistorius": the misspelling, with a letter added.
    let story = "BERLIN (AP) - Germany's Defence Minister Boris Pistorius said the army needed \
                 80,000 more soldiers. Pistorious said he would present a law in the autumn.";
    assert_only_finding("E004", story, "Pistorious", "slip for \"Pistorius\"");
    // Near miss: another given name before it is another person.
    assert_quiet(
        "E004",
        [story.replace("Pistorious said he", "Anna Pistorious said she")],
    );
}

#[test]
fn e004_a_name_with_an_apostrophe_after_its_first_letter() {
    // "O'Brein" beside "Ted O'Brien": compared whole, and a possessive keeps its ending.
    let story = "CANBERRA (Reuters) - Opposition spokesman Ted O'Brien criticised the spending. \
                 O'Brein's office said the relief was a band-aid.";
    let found = lint(story, &selecting("E004"));
    assert_eq!(found.len(), 1, "{found:?}");
    assert_eq!(&story[found[0].span.range()], "O'Brein's");
    assert_eq!(found[0].fix.as_deref(), Some("O'Brien's"));
    // Near miss: "M'Donald" is an old spelling of "McDonald".
    assert_quiet(
        "E004",
        ["Mr John McDonald chaired the meeting, and Mr. M'Donald moved the motion."],
    );
}

#[test]
fn p001_a_second_clause_of_the_same_report() {
    // "told reporters that ..., and that her government": the speaker's report goes on, past
    // the countries named in its first clause.
    let story = "PARIS (AP) - French President Emmanuel Macron met Chancellor Olaf Berg on \
                 Wednesday. Macron told reporters that France and Germany would fund a new \
                 system, and that her government would present details next month.";
    assert_only_finding(
        "P001",
        story,
        "her",
        "for Emmanuel Macron, whom the story shows",
    );
    // Near misses: a country owning in the pronoun's own clause, and a woman named in the
    // first clause, whom "her" may mean.
    assert_quiet(
        "P001",
        [
            story.replace(
                "and that her government would",
                "that France and her allies would",
            ),
            story.replace("France and Germany would", "Marine Le Pen would"),
        ],
    );
}

#[test]
fn p001_the_speaker_before_a_relative_clause_that_ends_on_another_name() {
    // "NAME, who is coached by OTHER, said he": the speaker is the name before the relative
    // clause, not the one that ends it.
    let story = "MELBOURNE (Reuters) - Coco Gauff reached the final on Saturday. Gauff, who is \
                 coached by Serena Lind, said he was proud of the run.";
    assert_only_finding("P001", story, "he", "for Coco Gauff, whom the story shows");
    // Near miss: a speaker the story does not know as a person is nobody, not the coach.
    assert_quiet(
        "P001",
        [
            story.replace("he was proud", "she was proud"),
            "MELBOURNE (Reuters) - Keys reached the final on Saturday. Keys, who is coached by \
             her husband Bjorn Fratangelo, said she was proud of the run."
                .to_string(),
        ],
    );
}

#[test]
fn p001_a_possessive_before_a_name_its_person_owns() {
    // "said her Green Party": after "said", "her" owns the name that follows; "his" before a
    // name always does. "told her Green Party colleagues" may be an object, and "His
    // Excellency" is a style.
    let story = "OSLO (Reuters) - The opposition leader, Lars Haugen, attacked the budget on \
                 Tuesday. Haugen said her Green Party would vote against it.";
    assert_only_finding(
        "P001",
        story,
        "her",
        "for Lars Haugen, whom the story shows",
    );
    let his = "OSLO (Reuters) - The opposition leader, Ingrid Haugen, attacked the budget on \
               Tuesday. Haugen said his Green Party would vote against it.";
    assert_only_finding(
        "P001",
        his,
        "his",
        "for Ingrid Haugen, whom the story shows",
    );
    assert_quiet(
        "P001",
        [
            story.replace(
                "said her Green Party would",
                "told her Green Party colleagues would",
            ),
            his.replace("his Green Party", "His Excellency the ambassador"),
        ],
    );
}

#[test]
fn p001_a_relative_named_inside_a_sentence_is_not_its_subject() {
    // "on the death of his father, King Olaf, when she was 25": the king named as someone's
    // father is not the clause's subject; "the queen" is the queen the story named, whose
    // father he is.
    let story = "OSLO, Jan 3 (Reuters) - Queen Ingrid died on Tuesday aged 90, the palace \
                 said.\n\nThe queen came to the throne on the death of his father, King Olaf, \
                 when she was 25. Her husband, Prince Harald, died in 2020.";
    assert_eq!(flagged("P001", story), ["his"]);
    assert_quiet("P001", [story.replace("his father", "her father")]);
}

#[test]
fn p001_a_surname_with_a_particle_opening_a_sentence() {
    // "Von der Leyen" opening a sentence is Ursula von der Leyen, not a second person named
    // "Von".
    let story = "BRUSSELS, July 18 (Reuters) - Ursula von der Leyen won a second term on \
                 Thursday.\n\nVon der Leyen, a former defence minister, thanked the parliament. \
                 He promised a new post for housing.";
    assert_eq!(flagged("P001", story), ["He"]);
    assert_quiet("P001", [story.replace("He promised", "She promised")]);
}

#[test]
fn p001_a_reflexive_of_the_other_sex_than_its_subject() {
    let story = "MELBOURNE, Jan 28 (Reuters) - Anna Keller won her first title on Saturday. \
                 Keller said she had told himself to stay calm.";
    assert_eq!(flagged("P001", story), ["himself"]);
    let report = rendered("P001", "keller.txt", story);
    assert!(report.contains("the subject of the clause"), "{report}");
    // Near misses: someone between ("told him to pace himself"), or agreement.
    assert_quiet(
        "P001",
        [
            story.replace("told himself", "told herself"),
            story.replace("she had told himself", "her coach told him to pace himself"),
        ],
    );
}

#[test]
fn p001_a_pronoun_after_a_sentence_about_an_unnamed_person() {
    let story = "LOS ANGELES, Aug 13 (AP) - Police arrested a suspect on Saturday after a \
                 stabbing, authorities said.\n\nThe woman, whose name was not released, was \
                 taken to a hospital. His condition had improved by Sunday.";
    assert_eq!(flagged("P001", story), ["His"]);
    // Near misses: someone else there ("hit by a cyclist"), a man named, agreement.
    assert_quiet(
        "P001",
        [
            story.replace("His condition", "Her condition"),
            story.replace("was taken to a hospital", "was hit by a cyclist"),
            story.replace("was taken to a hospital", "called her son from a hospital"),
        ],
    );
}

#[test]
fn p001_a_pronoun_in_a_sentence_about_an_unnamed_person() {
    let story = "DENVER, March 4 (AP) - A 12-year-old girl was rescued from a frozen pond on \
                 Saturday after he fell through the ice, officials said.";
    assert_eq!(flagged("P001", story), ["he"]);
    let report = rendered("P001", "pond.txt", story);
    assert!(report.contains("the subject of the sentence"), "{report}");
    // Near misses: agreement; a relative clause's object; a crime or a vehicle that brings
    // someone unnamed into the next sentence; a boy whose mother is named by her role.
    assert_quiet(
        "P001",
        [
            story.replace("after he fell", "after she fell"),
            "BOSTON (AP) - A woman was shot on Friday. The man who shot her fled on foot."
                .to_string(),
            "BOSTON (AP) - A man has been charged with murder. She was stabbed 14 times, \
             prosecutors said."
                .to_string(),
            "BOSTON (AP) - The woman was hit by a car on Friday. His identity was not released."
                .to_string(),
            "BOSTON (AP) - The boy's mother said she had called the school. He was not hurt."
                .to_string(),
        ],
    );
}

#[test]
fn t008_in_between_small_words_where_the_scan_lost_the_full_stops() {
    // A page of run-on lower-case prose with no full stop: "counts In which" is the
    // preposition misread; "In this" may open a sentence whose stop was lost.
    let page = "with intent to defraud\nthere were two other counts In which the\naccused \
                were charged with obtaining by false\nrepresentations the sum of money on \
                the day\n";
    assert_eq!(t008_words(page), ["In"]);
    assert!(t008_words(&page.replace("counts In which", "counts In this")).is_empty());
    // A short line is no run of prose.
    assert!(t008_words("two counts In which\n").is_empty());
}

#[test]
fn e005_a_slip_after_a_two_word_place_that_ends_in_a_given_name() {
    // "Angeles" is a given name too, but "Los Angeles Polie Department" is no person's.
    let story = "LOS ANGELES, Aug 13 (AP) - Police arrested a man on Saturday, said Officer Jo \
                 Park of the Los Angeles Polie Department.";
    assert_eq!(flagged("E005", story), ["Polie"]);
    assert_quiet(
        "E005",
        [story.replace(
            "Los Angeles Polie Department",
            "Los Angeles Police Department",
        )],
    );
}

#[test]
fn p001_a_given_name_that_is_also_a_rare_word() {
    // "Mats" is a Swedish man's name and a plural noun; "Mats Malm" inside a sentence is a
    // man, whose "she" is flagged.
    let story = "STOCKHOLM, Oct 10 (Reuters) - The academy's permanent secretary, Mats Malm, \
                 said on Thursday she was delighted with the choice.";
    assert_eq!(flagged("P001", story), ["she"]);
    assert_quiet("P001", [story.replace("she was", "he was")]);
    // Near miss: "The" is a Vietnamese name too, but no word of everyday English is one here.
    assert_quiet(
        "P001",
        ["LONDON (Reuters) - Officials said The Germans would win. She was delighted."],
    );
}

#[test]
fn p001_a_group_named_by_a_plural_is_nobody() {
    // "People's Victory Volunteers leader Tomas Okafor ... adding that her movement": the
    // group's name is no person between the speaker and the pronoun ("Victory" is a rare
    // given name, "Volunteers" a plural noun). A common given name before such a surname is a
    // person ("Ed Balls"), and so is a surname the lists know ("Tiger Woods").
    let story = "LAGOS (Reuters) - People's Victory Volunteers leader Tomas Okafor said the \
                 vote had been rigged. \"We will not accept it,\" Okafor told supporters in \
                 Lagos, adding that her movement would go to court.";
    assert_only_finding(
        "P001",
        story,
        "her",
        "for Tomas Okafor, whom the story shows",
    );
    let person = "LONDON (Reuters) - Opposition finance spokesman Ed Balls said the plan would \
                  fail. \"It will not work,\" Balls told reporters, adding that he would vote \
                  against it. Balls said her colleagues agreed.";
    let found = lint(person, &selecting("P001"));
    assert_eq!(found.len(), 1, "{found:?}");
    assert!(
        found[0].message.contains("Ed Balls"),
        "{}",
        found[0].message
    );
}

#[test]
fn p001_a_speaker_who_has_not_said_whether() {
    // "NAME has not said whether she will": the speaker's own undecided plan, though a woman
    // was named paragraphs before; so are "did not say if" and "has not yet said whether".
    // "was not asked whether she" asks of someone, who may be the woman.
    let story = "OTTAWA (Reuters) - Prime Minister Anna Berg said on Monday she would call an \
                 election in the spring.\n\nThe opposition accused the government of delaying \
                 the vote.\n\nFinance Minister Francois Tremblay, a possible successor, said \
                 the budget would be balanced by 2027. Tremblay has not said whether she will \
                 run for the party leadership.";
    assert_only_finding(
        "P001",
        story,
        "she",
        "for Francois Tremblay, whom the story shows",
    );
    for variant in [
        "did not say if she will",
        "has not yet said whether she will",
    ] {
        let s = story.replace("has not said whether she will", variant);
        assert_only_finding("P001", &s, "she", "for Francois Tremblay");
    }
    assert_quiet(
        "P001",
        [story.replace(
            "has not said whether she will",
            "was not asked whether she will",
        )],
    );
}

#[test]
fn e001_a_slip_of_the_places_adjective_names_the_adjective() {
    // "Argentne" is two edits from "Argentina" but one from "Argentine", which the story also
    // writes: the adjective is what was meant, and the finding names it.
    let story = "BUENOS AIRES (Reuters) - Argentina raised its benchmark interest rate on \
                 Thursday as the Argentine peso fell to a record low.\n\nThe Argentne government \
                 said it would not devalue the currency.";
    assert_only_finding("E001", story, "Argentne", "slip for \"Argentine\"");
    // Without the adjective in the story the place is the reading.
    let alone = story.replace("the Argentine peso", "the peso");
    assert_only_finding("E001", &alone, "Argentne", "slip for \"Argentina\"");
}

#[test]
fn t008_junk_marks_and_hyphened_parts_in_a_page_misread_throughout() {
    // Two misread words and two junk marks glued to words make a page misread throughout:
    // then damage with no clear reading is flagged ("bcaung"), as it is not with the misread
    // words alone.
    let two = "The rooms wero full aud the hall was let.";
    let junk = format!("{two} The hall» was let, th« men said. The bcaung of it was measured.");
    assert_eq!(t008_words(&junk), ["wero", "aud", "bcaung"]);
    assert_eq!(
        t008_words(&format!(
            "{two} The hall was let, the men said. The bcaung of it was measured."
        )),
        ["wero", "aud"]
    );
    // In a page of four misread words, a part of a hyphened name misread ("Bathurst-streot")
    // and "Is" or "Its" between small words ("the navigation Is limited") are read; not a
    // hyphened part that is a word or a name ("Hunter-street", "co-op"), nor "It" opening a
    // sentence whose full stop was lost ("charged with bigamy It was alleged").
    let four = "The rooms wero full aud the hall had bcen let, wbich was noted.";
    let page = format!(
        "{four} He lived in Bathurst-streot near the mill. The navigation Is limited and \
         the board conducting Its affairs met."
    );
    assert_eq!(
        t008_words(&page),
        ["wero", "aud", "bcen", "wbich", "streot", "Is", "Its"]
    );
    let near = format!(
        "{four} He lived in Hunter-street near the co-op. The man was charged with bigamy \
         It was alleged."
    );
    assert_eq!(t008_words(&near), ["wero", "aud", "bcen", "wbich"]);
    // In typed copy the same hyphened form waits for a page of misreadings.
    assert!(t008_words("He lived in Bathurst-streot near the mill.").is_empty());
    // A capital misread with a small letter too: "Ballway" is "Railway" (B for R, l for i),
    // likelier than the "Hallway" of a small b for h.
    let station = format!("{four} The approaches to the Ballway station were made.");
    let found = lint(&station, &selecting("T008"));
    let ballway = found
        .iter()
        .find(|d| &station[d.span.range()] == "Ballway")
        .expect("Ballway read");
    assert_eq!(ballway.fix.as_deref(), Some("Railway"));
}

#[test]
fn p001_someone_new_and_unnamed_opening_the_sentence() {
    // "The chair of the Farmers' Union said she": someone new, whose office is of another body
    // than the man's, named before only by his pronoun. The role of a person named before
    // ("Singer Tomas Berg ... The singer ... she") is that person's, and a pronoun of the
    // other sex in the same sentence ("The chairman said he ... although she added") is a
    // conflict of its own.
    let story = "NAIROBI (Reuters) - Opposition chair Peter Otieno said on Monday he would \
                 lead a march on parliament next week.\n\nThe chair of the Farmers' Union said \
                 she would join the march.";
    assert_quiet("P001", [story]);
    let singer = "STOCKHOLM (Reuters) - Singer Tomas Berg cancelled his tour on Monday.\n\nThe \
                  singer said she needed rest after months on the road.";
    assert_only_finding("P001", singer, "she", "");
    let same = "STOCKHOLM (Reuters) - Investors sold the shares on Monday.\n\nThe company \
                spokesman said he had not seen the offer, although she added that talks \
                continued.";
    assert_only_finding("P001", same, "she", "");
}

#[test]
fn one_slip_read_by_two_rules_of_a_family_is_reported_once() {
    // "Bank of Japna's": E006 reads the bank ("Japna" for "Japan"), E004 the name with its
    // possessive ("Japna's" for "Japan's"). One finding, the first; two different words of one
    // family stay two.
    let story = "TOKYO (Reuters) - Japan's economy grew faster than expected in the third \
                 quarter, data showed on Monday.\n\nThe Bank of Japna's governor said the bank \
                 would watch prices closely. Japan's yen fell 0.3 percent.";
    let found = lint(story, &selecting("E"));
    assert_eq!(found.len(), 1, "{found:?}");
    assert_eq!(found[0].rule.code, "E006");
    assert_eq!(&story[found[0].span.range()], "Japna");
    let two = story.replace("the bank would watch", "the Bnak of Japan would watch");
    let codes: Vec<&str> = lint(&two, &selecting("E"))
        .iter()
        .map(|d| d.rule.code)
        .collect();
    assert_eq!(codes.len(), 2, "{codes:?}");
}

#[test]
fn e001_a_rare_given_name_where_only_a_place_can_stand() {
    // "Jordon" is a given name, but in a body's name after "of" or after "from", with no
    // surname after it, it stands where the story's "Jordan" stands.
    let story = "AMMAN (Reuters) - Jordan's economy grew 2.5% last year, the statistics office \
                 said on Sunday, as tourism to Jordan recovered.\n\nThe Central Bank of Jordon \
                 said it would keep rates unchanged.";
    assert_only_finding("E001", story, "Jordon", "slip for \"Jordan\"");
    let from = story.replace(
        "The Central Bank of Jordon said",
        "Exports from Jordon rose, it said",
    );
    assert_only_finding("E001", &from, "Jordon", "slip for \"Jordan\"");
    // Near misses: a person ("a call from Jordon Hale", "in Jordon's office"), a name that is
    // common ("a letter from Susan" in a story about Sudan), and the language "in German".
    assert_quiet(
        "E001",
        [
            story.replace(
                "Bank of Jordon said",
                "Bank said after a call from Jordon Hale",
            ),
            story.replace("Bank of Jordon said", "Bank said in Jordon's office"),
            "KHARTOUM (Reuters) - Sudan's army said on Sunday that talks in Sudan had failed. \
             The envoy read a letter from Susan to reporters."
                .to_string(),
            "BERLIN (Reuters) - Germany's economy shrank, and exports from Germany fell. The \
             minister spoke in German to reporters."
                .to_string(),
        ],
    );
}

#[test]
fn p001_a_second_clause_after_a_bare_said() {
    // "NAME said the group remained committed ... but that his members": the speaker's report
    // goes on in a second clause, with no "that" after "said".
    let story = "WASHINGTON (AP) - The group's counsel, Rachel Brandt, said in a statement that \
                 the ruling was welcome. Brandt said the group remained committed to the rule \
                 but that his members could not meet the deadline.";
    assert_only_finding(
        "P001",
        story,
        "his",
        "for Rachel Brandt, whom the story shows",
    );
    // Near miss: a man named in the first clause, whom "his" may mean.
    assert_quiet(
        "P001",
        [story.replace(
            "the group remained committed",
            "Tom Baker remained committed",
        )],
    );
}

#[test]
fn p001_a_surname_that_also_ends_names_of_places() {
    // "Lane", "Ward", "Hill" end names of places ("Drury Lane"), but after a given name and
    // before a reporting verb, or after a title, they are a person's surname.
    let story = "LONDON (Reuters) - Natalie Lane said on Monday the charity would close two \
                 shelters. Lane, who founded the charity in 2009, said he regretted the cuts.";
    assert_only_finding(
        "P001",
        story,
        "he",
        "for Natalie Lane, whom the story shows",
    );
    let titled = story.replace("Natalie Lane said on Monday", "Ms Natalie Lane told staff");
    assert_only_finding(
        "P001",
        &titled,
        "he",
        "for Natalie Lane, whom the story shows",
    );
    // Near misses: a place that opens with a given name says nothing ("Victoria Park"), nor
    // does a person named only by such a run with no sign it is a person's.
    assert_quiet(
        "P001",
        [
            story.replace(
                "Natalie Lane said on Monday",
                "Natalie Lane Gardens closed on Monday",
            ),
            "LONDON (Reuters) - Concerts at Victoria Park were cancelled on Sunday. The \
             organiser said he would refund tickets."
                .to_string(),
        ],
    );
    // A person noun before such a name makes it a person's too, who may be what the next
    // sentence's pronoun stands for: no finding for the woman named before him.
    assert_quiet(
        "P001",
        [
            "CORK (AP) - Aoife Brennan, the poet whose first book won the prize, has died, her \
          family said.\n\nBrennan was married to the sculptor Sean Ward, who died in 2015. His \
          statues of her stand in the city.",
        ],
    );
}

#[test]
fn e001_the_dateline_city_slipped_in_the_story() {
    // The story names its dateline city once more, slipped into a small town's name that no
    // reader of a story from Johannesburg means ("Johannesberg" is a German town).
    let story = "JOHANNESBURG, May 3 (Reuters) - South Africa's rand firmed on Tuesday.\n\n\
                 Traders in Johannesberg said the currency could gain further.";
    assert_only_finding("E001", story, "Johannesberg", "the item's own place");
    let found = lint(story, &selecting("E001"));
    assert_eq!(found[0].fix.as_deref(), Some("Johannesburg"));
    // Near misses: the look-alike is a name with a surname after it, or stands where no place
    // does.
    assert_quiet(
        "E001",
        [
            story.replace(
                "Traders in Johannesberg said",
                "Traders told Johannesberg Smith",
            ),
            story.replace("Traders in Johannesberg said", "Johannesberg traders said"),
        ],
    );
    // A rare common noun capitalised where the place stands is a slip too ("manilla" is
    // paper); not the English name with an "s" ("Marseilles"), nor a name the word lists have
    // only with its capital, which may be the city's older spelling ("Teheran").
    let manila = "MANILA, May 3 (AP) - The Philippines said on Tuesday it would protest.

                  The president said in a speech in Manilla that the country would not yield.";
    assert_only_finding("E001", manila, "Manilla", "the item's own place");
    assert_quiet(
        "E001",
        [
            "MARSEILLE, May 3 (AP) - France said on Tuesday it would build a port. Officials              in Marseilles welcomed it.",
            "TEHRAN, May 3 (AP) - Iran said on Tuesday it would talk. Officials in Teheran              welcomed it.",
        ],
    );
}

#[test]
fn p001_the_speakers_own_channel() {
    // "NAME said in her speech": the speech is the speaker's, though a woman spoke just before.
    let story = "LONDON (AP) - Olivia Hart won the award for best actress on Sunday. \"It is \
                 a dream,\" she said. Daniel Reyes won best actor. Reyes said in her acceptance \
                 speech that the film had changed his life.";
    assert_only_finding(
        "P001",
        story,
        "her",
        "for Daniel Reyes, whom the story shows",
    );
    // Near misses: her own speech as the story goes on ("in her speech" after "Reyes praised
    // Hart"), and a possessive that owns no channel ("said in her view").
    assert_quiet(
        "P001",
        [
            story.replace(
                "Reyes said in her acceptance speech",
                "Reyes praised her acceptance speech",
            ),
            story.replace(
                "said in her acceptance speech that",
                "said in her view that",
            ),
        ],
    );
}

#[test]
fn two_readings_of_one_word_keep_the_one_the_story_writes() {
    // "Pavei" is a misreading of the given name "Pavel" (E002) and a slip of "Pavey", the
    // surname the story writes twice (E004): one finding, with the story's own name.
    let story = "LONDON (PA) - Coach Sarah Pavey named her squad on Monday. Pavey said two \
                 players were injured.\n\nPavei said the team would travel on Friday.";
    let found: Vec<_> = lint(story, &wirelint::Config::default())
        .into_iter()
        .filter(|d| &story[d.span.range()] == "Pavei")
        .collect();
    assert_eq!(found.len(), 1, "{found:?}");
    assert_eq!(found[0].fix.as_deref(), Some("Pavey"));
}

#[test]
fn p001_a_role_given_in_apposition_and_whom_one_is_survived_by() {
    // "NAME, the jazz pianist whose ...": "the pianist" later is NAME, and one "is survived by"
    // one's own family, though another man was named just before.
    let story = "NEW YORK (AP) - Carla Mendes, the jazz pianist whose records sold millions, has \
                 died, her family said. She was 81.\n\nThe pianist was married for a time to Paul \
                 Grant, a drummer. His band toured Europe in the 1970s.\n\nThe pianist is \
                 survived by his daughter.";
    assert_only_finding(
        "P001",
        story,
        "his",
        "for Carla Mendes, whom the story shows",
    );
    // Near misses: her own family; and a role no apposition gave her ("The drummer", Grant's),
    // whose pronoun is his.
    assert_quiet(
        "P001",
        [
            story.replace("survived by his daughter", "survived by her daughter"),
            story.replace(
                "The pianist is survived by his",
                "The drummer is survived by his",
            ),
        ],
    );
}

#[test]
fn t008_a_digit_in_an_everyday_word() {
    // A digit OCR read for a letter ("wa5" for "was", "0f" is too short to tell), one a
    // typist hit for the letter below it ("th3" for "the"), or one left after a long word.
    let story = "The hall wa5 full when the mayor rose. He said th3 council had met on Monday \
                 and the 3treet would be closed after the meeting1 ended.";
    assert_eq!(t008_words(story), ["wa5", "th3", "3treet", "meeting1"]);
    let found = lint(story, &selecting("T008"));
    let fixes: Vec<_> = found
        .iter()
        .map(|d| d.fix.as_deref().unwrap_or(""))
        .collect();
    assert_eq!(fixes, ["was", "the", "street", "meeting"]);
    // Near misses: times, units, codes and names of things written with a digit.
    for quiet in [
        "The polls open at 4am and close at 9pm on a 10km route.",
        "Fans of web3 bought an Intel i5 laptop and shared mp3 files.",
        "The covid19 figures came from the 3rd wave, a b2b survey and a 4x4 test.",
    ] {
        assert_eq!(t008_words(quiet), Vec::<String>::new(), "{quiet}");
    }
}

#[test]
fn e004_an_irish_name_the_word_lists_have_slipped_from_the_story_s() {
    // "O'Neil" is a name of the word lists, but beside the "O'Neill" the story introduced a
    // dropped letter makes it a slip.
    let story = "PERTH (Reuters) - Chief Executive Maeve O'Neill said the sale was agreed. \
                 O'Neil said talks with other partners were continuing.";
    assert_only_finding("E004", story, "O'Neil", "slip for \"O'Neill\"");
    // Near misses: another person of the other spelling, and another listed name a changed
    // letter away ("O'Donnell" beside "O'Connell"), which is no slip of it.
    assert_quiet(
        "E004",
        [
            story.replace("O'Neil said", "Analyst Brendan O'Neil said"),
            story
                .replace("O'Neil said", "O'Donnell said")
                .replace("O'Neill", "O'Connell"),
        ],
    );
}

#[test]
fn p001_a_pronoun_after_an_unnamed_speaker_stands_for_the_speaker() {
    // "His lawyer said she": the lawyer, whom the story does not name, is "she".
    let story = |speaker: &str, pronoun: &str| {
        format!(
            "MADRID (Reuters) - A court upheld the sentence of Tomas Ferrer, a former regional \
             leader, on Monday. Ferrer, 71, had asked for a pardon. {speaker} said {pronoun} \
             would appeal to the Constitutional Court."
        )
    };
    assert_quiet(
        "P001",
        [
            story("His lawyer", "she"),
            story("A spokeswoman for the family", "she"),
            story("His lawyer", "he"),
        ],
    );
    // Near misses: the man himself, and a speaker who is named, say "she" of him.
    assert_eq!(flagged("P001", &story("Ferrer", "she")), ["she"]);
    assert_eq!(
        flagged("P001", &story("Ferrer's son, Pablo Ferrer,", "she")),
        ["she"]
    );
}

#[test]
fn a_name_read_whole_around_a_word_read_with_a_fix_is_reported_once() {
    // "European Centrl Bank": E003 reads the whole name as another for the European Central
    // Bank, E004 the word "Centrl" with its fix. One finding, the one with the fix.
    let story = "FRANKFURT (Reuters) - The European Central Bank raised its key rate on \
                 Thursday.\n\nEconomists said the European Centrl Bank would hold in October.";
    let found = lint(story, &selecting("E"));
    let read: Vec<(&str, &str, Option<&str>)> = found
        .iter()
        .map(|d| (d.rule.code, &story[d.span.range()], d.fix.as_deref()))
        .collect();
    assert_eq!(read, [("E004", "Centrl", Some("Central"))]);
    // Near miss: with E004 off, E003 still reads the name.
    let e003 = flagged("E003", story);
    assert_eq!(e003, ["European Centrl Bank"]);
}

#[test]
fn p001_the_speakers_own_plan_after_another_man_spoke() {
    // "Reyes said in an interview that he planned": the speaker's own intent, though a man
    // spoke in the sentence before; her given name and one pronoun show her sex.
    let story = |pronoun: &str| {
        format!(
            "BOSTON (AP) - The university named Claudine Reyes, an economist, as dean on \
             Monday. She has taught at Stanford since 2009.\n\n\"She brings rigor,\" president \
             Alan Garber said. He said the committee had been unanimous.\n\nReyes said in an \
             interview that {pronoun} planned to expand the school's work on climate policy."
        )
    };
    assert_eq!(flagged("P001", &story("he")), ["he"]);
    // Near miss: the same sentence with her own pronoun.
    assert_quiet("P001", [story("she")]);
}

#[test]
fn e004_a_name_no_list_has_in_a_team_sheet() {
    // A team sheet names many similar people; a form no list of names has, one slip from a
    // player the story named in full, is still that player.
    let story = |sheet: &str| {
        format!(
            "DUBLIN (Reuters) - Ireland coach Eddie O'Sullivan named Shane Horgan on the wing \
             for Saturday's game against Scotland. \"He is fit,\" O'Sullivan said.\n\n\
             Ireland: {sheet}, Dempsey, D'Arcy, Hickie, O'Gara, Stringer."
        )
    };
    assert_eq!(flagged("E004", &story("Murphy, Horgam")), ["Horgam"]);
    // Near misses: a real surname one slip away ("Horan"), and a sheet that names the
    // player as well.
    assert_quiet(
        "E004",
        [story("Murphy, Horan"), story("Horgan, Murphy, Horgam")],
    );
}

#[test]
fn e004_an_ending_dropped_from_a_name_given_in_full() {
    // "Steve Bruce" ... "Bruc said": a form English text never writes, cut from a name the
    // story gave in full once, is a slip though names change their endings on their own.
    let story = |later: &str| {
        format!(
            "LONDON (Reuters) - Birmingham manager Steve Bruce admitted the trip to Chelsea was \
             the toughest draw possible.\n\n{later} said: \"We are still in shock, but we will \
             give it a go.\""
        )
    };
    assert_eq!(flagged("E004", &story("Bruc")), ["Bruc"]);
    // Near misses: an ending names take ("Ivanov", "Ivanova"), and the name as given.
    let pair = "MOSCOW (Reuters) - Coach Sergei Ivanov named his squad on Monday.\n\nIvanova said \
                the team was ready.";
    assert_quiet("E004", [pair.to_string(), story("Bruce")]);
}

#[test]
fn p001_the_speakers_own_earlier_words_after_a_woman_spoke() {
    // "Coach Lars Berg said she had told the players": the speaker's own words to them, though
    // a woman was quoted in the paragraph before.
    let story = |pronoun: &str, object: &str| {
        format!(
            "OSLO (Reuters) - Norway beat Sweden 2-1 on Sunday to reach the final.\n\nStriker \
             Ingrid Dahl scored both goals. \"We never stopped believing,\" she said.\n\nCoach \
             Lars Berg said {pronoun} had told {object} at half-time to keep calm. Berg, who has \
             led the team since 2021, called it the best night of his career."
        )
    };
    assert_eq!(flagged("P001", &story("she", "the players")), ["she"]);
    // Near misses: his own pronoun, and someone else's words to him.
    assert_quiet("P001", [story("he", "the players"), story("she", "him")]);
}

#[test]
fn p001_a_man_named_only_later_is_no_referent() {
    // The story's only male sign up to the pronoun's sentence is the pronoun: a husband
    // named two paragraphs on does not make "he" plausible.
    let story = |middle: &str| {
        format!(
            "LOS ANGELES (AP) - Actress Dana Pryor, who starred in three television dramas, has \
             died of cancer. She was 61.\n\nPryor was diagnosed in 2019. She wrote about her \
             treatment in a blog, {middle} in which he spoke candidly about dying.\n\nA family \
             statement said she died at home. \"She was a loving wife to her husband,\" it said."
        )
    };
    assert_eq!(flagged("P001", &story("and")), ["he"]);
    // Near miss: a man named before the pronoun may be whom it stands for.
    assert_quiet(
        "P001",
        [story("and on a podcast hosted by her friend Tom Ellis,")],
    );
}

#[test]
fn p001_a_clipped_name_gives_no_sex() {
    // "Ash" is a boy's name in the US counts, but as often short for "Ashleigh": the "she" of
    // "Coach Craig Pryce guided Ash Varga ... before she retired" is Varga's, not Pryce's.
    let story = |given: &str| {
        format!(
            "PERTH, Australia (AP) - {given} Varga's former coach Craig Pryce will lead the \
             national team at next month's finals, officials said on Tuesday.\n\nPryce guided \
             Varga to two world titles before she retired in 2021 at the age of 27. He has since \
             worked with juniors in Perth."
        )
    };
    assert_quiet("P001", [story("Ash"), story("Nat")]);
    // Near miss: a name that is a man's however it is cut.
    assert_eq!(flagged("P001", &story("Mark")), ["she"]);
}

#[test]
fn p001_what_the_apposition_says_of_a_person() {
    // "Erkan, ... the first woman to run the bank": the apposition's "woman" is hers, and with
    // her given name it outweighs the speaker's "he".
    let story = |apposition: &str| {
        format!(
            "ISTANBUL (AP) - Turkey's central bank raised its key rate to 35 percent on \
             Thursday.\n\nGovernor Selin Erkan, {apposition}, has quadrupled rates since June. \
             President Kemal Arslan has backed the policy.\n\nErkan told lawmakers last month \
             that he expected inflation to peak in May."
        )
    };
    assert_eq!(
        flagged(
            "P001",
            &story("a former Goldman Sachs banker and the first woman to run the bank")
        ),
        ["he"]
    );
    // Near misses: a woman the apposition names beside her, and one in a list.
    assert_quiet(
        "P001",
        [
            story("a former adviser to the woman who founded the fund"),
            story("a former banker"),
        ],
    );
}

#[test]
fn p001_those_who_speak_for_a_man_say_she() {
    // "Emefiele's lawyers have said she": plural lawyers are no "she"; the story's only female
    // sign is the pronoun.
    let story = |speakers: &str| {
        format!(
            "LAGOS (AP) - Nigeria's president on Monday named Olayemi Cardoso as governor of the \
             central bank, replacing Godwin Emefiele, who was suspended in June.\n\nCardoso, 66, \
             ran a lender in Lagos. He must be confirmed by the Senate.\n\n{speakers} said she is \
             innocent of the charges. A court granted him bail last month."
        )
    };
    assert_only_finding(
        "P001",
        &story("Emefiele's lawyers have"),
        "she",
        "for Godwin Emefiele, whom the story shows to be male",
    );
    // Near miss: one lawyer, who may be a woman.
    assert_quiet("P001", [story("His lawyer has")]);
}

#[test]
fn e004_a_given_name_slipped_before_one_surname() {
    // "Keir Starmer" ... "Kier Starmer told": the later form, opening a sentence, a rare word
    // and no listed name; "Secretary of State Antony Blinken" is a person though "State" heads
    // bodies.
    let story = |first: &str, later: &str| {
        format!(
            "LONDON (Reuters) - Prime Minister {first} Starmer said on Thursday his government \
             would introduce a digital ID scheme.\n\n{later} Starmer told business leaders the \
             scheme would be free."
        )
    };
    assert_eq!(flagged("E004", &story("Keir", "Kier")), ["Kier"]);
    let blinken = "WASHINGTON (AP) - Secretary of State Antony Blinken will travel to Cairo next \
                   week.\n\nAnthony Blinken will meet leaders in Qatar, a spokesman said.";
    assert_eq!(flagged("E004", blinken), ["Anthony"]);
    // Near misses: one spelling throughout, and a listed given name read after a misread one
    // ("Loon Caron" ... "Leon Caron").
    let misread = "PARIS - M. Loon Caron, the conductor, has died.\n\nM. Leon Caron was born in \
                   Rouen in 1850.";
    assert_quiet("E004", [story("Keir", "Keir"), misread.to_string()]);
}

#[test]
fn e004_a_surname_the_word_lists_know_slipped_from_one_named_in_full() {
    // "Jacinda Ardern" ... "Arden had championed": a name the lists have only with its capital,
    // standing alone, one letter from the surname of the person introduced.
    let story = |later: &str| {
        format!(
            "WELLINGTON (AP) - Prime Minister Chris Hipkins took over from Jacinda Ardern in \
             January after she resigned.\n\n{later} had championed the merger of the two \
             broadcasters."
        )
    };
    assert_eq!(flagged("E004", &story("Arden")), ["Arden"]);
    // Near misses: the name as given, and another person named in full with it.
    assert_quiet("E004", [story("Ardern"), story("Minister Kate Arden")]);
}

#[test]
fn e001_a_place_with_its_doubled_letters_misplaced() {
    // "Cincinatti", "Carribean": a doubling moved, in a form English text writes thirty times
    // less often than the place, wherever it stands; one added where a place stands.
    let story = |place: &str| {
        format!(
            "A former councilman was sentenced on Tuesday to two years in prison.\n\nHe was once \
             seen as a likely future mayor of {place}, the judge said."
        )
    };
    assert_eq!(flagged("E001", &story("Cincinatti")), ["Cincinatti"]);
    let added = "Talks on the loan were held in Venezzuela on Monday.";
    assert_eq!(flagged("E001", added), ["Venezzuela"]);
    // Near misses: the place spelt right, and a town of its own ("Pittsburg", Kansas).
    assert_quiet("E001", [story("Cincinnati"), story("Pittsburg")]);
}

#[test]
fn e001_a_city_of_a_look_alike_pair_for_the_country_of_the_dateline() {
    // "BOGOTA, Colombia ... Columbia's largest gang": Columbia, S.C., though a real city, is
    // not the Colombia of the dateline, with no American place in the story.
    let story = |place: &str| {
        format!(
            "BOGOTA, Colombia (AP) - Police seized 14 tons of cocaine in Colombia, officials \
             said on Thursday.\n\nThe drugs belonged to the Gulf Clan, the largest gang in \
             {place}, police said."
        )
    };
    assert_eq!(flagged("E001", &story("Columbia")), ["Columbia"]);
    // ... and in its possessive, the finding on the name alone.
    let owner = "BOGOTA, Colombia (AP) - Police seized 14 tons of cocaine, officials said.\n\n\
                 The drugs belonged to the Gulf Clan, Columbia's largest gang, police said.";
    assert_eq!(flagged("E001", owner), ["Columbia"]);
    // Near misses: the country, and a name the city opens.
    assert_quiet(
        "E001",
        [story("Colombia"), story("Columbia University's view")],
    );
}

#[test]
fn p001_a_country_s_name_given_to_a_person_the_apposition_describes() {
    // "Jordan Mills, a jazz pianist": a person, so the bare "Mills" of her obituary is not her
    // son's, named later, and her "She" no slip.
    let story = |apposition: &str| {
        format!(
            "NEW YORK (AP) - Jordan Mills{apposition} has died. She was 81.\n\nMills died Tuesday \
             at her home in Harlem, her son, Robert Mills, said. He said the cause was heart \
             failure.\n\nBorn in Detroit, Mills began playing in church as a child. She moved \
             to New York at 19. Her husband, the drummer Leon Mills, died in 2009."
        )
    };
    assert_quiet("P001", [story(", a jazz pianist who taught at Juilliard,")]);
    // Near miss: her own "He" is still found, where the apposition says she is a woman.
    let slip = story(", a jazz pianist and the first woman to teach at Juilliard,")
        .replace("She was", "He was");
    assert_eq!(flagged("P001", &slip), ["He"]);
}

#[test]
fn t008_an_arabic_name_s_particle_is_no_misreading() {
    let story = "CAIRO (AP) - The president met on Sunday with Sheikha Moza bint Nasser, the \
                 mother of Qatar's emir.";
    assert_quiet("T008", [story]);
}

#[test]
fn p001_a_story_wide_finding_names_the_speaker_it_is_bound_to() {
    // The story's only "she", bound to a man who speaks: the finding names him, not an
    // earlier "he" that was someone else's.
    let story = |pronoun: &str| {
        format!(
            "ATHENS, Greece (AP) - Greece's Prime Minister Kyriakos Mitsotakis said Monday that \
             his government would legalize same-sex civil marriage.\n\nMitsotakis said the bill \
             would also allow same-sex couples to adopt. Nikos Kallas, the leader of the main \
             opposition party, who is married to a man, said his party would vote for it.\n\n\
             Kallas and his husband, Tyler Webb, married in New York in 2023. Webb, a nurse, said \
             in an interview that he was proud of the country.\n\nArchbishop Ieronymos, head of \
             the Church of Greece, said the church would oppose the change. Former Prime \
             Minister Antonis Varelas said {pronoun} would vote against the bill."
        )
    };
    assert_only_finding(
        "P001",
        &story("she"),
        "she",
        "for Antonis Varelas, whom the story shows to be male",
    );
    assert_quiet("P001", [story("he")]);
}

#[test]
fn t008_a_surname_misread_in_a_page_misread_throughout() {
    // Where a surname stands, after initials or in a list of names, a form no text writes is
    // read only as the one common name it gives ("Hughos": "Hughes"), in such a page alone.
    let page = |name: &str| {
        format!(
            "Tho Bench met aud the rooms wero full, which had bcen expected, wbich the chairman \
             noted iu his speech. Licences were transferred to E. J. {name}, Glen Hotel, and to \
             John Monat, Royal Hotel."
        )
    };
    let read = |text: &str| -> Vec<String> {
        lint(text, &selecting("T008"))
            .iter()
            .filter(|d| d.fix.is_some() && text[d.span.range()].starts_with(char::is_uppercase))
            .filter(|d| &text[d.span.range()] != "Tho")
            .map(|d| text[d.span.range()].to_string())
            .collect()
    };
    assert_eq!(read(&page("Hughos")), ["Hughos"]);
    // Near misses: a name text writes, a name of its own, and the same slip in typed copy.
    assert!(read(&page("Hughes")).is_empty());
    assert!(read(&page("Monaghos")).is_empty());
    let typed = "Licences were transferred to E. J. Hughos, Glen Hotel, and to John Monat.";
    assert!(read(typed).is_empty());
}
