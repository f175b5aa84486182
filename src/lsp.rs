//! `wirelint lsp`: a language server on standard input and output. Diagnostics on open and on every
//! change (changes arriving together are linted once, after a short pause), positions in UTF-16 as
//! LSP counts them, the evidence as related information, the rule code linked to its
//! documentation, quick fixes where a rule has one, and the rule's documentation on hover.
//! Linting runs on a thread of its own: the message loop never waits for it, so a pathological
//! document cannot freeze hovers and edits elsewhere, and a result for a version the editor has
//! already replaced is dropped, not published.

use crate::check::{self, FileOptions};
use crate::diagnostic::Diagnostic;
use crate::rule::Severity;
use crate::span::LineIndex;
use crate::{Config, rules};
use lsp_server::{Connection, Message, Notification, Request, Response};
use lsp_types as lsp;
use rustc_hash::{FxHashMap, FxHashSet};
use serde_json::{Value, json};
use std::str::FromStr;
use std::sync::{Arc, Mutex};
use std::time::Duration;

/// How long to wait for more edits before linting a changed document.
const DEBOUNCE: Duration = Duration::from_millis(50);

struct Doc {
    text: Arc<str>,
    version: i32,
    findings: Arc<Vec<Diagnostic>>,
}

type Docs = Arc<Mutex<FxHashMap<String, Doc>>>;

fn lock(docs: &Docs) -> std::sync::MutexGuard<'_, FxHashMap<String, Doc>> {
    docs.lock()
        .unwrap_or_else(std::sync::PoisonError::into_inner)
}

/// The linting thread: takes URIs, lints the latest text of each, and publishes the findings
/// unless the document changed (or closed) meanwhile.
fn linter(
    config: Config,
    docs: Docs,
    sender: crossbeam_channel::Sender<Message>,
    jobs: std::sync::mpsc::Receiver<String>,
) {
    while let Ok(first) = jobs.recv() {
        // Requests that piled up while linting: each document once.
        let mut uris = vec![first];
        uris.extend(jobs.try_iter());
        uris.sort();
        uris.dedup();
        for uri in uris {
            let Some((text, version)) = lock(&docs).get(&uri).map(|d| (d.text.clone(), d.version))
            else {
                continue;
            };
            let findings = check::check_text(&uri, &text, &config, &FileOptions::default())
                .unwrap_or_else(|e| vec![check::unreadable(&text, &e)]);
            let Ok(parsed) = lsp::Uri::from_str(&uri) else {
                continue;
            };
            let lines = LineIndex::new(&text);
            let diagnostics = findings
                .iter()
                .map(|d| to_lsp(&parsed, &text, &lines, d))
                .collect();
            let mut all = lock(&docs);
            match all.get_mut(&uri) {
                Some(doc) if doc.version == version => doc.findings = Arc::new(findings),
                // Stale: a newer text is queued already, or the document was closed.
                _ => continue,
            }
            let params = lsp::PublishDiagnosticsParams::new(parsed, diagnostics, Some(version));
            let n = Notification::new("textDocument/publishDiagnostics".to_string(), params);
            let _ = sender.send(Message::Notification(n));
            drop(all);
        }
    }
}

/// Byte offset of a UTF-16 position (clamped to the text).
pub fn offset_of(text: &str, lines: &LineIndex, pos: lsp::Position) -> usize {
    let line = (pos.line as usize).min(lines.line_count() - 1);
    let range = lines.line_range(text, line);
    let mut units = 0u32;
    for (i, c) in text[range.clone()].char_indices() {
        if units >= pos.character {
            return range.start + i;
        }
        units += c.len_utf16() as u32;
    }
    range.end
}

fn position(text: &str, lines: &LineIndex, offset: usize) -> lsp::Position {
    let (line, character) = lines.line_col_utf16(text, offset);
    lsp::Position::new(line as u32, character as u32)
}

fn range(text: &str, lines: &LineIndex, span: crate::span::Span) -> lsp::Range {
    lsp::Range::new(
        position(text, lines, span.start as usize),
        position(text, lines, span.end as usize),
    )
}

