//! Rules: one small, self-describing unit per check, declared once with its code, name, family,
//! default severity and documentation. `wirelint rules`, `wirelint explain` and SARIF metadata all
//! read the same `RuleMeta`.

use crate::diagnostic::Diagnostic;
use crate::document::Document;
use crate::knowledge::Knowledge;
use serde::Serialize;

#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Severity {
    Info,
    Warning,
    Error,
}

impl Severity {
    pub fn as_str(self) -> &'static str {
        match self {
            Severity::Info => "info",
            Severity::Warning => "warning",
            Severity::Error => "error",
        }
    }

    pub fn parse(s: &str) -> Option<Severity> {
        match s {
            "info" => Some(Severity::Info),
            "warning" => Some(Severity::Warning),
            "error" => Some(Severity::Error),
            _ => None,
        }
    }
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize)]
pub enum Family {
    Dates,
    Numbers,
    Entities,
    Pronouns,
    Text,
}

impl Family {
    pub const ALL: [Family; 5] = [
        Family::Dates,
        Family::Numbers,
        Family::Entities,
        Family::Pronouns,
        Family::Text,
    ];

    pub fn letter(self) -> char {
        match self {
            Family::Dates => 'D',
            Family::Numbers => 'N',
            Family::Entities => 'E',
            Family::Pronouns => 'P',
            Family::Text => 'T',
        }
    }

    pub fn name(self) -> &'static str {
        match self {
            Family::Dates => "dates",
            Family::Numbers => "numbers",
            Family::Entities => "entities",
            Family::Pronouns => "pronouns",
            Family::Text => "text",
        }
    }
}

/// Everything about a rule except its logic.
#[derive(Debug)]
pub struct RuleMeta {
    pub code: &'static str,
    pub name: &'static str,
    pub family: Family,
    pub severity: Severity,
    /// One line, lower-case, no trailing period.
    pub summary: &'static str,
    /// Markdown: "## What it does", "## Why is this bad?", "## Example", "## Use instead".
    pub doc: &'static str,
}

impl RuleMeta {
    /// The documentation `wirelint explain` prints, with how to silence the rule.
    pub fn explanation(&self) -> String {
        format!(
            "# {code} {name}\n\n{summary}. Family: {family}; default severity: {sev}.\n\n{doc}\n\
             ## How to silence it\n\
             Turn it off for a run with `--ignore {code}`, or for a repository with `ignore = [\"{code}\"]` \
             in `wirelint.toml`.\n",
            code = self.code,
            name = self.name,
            summary = crate::strings::capitalise(self.summary),
            family = self.family.name(),
            sev = self.severity.as_str(),
            doc = self.doc.trim_end(),
        )
    }
}

/// What a rule sees besides the document.
pub struct Context<'k> {
    pub knowledge: &'k Knowledge,
}

pub trait Rule: Send + Sync {
    fn meta(&self) -> &'static RuleMeta;
    fn check(&self, doc: &Document, ctx: &Context, out: &mut Vec<Diagnostic>);
}

/// Declares a rule: its documentation (the doc comment), metadata and check function, in one place.
///
/// ```ignore
/// declare_rule! {
///     /// ## What it does
///     /// ...
///     pub struct ImpossibleDate {
///         code: "D001", name: "impossible-date", family: Dates, severity: Error,
///         summary: "a day beyond the length of its month",
///         check: check,
///     }
/// }
/// ```
#[macro_export]
macro_rules! declare_rule {
    (
        $(#[doc = $doc:literal])*
        pub struct $name:ident {
            code: $code:literal,
            name: $rname:literal,
            family: $family:ident,
            severity: $sev:ident,
            summary: $summary:literal,
            check: $check:path $(,)?
        }
    ) => {
        $(#[doc = $doc])*
        pub struct $name;

        impl $name {
            pub const META: $crate::rule::RuleMeta = $crate::rule::RuleMeta {
                code: $code,
                name: $rname,
                family: $crate::rule::Family::$family,
                severity: $crate::rule::Severity::$sev,
                summary: $summary,
                doc: concat!($($doc, "\n"),*),
            };
        }

        impl $crate::rule::Rule for $name {
            fn meta(&self) -> &'static $crate::rule::RuleMeta {
                static META: $crate::rule::RuleMeta = $name::META;
                &META
            }

            fn check(
                &self,
                doc: &$crate::document::Document,
                ctx: &$crate::rule::Context,
                out: &mut Vec<$crate::diagnostic::Diagnostic>,
            ) {
                $check(doc, ctx, out)
            }
        }
    };
}
