//! The `wirelint` command: parses arguments, calls the library, sets the exit code.

use clap::{Parser, Subcommand, ValueEnum};
use std::io::{IsTerminal, Write};
use std::path::PathBuf;
use std::process::ExitCode;
use wirelint::baseline::{self, Baseline};
use wirelint::check;
use wirelint::config::{self, Settings};
use wirelint::input::{self, InputError};
use wirelint::render::{self, FileReport, Totals};
use wirelint::run::{Checked, Runner};
use wirelint::{Severity, rules};

// Linting allocates many small, short-lived vectors on every core; mimalloc keeps that off the
// contended glibc arenas (about a third more requests a second from `wirelint serve`).
#[global_allocator]
static ALLOCATOR: mimalloc::MiMalloc = mimalloc::MiMalloc;

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
    Check(Box<CheckArgs>),
    /// List every rule: code, name, family, default severity and summary.
    Rules {
        /// Print the list as JSON.
        #[arg(long)]
        json: bool,
    },
    /// Run the language server on standard input and output.
    Lsp,
    /// Serve the LanguageTool-compatible HTTP API, wirelint's JSON API and a web page.
    Serve {
        /// Address to listen on; localhost unless you mean otherwise.
        #[arg(long, default_value = "127.0.0.1:8081")]
        bind: String,
        /// Largest text a request may send, in bytes (larger ones get 413).
        #[arg(long, default_value_t = wirelint::serve::MAX_BODY)]
        max_text_bytes: usize,
        /// Seconds of linting a request may use before the work is stopped (503).
        #[arg(long, default_value_t = 5.0)]
        budget: f64,
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
    /// One JSON object a line.
    JsonLines,
    /// SARIF 2.1.0, for code-scanning dashboards.
    Sarif,
    /// GitHub Actions annotations.
    Github,
    /// JUnit XML, for CI test dashboards.
    Junit,
    /// One self-contained HTML page: summary, charts and every finding (use with -o).
    Html,
}

#[derive(Clone, Copy, PartialEq, Eq, ValueEnum)]
enum Level {
    Info,
    Warning,
    Error,
}

impl Level {
    fn severity(self) -> Severity {
        match self {
            Level::Info => Severity::Info,
            Level::Warning => Severity::Warning,
            Level::Error => Severity::Error,
        }
    }
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
    /// How to read the files: auto (by extension and content), text, markdown, nitf, newsml,
    /// ninjs, anpa or html.
    #[arg(long, default_value = "auto", value_parser = parse_input_format)]
    input_format: InputFormat,
    /// The name to report for text read from standard input.
    #[arg(long, default_value = "<stdin>")]
    stdin_filename: String,
    /// Leave out the summary line.
    #[arg(long)]
    no_summary: bool,
    /// No progress line on stderr (it is shown only on a terminal, for runs over half a second).
    #[arg(long)]
    no_progress: bool,
    /// No progress line and no summary: only the findings.
    #[arg(long, short = 'q')]
    quiet: bool,
    /// How many files to lint at once (default: one per core).
    #[arg(long, short = 'j', value_parser = clap::value_parser!(u16).range(1..))]
    threads: Option<u16>,
    /// Read this config file instead of searching for wirelint.toml upward from the first path.
    #[arg(long)]
    config: Option<PathBuf>,
    /// Use no config file at all.
    #[arg(long, conflicts_with = "config")]
    no_config: bool,
    /// Check only walked files matching these globs (comma-separated).
    #[arg(long, value_delimiter = ',')]
    include: Vec<String>,
    /// Skip walked files matching these globs (comma-separated).
    #[arg(long, value_delimiter = ',')]
    exclude: Vec<String>,
    /// Write the report to this file instead of standard output.
    #[arg(long, short = 'o')]
    output_file: Option<PathBuf>,
    /// Print how many findings each rule made instead of the findings.
    #[arg(long)]
    statistics: bool,
    /// Report only findings at or above this severity.
    #[arg(long, value_enum)]
    severity: Option<Level>,
    /// Exit 1 only for findings at or above this severity (default: any finding; notes that an
    /// item was skipped never fail).
    #[arg(long, value_enum)]
    fail_on: Option<Level>,
    /// Exit 0 even when there are findings (input errors still exit 2).
    #[arg(long)]
    exit_zero: bool,
    /// Report wirelint-disable comments that silence nothing.
    #[arg(long)]
    report_unused: bool,
    /// Record the current findings in this file and exit 0.
    #[arg(long, conflicts_with = "baseline")]
    write_baseline: Option<PathBuf>,
    /// Report only findings not recorded in this baseline file.
    #[arg(long)]
    baseline: Option<PathBuf>,
}

