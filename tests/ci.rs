//! wirelint on a content repository: walking, config, Markdown, suppressions, baselines and the
//! machine-readable formats.

use std::path::{Path, PathBuf};
use std::process::{Command, Output};

fn wirelint_in(dir: &Path, args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_wirelint"))
        .current_dir(dir)
        .args(args)
        .output()
        .expect("run wirelint")
}

fn out(o: &Output) -> String {
    String::from_utf8_lossy(&o.stdout).into_owned()
}

fn err(o: &Output) -> String {
    String::from_utf8_lossy(&o.stderr).into_owned()
}

/// A scratch repository with the given files.
fn repo(name: &str, files: &[(&str, &str)]) -> PathBuf {
    let dir = std::env::temp_dir().join(format!("wirelint-ci-{}-{name}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    for (path, text) in files {
        let p = dir.join(path);
        std::fs::create_dir_all(p.parent().unwrap()).unwrap();
        std::fs::write(p, text).unwrap();
    }
    dir
}

const BAD_DATE: &str = "Talks were held on 31 April.\n";

#[test]
fn walks_in_order_and_honours_ignore_files() {
    let dir = repo(
        "walk",
        &[
            ("b.txt", BAD_DATE),
            ("a/z.md", BAD_DATE),
            ("a/y.txt", BAD_DATE),
            ("drafts/x.txt", BAD_DATE),
            ("notes.json", BAD_DATE),
            (".gitignore", "drafts/\n"),
        ],
    );
    let o = wirelint_in(&dir, &["check", "--format", "concise", "."]);
    let text = out(&o);
    let paths: Vec<&str> = text
        .lines()
        .filter_map(|l| l.split(':').next())
        .filter(|p| p.ends_with(".txt") || p.ends_with(".md"))
        .collect();
    assert_eq!(paths, vec!["a/y.txt", "a/z.md", "b.txt"], "{}", out(&o));
    let o = wirelint_in(
        &dir,
        &["check", "--format", "concise", "--exclude", "a/*.md", "."],
    );
    assert!(!out(&o).contains("a/z.md"));
    let o = wirelint_in(
        &dir,
        &["check", "--format", "concise", "--include", "a/**", "."],
    );
    assert!(!out(&o).contains("b.txt") && out(&o).contains("a/y.txt"));
}

#[test]
fn config_selects_rules_sets_severity_and_adds_data() {
    let dir = repo(
        "config",
        &[
            (
                "wirelint.toml",
                "ignore = [\"T\"]\n\n[severity]\nD001 = \"warning\"\n\n[per-file-ignores]\n\"archive/**\" = [\"D\"]\n\n[data]\naccepted = [\"house.txt\"]\n\n[[allow]]\ncode = \"N005\"\ntext = \"l985\"\n",
            ),
            ("house.txt", "# house spellings\nIndustrics\n"),
            (
                "story.txt",
                "Talks were held on 31 April, the the Office for Strategic Industrics said of the l985 law.\n",
            ),
            ("archive/old.txt", BAD_DATE),
        ],
    );
    let o = wirelint_in(&dir, &["check", "--format", "json", "."]);
    let v: serde_json::Value = serde_json::from_slice(&o.stdout).unwrap();
    let found: Vec<(String, String)> = v
        .as_array()
        .unwrap()
        .iter()
        .map(|f| {
            (
                f["code"].as_str().unwrap().to_string(),
                f["severity"].as_str().unwrap().to_string(),
            )
        })
        .collect();
    assert_eq!(
        found,
        vec![("D001".to_string(), "warning".to_string())],
        "{}",
        out(&o)
    );
    assert_eq!(v[0]["path"], "story.txt");
}

#[test]
fn bad_config_names_the_key_and_line() {
    let dir = repo(
        "badconfig",
        &[
            ("wirelint.toml", "select = [\"D\"]\n\nignorre = [\"T\"]\n"),
            ("s.txt", BAD_DATE),
        ],
    );
    let o = wirelint_in(&dir, &["check", "."]);
    assert_eq!(o.status.code(), Some(2));
    let e = err(&o);
    assert!(
        e.contains("wirelint.toml (line 3)") && e.contains("ignorre"),
        "{e}"
    );
    let dir = repo(
        "badvalue",
        &[
            (".wirelint.toml", "[severity]\nD001 = \"loud\"\n"),
            ("s.txt", BAD_DATE),
        ],
    );
    let o = wirelint_in(&dir, &["check", "."]);
    assert_eq!(o.status.code(), Some(2));
    assert!(err(&o).contains("severity.D001 = \"loud\""), "{}", err(&o));
    let dir = repo(
        "badcode",
        &[
            ("wirelint.toml", "select = [\"Q1\"]\n"),
            ("s.txt", BAD_DATE),
        ],
    );
    let o = wirelint_in(&dir, &["check", "."]);
    assert_eq!(o.status.code(), Some(2));
    assert!(err(&o).contains("`Q1`"), "{}", err(&o));
}

#[test]
fn markdown_skips_front_matter_code_and_comments() {
    let text = "---\ntitle: Held on 80 December\n---\n# Talks\n\nThe talks were held on 31 April.\n\n```\nthe the\n```\n\nSome `the the` code and <!-- 2O23 --> text.\n";
    let dir = repo("md", &[("story.md", text)]);
    let o = wirelint_in(&dir, &["check", "--format", "json", "story.md"]);
    let v: serde_json::Value = serde_json::from_slice(&o.stdout).unwrap();
    let f = v.as_array().unwrap();
    assert_eq!(f.len(), 1, "{}", out(&o));
    assert_eq!(f[0]["code"], "D001");
    let (s, e) = (
        f[0]["span"]["start"].as_u64().unwrap() as usize,
        f[0]["span"]["end"].as_u64().unwrap() as usize,
    );
    assert_eq!(&text[s..e], "31 April");
    assert_eq!(f[0]["line"], 6);
}

#[test]
fn suppressions_silence_and_unused_ones_are_reported() {
    let text = "<!-- wirelint-disable D001 -->\nHeld on 31 April.\n<!-- wirelint-enable -->\nHeld on 31 April again.\n\n<!-- wirelint-disable-next-line N005 -->\nIn 2O23 and the the end.\n<!-- wirelint-disable-next-line T004 -->\nNothing here.\n";
    let dir = repo("suppress", &[("s.md", text)]);
    let o = wirelint_in(
        &dir,
        &["check", "--format", "concise", "--no-summary", "s.md"],
    );
    let lines: Vec<String> = out(&o)
        .lines()
        .map(|l| l.split(' ').next().unwrap().to_string() + " " + l.split(' ').nth(1).unwrap())
        .collect();
    assert_eq!(
        lines,
        vec!["s.md:4:9: D001", "s.md:7:13: T004"],
        "{}",
        out(&o)
    );
    let o = wirelint_in(
        &dir,
        &["check", "--format", "concise", "--report-unused", "s.md"],
    );
    assert!(
        out(&o).contains("s.md:8:1: T900 unused suppression"),
        "{}",
        out(&o)
    );
}

#[test]
fn baseline_survives_moved_lines_and_reports_new_findings() {
    let dir = repo(
        "baseline",
        &[("s.txt", "Held on 31 April.\n\nPrices rose in 2O23.\n")],
    );
    let o = wirelint_in(&dir, &["check", "--write-baseline", "base.json", "."]);
    assert_eq!(o.status.code(), Some(0), "{}", err(&o));
    assert!(err(&o).contains("recorded 2 findings"));
    // An edit moves the old findings down and adds a new one.
    std::fs::write(
        dir.join("s.txt"),
        "A new opening paragraph.\n\nThe the vote.\n\nHeld on 31 April.\n\nPrices rose in 2O23.\n",
    )
    .unwrap();
    let o = wirelint_in(
        &dir,
        &[
            "check",
            "--baseline",
            "base.json",
            "--format",
            "concise",
            "--no-summary",
            ".",
        ],
    );
    assert_eq!(o.status.code(), Some(1));
    let text = out(&o);
    let codes: Vec<&str> = text.lines().map(|l| l.split(' ').nth(1).unwrap()).collect();
    assert_eq!(codes, vec!["T004"], "{}", out(&o));
    let o = wirelint_in(&dir, &["check", "--baseline", "missing.json", "."]);
    assert_eq!(o.status.code(), Some(2));
}

#[test]
fn github_annotations_are_exact() {
    let dir = repo(
        "github",
        &[(
            "s.txt",
            "Intro, with a comma.\nHeld on 31 April, 100% sure.\n",
        )],
    );
    let o = wirelint_in(&dir, &["check", "--format", "github", "s.txt"]);
    assert_eq!(
        out(&o),
        "::error file=s.txt,line=2,col=9,endLine=2,endColumn=17,title=D001 impossible-date::impossible date \"31 April\": April has 30 days, not 31\n"
    );
}

#[test]
fn junit_is_well_formed_xml() {
    let dir = repo(
        "junit",
        &[
            ("bad.txt", "Held on 31 April & \"more\" <now>.\n"),
            ("good.txt", "Fine.\n"),
        ],
    );
    let o = wirelint_in(&dir, &["check", "--format", "junit", "."]);
    let xml = out(&o);
    let doc = roxmltree::Document::parse(&xml).expect("valid XML");
    let suite = doc
        .descendants()
        .find(|n| n.has_tag_name("testsuite"))
        .unwrap();
    assert_eq!(suite.attribute("tests"), Some("2"));
    assert_eq!(suite.attribute("failures"), Some("1"));
    let failure = doc
        .descendants()
        .find(|n| n.has_tag_name("failure"))
        .unwrap();
    assert_eq!(failure.attribute("type"), Some("D001"));
}

#[test]
fn json_lines_are_one_object_each() {
    let examples = concat!(env!("CARGO_MANIFEST_DIR"), "/examples");
    let o = wirelint_in(
        Path::new(examples),
        &["check", "--format", "json-lines", "."],
    );
    let lines: Vec<&str> = std::str::from_utf8(&o.stdout).unwrap().lines().collect();
    assert!(lines.len() > 10);
    for l in lines {
        let v: serde_json::Value = serde_json::from_str(l).unwrap();
        assert!(v["code"].is_string() && v["span"]["start"].is_u64());
    }
}

#[test]
#[cfg_attr(
    wirelint_no_jsonschema,
    ignore = "python's jsonschema is not installed (python3 -m pip install jsonschema)"
)]
fn sarif_validates_against_the_2_1_0_schema() {
    let root = env!("CARGO_MANIFEST_DIR");
    let schema = Path::new(root).join("target/sarif-schema/sarif-2.1.0-rtm.5.json");
    if !schema.exists() {
        let _ = Command::new(format!("{root}/scripts/fetch-sarif-schema.sh")).status();
    }
    let has_jsonschema = Command::new("python3")
        .args(["-c", "import jsonschema"])
        .status()
        .is_ok_and(|s| s.success());
    assert!(
        schema.exists() && has_jsonschema,
        "needs target/sarif-schema (scripts/fetch-sarif-schema.sh, npm) and python3 -m pip \
         install jsonschema; CI=true runs every client test"
    );
    let o = wirelint_in(Path::new(root), &["check", "--format", "sarif", "examples"]);
    let sarif = std::env::temp_dir().join(format!("wirelint-{}.sarif", std::process::id()));
    std::fs::write(&sarif, &o.stdout).unwrap();
    let check = Command::new("python3")
        .args([
            "-c",
            "import json,sys,jsonschema; s=json.load(open(sys.argv[1])); d=json.load(open(sys.argv[2])); \
             jsonschema.Draft7Validator(s).validate(d); print(len(d['runs'][0]['results']))",
            schema.to_str().unwrap(),
            sarif.to_str().unwrap(),
        ])
        .output()
        .unwrap();
    assert!(
        check.status.success(),
        "SARIF invalid: {}",
        String::from_utf8_lossy(&check.stderr)
    );
    let results: usize = String::from_utf8_lossy(&check.stdout)
        .trim()
        .parse()
        .unwrap();
    assert!(results > 10);
    let v: serde_json::Value = serde_json::from_slice(&o.stdout).unwrap();
    let rules = v["runs"][0]["tool"]["driver"]["rules"].as_array().unwrap();
    assert!(rules.iter().any(|r| {
        r["id"] == "D001"
            && r["help"]["markdown"]
                .as_str()
                .unwrap()
                .contains("## Why is this bad?")
    }));
}

