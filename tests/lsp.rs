//! `wirelint lsp` end to end with a real client: headless Neovim opens an article and must receive
//! the diagnostics (UTF-16 positions, related information), a hover with the rule's documentation
//! and a quick fix.

use std::process::Command;

#[test]
#[cfg_attr(
    wirelint_no_nvim,
    ignore = "neovim is not installed (apt-get install neovim)"
)]
fn neovim_receives_diagnostics_hover_and_quick_fixes() {
    assert!(
        Command::new("nvim").arg("--version").output().is_ok(),
        "neovim is missing (apt-get install neovim); CI=true runs every client test"
    );
    let root = env!("CARGO_MANIFEST_DIR");
    let out = std::env::temp_dir().join(format!("wirelint-nvim-{}.json", std::process::id()));
    let article = format!("{root}/examples/seed-zxn-model-workers.txt");
    let setup = format!(
        "lua _G.WIRELINT_BIN='{}'; _G.WIRELINT_ARTICLE='{article}'; _G.WIRELINT_OUT='{}'",
        env!("CARGO_BIN_EXE_wirelint"),
        out.display()
    );
    let status = Command::new("nvim")
        .args([
            "--headless",
            "--clean",
            "-c",
            &setup,
            "-c",
            &format!("luafile {root}/tests/nvim/check.lua"),
        ])
        .status()
        .expect("run nvim");
    assert!(status.success());
    let v: serde_json::Value =
        serde_json::from_str(&std::fs::read_to_string(&out).expect("nvim wrote its findings"))
            .unwrap();
    assert_eq!(v["ok"], true, "no diagnostics arrived: {v}");
    let diags = v["diagnostics"].as_array().unwrap();
    let codes: Vec<&str> = diags.iter().map(|d| d["code"].as_str().unwrap()).collect();
    for code in [
        "N001", "D001", "N006", "P001", "N004", "E001", "E003", "T006",
    ] {
        assert!(codes.contains(&code), "{code} missing from {codes:?}");
    }
    // "16 th" is on line 1 (0-based 0) at UTF-16 column 116.
    let split = diags.iter().find(|d| d["code"] == "N001").unwrap();
    assert_eq!(
        (split["lnum"].as_u64(), split["col"].as_u64()),
        (Some(0), Some(116))
    );
    let date = diags.iter().find(|d| d["code"] == "D001").unwrap();
    assert_eq!(
        date["related"], 1,
        "the dateline comes as related information"
    );
    assert!(
        v["hover"].as_str().unwrap().contains("## What it does"),
        "{}",
        v["hover"]
    );
    let actions: Vec<&str> = v["actions"]
        .as_array()
        .unwrap()
        .iter()
        .map(|a| a.as_str().unwrap())
        .collect();
    assert!(
        actions.contains(&"N001: replace with \"16th\""),
        "{actions:?}"
    );
}

/// One message in the protocol's framing.
fn frame(v: &serde_json::Value) -> Vec<u8> {
    let body = v.to_string();
    format!("Content-Length: {}\r\n\r\n{body}", body.len()).into_bytes()
}

/// The next message the server sends.
fn read_message(r: &mut impl std::io::BufRead) -> serde_json::Value {
    let mut len = 0;
    loop {
        let mut line = String::new();
        assert!(r.read_line(&mut line).unwrap() > 0, "the server hung up");
        let line = line.trim_end();
        if line.is_empty() {
            break;
        }
        if let Some(n) = line.strip_prefix("Content-Length: ") {
            len = n.parse().unwrap();
        }
    }
    let mut body = vec![0; len];
    r.read_exact(&mut body).unwrap();
    serde_json::from_slice(&body).unwrap()
}

/// A running `wirelint lsp`, initialized: the child, its input and its output.
fn start_server() -> (
    std::process::Child,
    std::process::ChildStdin,
    std::io::BufReader<std::process::ChildStdout>,
) {
    use std::io::Write;
    use std::process::{Command, Stdio};
    let mut child = Command::new(env!("CARGO_BIN_EXE_wirelint"))
        .arg("lsp")
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .spawn()
        .expect("start the server");
    let mut stdin = child.stdin.take().unwrap();
    let mut stdout = std::io::BufReader::new(child.stdout.take().unwrap());
    let v = serde_json::json!({"jsonrpc": "2.0", "id": 1, "method": "initialize", "params": {"capabilities": {}}});
    stdin.write_all(&frame(&v)).unwrap();
    stdin.flush().unwrap();
    assert_eq!(read_message(&mut stdout)["id"], 1);
    let v = serde_json::json!({"jsonrpc": "2.0", "method": "initialized", "params": {}});
    stdin.write_all(&frame(&v)).unwrap();
    stdin.flush().unwrap();
    (child, stdin, stdout)
}

