//! Load test of `wirelint serve`, bounded and on loopback only: 10,000 `POST /v2/check` requests
//! of the user's example article from 50 concurrent keep-alive clients. Prints errors, requests per
//! second and latency percentiles. `REQUESTS=2000 CLIENTS=20 cargo bench --bench load` resizes it.

use std::io::{BufRead, BufReader, Read, Write};
use std::net::TcpStream;
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

fn form_encode(s: &str) -> String {
    s.bytes()
        .map(|b| match b {
            b'A'..=b'Z' | b'a'..=b'z' | b'0'..=b'9' | b'-' | b'_' | b'.' | b'~' => {
                (b as char).to_string()
            }
            b' ' => "+".to_string(),
            _ => format!("%{b:02X}"),
        })
        .collect()
}

/// One request on a kept-alive connection; returns the status code.
fn request(stream: &mut BufReader<TcpStream>, req: &[u8]) -> std::io::Result<u16> {
    stream.get_mut().write_all(req)?;
    let mut status = 0;
    let mut length = 0usize;
    let mut line = String::new();
    loop {
        line.clear();
        if stream.read_line(&mut line)? == 0 {
            return Err(std::io::ErrorKind::UnexpectedEof.into());
        }
        let l = line.trim_end();
        if l.is_empty() {
            break;
        }
        if status == 0 {
            status = l
                .split(' ')
                .nth(1)
                .and_then(|c| c.parse().ok())
                .unwrap_or(0);
        } else if let Some(v) = l.to_ascii_lowercase().strip_prefix("content-length:") {
            length = v.trim().parse().unwrap_or(0);
        }
    }
    let mut body = vec![0; length];
    stream.read_exact(&mut body)?;
    Ok(status)
}

fn main() {
    let total: usize = std::env::var("REQUESTS")
        .ok()
        .and_then(|v| v.parse().ok())
        .unwrap_or(10_000);
    let clients: usize = std::env::var("CLIENTS")
        .ok()
        .and_then(|v| v.parse().ok())
        .unwrap_or(50);
    let mut server = Command::new(env!("CARGO_BIN_EXE_wirelint"))
        .args(["serve", "--bind", "127.0.0.1:0"])
        .stderr(Stdio::piped())
        .spawn()
        .expect("start wirelint serve");
    let mut line = String::new();
    BufReader::new(server.stderr.take().unwrap())
        .read_line(&mut line)
        .unwrap();
    let addr = line.trim().rsplit("http://").next().unwrap().to_string();
    let seed = include_str!("../examples/seed-zxn-model-workers.txt");
    let body = format!("language=en-US&text={}", form_encode(seed));
    let req = format!(
        "POST /v2/check HTTP/1.1\r\nHost: {addr}\r\nContent-Type: application/x-www-form-urlencoded\r\nContent-Length: {}\r\n\r\n{body}",
        body.len()
    );
    let deadline = Instant::now() + Duration::from_secs(120);
    let start = Instant::now();
    let handles: Vec<_> = (0..clients)
        .map(|c| {
            let (addr, req) = (addr.clone(), req.clone());
            let n = total / clients + usize::from(c < total % clients);
            std::thread::spawn(move || {
                let mut latencies = Vec::with_capacity(n);
                let mut errors = 0usize;
                let mut conn = BufReader::new(TcpStream::connect(&addr).expect("connect"));
                for _ in 0..n {
                    if Instant::now() > deadline {
                        errors += 1;
                        continue;
                    }
                    let t = Instant::now();
                    match request(&mut conn, req.as_bytes()) {
                        Ok(200) => latencies.push(t.elapsed()),
                        _ => {
                            errors += 1;
                            conn = BufReader::new(TcpStream::connect(&addr).expect("reconnect"));
                        }
                    }
                }
                (latencies, errors)
            })
        })
        .collect();
    let mut latencies = Vec::new();
    let mut errors = 0;
    for h in handles {
        let (l, e) = h.join().unwrap();
        latencies.extend(l);
        errors += e;
    }
    let wall = start.elapsed().as_secs_f64();
    let _ = server.kill();
    let _ = server.wait();
    latencies.sort();
    let pct =
        |p: f64| latencies[((latencies.len() - 1) as f64 * p) as usize].as_secs_f64() * 1000.0;
    println!("load test: {total} POST /v2/check of the seed article, {clients} clients, loopback");
    println!(
        "  errors {errors}, {:.0} requests/s",
        latencies.len() as f64 / wall
    );
    println!(
        "  latency p50 {:.2} ms, p99 {:.2} ms, max {:.2} ms",
        pct(0.5),
        pct(0.99),
        pct(1.0)
    );
}
