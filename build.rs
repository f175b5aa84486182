//! Which test clients this machine has. A client test whose client is missing is compiled as
//! ignored, with the reason, so `cargo test` shows it as ignored rather than as a silent pass;
//! under `CI=true` every client test runs, and a missing client fails it.

use std::process::{Command, Stdio};

fn runs(program: &str, args: &[&str]) -> bool {
    Command::new(program)
        .args(args)
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .status()
        .is_ok_and(|s| s.success())
}

fn main() {
    println!("cargo::rerun-if-changed=build.rs");
    println!("cargo::rerun-if-env-changed=CI");
    println!("cargo::rerun-if-env-changed=PATH");
    let clients: [(&str, bool); 5] = [
        ("wirelint_no_nvim", runs("nvim", &["--version"])),
        ("wirelint_no_chromium", runs("chromedriver", &["--version"])),
        (
            "wirelint_no_lt_client",
            runs("python3", &["-c", "import language_tool_python"]),
        ),
        (
            "wirelint_no_jsonschema",
            runs("python3", &["-c", "import jsonschema"]),
        ),
        ("wirelint_no_pty", runs("script", &["--version"])),
    ];
    let ci = std::env::var("CI").is_ok_and(|v| v == "true" || v == "1");
    for (cfg, present) in clients {
        println!("cargo::rustc-check-cfg=cfg({cfg})");
        if !present && !ci {
            println!("cargo::rustc-cfg={cfg}");
        }
    }
}