fn main() -> ExitCode {
    let cli = Cli::parse();
    match cli.command {
        Command::Check(args) => check(*args),
        Command::Rules { json } => {
            list_rules(json);
            ExitCode::SUCCESS
        }
        Command::Lsp => match wirelint::lsp::run(wirelint::Config::default()) {
            Ok(()) => ExitCode::SUCCESS,
            Err(e) => {
                eprintln!("wirelint lsp: {e}");
                ExitCode::from(2)
            }
        },
        Command::Serve {
            bind,
            max_text_bytes,
            budget,
        } => {
            let limits = wirelint::serve::Limits {
                max_text: max_text_bytes,
                budget: std::time::Duration::from_secs_f64(budget.clamp(0.01, 3600.0)),
                ..Default::default()
            };
            let runtime = match tokio::runtime::Builder::new_multi_thread()
                .enable_all()
                .build()
            {
                Ok(r) => r,
                Err(e) => {
                    eprintln!("wirelint: cannot start the server: {e}");
                    return ExitCode::from(2);
                }
            };
            match runtime.block_on(wirelint::serve::serve(
                &bind,
                wirelint::Config::default(),
                limits,
            )) {
                Ok(()) => ExitCode::SUCCESS,
                Err(e) => {
                    eprintln!("wirelint: cannot serve on {bind}: {e}");
                    ExitCode::from(2)
                }
            }
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

fn load_settings(args: &CheckArgs) -> Result<Settings, String> {
    let found = if args.no_config {
        None
    } else if let Some(c) = &args.config {
        Some(c.clone())
    } else {
        let start = args
            .paths
            .iter()
            .find(|p| p.as_os_str() != "-")
            .cloned()
            .unwrap_or_else(|| PathBuf::from("."));
        config::find(&start)
    };
    let mut settings = match found {
        Some(path) => config::load(&path)?,
        None => config::settings_from(Default::default(), PathBuf::from("."), None)?,
    };
    if !args.select.is_empty() {
        settings.config.select = args.select.clone();
    }
    settings.config.ignore.extend(args.ignore.iter().cloned());
    if let Some(g) = config::globs(&args.include, "--include")? {
        settings.include = Some(g);
    }
    if let Some(g) = config::globs(&args.exclude, "--exclude")? {
        settings.exclude = Some(g);
    }
    let unknown = settings.config.unknown_selectors();
    if !unknown.is_empty() {
        return Err(format!(
            "no rule matches {}; `wirelint rules` lists them",
            unknown
                .iter()
                .map(|u| format!("`{u}`"))
                .collect::<Vec<_>>()
                .join(", ")
        ));
    }
    Ok(settings)
}

#[derive(Clone, Copy, Debug)]
struct InputFormat(Option<input::Format>);

fn parse_input_format(s: &str) -> Result<InputFormat, String> {
    input::Format::parse(s).map(InputFormat)
}

fn check(args: CheckArgs) -> ExitCode {
    if let Some(n) = args.threads {
        // Only fails when a pool already exists, which it cannot before the first check.
        let _ = rayon::ThreadPoolBuilder::new()
            .num_threads(usize::from(n))
            .build_global();
    }
    let settings = match load_settings(&args) {
        Ok(s) => s,
        Err(e) => {
            eprintln!("wirelint: {e}");
            return ExitCode::from(2);
        }
    };
    let baseline = match args.baseline.as_deref().map(Baseline::load).transpose() {
        Ok(b) => b,
        Err(e) => {
            eprintln!("wirelint: {e}");
            return ExitCode::from(2);
        }
    };
    let mut failures: Vec<(String, InputError)> = Vec::new();
    let mut reports = Vec::new();
    let (stdin, paths): (Vec<&PathBuf>, Vec<&PathBuf>) =
        args.paths.iter().partition(|p| p.as_os_str() == "-");
    let progress = wirelint::progress::Progress::default();
    let show_progress = !args.no_progress
        && !args.quiet
        && std::io::stderr().is_terminal()
        && std::env::var_os("WIRELINT_NO_PROGRESS").is_none();
    let runner = Runner {
        settings: &settings,
        report_unused: args.report_unused,
        format: args.input_format.0,
        progress: Some(&progress),
    };
    let color = args.output_file.is_none()
        && match args.color {
            Color::Always => true,
            Color::Never => false,
            Color::Auto => {
                std::io::stdout().is_terminal() && std::env::var_os("NO_COLOR").is_none()
            }
        };
    // Formats that can be written file by file are written as the run goes (memory stays flat);
    // the others, the baselines and the statistics need the whole run.
    let streaming = args.write_baseline.is_none()
        && baseline.is_none()
        && !args.statistics
        && matches!(
            args.format,
            Format::Full | Format::Concise | Format::Json | Format::JsonLines | Format::Github
        );
    let mut out: Box<dyn Write> = match &args.output_file {
        Some(path) if streaming => match std::fs::File::create(path) {
            Ok(f) => Box::new(std::io::BufWriter::new(f)),
            Err(e) => {
                eprintln!("wirelint: cannot write the report: {}: {e}", path.display());
                return ExitCode::from(2);
            }
        },
        _ => Box::new(std::io::BufWriter::new(std::io::stdout().lock())),
    };
    let mut stream = Stream::default();
    let mut write_error = None;
    let mut take = |checked: Checked| match checked {
        Ok(mut report) => {
            if !streaming {
                reports.push(report);
                return;
            }
            if let Some(level) = args.severity {
                report
                    .diagnostics
                    .retain(|d| d.severity >= level.severity());
            }
            let text = stream.file(&report, args.format, color);
            if let Err(e) = out.write_all(text.as_bytes())
                && write_error.is_none()
            {
                write_error = Some(e.to_string());
            }
        }
        Err(f) => failures.push(f),
    };
    if !stdin.is_empty() {
        match input::read_stdin() {
            Ok(text) => take(runner.check_one(args.stdin_filename.clone(), None, text)),
            Err(e) => take(Err((args.stdin_filename.clone(), e))),
        }
    }
    let paths: Vec<PathBuf> = paths.into_iter().cloned().collect();
    std::thread::scope(|scope| {
        if show_progress {
            let (progress, start) = (&progress, std::time::Instant::now());
            scope.spawn(move || progress.draw_until_done(start));
        }
        runner.run(&paths, &mut take);
    });
    if streaming {
        let mut tail = stream.finish(args.format);
        let human = matches!(args.format, Format::Full | Format::Concise);
        if human && !args.no_summary && !args.quiet {
            tail.push_str(&stream.totals.summary());
            if stream.totals.problems() > 0 {
                tail.push_str(". Run `wirelint explain CODE` for any of them.");
            }
            tail.push('\n');
        }
        if let Err(e) = out.write_all(tail.as_bytes()).and_then(|_| out.flush())
            && write_error.is_none()
        {
            write_error = Some(e.to_string());
        }
        drop(out);
        if let Some(e) = write_error {
            eprintln!("wirelint: cannot write the report: {e}");
            return ExitCode::from(2);
        }
        if let Some(code) = report_failures(&failures) {
            return code;
        }
        return if stream.failing(args.fail_on) && !args.exit_zero {
            ExitCode::from(1)
        } else {
            ExitCode::SUCCESS
        };
    }
    drop(out);
    if let Some(path) = &args.write_baseline {
        let findings = reports
            .iter()
            .flat_map(|r| {
                r.diagnostics
                    .iter()
                    .map(|d| baseline::entry(&r.path, &r.text, d))
            })
            .collect();
        let b = Baseline {
            version: 1,
            findings,
        };
        let json = serde_json::to_string_pretty(&b).expect("baseline serializes") + "\n";
        if let Err(e) = std::fs::write(path, json) {
            eprintln!("wirelint: {}: {e}", path.display());
            return ExitCode::from(2);
        }
        eprintln!(
            "wirelint: recorded {} findings in {}",
            b.findings.len(),
            path.display()
        );
        return report_failures(&failures).unwrap_or(ExitCode::SUCCESS);
    }
    if let Some(b) = &baseline {
        let mut budget = b.budget();
        for r in &mut reports {
            let (path, text) = (r.path.clone(), &r.text);
            r.diagnostics.retain(|d| {
                let e = baseline::entry(&path, text, d);
                match budget.get_mut(&e) {
                    Some(n) if *n > 0 => {
                        *n -= 1;
                        false
                    }
                    _ => true,
                }
            });
        }
    }
    if let Some(level) = args.severity {
        for r in &mut reports {
            r.diagnostics.retain(|d| d.severity >= level.severity());
        }
    }
    let totals = Totals::of(&reports);
    let mut text = if args.statistics {
        render::statistics(&reports)
    } else {
        match args.format {
            Format::Json => render::json::render(&reports),
            Format::JsonLines => render::json::render_lines(&reports),
            Format::Sarif => render::sarif::render(&reports),
            Format::Github => render::github::render(&reports),
            Format::Junit => render::junit::render(&reports),
            Format::Html => render::html::render(&reports),
            Format::Concise => render::concise(&reports),
            Format::Full => reports
                .iter()
                .filter(|r| !r.diagnostics.is_empty())
                .map(|r| render::term::render(&r.path, &r.text, &r.diagnostics, color))
                .collect(),
        }
    };
    let human = matches!(args.format, Format::Full | Format::Concise) || args.statistics;
    if human && !args.no_summary && !args.quiet {
        text.push_str(&totals.summary());
        if totals.problems() > 0 {
            text.push_str(". Run `wirelint explain CODE` for any of them.");
        }
        text.push('\n');
    }
    let written = match &args.output_file {
        Some(path) => std::fs::write(path, &text).map_err(|e| format!("{}: {e}", path.display())),
        None => std::io::stdout()
            .lock()
            .write_all(text.as_bytes())
            .map_err(|e| e.to_string()),
    };
    if let Err(e) = written {
        eprintln!("wirelint: cannot write the report: {e}");
        return ExitCode::from(2);
    }
    if let Some(code) = report_failures(&failures) {
        return code;
    }
    let failing = fails(
        reports
            .iter()
            .map(|r| worst(&r.diagnostics))
            .max()
            .flatten(),
        args.fail_on,
    );
    if failing && !args.exit_zero {
        ExitCode::from(1)
    } else {
        ExitCode::SUCCESS
    }
}

/// The most severe finding that can fail a run: a note that an item was skipped (another
/// language) is none.
fn worst(diagnostics: &[wirelint::Diagnostic]) -> Option<Severity> {
    diagnostics
        .iter()
        .filter(|d| !std::ptr::eq(d.rule, &check::SKIPPED_LANGUAGE))
        .map(|d| d.severity)
        .max()
}

/// Whether findings up to `worst` fail the run (`--fail-on`, by default any finding).
fn fails(worst: Option<Severity>, fail_on: Option<Level>) -> bool {
    let threshold = fail_on.map_or(Severity::Info, Level::severity);
    worst.is_some_and(|s| s >= threshold)
}

/// The formats written file by file: what has been written, and the totals for the end.
#[derive(Default)]
struct Stream {
    totals: Totals,
    json_items: usize,
    failing_at: Option<Severity>,
}

impl Stream {
    /// The text for one file, and its counts.
    fn file(&mut self, report: &FileReport, format: Format, color: bool) -> String {
        let one = std::slice::from_ref(report);
        self.totals.add(Totals::of(one));
        self.failing_at = self.failing_at.max(worst(&report.diagnostics));
        if report.diagnostics.is_empty() {
            return String::new();
        }
        match format {
            Format::Full => {
                render::term::render(&report.path, &report.text, &report.diagnostics, color)
            }
            Format::Concise => render::concise(one),
            Format::JsonLines => render::json::render_lines(one),
            Format::Github => render::github::render(one),
            Format::Json => {
                // The items of one pretty-printed array, written as they come.
                let mut text = String::new();
                for f in render::json::findings(one) {
                    let item = serde_json::to_string_pretty(&f).expect("finding serializes");
                    text.push_str(if self.json_items == 0 { "[\n" } else { ",\n" });
                    for (i, line) in item.lines().enumerate() {
                        if i > 0 {
                            text.push('\n');
                        }
                        text.push_str("  ");
                        text.push_str(line);
                    }
                    self.json_items += 1;
                }
                text
            }
            Format::Sarif | Format::Junit | Format::Html => unreachable!("not streamed"),
        }
    }

    /// What closes the output.
    fn finish(&self, format: Format) -> String {
        match format {
            Format::Json if self.json_items == 0 => "[]\n".to_string(),
            Format::Json => "\n]\n".to_string(),
            _ => String::new(),
        }
    }

    fn failing(&self, fail_on: Option<Level>) -> bool {
        fails(self.failing_at, fail_on)
    }
}

/// One line on standard error per unreadable input; exit 2 when there was any.
fn report_failures(failures: &[(String, InputError)]) -> Option<ExitCode> {
    for (path, e) in failures {
        eprintln!("wirelint: {path}: {e}");
    }
    (!failures.is_empty()).then(|| ExitCode::from(2))
}
