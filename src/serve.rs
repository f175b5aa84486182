//! `wirelint serve`: an HTTP front door for newsroom systems and editors. A LanguageTool-compatible
//! `POST /v2/check` and `GET /v2/languages` (so LanguageTool clients work unchanged), wirelint's
//! own `POST /api/lint`, `GET /health`, and a web page at `/`. Localhost by default; bodies over
//! the limit (1 MB unless told) get 413; malformed requests get 400 with a JSON error. Linting runs
//! on a bounded pool of threads apart from the async runtime, each request within a time budget
//! that stops the work itself, so `/health` and the page always answer; nothing touches the file
//! system.

use crate::diagnostic::Diagnostic;
use crate::render::{FileReport, json};
use crate::rule::Family;
use crate::span::LineIndex;
use crate::{Config, check};
use axum::Router;
use axum::body::Bytes;
use axum::extract::{DefaultBodyLimit, State};
use axum::http::{HeaderMap, StatusCode, header};
use axum::response::{Html, IntoResponse, Response};
use axum::routing::{get, post};
use serde::Serialize;
use serde_json::{Value, json};
use std::sync::Arc;
use std::time::Duration;

/// Request bodies larger than this are refused with 413.
pub const MAX_BODY: usize = 1024 * 1024;
/// Each request is answered or abandoned within this time.
pub const TIMEOUT: Duration = Duration::from_secs(10);

const PAGE: &str = include_str!("web/index.html");

/// What one request may cost.
#[derive(Clone, Copy, Debug)]
pub struct Limits {
    /// Largest request body, in bytes.
    pub max_text: usize,
    /// Linting time a request may use; past it the work stops and the answer is 503.
    pub budget: Duration,
    /// Requests linted at once; the rest wait their turn (not holding the runtime).
    pub workers: usize,
}

impl Default for Limits {
    fn default() -> Self {
        Limits {
            max_text: MAX_BODY,
            budget: Duration::from_secs(5),
            workers: std::thread::available_parallelism().map_or(2, |n| n.get()),
        }
    }
}

pub struct AppState {
    pub config: Arc<Config>,
    limits: Limits,
    pool: Arc<tokio::sync::Semaphore>,
}

/// Lints on the blocking pool, one of `limits.workers` at a time, within the budget.
async fn lint_off_loop(
    state: &AppState,
    path: String,
    text: Arc<str>,
    format: Option<crate::input::Format>,
) -> Result<Result<Vec<Diagnostic>, crate::input::InputError>, Response> {
    let busy = || {
        error(
            StatusCode::SERVICE_UNAVAILABLE,
            "the checker is busy; try again",
        )
    };
    let permit = tokio::time::timeout(TIMEOUT, state.pool.clone().acquire_owned())
        .await
        .map_err(|_| busy())?
        .map_err(|_| busy())?;
    let config = state.config.clone();
    let budget = state.limits.budget;
    let job = tokio::task::spawn_blocking(move || {
        let _permit = permit;
        let opts = check::FileOptions {
            format,
            deadline: Some(std::time::Instant::now() + budget),
            ..Default::default()
        };
        check::check_text(&path, &text, &config, &opts)
    });
    match job.await {
        Ok(Err(crate::input::InputError::TimedOut)) => Err(error(
            StatusCode::SERVICE_UNAVAILABLE,
            format!(
                "checking this text took longer than {} s and was stopped",
                budget.as_secs_f64()
            ),
        )),
        Ok(r) => Ok(r),
        Err(_) => Err(error(
            StatusCode::INTERNAL_SERVER_ERROR,
            "checking this text failed; the server goes on",
        )),
    }
}

pub fn router(config: Config) -> Router {
    router_with(config, Limits::default())
}

