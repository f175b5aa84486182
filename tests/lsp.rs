//! `wirelint lsp` end to end with a real client: headless Neovim opens an article and must receive
//! the diagnostics (UTF-16 positions, related information), a hover with the rule's documentation
//! and a quick fix.

use std::process::Command;

#[test]
fn neovim_receives_diagnostics_hover_and_quick_fixes() {
    if Command::new("nvim").arg("--version").output().is_err() {
        eprintln!(
            "SKIPPED neovim_receives_diagnostics_hover_and_quick_fixes: apt-get install neovim"
        );
        return;
    }
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
