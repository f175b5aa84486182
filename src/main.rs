//! The `wirelint` command: parses arguments, calls the library, sets the exit code.

use clap::{Parser, Subcommand, ValueEnum};
use std::io::{IsTerminal, Write};
use std::path::PathBuf;
use std::process::ExitCode;
use wirelint::input::{self, InputError};
use wirelint::render::{self, FileReport, Totals};
use wirelint::{Config, rules};

#[derive(Parser)]
#[command(
    name = "wirelint",
    version,
    about = "A fast linter for news-wire articles"
)]
struct Cli {
    #[command(subcommand)]
    command: Command,
}

#[derive(Subcommand)]
enum Command {
    /// Lint articles: files, directories (their .txt and .md files) or `-` for standard input.
    Check(CheckArgs),
    /// List every rule: code, name, family, default severity and summary.
    Rules {
        /// Print the list as JSON.
        #[arg(long)]
        json: bool,
    },
    /// Print a rule's full documentation.
    Explain {
        /// A rule code or name, e.g. D001 or impossible-date.
        code: String,
    },
}

#[derive(Clone, Copy, PartialEq, Eq, ValueEnum)]
enum Format {
    /// Compiler-style diagnostics with excerpts (the default).
    Full,
    /// One line a finding: `path:line:col: CODE message`.
    Concise,
    /// A JSON array of findings.
    Json,
}

#[derive(Clone, Copy, PartialEq, Eq, ValueEnum)]
enum Color {
    Auto,
    Always,
    Never,
}

#[derive(clap::Args)]
struct CheckArgs {
    /// Files or directories to lint; `-` reads standard input.
    #[arg(default_value = ".")]
    paths: Vec<PathBuf>,
    #[arg(long, value_enum, default_value_t = Format::Full)]
    format: Format,
    #[arg(long, value_enum, default_value_t = Color::Auto)]
    color: Color,
    /// Run only these rules (codes, names or family letters; comma-separated).
    #[arg(long, value_delimiter = ',')]
    select: Vec<String>,
    /// Skip these rules (codes, names or family letters; comma-separated).
    #[arg(long, value_delimiter = ',')]
    ignore: Vec<String>,
    /// The name to report for text read from standard input.
    #[arg(long, default_value = "<stdin>")]
    stdin_filename: String,
    /// Leave out the summary line.
    #[arg(long)]
    no_summary: bool,
}

fn main() -> ExitCode {
    let cli = Cli::parse();
    match cli.command {
        Command::Check(args) => check(args),
        Command::Rules { json } => {
            list_rules(json);
            ExitCode::SUCCESS
        }
        Command::Explain { code } => match rules::find(&code) {
            Some(meta) => {
                print!("{}", meta.explanation());
                ExitCode::SUCCESS
            }
            None => {
                eprintln!("wirelint: no rule is called `{code}`; `wirelint rules` lists them");
                ExitCode::from(2)
            }
        },
    }
}

fn list_rules(json: bool) {
    let metas = rules::RULES.iter().map(|r| r.meta());
    if json {
        let list: Vec<serde_json::Value> = metas
            .map(|m| {
                serde_json::json!({
                    "code": m.code, "name": m.name, "family": m.family.name(),
                    "severity": m.severity.as_str(), "summary": m.summary,
                })
            })
            .collect();
        println!("{}", serde_json::to_string_pretty(&list).expect("json"));
        return;
    }
    println!(
        "{:<6} {:<28} {:<10} {:<8} summary",
        "code", "name", "family", "severity"
    );
    for m in metas {
        println!(
            "{:<6} {:<28} {:<10} {:<8} {}",
            m.code,
            m.name,
            m.family.name(),
            m.severity.as_str(),
            m.summary
        );
    }
}

fn check(args: CheckArgs) -> ExitCode {
    let config = Config {
        select: args.select.clone(),
        ignore: args.ignore.clone(),
        ..Default::default()
    };
    let unknown = config.unknown_selectors();
    if !unknown.is_empty() {
        eprintln!(
            "wirelint: no rule matches {}; `wirelint rules` lists them",
            unknown
                .iter()
                .map(|u| format!("`{u}`"))
                .collect::<Vec<_>>()
                .join(", ")
        );
        return ExitCode::from(2);
    }
    let mut failures: Vec<(String, InputError)> = Vec::new();
    let mut reports = Vec::new();
    let (stdin, paths): (Vec<&PathBuf>, Vec<&PathBuf>) =
        args.paths.iter().partition(|p| p.as_os_str() == "-");
    if !stdin.is_empty() {
        match input::read_stdin() {
            Ok(text) => reports.push(lint_one(args.stdin_filename.clone(), text, &config)),
            Err(e) => failures.push((args.stdin_filename.clone(), e)),
        }
    }
    let paths: Vec<PathBuf> = paths.into_iter().cloned().collect();
    for entry in input::expand(&paths) {
        match entry {
            Ok(path) => match input::read_file(&path) {
                Ok(text) => reports.push(lint_one(path.display().to_string(), text, &config)),
                Err(e) => failures.push((path.display().to_string(), e)),
            },
            Err((path, e)) => failures.push((path.display().to_string(), e)),
        }
    }
    let color = match args.color {
        Color::Always => true,
        Color::Never => false,
        Color::Auto => std::io::stdout().is_terminal() && std::env::var_os("NO_COLOR").is_none(),
    };
    let mut out = std::io::stdout().lock();
    let written = match args.format {
        Format::Json => out.write_all(render::json::render(&reports).as_bytes()),
        Format::Concise => out.write_all(render::concise(&reports).as_bytes()),
        Format::Full => {
            let mut result = Ok(());
            for r in &reports {
                if !r.diagnostics.is_empty() {
                    result = result.and(out.write_all(
                        render::term::render(&r.path, &r.text, &r.diagnostics, color).as_bytes(),
                    ));
                }
            }
            result
        }
    };
    let totals = Totals::of(&reports);
    if args.format != Format::Json && !args.no_summary {
        let mut line = totals.summary();
        if totals.problems() > 0 {
            line.push_str(". Run `wirelint explain CODE` for any of them.");
        }
        let _ = writeln!(out, "{line}");
    }
    if written.is_err() {
        return ExitCode::from(2); // a closed pipe or a full disk
    }
    for (path, e) in &failures {
        eprintln!("wirelint: {path}: {e}");
    }
    if !failures.is_empty() {
        ExitCode::from(2)
    } else if totals.problems() > 0 {
        ExitCode::from(1)
    } else {
        ExitCode::SUCCESS
    }
}

fn lint_one(path: String, text: String, config: &Config) -> FileReport {
    let diagnostics = wirelint::lint(&text, config);
    FileReport {
        path,
        text,
        diagnostics,
    }
}