pub fn router_with(config: Config, limits: Limits) -> Router {
    let state = Arc::new(AppState {
        config: Arc::new(config),
        limits,
        pool: Arc::new(tokio::sync::Semaphore::new(limits.workers.max(1))),
    });
    Router::new()
        .route("/", get(|| async { Html(PAGE) }))
        .route(
            "/health",
            get(|| async {
                axum::Json(json!({"status": "ok", "version": env!("CARGO_PKG_VERSION")}))
            }),
        )
        .route("/v2/languages", get(languages))
        .route("/v2/check", post(lt_check))
        .route("/api/lint", post(api_lint))
        .layer(DefaultBodyLimit::max(limits.max_text))
        .layer(tower_http::timeout::TimeoutLayer::with_status_code(
            StatusCode::SERVICE_UNAVAILABLE,
            TIMEOUT,
        ))
        .with_state(state)
}

/// Serves until the process is stopped.
pub async fn serve(bind: &str, config: Config, limits: Limits) -> std::io::Result<()> {
    // Build the tables now, so the first request is as quick as the rest.
    let _ = crate::lint(
        "Mr Smith said he met the Bank of Japan on 1 January.",
        &config,
    );
    let listener = tokio::net::TcpListener::bind(bind).await?;
    eprintln!("wirelint: serving on http://{}", listener.local_addr()?);
    axum::serve(listener, router_with(config, limits)).await
}

fn error(status: StatusCode, message: impl Into<String>) -> Response {
    (status, axum::Json(json!({"error": message.into()}))).into_response()
}

async fn languages() -> axum::Json<Value> {
    axum::Json(json!([
        {"name": "English", "code": "en", "longCode": "en"},
        {"name": "English (US)", "code": "en", "longCode": "en-US"},
        {"name": "English (GB)", "code": "en", "longCode": "en-GB"},
        {"name": "English (Australian)", "code": "en", "longCode": "en-AU"},
        {"name": "English (Canadian)", "code": "en", "longCode": "en-CA"},
    ]))
}

/// Parses an `application/x-www-form-urlencoded` body; invalid UTF-8 is an error, not U+FFFD.
pub fn parse_form(body: &[u8]) -> Result<Vec<(String, String)>, String> {
    let text = std::str::from_utf8(body).map_err(|_| "the form is not UTF-8".to_string())?;
    let mut fields = Vec::new();
    for pair in text.split('&').filter(|p| !p.is_empty()) {
        let (k, v) = pair.split_once('=').unwrap_or((pair, ""));
        let decode = |s: &str| -> Result<String, String> {
            let plus = s.replace('+', " ");
            percent_encoding::percent_decode_str(&plus)
                .decode_utf8()
                .map(|c| c.into_owned())
                .map_err(|_| format!("field `{k}` is not UTF-8 once decoded"))
        };
        fields.push((decode(k)?, decode(v)?));
    }
    Ok(fields)
}

/// The text to check and the language a LanguageTool form asks for: its `text` field, or the
/// text parts of its `data` field.
pub fn form_request(body: &[u8]) -> Result<(String, String), String> {
    let fields = parse_form(body)?;
    let field = |name: &str| {
        fields
            .iter()
            .find(|(k, _)| k == name)
            .map(|(_, v)| v.as_str())
    };
    let text = match (field("text"), field("data")) {
        (Some(t), _) => t.to_string(),
        (None, Some(d)) => text_of_data(d)?,
        (None, None) => return Err("the form needs a `text` or `data` field".into()),
    };
    let language = field("language").unwrap_or("en-US").to_string();
    Ok((text, language))
}

/// Findings as LanguageTool matches, offsets in UTF-16 code units of `text`.
pub fn lt_matches<'a>(text: &'a str, diagnostics: &'a [Diagnostic]) -> Vec<LtMatch<'a>> {
    diagnostics.iter().map(|d| lt_match(text, d)).collect()
}

