//! SyntaxError and its relatives, raised by every part of the syntax stage and by the compile-time checks.
//!
//! An error knows its CPython class and message; the source is attached only when it is rendered, so
//! errors stay cheap to build and to compare in tests.

use super::source::{Source, Span};

/// The CPython exception class a syntax-stage error is reported as.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ErrorKind {
    Syntax,
    Indentation,
    Tab,
    /// CPython's compiler gives up on very deep trees with this instead of a SyntaxError.
    Recursion,
}

impl ErrorKind {
    pub fn python_name(self) -> &'static str {
        match self {
            ErrorKind::Syntax => "SyntaxError",
            ErrorKind::Indentation => "IndentationError",
            ErrorKind::Tab => "TabError",
            ErrorKind::Recursion => "RecursionError",
        }
    }
}

/// One syntax or compile-time error, with CPython's class and message.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SyntaxError {
    pub kind: ErrorKind,
    pub message: String,
    pub span: Span,
    /// What the label under the source line says; tandem's own words.
    pub label: String,
    pub help: Option<String>,
}

impl SyntaxError {
    pub fn new(message: impl Into<String>, span: Span) -> SyntaxError {
        SyntaxError {
            kind: ErrorKind::Syntax,
            message: message.into(),
            span,
            label: "here".into(),
            help: None,
        }
    }

    pub fn with_kind(mut self, kind: ErrorKind) -> SyntaxError {
        self.kind = kind;
        self
    }

    pub fn with_label(mut self, label: impl Into<String>) -> SyntaxError {
        self.label = label.into();
        self
    }

    pub fn with_help(mut self, help: impl Into<String>) -> SyntaxError {
        self.help = Some(help.into());
        self
    }

    /// The last line CPython prints for this error, e.g. `SyntaxError: expected ':'`.
    pub fn python_line(&self) -> String {
        format!("{}: {}", self.kind.python_name(), self.message)
    }

    /// Attaches the source so miette can draw the labelled snippet. A line too long to draw is
    /// named by file, line and column instead.
    pub fn with_source(self, source: &Source) -> SourceError {
        let (line, col) = source.line_col(self.span.start as usize);
        let drawable = source.line_text(line).len() <= MAX_DRAWN_LINE;
        SourceError {
            title: if drawable {
                self.message.clone()
            } else {
                format!("{} (at {}:{line}:{})", self.message, source.name, col + 1)
            },
            error: self,
            src: drawable.then(|| {
                miette::NamedSource::new(source.name.clone(), source.text.clone())
                    .with_language("python")
            }),
        }
    }
}

/// Lines longer than this are not drawn: miette cannot lay out a label that far to the right.
const MAX_DRAWN_LINE: usize = 2000;

/// A [`SyntaxError`] with its source, ready for miette to render.
#[derive(Debug)]
pub struct SourceError {
    pub error: SyntaxError,
    title: String,
    src: Option<miette::NamedSource<String>>,
}

impl std::fmt::Display for SourceError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.title)
    }
}

impl std::error::Error for SourceError {}

impl miette::Diagnostic for SourceError {
    fn code<'a>(&'a self) -> Option<Box<dyn std::fmt::Display + 'a>> {
        Some(Box::new(self.error.kind.python_name()))
    }

    fn help<'a>(&'a self) -> Option<Box<dyn std::fmt::Display + 'a>> {
        self.error
            .help
            .as_ref()
            .map(|h| Box::new(h) as Box<dyn std::fmt::Display>)
    }

    fn source_code(&self) -> Option<&dyn miette::SourceCode> {
        self.src.as_ref().map(|s| s as &dyn miette::SourceCode)
    }

    fn labels(&self) -> Option<Box<dyn Iterator<Item = miette::LabeledSpan> + '_>> {
        self.src.as_ref()?;
        let span = self.error.span.range();
        Some(Box::new(std::iter::once(
            miette::LabeledSpan::new_with_span(Some(self.error.label.clone()), span),
        )))
    }
}
