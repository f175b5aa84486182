//! The `wirelint` binary end to end: exit codes, standard input, bad input, JSON, rules, explain.

use std::io::Write;
use std::path::PathBuf;
use std::process::{Command, Output, Stdio};

fn wirelint(args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_wirelint"))
        .args(args)
        .output()
        .expect("run wirelint")
}

fn with_stdin(args: &[&str], input: &[u8]) -> Output {
    let mut child = Command::new(env!("CARGO_BIN_EXE_wirelint"))
        .args(args)
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("spawn wirelint");
    child.stdin.take().unwrap().write_all(input).unwrap();
    child.wait_with_output().unwrap()
}

fn stdout(o: &Output) -> String {
    String::from_utf8_lossy(&o.stdout).into_owned()
}

fn stderr(o: &Output) -> String {
    String::from_utf8_lossy(&o.stderr).into_owned()
}

/// A scratch directory for one test.
fn scratch(name: &str) -> PathBuf {
    let dir = std::env::temp_dir().join(format!("wirelint-cli-{}-{name}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).unwrap();
    dir
}

const SEED: &str = concat!(
    env!("CARGO_MANIFEST_DIR"),
    "/examples/seed-zxn-model-workers.txt"
);

#[test]
fn findings_exit_1_with_a_summary() {
    let o = wirelint(&["check", "--color", "never", SEED]);
    assert_eq!(o.status.code(), Some(1), "{}", stderr(&o));
    let out = stdout(&o);
    assert!(
        out.contains("error[D001]: impossible date \"80 December\": December has 31 days, not 80")
    );
    assert!(out.contains("seed-zxn-model-workers.txt:1:367"), "{out}");
    let last = out.lines().last().unwrap();
    assert!(last.contains("problems in 1 file ("), "{last}");
    assert!(last.ends_with("Run `wirelint explain CODE` for any of them."));
}

#[test]
fn clean_text_exits_0() {
    let o = with_stdin(
        &["check", "-"],
        b"Shares rose 3 pct on 12 December, traders said.\n",
    );
    assert_eq!(o.status.code(), Some(0));
    assert_eq!(stdout(&o).trim(), "no problems in 1 file");
}

#[test]
fn stdin_takes_a_filename() {
    let o = with_stdin(
        &[
            "check",
            "-",
            "--stdin-filename",
            "story.txt",
            "--format",
            "json",
        ],
        b"The vote is on 31 April.\n",
    );
    assert_eq!(o.status.code(), Some(1));
    let v: serde_json::Value = serde_json::from_slice(&o.stdout).unwrap();
    assert_eq!(v[0]["path"], "story.txt");
    assert_eq!(v[0]["code"], "D001");
}

#[test]
fn json_findings_follow_the_schema() {
    let o = wirelint(&["check", "--format", "json", SEED]);
    let text = std::fs::read_to_string(SEED).unwrap();
    let v: serde_json::Value = serde_json::from_slice(&o.stdout).unwrap();
    let findings = v.as_array().unwrap();
    assert!(findings.len() >= 4);
    for f in findings {
        for key in [
            "path", "code", "name", "severity", "message", "span", "line", "column", "labels",
        ] {
            assert!(f.get(key).is_some(), "missing {key} in {f}");
        }
        let (s, e) = (
            f["span"]["start"].as_u64().unwrap() as usize,
            f["span"]["end"].as_u64().unwrap() as usize,
        );
        assert!(s < e && e <= text.len());
        assert_eq!(f["text"].as_str().unwrap(), &text[s..e]);
        assert!(matches!(
            f["severity"].as_str().unwrap(),
            "error" | "warning" | "info"
        ));
        for l in f["labels"].as_array().unwrap() {
            assert!(l["span"]["end"].as_u64().unwrap() as usize <= text.len());
            assert!(l["message"].is_string());
        }
    }
    let split = findings.iter().find(|f| f["code"] == "N001").unwrap();
    assert_eq!(split["fix"], "16th");
    assert_eq!(
        (
            split["span"]["start"].as_u64(),
            split["span"]["end"].as_u64()
        ),
        (Some(116), Some(121))
    );
}

#[test]
fn bad_input_is_reported_and_the_rest_still_checked() {
    let dir = scratch("bad");
    std::fs::write(dir.join("good.txt"), "Talks were held on 31 April.\n").unwrap();
    std::fs::write(dir.join("latin1.txt"), b"Caf\xe9 society\n").unwrap();
    std::fs::write(dir.join("binary.txt"), b"PK\x03\x04\x00\x00").unwrap();
    std::fs::write(dir.join("empty.txt"), b"").unwrap();
    std::fs::write(dir.join("skipped.png"), b"\x89PNG").unwrap();
    let missing = dir.join("missing.txt");
    let o = wirelint(&[
        "check",
        "--format",
        "concise",
        dir.to_str().unwrap(),
        missing.to_str().unwrap(),
    ]);
    assert_eq!(o.status.code(), Some(2));
    let err = stderr(&o);
    assert!(err.contains("latin1.txt: invalid UTF-8 at byte 3"), "{err}");
    assert!(
        err.contains("binary.txt: binary file (NUL byte at offset 4)"),
        "{err}"
    );
    assert!(err.contains("empty.txt: the file is empty"), "{err}");
    assert!(
        err.contains("missing.txt: no such file or directory"),
        "{err}"
    );
    assert!(!err.contains("skipped.png"));
    assert_eq!(err.lines().count(), 4, "one line per bad file: {err}");
    assert!(stdout(&o).contains("good.txt:1:20: D001"), "{}", stdout(&o));
}

#[test]
fn huge_files_are_refused() {
    let dir = scratch("huge");
    let path = dir.join("huge.txt");
    let f = std::fs::File::create(&path).unwrap();
    f.set_len(wirelint::input::MAX_FILE_BYTES + 1).unwrap();
    let o = wirelint(&["check", path.to_str().unwrap()]);
    assert_eq!(o.status.code(), Some(2));
    assert!(
        stderr(&o).contains("over the 16 MiB limit"),
        "{}",
        stderr(&o)
    );
}

#[test]
fn select_and_ignore_pick_rules() {
    let o = wirelint(&[
        "check", "--format", "json", "--select", "N", "--ignore", "N004", SEED,
    ]);
    let v: serde_json::Value = serde_json::from_slice(&o.stdout).unwrap();
    let codes: Vec<&str> = v
        .as_array()
        .unwrap()
        .iter()
        .map(|f| f["code"].as_str().unwrap())
        .collect();
    assert_eq!(codes, vec!["N001", "N006"]);
    let o = wirelint(&["check", "--select", "Z999", SEED]);
    assert_eq!(o.status.code(), Some(2));
    assert!(stderr(&o).contains("no rule matches `Z999`"));
}

#[test]
fn color_is_chosen_by_flag() {
    let colored = stdout(&wirelint(&["check", "--color", "always", SEED]));
    assert!(colored.contains("\u{1b}["));
    let plain = stdout(&wirelint(&["check", "--color", "never", SEED]));
    assert!(!plain.contains("\u{1b}["));
}

#[test]
fn long_lines_are_windowed() {
    let plain = stdout(&wirelint(&["check", "--color", "never", SEED]));
    for line in plain.lines() {
        assert!(line.chars().count() < 200, "line not windowed: {line}");
    }
    assert!(plain.contains('…'));
}

#[test]
fn rules_lists_every_rule_and_explain_documents_one() {
    let list = stdout(&wirelint(&["rules"]));
    for r in wirelint::rules::RULES {
        assert!(list.contains(r.meta().code), "{} missing", r.meta().code);
    }
    let o = wirelint(&["explain", "D001"]);
    assert_eq!(o.status.code(), Some(0));
    let doc = stdout(&o);
    assert!(doc.starts_with("# D001 impossible-date"));
    assert!(doc.contains("## Why is this bad?") && doc.contains("--ignore D001"));
    assert_eq!(stdout(&wirelint(&["explain", "impossible-date"])), doc);
    let o = wirelint(&["explain", "X123"]);
    assert_eq!(o.status.code(), Some(2));
}

#[test]
fn a_directory_of_feed_files_is_walked_and_a_broken_one_does_not_stop_the_rest() {
    let feeds = format!("{}/tests/fixtures/feeds", env!("CARGO_MANIFEST_DIR"));
    let o = wirelint(&["check", "--format", "concise", "--no-config", &feeds]);
    assert_eq!(o.status.code(), Some(2), "{}", stderr(&o));
    let out = stdout(&o);
    let err = stderr(&o);
    // Every format was read: a finding from each.
    for (file, at) in [
        ("nitf-3.3.xml", ":14:64: D001"),
        ("nitf-4.0.xml", ":18:82: D004"),
        ("newsml-g2.xml", ":20:45: N004"),
        ("ninjs-1.json", ":9:148: D002"),
        ("ninjs-2.json", ":13:240: D001"),
        ("story.anpa", ":6:85: N001"),
        ("article.html", ":14:29: D004"),
    ] {
        assert!(
            out.contains(&format!("{file}{at}")),
            "{file}{at} missing:\n{out}"
        );
    }
    // One line per broken file, naming the file and the position.
    assert!(
        err.contains("broken.xml: broken XML at line 4, column 35"),
        "{err}"
    );
    assert!(
        err.contains("broken.json: broken JSON at line 4, column 3"),
        "{err}"
    );
    // A JSON file that is not ninjs is no article in a walk.
    assert!(
        !err.contains("package.json") && !out.contains("package.json"),
        "{err}"
    );
    // Named on the command line, it is an error.
    let one = wirelint(&["check", "--no-config", &format!("{feeds}/package.json")]);
    assert_eq!(one.status.code(), Some(2));
    assert!(
        stderr(&one).contains("not a ninjs news item"),
        "{}",
        stderr(&one)
    );
}

#[test]
fn machine_outputs_carry_the_feed_files_own_lines_and_columns() {
    let file = format!(
        "{}/tests/fixtures/feeds/nitf-3.3.xml",
        env!("CARGO_MANIFEST_DIR")
    );
    let o = wirelint(&["check", "--format", "sarif", "--no-config", &file]);
    let v: serde_json::Value = serde_json::from_slice(&o.stdout).expect("SARIF is JSON");
    let region = |code: &str| {
        v["runs"][0]["results"]
            .as_array()
            .unwrap()
            .iter()
            .find(|r| r["ruleId"] == code)
            .map(|r| r["locations"][0]["physicalLocation"]["region"].clone())
            .unwrap_or_else(|| panic!("no {code}"))
    };
    assert_eq!(region("D001")["startLine"], 14);
    assert_eq!(region("D001")["startColumn"], 64);
    assert_eq!(region("D002")["startLine"], 20);
    let o = wirelint(&["check", "--format", "github", "--no-config", &file]);
    assert!(stdout(&o).contains("line=21,col=85"), "{}", stdout(&o));
    let o = wirelint(&["check", "--format", "json", "--no-config", &file]);
    let v: serde_json::Value = serde_json::from_slice(&o.stdout).expect("JSON");
    let d001 = v["findings"]
        .as_array()
        .or_else(|| v.as_array())
        .unwrap()
        .iter()
        .find(|f| f["code"] == "D001")
        .cloned()
        .expect("D001");
    assert_eq!(d001["line"], 14, "{d001}");
}

#[test]
fn the_input_format_flag_overrides_detection() {
    let o = with_stdin(
        &[
            "check",
            "--input-format",
            "nitf",
            "--format",
            "concise",
            "-",
        ],
        b"<nitf><body><body.content><p>Held on 80 December.</p></body.content></body></nitf>",
    );
    assert_eq!(o.status.code(), Some(1), "{}", stderr(&o));
    assert!(stdout(&o).contains("<stdin>:1:38: D001"), "{}", stdout(&o));
    let o = wirelint(&["check", "--input-format", "docx", "-"]);
    assert_eq!(o.status.code(), Some(2));
    assert!(
        stderr(&o).contains("unknown input format"),
        "{}",
        stderr(&o)
    );
}

/// A directory big enough for a run of over half a second.
fn many_articles(name: &str) -> PathBuf {
    let dir = scratch(name);
    let story = "LONDON, March 3 - The Bank of England held rates on 80 December, the 16 th \
                 meeting. Governor Andrew Bailey said he would speak on Friday, 4 March.\n\n"
        .repeat(40);
    for i in 0..1500 {
        std::fs::write(dir.join(format!("story-{i:04}.txt")), &story).unwrap();
    }
    dir
}

#[test]
#[cfg_attr(
    wirelint_no_pty,
    ignore = "util-linux `script` is not installed (needed for a pty)"
)]
fn a_terminal_sees_a_progress_line() {
    let dir = many_articles("progress-pty");
    let log = dir.join("pty.log");
    let cmd = format!(
        "{} check --no-config --format concise -o /dev/null {}",
        env!("CARGO_BIN_EXE_wirelint"),
        dir.display()
    );
    // `script` runs the command with a pseudo-terminal as its stderr.
    let status = Command::new("script")
        .args(["-qfec", &cmd, log.to_str().unwrap()])
        .env("WIRELINT_PROGRESS_DELAY_MS", "0")
        .stdout(Stdio::null())
        .status()
        .expect("util-linux `script` is missing; CI=true runs every client test");
    assert_eq!(status.code(), Some(1));
    let seen = std::fs::read_to_string(&log).unwrap();
    assert!(
        seen.contains("\r\x1b[2Kchecked "),
        "no progress line:\n{seen}"
    );
    assert!(
        seen.contains(" MB/s, ") && seen.contains(" findings"),
        "{seen}"
    );
}