/// The text of LanguageTool's `data` field: `{"annotation": [{"text": ..}, {"markup": ..}]}`.
/// Markup is blanked out with spaces so offsets still match.
fn text_of_data(data: &str) -> Result<String, String> {
    let v: Value = serde_json::from_str(data).map_err(|e| format!("`data` is not JSON: {e}"))?;
    let parts = v["annotation"]
        .as_array()
        .ok_or("`data` has no `annotation` array")?;
    let mut text = String::new();
    for p in parts {
        if let Some(t) = p["text"].as_str() {
            text.push_str(t);
        } else if let Some(m) = p["markup"].as_str() {
            text.extend(m.chars().map(|c| if c == '\n' { '\n' } else { ' ' }));
        } else {
            return Err("an annotation part has neither `text` nor `markup`".into());
        }
    }
    Ok(text)
}

fn utf16_len(s: &str) -> usize {
    s.encode_utf16().count()
}

fn issue_type(family: Family) -> &'static str {
    match family {
        Family::Dates | Family::Numbers => "inconsistency",
        Family::Entities => "misspelling",
        Family::Pronouns => "grammar",
        Family::Text => "typographical",
    }
}

/// One finding as a LanguageTool match, serialised as that API has it.
#[derive(Serialize)]
#[serde(rename_all = "camelCase")]
pub struct LtMatch<'a> {
    message: &'a str,
    short_message: &'a str,
    offset: usize,
    length: usize,
    replacements: Vec<LtReplacement<'a>>,
    context: LtContext<'a>,
    sentence: &'a str,
    #[serde(rename = "type")]
    kind: LtType,
    rule: LtRule<'a>,
    ignore_for_incomplete_sentence: bool,
    context_for_sure_match: u8,
}

#[derive(Serialize)]
struct LtReplacement<'a> {
    value: &'a str,
}

#[derive(Serialize)]
struct LtContext<'a> {
    text: &'a str,
    offset: usize,
    length: usize,
}

#[derive(Serialize)]
#[serde(rename_all = "camelCase")]
struct LtType {
    type_name: &'static str,
}

#[derive(Serialize)]
#[serde(rename_all = "camelCase")]
struct LtRule<'a> {
    id: &'a str,
    description: &'a str,
    issue_type: &'static str,
    category: LtCategory,
    urls: [&'static str; 0],
}

#[derive(Serialize)]
struct LtCategory {
    id: String,
    name: &'static str,
}

/// One finding as a LanguageTool match: offsets and lengths in UTF-16 code units.
fn lt_match<'a>(text: &'a str, d: &'a Diagnostic) -> LtMatch<'a> {
    let (s, e) = (d.span.start as usize, d.span.end as usize);
    let offset = utf16_len(&text[..s]);
    let length = utf16_len(&text[s..e]);
    // About 40 characters either side, on char boundaries.
    let cs = text[..s].char_indices().rev().nth(39).map_or(0, |(i, _)| i);
    let ce = text[e..]
        .char_indices()
        .nth(40)
        .map_or(text.len(), |(i, _)| e + i);
    let sentence = {
        let start = text[..s].rfind(['.', '!', '?', '\n']).map_or(0, |i| i + 1);
        let end = text[e..]
            .find(['.', '!', '?', '\n'])
            .map_or(text.len(), |i| e + i + 1)
            .min(text.len());
        text[start..end].trim()
    };
    LtMatch {
        message: &d.message,
        short_message: &d.label,
        offset,
        length,
        replacements: d.fix.iter().map(|f| LtReplacement { value: f }).collect(),
        context: LtContext {
            text: &text[cs..ce],
            offset: utf16_len(&text[cs..s]),
            length,
        },
        sentence,
        kind: LtType { type_name: "Other" },
        rule: LtRule {
            id: d.rule.code,
            description: d.rule.summary,
            issue_type: issue_type(d.rule.family),
            category: LtCategory {
                id: d.rule.family.name().to_uppercase(),
                name: d.rule.family.name(),
            },
            urls: [],
        },
        ignore_for_incomplete_sentence: false,
        context_for_sure_match: 0,
    }
}

