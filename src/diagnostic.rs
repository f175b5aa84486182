//! A finding: what is wrong, where, and the evidence.

use crate::rule::{RuleMeta, Severity};
use crate::span::Span;

#[derive(Clone, Debug)]
pub struct Label {
    pub span: Span,
    pub message: String,
}

#[derive(Clone, Debug)]
pub struct Diagnostic {
    pub rule: &'static RuleMeta,
    pub severity: Severity,
    /// One line naming the words and what is wrong with them.
    pub message: String,
    /// The suspect words.
    pub span: Span,
    /// Short text under the suspect words.
    pub label: String,
    /// The evidence: what the suspect words contradict.
    pub labels: Vec<Label>,
    pub help: Option<String>,
    /// Replacement text for `span`, when the fix is certain enough to offer.
    pub fix: Option<String>,
}

impl Diagnostic {
    pub fn new(rule: &'static RuleMeta, span: Span, message: impl Into<String>) -> Diagnostic {
        Diagnostic {
            rule,
            severity: rule.severity,
            message: message.into(),
            span,
            label: String::new(),
            labels: Vec::new(),
            help: None,
            fix: None,
        }
    }

    pub fn label(mut self, message: impl Into<String>) -> Self {
        self.label = message.into();
        self
    }

    pub fn evidence(mut self, span: Span, message: impl Into<String>) -> Self {
        self.labels.push(Label {
            span,
            message: message.into(),
        });
        self
    }

    pub fn help(mut self, help: impl Into<String>) -> Self {
        self.help = Some(help.into());
        self
    }

    /// A replacement for the primary span; also sets the help line when none is given.
    pub fn fix(mut self, replacement: impl Into<String>) -> Self {
        let replacement = replacement.into();
        if self.help.is_none() {
            self.help = Some(if replacement.is_empty() {
                "remove it".to_string()
            } else {
                format!("replace with \"{replacement}\"")
            });
        }
        self.fix = Some(replacement);
        self
    }

    pub fn code(&self) -> &'static str {
        self.rule.code
    }
}