#[test]
fn no_progress_line_when_stderr_is_a_file() {
    let dir = many_articles("progress-file");
    let o = Command::new(env!("CARGO_BIN_EXE_wirelint"))
        .args([
            "check",
            "--no-config",
            "--format",
            "concise",
            "-o",
            "/dev/null",
        ])
        .arg(&dir)
        .env("WIRELINT_PROGRESS_DELAY_MS", "0")
        .output()
        .unwrap();
    assert_eq!(o.status.code(), Some(1));
    let err = stderr(&o);
    assert!(!err.contains("checked ") && !err.contains('\r'), "{err}");
}

/// A one-file check stays small: at most 40 MB resident at its peak (the allocator is built
/// without transparent huge pages, which had a one-file check at 60 MB).
#[test]
#[cfg(target_os = "linux")]
#[expect(
    clippy::zombie_processes,
    reason = "wait4 reaps the child, to read its peak memory"
)]
fn a_one_file_check_peaks_under_forty_megabytes() {
    let child = Command::new(env!("CARGO_BIN_EXE_wirelint"))
        .args(["check", "--quiet", SEED])
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .spawn()
        .expect("spawn wirelint");
    let pid = child.id() as libc::pid_t;
    let mut status = 0;
    // SAFETY: rusage is plain data; wait4 fills it for the child this test spawned.
    let mut usage: libc::rusage = unsafe { std::mem::zeroed() };
    let waited = unsafe { libc::wait4(pid, &mut status, 0, &mut usage) };
    assert_eq!(waited, pid, "wait4 failed");
    assert!(
        libc::WIFEXITED(status) && libc::WEXITSTATUS(status) == 1,
        "the seed story has findings, so the check exits 1 (status {status})"
    );
    let peak_mb = usage.ru_maxrss as f64 / 1024.0;
    assert!(
        peak_mb > 1.0,
        "ru_maxrss is in kilobytes on Linux: {peak_mb}"
    );
    assert!(
        peak_mb <= 40.0,
        "a one-file check peaked at {peak_mb:.1} MB"
    );
}

/// `-j N` sets how many files are linted at once; the report is the same, in path order.
#[test]
fn threads_change_the_speed_not_the_report() {
    let examples = concat!(env!("CARGO_MANIFEST_DIR"), "/examples");
    let one = wirelint(&["check", "--format", "concise", "-j", "1", examples]);
    let two = wirelint(&["check", "--format", "concise", "--threads", "2", examples]);
    assert_eq!(one.status.code(), Some(1), "{}", stderr(&one));
    assert!(stdout(&one).lines().count() > 5, "{}", stdout(&one));
    assert_eq!(stdout(&one), stdout(&two));
    let zero = wirelint(&["check", "-j", "0", examples]);
    assert_eq!(zero.status.code(), Some(2));
    assert!(stderr(&zero).contains("--threads"), "{}", stderr(&zero));
}
