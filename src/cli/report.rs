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
