//! The terminal report, through codespan-reporting.
//!
//! Wire paragraphs are single lines of hundreds or thousands of characters, so each label is shown
//! in a window of its line about a terminal wide, with "…" at cut ends, while the header keeps the
//! real line and column. codespan-reporting reads the excerpts through our own `Files`
//! implementation; labels too far apart on one line get windows of their own.

use crate::diagnostic::Diagnostic;
use crate::rule::Severity;
use crate::span::LineIndex;
use codespan_reporting::diagnostic::{Diagnostic as CsDiagnostic, Label as CsLabel, LabelStyle};
use codespan_reporting::files::{Error as FilesError, Files};
use codespan_reporting::term::{self, Config};
use std::ops::Range;

/// Characters of context a window aims for.
const WINDOW: usize = 96;

/// One excerpt of one real line.
struct Window {
    line: usize,
    /// Byte range of the real text shown.
    real: Range<usize>,
    /// Where the shown text starts in the virtual source (after any "…").
    virt_text_start: usize,
    /// Range of the whole virtual line, newline included.
    virt: Range<usize>,
}

/// A virtual file: windows of one or more real lines.
struct View {
    windows: Vec<Window>,
    source: String,
}

struct Excerpts<'a> {
    name: &'a str,
    text: &'a str,
    lines: &'a LineIndex,
    views: Vec<View>,
}