#[test]
fn a_feed_file_in_the_editor_gets_findings_at_its_own_positions() {
    use std::io::Write;
    let (mut child, mut stdin, mut stdout) = start_server();
    let nitf = "<nitf>\n<body><body.content>\n<p>Bogot&#225; voted on 80 December.</p>\n</body.content></body>\n</nitf>\n";
    let broken = "<nitf>\n<p>x</nitf>\n";
    let send = |stdin: &mut std::process::ChildStdin, v: serde_json::Value| {
        stdin.write_all(&frame(&v)).unwrap();
        stdin.flush().unwrap();
    };
    let mut diagnostics = |uri: &str, text: &str| {
        send(
            &mut stdin,
            serde_json::json!({"jsonrpc": "2.0", "method": "textDocument/didOpen", "params": {
                "textDocument": {"uri": uri, "languageId": "xml", "version": 1, "text": text}}}),
        );
        loop {
            let m = read_message(&mut stdout);
            if m["method"] == "textDocument/publishDiagnostics" && m["params"]["uri"] == uri {
                return m["params"]["diagnostics"].clone();
            }
        }
    };
    let d = diagnostics("file:///tmp/story.xml", nitf);
    assert_eq!(d[0]["code"], "D001", "{d}");
    assert_eq!(
        d[0]["range"]["start"],
        serde_json::json!({"line": 2, "character": 24})
    );
    let d = diagnostics("file:///tmp/broken.xml", broken);
    assert_eq!(d[0]["code"], "T902", "{d}");
    assert!(
        d[0]["message"]
            .as_str()
            .unwrap()
            .contains("broken XML at line 2"),
        "{d}"
    );
    drop(stdin);
    let _ = child.kill();
    let _ = child.wait();
}

#[test]
fn a_huge_document_does_not_freeze_the_editor() {
    use std::io::Write;
    use std::time::{Duration, Instant};
    let (mut child, mut stdin, mut stdout) = start_server();
    let mut send = |v: serde_json::Value| {
        stdin.write_all(&frame(&v)).unwrap();
        stdin.flush().unwrap();
    };
    let open = |uri: &str, text: &str| {
        serde_json::json!({"jsonrpc": "2.0", "method": "textDocument/didOpen", "params": {
            "textDocument": {"uri": uri, "languageId": "text", "version": 1, "text": text}}})
    };
    send(open("file:///tmp/small.txt", "Held on 80 December."));
    loop {
        let m = read_message(&mut stdout);
        if m["params"]["uri"] == "file:///tmp/small.txt" {
            break;
        }
    }
    // A megabyte of institution names, the costliest text there is.
    let mut huge = String::new();
    let words = [
        "National", "Federal", "Central", "Regional", "Trade", "Energy", "Water",
    ];
    let mut i = 0usize;
    while huge.len() < 1_000_000 {
        huge += &format!(
            "The {} {} Council of Ruritania met. ",
            words[i % 7],
            words[(i / 7) % 7]
        );
        i += 1;
    }
    send(open("file:///tmp/huge.txt", &huge));
    let t = Instant::now();
    send(
        serde_json::json!({"jsonrpc": "2.0", "id": 2, "method": "textDocument/hover", "params": {
        "textDocument": {"uri": "file:///tmp/small.txt"}, "position": {"line": 0, "character": 9}}}),
    );
    let answer = loop {
        let m = read_message(&mut stdout);
        if m["id"] == 2 {
            break m;
        }
    };
    let waited = t.elapsed();
    assert!(
        answer["result"]["contents"]["value"]
            .as_str()
            .is_some_and(|v| v.contains("D001")),
        "{answer}"
    );
    assert!(
        waited < Duration::from_millis(500),
        "hover waited {waited:?}"
    );
    let _ = send;
    let _ = child.kill();
    let _ = child.wait();
}