fn to_lsp(uri: &lsp::Uri, text: &str, lines: &LineIndex, d: &Diagnostic) -> lsp::Diagnostic {
    let severity = match d.severity {
        Severity::Error => lsp::DiagnosticSeverity::ERROR,
        Severity::Warning => lsp::DiagnosticSeverity::WARNING,
        Severity::Info => lsp::DiagnosticSeverity::INFORMATION,
    };
    let related: Vec<lsp::DiagnosticRelatedInformation> = d
        .labels
        .iter()
        .map(|l| lsp::DiagnosticRelatedInformation {
            location: lsp::Location::new(uri.clone(), range(text, lines, l.span)),
            message: l.message.clone(),
        })
        .collect();
    lsp::Diagnostic {
        range: range(text, lines, d.span),
        severity: Some(severity),
        code: Some(lsp::NumberOrString::String(d.rule.code.to_string())),
        code_description: lsp::Uri::from_str(&format!(
            "https://wirelint.dev/rules/{}",
            d.rule.code
        ))
        .ok()
        .map(|href| lsp::CodeDescription { href }),
        source: Some("wirelint".into()),
        message: d.message.clone(),
        related_information: (!related.is_empty()).then_some(related),
        tags: None,
        data: d.fix.as_ref().map(|f| json!({"fix": f})),
    }
}

struct Server {
    connection: Connection,
    docs: Docs,
    dirty: FxHashSet<String>,
    jobs: std::sync::mpsc::Sender<String>,
}

impl Server {
    /// Queues the document for the linting thread.
    fn lint(&mut self, uri: &str) {
        let _ = self.jobs.send(uri.to_string());
    }

    fn notify(&self, method: &str, params: impl serde::Serialize) {
        let n = Notification::new(method.to_string(), params);
        let _ = self.connection.sender.send(Message::Notification(n));
    }

    fn respond(&self, req: &Request, result: Value) {
        let _ = self
            .connection
            .sender
            .send(Message::Response(Response::new_ok(req.id.clone(), result)));
    }

    fn on_notification(&mut self, n: Notification) {
        match n.method.as_str() {
            "textDocument/didOpen" => {
                if let Ok(p) = serde_json::from_value::<lsp::DidOpenTextDocumentParams>(n.params) {
                    let uri = p.text_document.uri.as_str().to_string();
                    lock(&self.docs).insert(
                        uri.clone(),
                        Doc {
                            text: Arc::from(p.text_document.text),
                            version: p.text_document.version,
                            findings: Arc::new(Vec::new()),
                        },
                    );
                    self.lint(&uri);
                }
            }
            "textDocument/didChange" => {
                if let Ok(p) = serde_json::from_value::<lsp::DidChangeTextDocumentParams>(n.params)
                {
                    let uri = p.text_document.uri.as_str().to_string();
                    // Full sync: the last change holds the whole text.
                    let mut docs = lock(&self.docs);
                    if let (Some(doc), Some(change)) =
                        (docs.get_mut(&uri), p.content_changes.into_iter().last())
                    {
                        doc.text = Arc::from(change.text);
                        doc.version = p.text_document.version;
                        drop(docs);
                        self.dirty.insert(uri);
                    }
                }
            }
            "textDocument/didClose" => {
                if let Ok(p) = serde_json::from_value::<lsp::DidCloseTextDocumentParams>(n.params) {
                    let uri = p.text_document.uri;
                    lock(&self.docs).remove(uri.as_str());
                    self.dirty.remove(uri.as_str());
                    self.notify(
                        "textDocument/publishDiagnostics",
                        lsp::PublishDiagnosticsParams::new(uri, vec![], None),
                    );
                }
            }
            _ => {}
        }
    }

    fn on_request(&mut self, req: Request) {
        match req.method.as_str() {
            "textDocument/hover" => {
                let result = serde_json::from_value::<lsp::HoverParams>(req.params.clone())
                    .ok()
                    .and_then(|p| self.hover(p))
                    .map_or(Value::Null, |h| {
                        serde_json::to_value(h).unwrap_or(Value::Null)
                    });
                self.respond(&req, result);
            }
            "textDocument/codeAction" => {
                let actions = serde_json::from_value::<lsp::CodeActionParams>(req.params.clone())
                    .map(|p| self.code_actions(p))
                    .unwrap_or_default();
                self.respond(&req, serde_json::to_value(actions).unwrap_or(Value::Null));
            }
            _ => {
                let err = Response::new_err(
                    req.id.clone(),
                    lsp_server::ErrorCode::MethodNotFound as i32,
                    format!("unknown method {}", req.method),
                );
                let _ = self.connection.sender.send(Message::Response(err));
            }
        }
    }

    fn hover(&self, p: lsp::HoverParams) -> Option<lsp::Hover> {
        let uri = p.text_document_position_params.text_document.uri;
        let docs = lock(&self.docs);
        let doc = docs.get(uri.as_str())?;
        let lines = LineIndex::new(&doc.text);
        let at = offset_of(&doc.text, &lines, p.text_document_position_params.position);
        let d = doc
            .findings
            .iter()
            .find(|d| (d.span.start as usize) <= at && at <= d.span.end as usize)?;
        let meta = rules::find(d.rule.code)?;
        Some(lsp::Hover {
            contents: lsp::HoverContents::Markup(lsp::MarkupContent {
                kind: lsp::MarkupKind::Markdown,
                value: format!(
                    "**{}**: {}\n\n{}",
                    d.rule.code,
                    d.message,
                    meta.explanation()
                ),
            }),
            range: Some(range(&doc.text, &lines, d.span)),
        })
    }

