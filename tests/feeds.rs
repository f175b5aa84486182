//! Feed files written for these tests from the public specifications (NITF 3.3 and 4.0,
//! NewsML-G2 2.29 with inline NITF and XHTML, ninjs 1.x and 2.x, ANPA 1312) and an HTML page:
//! each holds planted errors, and every finding's exact bytes, line and column in the original
//! file are asserted. Markup, metadata, bylines, tables and summaries hold decoys that must stay
//! silent.

use wirelint::check::{FileOptions, check_text};
use wirelint::input::{Format, InputError};
use wirelint::{Config, span::LineIndex};

fn fixture(name: &str) -> String {
    let path = format!("{}/tests/fixtures/feeds/{name}", env!("CARGO_MANIFEST_DIR"));
    std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{path}: {e}"))
}

/// "CODE line:col exact-bytes" for every finding, and the labels' bytes.
fn findings(name: &str) -> Vec<String> {
    let raw = fixture(name);
    let diags = check_text(name, &raw, &Config::default(), &FileOptions::default())
        .unwrap_or_else(|e| panic!("{name}: {e}"));
    let lines = LineIndex::new(&raw);
    diags
        .iter()
        .map(|d| {
            let (line, col) = lines.line_col(&raw, d.span.start as usize);
            let labels: Vec<&str> = d.labels.iter().map(|l| &raw[l.span.range()]).collect();
            format!(
                "{} {line}:{col} {}{}",
                d.rule.code,
                &raw[d.span.range()],
                if labels.is_empty() {
                    String::new()
                } else {
                    format!(" <- {}", labels.join(" | "))
                }
            )
        })
        .collect()
}

#[test]
fn nitf_3_3() {
    assert_eq!(
        findings("nitf-3.3.xml"),
        [
            "D001 14:64 80 December",
            "N001 19:94 16 th",
            "D002 20:50 Friday <- 20210302",
            "P001 21:85 she <- Villar | Leonardo | his",
        ]
    );
}

#[test]
fn nitf_4_0_with_namespaces_blocks_and_references() {
    assert_eq!(
        findings("nitf-4.0.xml"),
        [
            "D002 15:38 Monday <- 2019-11-14T08:00:00Z",
            "D003 16:32 Nov 20 <- Nov 14",
            "T004 16:77 the the",
            "D004 18:82 2530 GMT",
        ]
    );
}

#[test]
fn newsml_g2_with_inline_nitf() {
    assert_eq!(
        findings("newsml-g2.xml"),
        [
            "N004 20:45 &lt;&gt;th",
            "D002 29:46 Monday <- 2022-06-24T15:10:00Z",
            "P001 30:31 his <- Fitch | she | her",
            "D003 30:81 June 27 <- 2022-06-24T15:10:00Z",
        ]
    );
}

#[test]
fn newsml_g2_with_inline_xhtml() {
    assert_eq!(
        findings("newsml-g2-xhtml.xml"),
        [
            "D002 17:35 Thursday <- 2023-08-12T10:00:00Z",
            "N001 17:60 1 st"
        ]
    );
}

#[test]
fn ninjs_1_body_html_with_json_escapes() {
    let found = findings("ninjs-1.json");
    assert_eq!(
        found,
        [
            "D002 9:148 Friday <- 2020-03-19T11:30:00Z",
            "P001 9:236 he <- L\\u00f3pez | Claudia | her",
        ]
    );
}

#[test]
fn ninjs_2_main_body_only() {
    // The summary body's "80 December" is not the story.
    assert_eq!(
        findings("ninjs-2.json"),
        ["T004 13:169 the the", "D001 13:240 31 September"]
    );
}

#[test]
fn anpa_1312_transmission() {
    assert_eq!(
        findings("story.anpa"),
        [
            "N001 6:85 3 rd",
            "D002 8:18 Friday <- AP-NY-11-14-19 1412EST"
        ]
    );
}

#[test]
fn html_page_leaves_out_head_navigation_and_footer() {
    assert_eq!(findings("article.html"), ["D004 14:29 7:75"]);
}

#[test]
fn a_character_reference_inside_a_name_is_one_word() {
    let raw = "<nitf><body><body.content><p>Bogot&#225; voted. Bogota voted again. \
               Bogot&#225; and Bogot&#225; and Bogot&#225; agreed.</p></body.content></body></nitf>";
    let diags = check_text("x.xml", raw, &Config::default(), &FileOptions::default()).unwrap();
    for d in &diags {
        assert_ne!(&raw[d.span.range()], "Bogot", "a reference split the name");
    }
}

#[test]
fn another_language_is_skipped_with_one_note() {
    let found = findings("non-english.xml");
    assert_eq!(found, ["T901 2:17 fr"]);
}

#[test]
fn broken_feed_files_name_the_position() {
    let err = |name: &str| {
        check_text(
            name,
            &fixture(name),
            &Config::default(),
            &FileOptions::default(),
        )
        .expect_err(name)
        .to_string()
    };
    assert_eq!(
        err("broken.xml"),
        "broken XML at line 4, column 35: expected </p>, found </body.content>"
    );
    assert_eq!(
        err("broken.json"),
        "broken JSON at line 4, column 3: expected ',' or '}'"
    );
    assert!(matches!(
        check_text(
            "package.json",
            &fixture("package.json"),
            &Config::default(),
            &FileOptions::default()
        ),
        Err(InputError::NotNinjs)
    ));
}

#[test]
fn the_format_can_be_forced() {
    // Read as plain text, the markup is words and the reference is not decoded.
    let raw = fixture("nitf-3.3.xml");
    let opts = FileOptions {
        format: Some(Format::Text),
        ..Default::default()
    };
    let diags = check_text("x.txt", &raw, &Config::default(), &opts).unwrap();
    assert!(diags.iter().any(|d| &raw[d.span.range()] == "99 December"));
    assert_eq!(Format::detect("story", &raw), Format::Xml);
    assert_eq!(Format::detect("story.json", "{}"), Format::Ninjs);
    assert_eq!(
        Format::detect("story", "<!DOCTYPE html><p>x</p>"),
        Format::Html
    );
    assert_eq!(Format::detect("story.txt", "Plain words."), Format::Text);
}

#[test]
fn the_items_own_place_is_evidence_for_a_look_alike() {
    let raw = r#"<newsItem><contentMeta><located><name>Tegucigalpa</name></located>
<headline>Talks end</headline></contentMeta><contentSet>
<inlineXML><html><body><p>Ministers met in Tegucigapla on Monday.</p></body></html></inlineXML>
<inlineData contenttype="text/plain">Ministers met in Tegucigapla on Monday.</inlineData>
</contentSet></newsItem>"#;
    let diags = check_text("x.xml", raw, &Config::default(), &FileOptions::default()).unwrap();
    // One rendition only: the plain-text copy of the same story is not read again.
    let e001: Vec<_> = diags.iter().filter(|d| d.rule.code == "E001").collect();
    assert_eq!(e001.len(), 1, "{diags:?}");
    assert_eq!(&raw[e001[0].span.range()], "Tegucigapla");
    assert_eq!(&raw[e001[0].labels[0].span.range()], "Tegucigalpa");
    // A real place near the item's place is no slip for it.
    let near = raw.replace("Tegucigapla", "Comayagua");
    let diags = check_text("x.xml", &near, &Config::default(), &FileOptions::default()).unwrap();
    assert!(diags.iter().all(|d| d.rule.code != "E001"), "{diags:?}");
}
