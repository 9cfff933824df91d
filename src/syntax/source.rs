//! Source text with its name, and the byte-offset ↔ line/column mapping every later stage uses.
//!
//! Spans are byte ranges into the source. Lines are 1-based; columns are 0-based character counts,
//! as CPython reports them in `SyntaxError.offset - 1`.

use std::ops::Range;

/// A byte range into the source text. Zero-width spans mark a position.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default)]
pub struct Span {
    pub start: u32,
    pub end: u32,
}

impl Span {
    pub fn new(start: usize, end: usize) -> Span {
        Span {
            start: start as u32,
            end: end as u32,
        }
    }

    pub fn range(self) -> Range<usize> {
        self.start as usize..self.end as usize
    }

    /// The smallest span covering both.
    pub fn to(self, other: Span) -> Span {
        Span {
            start: self.start.min(other.start),
            end: self.end.max(other.end),
        }
    }
}

impl From<Range<usize>> for Span {
    fn from(r: Range<usize>) -> Span {
        Span::new(r.start, r.end)
    }
}

/// A program's text and the name it is reported under (a path, `<stdin>` or `<repl>`).
#[derive(Debug, Clone)]
pub struct Source {
    pub name: String,
    pub text: String,
    line_starts: Vec<usize>,
}

impl Source {
    pub fn new(name: impl Into<String>, text: impl Into<String>) -> Source {
        let text = text.into();
        let mut line_starts = vec![0];
        line_starts.extend(text.match_indices('\n').map(|(i, _)| i + 1));
        Source {
            name: name.into(),
            text,
            line_starts,
        }
    }

    /// The 1-based line that holds byte `offset`.
    pub fn line_of(&self, offset: usize) -> usize {
        self.line_starts.partition_point(|&start| start <= offset)
    }

    /// Byte offset where 1-based `line` begins.
    pub fn line_start(&self, line: usize) -> usize {
        self.line_starts
            .get(line.saturating_sub(1))
            .copied()
            .unwrap_or(self.text.len())
    }

    /// The text of 1-based `line`, without its line break.
    pub fn line_text(&self, line: usize) -> &str {
        let start = self.line_start(line);
        let end = self.line_start(line + 1).min(self.text.len());
        self.text[start..end].trim_end_matches(['\n', '\r'])
    }

    /// The number of lines, counting a last line without a line break.
    pub fn line_count(&self) -> usize {
        if self.text.ends_with('\n') {
            self.line_starts.len() - 1
        } else {
            self.line_starts.len()
        }
    }

    /// 1-based line and 0-based character column of byte `offset`.
    pub fn line_col(&self, offset: usize) -> (usize, usize) {
        let line = self.line_of(offset);
        let start = self.line_start(line);
        let offset = floor_char_boundary(&self.text, offset.min(self.text.len()));
        (line, self.text[start..offset].chars().count())
    }
}

/// The 1-based line of byte `offset` in `text`, for the stages that have text but no [`Source`].
pub fn line_number(text: &str, offset: usize) -> usize {
    1 + text.as_bytes()[..offset.min(text.len())]
        .iter()
        .filter(|&&b| b == b'\n')
        .count()
}

/// The largest char boundary at or before `i` (str::floor_char_boundary is unstable).
pub fn floor_char_boundary(s: &str, mut i: usize) -> usize {
    while i > 0 && !s.is_char_boundary(i) {
        i -= 1;
    }
    i
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn lines_and_columns() {
        let src = Source::new("t.py", "ab\ncé d\n");
        assert_eq!(src.line_col(0), (1, 0));
        assert_eq!(src.line_col(3), (2, 0));
        assert_eq!(src.line_col(6), (2, 2));
        assert_eq!(src.line_text(2), "cé d");
        assert_eq!(src.line_count(), 2);
        assert_eq!(Source::new("t", "x").line_count(), 1);
    }
}