fn content_type(headers: &HeaderMap) -> &str {
    headers
        .get(header::CONTENT_TYPE)
        .and_then(|v| v.to_str().ok())
        .unwrap_or("")
}

async fn lt_check(State(state): State<Arc<AppState>>, headers: HeaderMap, body: Bytes) -> Response {
    let ct = content_type(&headers);
    if !ct.starts_with("application/x-www-form-urlencoded") && !ct.is_empty() {
        return error(
            StatusCode::UNSUPPORTED_MEDIA_TYPE,
            format!("send a form (application/x-www-form-urlencoded), not `{ct}`"),
        );
    }
    let (text, language) = match form_request(&body) {
        Ok(r) => r,
        Err(e) => return error(StatusCode::BAD_REQUEST, e),
    };
    // LanguageTool clients send prose: read it as text, whatever it looks like.
    let prose = Some(crate::input::Format::Text);
    let shared: Arc<str> = Arc::from(text.as_str());
    let diagnostics = match lint_off_loop(&state, "request.txt".into(), shared, prose).await {
        Ok(Ok(d)) => d,
        Ok(Err(e)) => return error(StatusCode::UNPROCESSABLE_ENTITY, e.to_string()),
        Err(response) => return response,
    };
    let matches = lt_matches(&text, &diagnostics);
    #[derive(Serialize)]
    struct LtResponse<'a> {
        software: Value,
        language: Value,
        matches: Vec<LtMatch<'a>>,
    }
    axum::Json(LtResponse {
        software: json!({"name": "wirelint", "version": env!("CARGO_PKG_VERSION"), "buildDate": "", "apiVersion": 1, "status": "", "premium": false}),
        language: json!({"name": "English", "code": language, "detectedLanguage": {"name": "English", "code": language, "confidence": 1.0}}),
        matches,
    })
    .into_response()
}

async fn api_lint(State(state): State<Arc<AppState>>, headers: HeaderMap, body: Bytes) -> Response {
    if !content_type(&headers).starts_with("application/json") {
        return error(
            StatusCode::UNSUPPORTED_MEDIA_TYPE,
            "send JSON: {\"text\": \"...\", \"path\": \"story.md\"}",
        );
    }
    let v: Value = match serde_json::from_slice(&body) {
        Ok(v) => v,
        Err(e) => return error(StatusCode::BAD_REQUEST, format!("not JSON: {e}")),
    };
    let Some(text) = v["text"].as_str() else {
        return error(StatusCode::BAD_REQUEST, "the JSON needs a string `text`");
    };
    let path = v["path"].as_str().unwrap_or("request.txt").to_string();
    let format = match v["format"].as_str().map(crate::input::Format::parse) {
        None => None,
        Some(Ok(f)) => f,
        Some(Err(e)) => return error(StatusCode::BAD_REQUEST, e),
    };
    let shared: Arc<str> = Arc::from(text);
    let diagnostics = match lint_off_loop(&state, path.clone(), shared, format).await {
        Ok(Ok(d)) => d,
        // A feed that does not parse: a finding at the place, so the page can show it.
        Ok(Err(e)) => vec![check::unreadable(text, &e)],
        Err(response) => return response,
    };
    let report = FileReport {
        path,
        text: text.to_string(),
        diagnostics,
        date: None,
        words: text.split_whitespace().count(),
    };
    let lines = LineIndex::new(&report.text);
    let findings: Vec<_> = report
        .diagnostics
        .iter()
        .map(|d| json::finding(&report.path, &report.text, &lines, d))
        .collect();
    // Each rule's documentation, for the page's "explain".
    let rules: serde_json::Map<String, Value> = report
        .diagnostics
        .iter()
        .map(|d| (d.rule.code.to_string(), Value::String(d.rule.explanation())))
        .collect();
    axum::Json(json!({"findings": findings, "rules": rules})).into_response()
}
