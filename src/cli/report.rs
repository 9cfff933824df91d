//! Rendering diagnostics for the terminal: miette's graphical report, then python's last line.
//!
//! Output is plain ASCII without colour unless stderr is a terminal, so what tests and pipes see is
//! byte-stable.

use std::io::IsTerminal;

use miette::{Diagnostic, GraphicalReportHandler, GraphicalTheme};

use crate::syntax::{Source, SyntaxError};

/// A command-line failure that has no source to point at.
#[derive(Debug, thiserror::Error, Diagnostic)]
#[error("{message}")]
#[diagnostic(code(tandem))]
pub struct CliError {
    message: String,
}

impl CliError {
    pub fn new(message: impl Into<String>) -> CliError {
        CliError {
            message: message.into(),
        }
    }
}

/// Whether diagnostics on stderr get colour and box drawing (a terminal, and no NO_COLOR).
pub fn stderr_is_styled() -> bool {
    std::io::stderr().is_terminal() && std::env::var_os("NO_COLOR").is_none()
}

/// Renders any diagnostic with miette; unstyled output is plain ASCII.
pub fn render_diagnostic(diagnostic: &dyn Diagnostic, styled: bool) -> String {
    let theme = if styled {
        GraphicalTheme::unicode()
    } else {
        GraphicalTheme::none()
    };
    let mut out = String::new();
    let handler = GraphicalReportHandler::new_themed(theme)
        .with_width(100)
        .with_links(false);
    if handler.render_report(&mut out, diagnostic).is_err() {
        out = format!("{diagnostic}\n");
    }
    out
}

/// Renders a syntax error with its source snippet; the last line is CPython's.
pub fn render_syntax_error(error: SyntaxError, source: &Source, styled: bool) -> String {
    let last_line = error.python_line();
    let mut out = render_diagnostic(&error.with_source(source), styled);
    if !out.ends_with('\n') {
        out.push('\n');
    }
    out.push_str(&last_line);
    out.push('\n');
    out
}

/// One frame of a traceback: where it was and what it was running.
#[derive(Debug, thiserror::Error, Diagnostic)]
#[error("File \"{file}\", line {line}, in {function}")]
struct FrameReport {
    file: String,
    line: usize,
    function: String,
    #[source_code]
    snippet: Option<miette::NamedSource<String>>,
    #[label("{label}")]
    span: Option<miette::SourceSpan>,
    label: &'static str,
}

/// Lines longer than this are reported without a snippet (miette cannot label far columns).
const MAX_SNIPPET_LINE: usize = 2000;

/// CPython prints three identical frames, then counts the rest.
const REPEATS_SHOWN: usize = 3;

/// Renders an uncaught exception's traceback: CPython's structure (chained exceptions first,
/// most recent call last, repeated frames collapsed) with each frame's source line labelled by
/// miette. The last line is exactly CPython's.
pub fn render_traceback(
    sections: &[crate::vm::traceback::Section],
    source: &Source,
    styled: bool,
) -> String {
    let mut out = String::new();
    for section in sections {
        if let Some(link) = section.link {
            out.push_str(&format!("\n{link}\n\n"));
        }
        if !section.frames.is_empty() {
            out.push_str("Traceback (most recent call last):\n");
        }
        let mut previous: Option<(usize, String)> = None;
        let mut repeats = 0;
        let last = section.frames.len().saturating_sub(1);
        for (i, entry) in section.frames.iter().enumerate() {
            let code = &entry.code;
            let line = code.lines.get(entry.pc).copied().unwrap_or(code.first_line) as usize;
            let key = (line, code.qualname.to_string());
            if previous.as_ref() == Some(&key) {
                repeats += 1;
                if repeats >= REPEATS_SHOWN {
                    continue;
                }
            } else {
                flush_repeats(&mut out, repeats);
                repeats = 0;
            }
            previous = Some(key);
            let span = code.spans.get(entry.pc).copied();
            let snippet = (&*code.filename == source.name.as_str())
                .then_some(span)
                .flatten()
                .filter(|_| source.line_text(line).len() <= MAX_SNIPPET_LINE);
            let report = FrameReport {
                file: code.filename.to_string(),
                line,
                function: code.name.to_string(),
                snippet: snippet
                    .map(|_| miette::NamedSource::new(source.name.clone(), source.text.clone())),
                span: snippet.map(|s| (s.start as usize, (s.end - s.start) as usize).into()),
                label: if i == last {
                    "raised here"
                } else {
                    "called here"
                },
            };
            // CPython's frame line, then miette's labelled snippet without its own header.
            out.push_str(&format!("  {report}\n"));
            if report.snippet.is_some() {
                let rendered = render_diagnostic(&report, styled);
                for text in rendered.lines().skip(1) {
                    out.push_str("  ");
                    out.push_str(text.trim_end());
                    out.push('\n');
                }
            }
        }
        flush_repeats(&mut out, repeats);
        out.push_str(&section.line);
        out.push('\n');
    }
    out
}

fn flush_repeats(out: &mut String, repeats: usize) {
    if repeats >= REPEATS_SHOWN {
        let more = repeats + 1 - REPEATS_SHOWN;
        out.push_str(&format!(
            "  [Previous line repeated {more} more time{}]\n",
            if more == 1 { "" } else { "s" }
        ));
    }
}