impl<'a> Files<'a> for Excerpts<'a> {
    type FileId = usize;
    type Name = &'a str;
    type Source = &'a str;

    fn name(&'a self, _id: usize) -> Result<&'a str, FilesError> {
        Ok(self.name)
    }

    fn source(&'a self, id: usize) -> Result<&'a str, FilesError> {
        Ok(&self.views.get(id).ok_or(FilesError::FileMissing)?.source)
    }

    fn line_index(&'a self, id: usize, byte: usize) -> Result<usize, FilesError> {
        let view = self.views.get(id).ok_or(FilesError::FileMissing)?;
        Ok(view
            .windows
            .partition_point(|w| w.virt.start <= byte)
            .saturating_sub(1))
    }

    fn line_number(&'a self, id: usize, line_index: usize) -> Result<usize, FilesError> {
        let view = self.views.get(id).ok_or(FilesError::FileMissing)?;
        let w = view
            .windows
            .get(line_index)
            .ok_or(FilesError::LineTooLarge {
                given: line_index,
                max: view.windows.len(),
            })?;
        Ok(w.line + 1)
    }

    fn column_number(
        &'a self,
        id: usize,
        line_index: usize,
        byte: usize,
    ) -> Result<usize, FilesError> {
        let view = self.views.get(id).ok_or(FilesError::FileMissing)?;
        let w = &view.windows[line_index.min(view.windows.len() - 1)];
        let real = (w.real.start + byte.saturating_sub(w.virt_text_start)).min(w.real.end);
        Ok(self.lines.chars_into_line(self.text, real) + 1)
    }

    fn line_range(&'a self, id: usize, line_index: usize) -> Result<Range<usize>, FilesError> {
        let view = self.views.get(id).ok_or(FilesError::FileMissing)?;
        view.windows
            .get(line_index)
            .map(|w| w.virt.clone())
            .ok_or(FilesError::LineTooLarge {
                given: line_index,
                max: view.windows.len(),
            })
    }
}

/// Byte index `n` characters before or after `at`, within `bounds`, snapped to a word boundary when
/// one is near.
fn reach(text: &str, at: usize, n: usize, forward: bool, bounds: &Range<usize>) -> usize {
    if forward {
        let slice = &text[at..bounds.end];
        let mut end = slice
            .char_indices()
            .nth(n)
            .map_or(bounds.end, |(o, _)| at + o);
        if end < bounds.end
            && let Some(sp) = text[at..end].rfind(' ')
            && end - (at + sp) < 16
        {
            end = at + sp;
        }
        end
    } else {
        let slice = &text[bounds.start..at];
        let mut start = slice
            .char_indices()
            .rev()
            .nth(n.saturating_sub(1))
            .map_or(bounds.start, |(o, _)| bounds.start + o);
        if start > bounds.start
            && let Some(sp) = text[start..at].find(' ')
            && sp < 16
        {
            start += sp + 1;
        }
        start
    }
}

fn build_views(
    text: &str,
    lines: &LineIndex,
    spans: &[Range<usize>],
) -> (Vec<View>, Vec<(usize, Range<usize>)>) {
    // Group labels: (view, line) -> covered byte range.
    struct Group {
        line: usize,
        cover: Range<usize>,
    }
    let mut groups: Vec<Vec<Group>> = Vec::new();
    let mut placed: Vec<(usize, usize)> = Vec::new(); // (view, group index in view)
    for span in spans {
        let line = lines.line(span.start);
        let line_range = lines.line_range(text, line);
        let (s, e) = (span.start, span.end.min(line_range.end.max(span.start)));
        let mut spot = None;
        for (v, view) in groups.iter_mut().enumerate() {
            match view.iter_mut().position(|g| g.line == line) {
                Some(gi) => {
                    let g = &mut view[gi];
                    let (ns, ne) = (g.cover.start.min(s), g.cover.end.max(e));
                    // A character is four bytes at most: a longer stretch is surely too wide,
                    // and is not counted (one long line with labels far apart).
                    if ne - ns <= 4 * WINDOW && text[ns..ne].chars().count() <= WINDOW {
                        g.cover = ns..ne;
                        spot = Some((v, gi));
                        break;
                    }
                }
                None => {
                    view.push(Group { line, cover: s..e });
                    spot = Some((v, view.len() - 1));
                    break;
                }
            }
        }
        let spot = spot.unwrap_or_else(|| {
            groups.push(vec![Group { line, cover: s..e }]);
            (groups.len() - 1, 0)
        });
        placed.push(spot);
    }
    let mut views = Vec::new();
    let mut maps: Vec<Vec<usize>> = Vec::new(); // per view: group index -> window index
    for view in &groups {
        let mut order: Vec<usize> = (0..view.len()).collect();
        order.sort_by_key(|&g| view[g].line);
        let mut source = String::new();
        let mut windows = Vec::new();
        let mut map = vec![0; view.len()];
        for (wi, &g) in order.iter().enumerate() {
            let grp = &view[g];
            let bounds = lines.line_range(text, grp.line);
            let used = text[grp.cover.clone()].chars().count();
            let pad = WINDOW.saturating_sub(used) / 2;
            let mut start = reach(text, grp.cover.start, pad, false, &bounds);
            let mut end = reach(text, grp.cover.end, pad, true, &bounds);
            // Give unused room on one side to the other.
            if start == bounds.start {
                end = reach(
                    text,
                    grp.cover.end,
                    WINDOW.saturating_sub(text[start..grp.cover.end].chars().count()),
                    true,
                    &bounds,
                );
            } else if end == bounds.end {
                start = reach(
                    text,
                    grp.cover.start,
                    WINDOW.saturating_sub(text[grp.cover.start..end].chars().count()),
                    false,
                    &bounds,
                );
            }
            let virt_start = source.len();
            if start > bounds.start {
                source.push('…');
            }
            let virt_text_start = source.len();
            source.push_str(&text[start..end]);
            if end < bounds.end {
                source.push('…');
            }
            source.push('\n');
            windows.push(Window {
                line: grp.line,
                real: start..end,
                virt_text_start,
                virt: virt_start..source.len(),
            });
            map[g] = wi;
        }
        maps.push(map);
        views.push(View { windows, source });
    }
    let located = spans
        .iter()
        .zip(&placed)
        .map(|(span, &(v, g))| {
            let w = &views[v].windows[maps[v][g]];
            let to_virt =
                |x: usize| w.virt_text_start + (x.clamp(w.real.start, w.real.end) - w.real.start);
            (v, to_virt(span.start)..to_virt(span.end.max(span.start)))
        })
        .collect();
    (views, located)
}

/// Renders one file's findings as codespan diagnostics.
pub fn render(name: &str, text: &str, diags: &[Diagnostic], color: bool) -> String {
    let lines = LineIndex::new(text);
    let config = Config::default();
    let mut buffer = if color {
        term::termcolor::Buffer::ansi()
    } else {
        term::termcolor::Buffer::no_color()
    };
    let styles = term::Styles::default();
    for d in diags {
        let mut spans = vec![d.span.range()];
        spans.extend(d.labels.iter().map(|l| l.span.range()));
        let (views, located) = build_views(text, &lines, &spans);
        let files = Excerpts {
            name,
            text,
            lines: &lines,
            views,
        };
        let mut labels = Vec::new();
        for (k, (view, range)) in located.into_iter().enumerate() {
            let (style, message) = if k == 0 {
                (LabelStyle::Primary, d.label.as_str())
            } else {
                (LabelStyle::Secondary, d.labels[k - 1].message.as_str())
            };
            labels.push(CsLabel::new(style, view, range).with_message(message));
        }
        let mut notes = Vec::new();
        if let Some(h) = &d.help {
            notes.push(format!("help: {h}"));
        }
        let cs = match d.severity {
            Severity::Error => CsDiagnostic::error(),
            Severity::Warning => CsDiagnostic::warning(),
            Severity::Info => CsDiagnostic::note(),
        }
        .with_code(d.rule.code)
        .with_message(&d.message)
        .with_labels(labels)
        .with_notes(notes);
        let mut writer = term::StylesWriter::new(&mut buffer, &styles);
        // Rendering into memory cannot fail for files we built ourselves.
        let _ = term::emit_to_write_style(&mut writer, &config, &files, &cs);
    }
    String::from_utf8_lossy(buffer.as_slice()).into_owned()
}