#[test]
fn statistics_severity_and_exit_options() {
    let dir = repo(
        "opts",
        &[(
            "s.txt",
            "Held on 31 April and the the vote and the the count.\n",
        )],
    );
    let o = wirelint_in(&dir, &["check", "--statistics", "s.txt"]);
    let stats = out(&o);
    assert!(
        stats.starts_with("     2  T004  doubled-word\n     1  D001  impossible-date\n"),
        "{stats}"
    );
    let o = wirelint_in(
        &dir,
        &[
            "check",
            "--severity",
            "error",
            "--format",
            "concise",
            "--no-summary",
            "s.txt",
        ],
    );
    assert_eq!(out(&o).lines().count(), 1);
    let o = wirelint_in(
        &dir,
        &["check", "--select", "T004", "--fail-on", "error", "s.txt"],
    );
    assert_eq!(o.status.code(), Some(0));
    let o = wirelint_in(&dir, &["check", "--exit-zero", "s.txt"]);
    assert_eq!(o.status.code(), Some(0));
    let o = wirelint_in(
        &dir,
        &["check", "--format", "json", "-o", "report.json", "s.txt"],
    );
    assert_eq!(o.status.code(), Some(1));
    assert!(out(&o).is_empty());
    let v: serde_json::Value =
        serde_json::from_str(&std::fs::read_to_string(dir.join("report.json")).unwrap()).unwrap();
    assert_eq!(v.as_array().unwrap().len(), 3);
}
