//! `wirelint serve` end to end, on a loopback port: the LanguageTool API with a real LanguageTool
//! client, wirelint's JSON API, the page, and malformed requests that must not stop the server.

use std::io::{BufRead, BufReader, Read, Write};
use std::net::TcpStream;
use std::process::{Child, Command, Stdio};
use std::time::Duration;

struct Server {
    child: Child,
    addr: String,
}

impl Drop for Server {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

fn start() -> Server {
    let mut child = Command::new(env!("CARGO_BIN_EXE_wirelint"))
        .args(["serve", "--bind", "127.0.0.1:0"])
        .stderr(Stdio::piped())
        .spawn()
        .expect("start wirelint serve");
    let mut line = String::new();
    BufReader::new(child.stderr.take().unwrap())
        .read_line(&mut line)
        .unwrap();
    let addr = line.trim().rsplit("http://").next().unwrap().to_string();
    assert!(addr.starts_with("127.0.0.1:"), "{line}");
    Server { child, addr }
}

/// Sends raw bytes and returns the status code and body ("" when the server closed early).
fn raw(addr: &str, request: &[u8]) -> (u16, String) {
    send(addr, request, false)
}

/// Like `raw`, but hangs up its sending side at once, as a client that dies mid-request.
fn send(addr: &str, request: &[u8], hang_up: bool) -> (u16, String) {
    let mut s = TcpStream::connect(addr).unwrap();
    s.set_read_timeout(Some(Duration::from_secs(15))).unwrap();
    let _ = s.write_all(request);
    if hang_up {
        let _ = s.shutdown(std::net::Shutdown::Write);
    }
    let mut out = Vec::new();
    let _ = s.read_to_end(&mut out);
    let text = String::from_utf8_lossy(&out).into_owned();
    let status = text
        .split(' ')
        .nth(1)
        .and_then(|c| c.parse().ok())
        .unwrap_or(0);
    let body = text.split("\r\n\r\n").nth(1).unwrap_or("").to_string();
    (status, body)
}

fn post(addr: &str, path: &str, content_type: &str, body: &[u8]) -> (u16, String) {
    let mut req = format!(
        "POST {path} HTTP/1.1\r\nHost: {addr}\r\nContent-Type: {content_type}\r\nContent-Length: {}\r\nConnection: close\r\n\r\n",
        body.len()
    )
    .into_bytes();
    req.extend_from_slice(body);
    raw(addr, &req)
}

fn get(addr: &str, path: &str) -> (u16, String) {
    raw(
        addr,
        format!("GET {path} HTTP/1.1\r\nHost: {addr}\r\nConnection: close\r\n\r\n").as_bytes(),
    )
}

const FORM: &str = "application/x-www-form-urlencoded";

#[test]
fn languagetool_api_answers_in_utf16_offsets() {
    let server = start();
    // "🙂" is two UTF-16 code units and four bytes: the offset must count code units.
    let (status, body) = post(
        &server.addr,
        "/v2/check",
        FORM,
        "text=%F0%9F%99%82+Held+on+31+April.&language=en-US".as_bytes(),
    );
    assert_eq!(status, 200, "{body}");
    let v: serde_json::Value = serde_json::from_str(&body).unwrap();
    assert_eq!(v["software"]["name"], "wirelint");
    let m = &v["matches"][0];
    assert_eq!(
        (m["offset"].as_u64(), m["length"].as_u64()),
        (Some(11), Some(8))
    );
    assert_eq!(m["rule"]["id"], "D001");
    assert!(
        m["rule"]["category"]["id"].is_string()
            && m["context"]["text"].as_str().unwrap().contains("31 April")
    );
    let (status, body) = get(&server.addr, "/v2/languages");
    assert_eq!(status, 200);
    assert!(body.contains("en-US"));
    // LanguageTool's `data` form field, with markup blanked out.
    let data =
        r#"{"annotation":[{"markup":"<p>"},{"text":"Held on 31 April."},{"markup":"</p>"}]}"#;
    let form = format!("data={}", percent(data));
    let (status, body) = post(&server.addr, "/v2/check", FORM, form.as_bytes());
    assert_eq!(status, 200, "{body}");
    let v: serde_json::Value = serde_json::from_str(&body).unwrap();
    assert_eq!(v["matches"][0]["offset"], 11);
}

fn percent(s: &str) -> String {
    s.bytes()
        .map(|b| {
            if b.is_ascii_alphanumeric() {
                (b as char).to_string()
            } else {
                format!("%{b:02X}")
            }
        })
        .collect()
}

#[test]
fn own_api_page_and_health() {
    let server = start();
    let (status, body) = post(
        &server.addr,
        "/api/lint",
        "application/json",
        br#"{"text": "The the vote.", "path": "s.md"}"#,
    );
    assert_eq!(status, 200);
    let v: serde_json::Value = serde_json::from_str(&body).unwrap();
    assert_eq!(v["findings"][0]["code"], "T004");
    assert!(
        v["rules"]["T004"]
            .as_str()
            .unwrap()
            .contains("## What it does")
    );
    let (status, body) = get(&server.addr, "/");
    assert_eq!(status, 200);
    assert!(body.contains("<title>wirelint</title>") && body.contains("/api/lint"));
    assert!(
        !body.contains("http://") && !body.contains("https://"),
        "the page loads nothing from outside"
    );
    assert_eq!(get(&server.addr, "/health").0, 200);
}

#[test]
fn malformed_requests_get_errors_and_the_server_keeps_serving() {
    let server = start();
    let a = &server.addr;
    let cases: Vec<(Vec<u8>, u16)> = vec![
        (b"text=caf\xe9".to_vec(), 400),     // raw bytes that are not UTF-8
        (b"text=%E9%FF".to_vec(), 400),      // percent-encoded bytes that are not UTF-8
        (b"language=en-US".to_vec(), 400),   // no text
        (b"data=%7Bnot+json".to_vec(), 400), // bad data JSON
    ];
    for (body, want) in cases {
        let (status, text) = post(a, "/v2/check", FORM, &body);
        assert_eq!(status, want, "{}", String::from_utf8_lossy(&body));
        assert!(text.contains("\"error\""), "{text}");
    }
    assert_eq!(post(a, "/v2/check", "text/plain", b"text=x").0, 415);
    assert_eq!(
        post(a, "/api/lint", "application/json", b"{not json").0,
        400
    );
    assert_eq!(
        post(a, "/api/lint", "application/json", br#"{"text": 5}"#).0,
        400
    );
    assert_eq!(post(a, "/api/lint", FORM, b"text=x").0, 415);
    let huge = vec![b'a'; 2 * 1024 * 1024];
    assert_eq!(
        post(a, "/v2/check", FORM, &[b"text=".as_slice(), &huge].concat()).0,
        413
    );
    // A truncated body: the client promises more than it sends and hangs up.
    let _ = send(a, format!("POST /v2/check HTTP/1.1\r\nHost: {a}\r\nContent-Type: {FORM}\r\nContent-Length: 500\r\n\r\ntext=Held").as_bytes(), true);
    // Garbage that is not HTTP at all.
    let _ = send(a, b"\x00\x01\x02 not http\r\n\r\n", true);
    assert_eq!(get(a, "/nowhere").0, 404);
    assert_eq!(get(a, "/health").0, 200, "the server still answers");
}

#[test]
fn a_real_languagetool_client_works_unchanged() {
    let ok = Command::new("python3")
        .args(["-c", "import language_tool_python"])
        .status()
        .is_ok_and(|s| s.success());
    if !ok {
        eprintln!(
            "SKIPPED a_real_languagetool_client_works_unchanged: python3 -m pip install language-tool-python"
        );
        return;
    }
    let server = start();
    let seed = concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/examples/seed-zxn-model-workers.txt"
    );
    let script = format!(
        "import language_tool_python\n\
         tool = language_tool_python.LanguageTool('en-US', remote_server='http://{}')\n\
         text = open('{seed}', encoding='utf-8').read()\n\
         for m in tool.check(text):\n    print(m.rule_id, repr(text[m.offset:m.offset + m.error_length]), m.replacements)\n",
        server.addr
    );
    let out = Command::new("python3")
        .args(["-c", &script])
        .output()
        .unwrap();
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let printed = String::from_utf8_lossy(&out.stdout);
    for expected in [
        "N001 '16 th' ['16th']",
        "D001 '80 December'",
        "P001 'She' ['He']",
        "E001 'Ningbo' ['Ningxia']",
        "T006 'Xi'",
    ] {
        assert!(
            printed.contains(expected),
            "missing {expected} in\n{printed}"
        );
    }
}