    // WorkspaceEdit is keyed by lsp_types::Uri, which clippy takes for a mutable key.
    #[allow(clippy::mutable_key_type)]
    fn code_actions(&self, p: lsp::CodeActionParams) -> Vec<lsp::CodeActionOrCommand> {
        let uri = p.text_document.uri;
        let docs = lock(&self.docs);
        let Some(doc) = docs.get(uri.as_str()) else {
            return Vec::new();
        };
        let lines = LineIndex::new(&doc.text);
        let (from, to) = (
            offset_of(&doc.text, &lines, p.range.start),
            offset_of(&doc.text, &lines, p.range.end),
        );
        doc.findings
            .iter()
            .filter(|d| (d.span.start as usize) <= to && from <= d.span.end as usize)
            .filter_map(|d| {
                let fix = d.fix.as_ref()?;
                let edit = lsp::TextEdit::new(range(&doc.text, &lines, d.span), fix.clone());
                let mut changes = std::collections::HashMap::new();
                changes.insert(uri.clone(), vec![edit]);
                Some(lsp::CodeActionOrCommand::CodeAction(lsp::CodeAction {
                    title: if fix.is_empty() {
                        format!(
                            "{}: remove \"{}\"",
                            d.rule.code,
                            doc.text.get(d.span.range()).unwrap_or_default()
                        )
                    } else {
                        format!("{}: replace with \"{fix}\"", d.rule.code)
                    },
                    kind: Some(lsp::CodeActionKind::QUICKFIX),
                    diagnostics: Some(vec![to_lsp(&uri, &doc.text, &lines, d)]),
                    edit: Some(lsp::WorkspaceEdit::new(changes)),
                    is_preferred: Some(true),
                    ..Default::default()
                }))
            })
            .collect()
    }

    fn run(mut self) -> Result<(), String> {
        loop {
            let msg = if self.dirty.is_empty() {
                match self.connection.receiver.recv() {
                    Ok(m) => m,
                    Err(_) => return Ok(()),
                }
            } else {
                match self.connection.receiver.recv_timeout(DEBOUNCE) {
                    Ok(m) => m,
                    Err(crossbeam_timeout) if crossbeam_timeout.is_timeout() => {
                        let dirty: Vec<String> = self.dirty.drain().collect();
                        for uri in dirty {
                            self.lint(&uri);
                        }
                        continue;
                    }
                    Err(_) => return Ok(()),
                }
            };
            match msg {
                Message::Request(req) => {
                    if self
                        .connection
                        .handle_shutdown(&req)
                        .map_err(|e| e.to_string())?
                    {
                        return Ok(());
                    }
                    self.on_request(req);
                }
                Message::Notification(n) => self.on_notification(n),
                Message::Response(_) => {}
            }
        }
    }
}

/// Runs the language server on standard input and output until the client says exit.
pub fn run(config: Config) -> Result<(), String> {
    let (connection, io_threads) = Connection::stdio();
    let capabilities = lsp::ServerCapabilities {
        text_document_sync: Some(lsp::TextDocumentSyncCapability::Kind(
            lsp::TextDocumentSyncKind::FULL,
        )),
        hover_provider: Some(lsp::HoverProviderCapability::Simple(true)),
        code_action_provider: Some(lsp::CodeActionProviderCapability::Simple(true)),
        ..Default::default()
    };
    let caps = serde_json::to_value(capabilities).map_err(|e| e.to_string())?;
    let (id, _params) = connection.initialize_start().map_err(|e| e.to_string())?;
    let result = json!({"capabilities": caps, "serverInfo": {"name": "wirelint", "version": env!("CARGO_PKG_VERSION")}});
    connection
        .initialize_finish(id, result)
        .map_err(|e| e.to_string())?;
    let docs: Docs = Arc::default();
    let (jobs, queue) = std::sync::mpsc::channel();
    let worker = {
        let (docs, sender) = (docs.clone(), connection.sender.clone());
        std::thread::spawn(move || linter(config, docs, sender, queue))
    };
    let server = Server {
        connection,
        docs,
        dirty: FxHashSet::default(),
        jobs,
    };
    server.run()?;
    let _ = worker.join();
    io_threads.join().map_err(|e| e.to_string())
}
