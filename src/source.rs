//! Source files and spans. Owns `SourceFile` (name, text, line starts) and `Span` (byte offsets
//! into that text). Invariant: every location in the front end and in code objects is a byte
//! offset pair; lines and columns are computed only when something is printed.

/// A half-open byte range `[start, end)` into a `SourceFile`'s text.
#[derive(Copy, Clone, Debug, Default, PartialEq, Eq, Hash)]
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
    /// The smallest span covering both.
    pub fn to(self, other: Span) -> Span {
        Span {
            start: self.start.min(other.start),
            end: self.end.max(other.end),
        }
    }
}

/// One source text with a precomputed table of line starts.
#[derive(Debug)]
pub struct SourceFile {
    /// The file name as shown in tracebacks (`x.py`, `<string>`, `<stdin>`).
    pub name: String,
    pub text: String,
    line_starts: Vec<u32>,
}

impl SourceFile {
    pub fn new(name: impl Into<String>, text: impl Into<String>) -> SourceFile {
        let text = text.into();
        let mut line_starts = vec![0u32];
        for (i, b) in text.bytes().enumerate() {
            if b == b'\n' {
                line_starts.push(i as u32 + 1);
            }
        }
        SourceFile {
            name: name.into(),
            text,
            line_starts,
        }
    }

    /// 1-based line number of a byte offset.
    pub fn line_of(&self, offset: u32) -> u32 {
        match self.line_starts.binary_search(&offset) {
            Ok(i) => i as u32 + 1,
            Err(i) => i as u32,
        }
    }

    /// Byte offset where 1-based `line` starts (clamped to the end of the text).
    pub fn line_start(&self, line: u32) -> u32 {
        let idx = (line.max(1) - 1) as usize;
        self.line_starts
            .get(idx)
            .copied()
            .unwrap_or(self.text.len() as u32)
    }

    /// The text of 1-based `line`, without its line terminator.
    pub fn line_text(&self, line: u32) -> &str {
        let start = self.line_start(line) as usize;
        let end = self
            .line_starts
            .get(line as usize)
            .map(|&e| e as usize)
            .unwrap_or(self.text.len());
        let s = &self.text[start.min(self.text.len())..end.min(self.text.len())];
        s.trim_end_matches(['\n', '\r'])
    }

    /// (1-based line, 0-based column in characters) of a byte offset.
    pub fn line_col(&self, offset: u32) -> (u32, u32) {
        let line = self.line_of(offset);
        let start = self.line_start(line) as usize;
        let off = (offset as usize).min(self.text.len());
        let col = self
            .text
            .get(start..off)
            .map(|s| s.chars().count())
            .unwrap_or(0);
        (line, col as u32)
    }

    pub fn line_count(&self) -> u32 {
        self.line_starts.len() as u32
    }
}
