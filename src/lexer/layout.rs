//! The layout pass: turns raw tokens into parser tokens. Owns indentation (INDENT/DEDENT
//! with CPython's tab rules: columns advance to multiples of 8 and, separately, with tab
//! size 1; the two must agree in ordering or it is a TabError), logical lines (NEWLINE only
//! at bracket depth 0 and only for lines with tokens; comment-only and blank lines are
//! ignored), bracket matching and nesting limits, backslash continuation, EOF flushing
//! (NEWLINE if missing, then one DEDENT per open block), keyword classification and the
//! soft keywords `match`/`case`. Copies `tok_get` in CPython's `Parser/tokenizer.c`.
//!
//! Soft keyword rule (CPython decides these in its PEG grammar; we decide in the lexer):
//! - `match` at the start of a logical line is `Tok::Match` when the next token can start
//!   a subject expression and either (a) that token is a name (other than an operator
//!   keyword: `and or in is if else for as from import`; `not` goes to (b)), a number or a
//!   string (`match x` cannot be an expression, so it is a statement, maybe missing `:`), or
//!   (b) the logical line ends with `:` at bracket depth 0 (`match (x):`, `match -x:`,
//!   `match [a, b]:`), or the input ends inside its brackets. So `match = 1`, `match(x)`,
//!   `match.x`, `match[1]: int`, `match not in y` stay `Tok::Name`.
//! - `case` is `Tok::Case` exactly when it starts a logical line directly inside a match
//!   statement's body (the block opened right after a `match` header); anywhere else it is
//!   a `Tok::Name`.
//!
//! REPL rule (`Lexer::repl`, used by `lex_repl`): a completely empty line while inside a
//! block ends all open blocks (one DEDENT per block, no extra NEWLINE), as at CPython's
//! prompt. Plain `Mode::Interactive` follows `compile(..., "single")`, where blank lines are
//! ignored like in files. In every mode unterminated brackets, triple-quoted strings and a
//! trailing backslash at end of input are `incomplete` errors.
//!
//! Errors left to the parser (they need grammar context, as in CPython): "unexpected indent"
//! (an `Indent` the grammar does not accept; its token span is the line's indentation
//! whitespace, CPython reports offset = width of that whitespace in characters with
//! end_offset -1) and "expected an indented block after ...".

use std::collections::VecDeque;

use logos::Logos;

use super::raw::{self, point, NumKind, Raw, RawError};
use super::strings;
use super::token::Tok;
use crate::ast::Mode;
use crate::error::CompileError;
use crate::source::Span;
use num_bigint::BigInt;

/// A LALRPOP triple: start byte, token, end byte.
pub type Spanned = (usize, Tok, usize);

const MAX_INDENT: usize = 100;
const MAX_PAREN: usize = 200;

#[derive(Clone, Copy, PartialEq, Eq)]
enum State {
    Start,
    Running,
    Done,
}

/// The token iterator returned by `lex`. Yields `Ok` triples, then at most one `Err`, then
/// ends.
pub struct Lexer<'s> {
    src: &'s str,
    raw: logos::Lexer<'s, Raw>,
    mode: Mode,
    state: State,
    pending: VecDeque<Spanned>,
    /// An error found while tokens were still pending; reported after them.
    deferred: Option<CompileError>,
    /// Indentation stack: (column with tab size 8, column with tab size 1).
    indents: Vec<(u32, u32)>,
    /// Open brackets: (the bracket byte, its byte offset).
    parens: Vec<(u8, usize)>,
    at_bol: bool,
    /// Whether the current logical line has produced a token yet.
    line_has_tokens: bool,
    /// Start of a comment on the current physical line (CPython's NEWLINE token starts there).
    comment_start: Option<usize>,
    /// Only looking for tokenizer errors (`scan_rest`): string literals are not decoded,
    /// since their errors belong to CPython's parser.
    check_only: bool,
    /// CPython's prompt rule: an empty line ends all open blocks.
    repl: bool,
    /// SyntaxWarnings found so far (see `warnings`).
    warnings: Vec<(Span, String)>,
    /// Indentation depths (`indents.len()`) of open match-statement bodies: `case` is a
    /// keyword only at the start of a line at the innermost one.
    match_bodies: Vec<usize>,
    /// The current logical line is a match statement header.
    match_header: bool,
}

impl<'s> Lexer<'s> {
    pub fn new(src: &'s str, mode: Mode) -> Lexer<'s> {
        let mut lx = Lexer {
            src,
            raw: Raw::lexer(src),
            mode,
            state: State::Start,
            pending: VecDeque::new(),
            deferred: None,
            indents: vec![(0, 0)],
            parens: Vec::new(),
            at_bol: true,
            line_has_tokens: false,
            comment_start: None,
            check_only: false,
            repl: false,
            warnings: Vec::new(),
            match_bodies: Vec::new(),
            match_header: false,
        };
        if let Some(pos) = src.bytes().position(|b| b == 0) {
            lx.deferred = Some(super::null_byte_error(src, pos, true));
        }
        lx
    }

    /// The SyntaxWarnings CPython's tokenizer emits for the tokens produced so far, as (span
    /// of the token, message): "invalid decimal literal" etc. for a number directly followed
    /// by a keyword (`1if x else 2`). CPython prints each as `FILE:LINE: SyntaxWarning: MSG`
    /// followed by the stripped source line, even when a SyntaxError follows. Drive the
    /// lexer by `&mut` to read them after parsing.
    pub fn warnings(&self) -> &[(Span, String)] {
        &self.warnings
    }

    /// Enables the REPL rule (see the module doc).
    pub fn repl(mut self) -> Lexer<'s> {
        self.repl = true;
        self
    }

    fn start_token(&self) -> Tok {
        match self.mode {
            Mode::Module => Tok::StartModule,
            Mode::Interactive => Tok::StartInteractive,
            Mode::Eval => Tok::StartEval,
        }
    }

    /// Measures the indentation of the line starting at `pos`: (col, altcol, end of
    /// whitespace).
    fn measure(&self, pos: usize) -> (u32, u32, usize) {
        let b = self.src.as_bytes();
        let (mut col, mut alt) = (0u32, 0u32);
        let mut i = pos;
        while i < b.len() {
            match b[i] {
                b' ' => {
                    col += 1;
                    alt += 1;
                }
                b'\t' => {
                    col = (col / 8 + 1) * 8;
                    alt += 1;
                }
                b'\x0c' => {
                    col = 0;
                    alt = 0;
                }
                _ => break,
            }
            i += 1;
        }
        (col, alt, i)
    }

    fn tab_error(&self, at: usize) -> CompileError {
        let (line, _) = raw::line_col(self.src, at);
        let mut e = CompileError::tab(
            "inconsistent use of tabs and spaces in indentation",
            point(at),
        );
        e.explicit = Some((line, 1, line, 0));
        e
    }

    /// Handles the start of a line outside brackets (CPython's `atbol` block).
    fn begin_line(&mut self) -> Result<(), CompileError> {
        self.at_bol = false;
        let line_start = self.raw.span().end;
        let (col, alt, ws_end) = self.measure(line_start);
        let next = self.src.as_bytes().get(ws_end).copied();
        if self.repl
            && ws_end == line_start
            && matches!(next, Some(b'\n' | b'\r'))
            && self.indents.len() > 1
        {
            // REPL rule: an empty line ends every open block.
            for _ in 1..self.indents.len() {
                self.pending.push_back((ws_end, Tok::Dedent, ws_end));
            }
            self.indents.truncate(1);
            self.match_bodies.clear();
            return Ok(());
        }
        let blank = matches!(next, None | Some(b'#' | b'\n' | b'\r'));
        if blank {
            return Ok(());
        }
        let match_header = std::mem::take(&mut self.match_header);
        // A line starting with a backslash continuation: CPython reads the continued lines
        // before checking the indentation, so its errors point at the line the chain ends on.
        let b = self.src.as_bytes();
        let mut anchor = ws_end;
        while b.get(anchor) == Some(&b'\\') {
            let nl = match (b.get(anchor + 1), b.get(anchor + 2)) {
                (Some(b'\r'), Some(b'\n')) => 2,
                (Some(b'\n' | b'\r'), _) => 1,
                _ => break,
            };
            let after = anchor + 1 + nl;
            if after >= b.len() {
                return Err(self.eof_after_backslash(anchor + 1));
            }
            anchor = self.measure(after).2;
        }
        let (top, top_alt) = *self.indents.last().unwrap_or(&(0, 0));
        if col == top {
            if alt != top_alt {
                return Err(self.tab_error(anchor));
            }
        } else if col > top {
            if self.indents.len() >= MAX_INDENT {
                let (line, _) = raw::line_col(self.src, anchor);
                let mut e =
                    CompileError::indentation("too many levels of indentation", point(ws_end));
                e.explicit = Some((line, 1, line, 0));
                return Err(e);
            }
            if alt <= top_alt {
                return Err(self.tab_error(anchor));
            }
            self.indents.push((col, alt));
            self.pending.push_back((line_start, Tok::Indent, ws_end));
            if match_header {
                self.match_bodies.push(self.indents.len());
            }
        } else {
            while self.indents.len() > 1 && col < self.indents[self.indents.len() - 1].0 {
                self.indents.pop();
                self.pending.push_back((ws_end, Tok::Dedent, ws_end));
            }
            while self
                .match_bodies
                .last()
                .is_some_and(|&d| d > self.indents.len())
            {
                self.match_bodies.pop();
            }
            let (top, top_alt) = *self.indents.last().unwrap_or(&(0, 0));
            if col != top {
                let line_end = b[anchor..]
                    .iter()
                    .position(|&c| c == b'\n' || c == b'\r')
                    .map(|p| anchor + p)
                    .unwrap_or(b.len());
                return Err(CompileError::indentation(
                    "unindent does not match any outer indentation level",
                    point(line_end),
                ));
            }
            if alt != top_alt {
                return Err(self.tab_error(anchor));
            }
        }
        Ok(())
    }

    /// CPython's `raise_unclosed_parentheses_error` for the innermost open bracket.
    fn never_closed(&self) -> Option<CompileError> {
        let &(ch, at) = self.parens.last()?;
        let (line, col) = raw::line_col(self.src, at);
        let mut e = CompileError::syntax(format!("'{}' was never closed", ch as char), point(at));
        e.explicit = Some((line, col + 1, line, 0));
        Some(e.incomplete())
    }

    /// "unexpected EOF while parsing" after a trailing backslash; with open brackets CPython
    /// reports the innermost one as never closed instead.
    fn eof_after_backslash(&self, at: usize) -> CompileError {
        self.never_closed()
            .unwrap_or_else(|| raw::eof_error(self.src, at).incomplete())
    }

    /// End of input: unclosed brackets are errors; otherwise flush NEWLINE and DEDENTs.
    fn finish(&mut self) -> Result<(), CompileError> {
        let len = self.src.len();
        if let Some(e) = self.never_closed() {
            return Err(e);
        }
        if self.line_has_tokens {
            let start = self.comment_start.take().unwrap_or(len);
            self.pending.push_back((start, Tok::Newline, len));
            self.line_has_tokens = false;
        }
        for _ in 1..self.indents.len() {
            self.pending.push_back((len, Tok::Dedent, len));
        }
        self.indents.truncate(1);
        self.match_bodies.clear();
        self.state = State::Done;
        Ok(())
    }

    /// Raw errors that depend on layout state: a backslash at end of input inside brackets.
    fn adjust_raw_error(&self, e: CompileError) -> CompileError {
        if e.msg == "unexpected EOF while parsing" {
            return self.eof_after_backslash(e.span.start as usize);
        }
        e
    }

    fn unrecognized(&self, span: std::ops::Range<usize>) -> CompileError {
        let ch = self.src[span.start..].chars().next().unwrap_or('\0');
        if ch.is_ascii_graphic() {
            let end = span.start + ch.len_utf8();
            return CompileError::syntax("invalid syntax", Span::new(span.start, end));
        }
        raw::invalid_character(ch, span.start)
    }

    /// Produces the next token(s) into `pending`.
    fn advance(&mut self) -> Result<(), CompileError> {
        if self.at_bol && self.parens.is_empty() {
            self.begin_line()?;
            if !self.pending.is_empty() {
                return Ok(());
            }
        }
        let Some(r) = self.raw.next() else {
            return self.finish();
        };
        let span = self.raw.span();
        let r = match r {
            Ok(r) => r,
            Err(RawError::Error(e)) => return Err(self.adjust_raw_error(*e)),
            Err(RawError::Unrecognized) => {
                let e = self.unrecognized(span);
                if e.msg == "invalid syntax" && self.check_only {
                    // To CPython's tokenizer this is an OP token, not an error.
                    self.line_has_tokens = true;
                    return Ok(());
                }
                if e.msg == "invalid syntax" {
                    // CPython's tokenizer returns an ERRORTOKEN and its parser reports "invalid
                    // syntax", unless a tokenizer error follows.
                    let line = raw::line_col(self.src, e.span.start as usize).0;
                    return Err(self.scan_rest(line).unwrap_or(e));
                }
                return Err(e);
            }
        };
        let (s, e) = (span.start, span.end);
        let tok = match r {
            Raw::Comment => {
                self.comment_start = Some(s);
                return Ok(());
            }
            Raw::Newline => {
                let comment = self.comment_start.take();
                if self.parens.is_empty() {
                    if self.line_has_tokens {
                        // CPython's NEWLINE token: from a trailing comment (or the newline
                        // character) to the newline character, which it leaves out.
                        self.pending
                            .push_back((comment.unwrap_or(s), Tok::Newline, s));
                        self.line_has_tokens = false;
                    }
                    self.at_bol = true;
                }
                return Ok(());
            }
            Raw::Continuation => {
                if e >= self.src.len() {
                    return Err(self.eof_after_backslash(s + 1));
                }
                return Ok(());
            }
            Raw::Backslash => {
                // The callback always errors; kept for exhaustiveness.
                return Err(raw::after_continuation_error(self.src, e));
            }
            Raw::Name => {
                let text = &self.src[s..e];
                match keyword(text) {
                    Some(k) => k,
                    None if text == "match"
                        && !self.line_has_tokens
                        && self.mode != Mode::Eval
                        && self.starts_soft_keyword_stmt() =>
                    {
                        self.match_header = true;
                        Tok::Match
                    }
                    // Directly in a match body every statement is a case block.
                    None if text == "case"
                        && !self.line_has_tokens
                        && self.match_bodies.last() == Some(&self.indents.len()) =>
                    {
                        Tok::Case
                    }
                    None if text.is_ascii() => Tok::Name(text.to_string()),
                    None => Tok::Name(nfkc_identifier(text)),
                }
            }
            Raw::Number(kind) => {
                // `1if x else y`: a number directly followed by a keyword is accepted with a
                // SyntaxWarning (`verify_end_of_number`); any other letter was an error.
                if !self.check_only
                    && self
                        .src
                        .as_bytes()
                        .get(e)
                        .is_some_and(|b| b.is_ascii_alphabetic())
                {
                    let what = match kind {
                        NumKind::Int(16) => "hexadecimal",
                        NumKind::Int(8) => "octal",
                        NumKind::Int(2) => "binary",
                        NumKind::Imag => "imaginary",
                        _ => "decimal",
                    };
                    self.warnings
                        .push((Span::new(s, e), format!("invalid {what} literal")));
                }
                let text = &self.src[s..e];
                let limit = crate::object::int::max_str_digits();
                if kind == NumKind::Int(10) && limit != 0 && text.len() > limit {
                    let digits = text.bytes().filter(u8::is_ascii_digit).count();
                    if digits > limit {
                        // CPython's default `sys.get_int_max_str_digits()` applies to decimal
                        // literals too (raised by the parser, at offset 0).
                        let line = raw::line_col(self.src, s).0;
                        let mut err = CompileError::syntax(
                            format!(
                                "Exceeds the limit ({limit} digits) for integer string conversion: value has {digits} digits; use sys.set_int_max_str_digits() to increase the limit - Consider hexadecimal for huge integer literals to avoid decimal conversion limits."
                            ),
                            point(s),
                        );
                        err.explicit = Some((line, 0, line, 0));
                        return Err(err);
                    }
                }
                number_token(text, kind)
            }
            Raw::String if self.check_only => Tok::Str(String::new()),
            Raw::String => match strings::decode_literal(self.src, s, e) {
                Ok(t) => t,
                Err(mut err) => {
                    if !err.msg.starts_with("bytes can only") {
                        err.span = self.after_string_group_span()?;
                    }
                    // A parser-level error in CPython: a later tokenizer error wins.
                    let line = raw::line_col(self.src, err.span.start as usize).0;
                    return Err(self.scan_rest(line).unwrap_or(err));
                }
            },
            Raw::LPar | Raw::LSqb | Raw::LBrace => {
                if self.parens.len() >= MAX_PAREN {
                    return Err(CompileError::syntax(
                        "too many nested parentheses",
                        point(s),
                    ));
                }
                let b = self.src.as_bytes()[s];
                self.parens.push((b, s));
                match r {
                    Raw::LPar => Tok::LPar,
                    Raw::LSqb => Tok::LSqb,
                    _ => Tok::LBrace,
                }
            }
            Raw::RPar | Raw::RSqb | Raw::RBrace => {
                let close = self.src.as_bytes()[s];
                let Some((open, open_at)) = self.parens.pop() else {
                    return Err(CompileError::syntax(
                        format!("unmatched '{}'", close as char),
                        point(s),
                    ));
                };
                let ok = matches!((open, close), (b'(', b')') | (b'[', b']') | (b'{', b'}'));
                if !ok {
                    let open_line = raw::line_col(self.src, open_at).0;
                    let close_line = raw::line_col(self.src, s).0;
                    let msg = if open_line != close_line {
                        format!(
                            "closing parenthesis '{}' does not match opening parenthesis '{}' on line {}",
                            close as char, open as char, open_line
                        )
                    } else {
                        format!(
                            "closing parenthesis '{}' does not match opening parenthesis '{}'",
                            close as char, open as char
                        )
                    };
                    return Err(CompileError::syntax(msg, point(s)));
                }
                match r {
                    Raw::RPar => Tok::RPar,
                    Raw::RSqb => Tok::RSqb,
                    _ => Tok::RBrace,
                }
            }
            Raw::LessGreater => {
                let err = CompileError::syntax("invalid syntax", Span::new(s, e));
                if self.check_only {
                    self.line_has_tokens = true;
                    return Ok(());
                }
                let line = raw::line_col(self.src, s).0;
                return Err(self.scan_rest(line).unwrap_or(err));
            }
            other => match operator(other) {
                Some(t) => t,
                None => return Ok(()),
            },
        };
        self.line_has_tokens = true;
        self.pending.push_back((s, tok, e));
        Ok(())
    }

    /// Where CPython reports an error found while decoding a string literal: at the parser's
    /// lookahead token after the group of adjacent string literals. A NEWLINE token there
    /// starts at a preceding comment (if any) and ends at the newline character.
    /// If the lookahead token is itself a tokenizer error, CPython reports that instead.
    fn after_string_group_span(&self) -> Result<Span, CompileError> {
        let mut ahead = self.raw.clone();
        let mut comment: Option<usize> = None;
        loop {
            match ahead.next() {
                Some(Ok(Raw::String)) => comment = None,
                Some(Ok(Raw::Continuation)) => {
                    comment = None;
                    if ahead.span().end >= self.src.len() {
                        return Err(self.eof_after_backslash(ahead.span().start + 1));
                    }
                }
                Some(Ok(Raw::Comment)) => comment = Some(ahead.span().start),
                Some(Ok(Raw::Newline)) if !self.parens.is_empty() => comment = None,
                Some(Ok(Raw::Newline)) => {
                    let nl = ahead.span().start;
                    return Ok(Span::new(comment.unwrap_or(nl), nl));
                }
                Some(Ok(_)) => {
                    let sp = ahead.span();
                    return Ok(Span::new(sp.start, sp.end));
                }
                Some(Err(RawError::Error(e))) => return Err(self.adjust_raw_error(*e)),
                Some(Err(RawError::Unrecognized)) => {
                    let e = self.unrecognized(ahead.span());
                    if e.msg == "invalid syntax" {
                        return Ok(e.span);
                    }
                    return Err(e);
                }
                None => {
                    if let Some(e) = self.never_closed() {
                        return Err(e);
                    }
                    let len = self.src.len();
                    return Ok(Span::new(comment.unwrap_or(len), len));
                }
            }
        }
    }

    /// CPython's `_PyPegen_tokenize_full_source_to_check_for_errors`: after a parser-level
    /// error reported on line `err_line`, tokenizes the rest of the input. An error the
    /// tokenizer raises itself replaces the parser's error; at the first other error token
    /// (or end of input) an open bracket from an earlier line than `err_line` is reported as
    /// never closed. Returns the replacing error, if any. Consumes the lexer's state.
    pub(crate) fn scan_rest(&mut self, err_line: u32) -> Option<CompileError> {
        self.check_only = true;
        loop {
            self.pending.clear();
            if self.state == State::Done {
                return None;
            }
            if let Err(e) = self.advance() {
                self.state = State::Done;
                if tokenizer_raises(&e) {
                    return Some(e);
                }
                let &(_, at) = self.parens.last()?;
                if err_line > raw::line_col(self.src, at).0 {
                    return self.never_closed();
                }
                return None;
            }
        }
    }

    /// Runs ahead on a clone of the raw lexer to decide whether the `match`/`case` just read
    /// starts a statement (see the module doc).
    fn starts_soft_keyword_stmt(&self) -> bool {
        let mut ahead = self.raw.clone();
        let first = loop {
            match ahead.next() {
                Some(Ok(Raw::Comment | Raw::Continuation)) => continue,
                Some(Ok(t)) => break t,
                _ => return false,
            }
        };
        let starts_expr = match first {
            Raw::Name => {
                let word = &self.src[ahead.span()];
                if matches!(
                    word,
                    "and" | "or" | "in" | "is" | "if" | "else" | "for" | "as" | "from" | "import"
                ) {
                    return false;
                }
                // `match x` cannot be an expression (two names in a row): a match statement,
                // maybe missing its `:` (CPython: "expected ':'"). `not` may be `not in`, so
                // it is decided by the line's final `:` below.
                if word != "not" {
                    return true;
                }
                true
            }
            // `match 1` / `match "s"` cannot be expressions either.
            Raw::Number(_) | Raw::String => return true,
            Raw::LPar
            | Raw::LSqb
            | Raw::LBrace
            | Raw::Minus
            | Raw::Plus
            | Raw::Tilde
            | Raw::Star
            | Raw::Ellipsis => true,
            _ => false,
        };
        if !starts_expr {
            return false;
        }
        let mut depth: i32 = 0;
        let mut last = first;
        let mut t = Some(first);
        loop {
            match t {
                Some(Raw::LPar | Raw::LSqb | Raw::LBrace) => depth += 1,
                Some(Raw::RPar | Raw::RSqb | Raw::RBrace) => depth -= 1,
                _ => {}
            }
            if let Some(tk) = t {
                last = tk;
            }
            t = loop {
                match ahead.next() {
                    Some(Ok(Raw::Comment | Raw::Continuation)) => continue,
                    Some(Ok(Raw::Newline)) if depth > 0 => continue,
                    Some(Ok(Raw::Newline)) => return last == Raw::Colon,
                    None if depth <= 0 => return last == Raw::Colon,
                    // Input ends inside brackets, or a token error: take the statement
                    // reading, so that the lexer's error is what gets reported.
                    None | Some(Err(_)) => return true,
                    Some(Ok(tk)) => break Some(tk),
                }
            };
        }
    }
}

impl Iterator for Lexer<'_> {
    type Item = Result<Spanned, CompileError>;

    fn next(&mut self) -> Option<Self::Item> {
        loop {
            if let Some(t) = self.pending.pop_front() {
                return Some(Ok(t));
            }
            match self.state {
                State::Done => {
                    return self.deferred.take().map(Err);
                }
                State::Start => {
                    self.state = State::Running;
                    if let Some(e) = self.deferred.take() {
                        self.state = State::Done;
                        return Some(Err(e));
                    }
                    return Some(Ok((0, self.start_token(), 0)));
                }
                State::Running => {}
            }
            if let Err(e) = self.advance() {
                self.state = State::Done;
                self.pending.clear();
                return Some(Err(e));
            }
        }
    }
}

/// Whether CPython's tokenizer raises `e` itself (`syntaxerror()` in `tokenizer.c`) rather
/// than returning an ERRORTOKEN that the parser turns into an error (`E_EOF`, `E_DEDENT`,
/// `E_TABSPACE`, `E_TOODEEP`, `E_LINECONT`, unknown ASCII characters, unclosed brackets).
pub(crate) fn tokenizer_raises(e: &CompileError) -> bool {
    use crate::error::CompileErrorKind;
    e.kind == CompileErrorKind::SyntaxError
        && !matches!(
            e.msg.as_str(),
            "unexpected character after line continuation character"
                | "unexpected EOF while parsing"
                | "invalid syntax"
        )
        && !e.msg.ends_with("was never closed")
        && !is_literal_decode_error(e)
}

/// Errors CPython's parser raises while decoding string literals (after tokenizing them).
fn is_literal_decode_error(e: &CompileError) -> bool {
    e.msg.starts_with("(unicode error)")
        || e.msg.starts_with("(value error)")
        || e.msg.starts_with("f-string")
        || e.msg == "bytes can only contain ASCII literal characters"
}

/// CPython normalizes non-ASCII identifiers to NFKC (`ℌ` is `H`, `ﬁ` is `fi`). We map each
/// character through the generated table; combining sequences are not composed.
fn nfkc_identifier(text: &str) -> String {
    let t = super::unicode_tables::NFKC;
    let mut out = String::with_capacity(text.len());
    for ch in text.chars() {
        match t.binary_search_by_key(&(ch as u32), |&(c, _)| c) {
            Ok(i) => out.push_str(t[i].1),
            Err(_) => out.push(ch),
        }
    }
    out
}

/// Hard keywords.
fn keyword(s: &str) -> Option<Tok> {
    Some(match s {
        "False" => Tok::False,
        "None" => Tok::None,
        "True" => Tok::True,
        "and" => Tok::And,
        "as" => Tok::As,
        "assert" => Tok::Assert,
        "async" => Tok::Async,
        "await" => Tok::Await,
        "break" => Tok::Break,
        "class" => Tok::Class,
        "continue" => Tok::Continue,
        "def" => Tok::Def,
        "del" => Tok::Del,
        "elif" => Tok::Elif,
        "else" => Tok::Else,
        "except" => Tok::Except,
        "finally" => Tok::Finally,
        "for" => Tok::For,
        "from" => Tok::From,
        "global" => Tok::Global,
        "if" => Tok::If,
        "import" => Tok::Import,
        "in" => Tok::In,
        "is" => Tok::Is,
        "lambda" => Tok::Lambda,
        "nonlocal" => Tok::Nonlocal,
        "not" => Tok::Not,
        "or" => Tok::Or,
        "pass" => Tok::Pass,
        "raise" => Tok::Raise,
        "return" => Tok::Return,
        "try" => Tok::Try,
        "while" => Tok::While,
        "with" => Tok::With,
        "yield" => Tok::Yield,
        _ => return None,
    })
}

fn operator(r: Raw) -> Option<Tok> {
    Some(match r {
        Raw::Colon => Tok::Colon,
        Raw::Comma => Tok::Comma,
        Raw::Semi => Tok::Semi,
        Raw::Dot => Tok::Dot,
        Raw::Ellipsis => Tok::Ellipsis,
        Raw::Arrow => Tok::Arrow,
        Raw::ColonEqual => Tok::ColonEqual,
        Raw::At => Tok::At,
        Raw::Equal => Tok::Equal,
        Raw::Plus => Tok::Plus,
        Raw::Minus => Tok::Minus,
        Raw::Star => Tok::Star,
        Raw::DoubleStar => Tok::DoubleStar,
        Raw::Slash => Tok::Slash,
        Raw::DoubleSlash => Tok::DoubleSlash,
        Raw::Percent => Tok::Percent,
        Raw::Amper => Tok::Amper,
        Raw::VBar => Tok::VBar,
        Raw::Circumflex => Tok::Circumflex,
        Raw::Tilde => Tok::Tilde,
        Raw::LeftShift => Tok::LeftShift,
        Raw::RightShift => Tok::RightShift,
        Raw::Less => Tok::Less,
        Raw::Greater => Tok::Greater,
        Raw::LessEqual => Tok::LessEqual,
        Raw::GreaterEqual => Tok::GreaterEqual,
        Raw::EqEqual => Tok::EqEqual,
        Raw::NotEqual => Tok::NotEqual,
        Raw::PlusEqual => Tok::PlusEqual,
        Raw::MinusEqual => Tok::MinusEqual,
        Raw::StarEqual => Tok::StarEqual,
        Raw::DoubleStarEqual => Tok::DoubleStarEqual,
        Raw::SlashEqual => Tok::SlashEqual,
        Raw::DoubleSlashEqual => Tok::DoubleSlashEqual,
        Raw::PercentEqual => Tok::PercentEqual,
        Raw::AmperEqual => Tok::AmperEqual,
        Raw::VBarEqual => Tok::VBarEqual,
        Raw::CircumflexEqual => Tok::CircumflexEqual,
        Raw::LeftShiftEqual => Tok::LeftShiftEqual,
        Raw::RightShiftEqual => Tok::RightShiftEqual,
        Raw::AtEqual => Tok::AtEqual,
        // Every other raw kind is handled by the caller.
        _ => return None,
    })
}

/// Converts a scanned number literal to its token (underscores removed; integers that do
/// not fit in i64 become `BigInt`; floats overflow to inf like CPython).
pub(crate) fn number_token(text: &str, kind: NumKind) -> Tok {
    let cleaned;
    let t = if text.contains('_') {
        cleaned = text.replace('_', "");
        cleaned.as_str()
    } else {
        text
    };
    match kind {
        NumKind::Int(radix) => {
            let digits = if radix == 10 { t } else { &t[2..] };
            match i64::from_str_radix(digits, radix) {
                Ok(v) => Tok::Int(v),
                Err(_) => match BigInt::parse_bytes(digits.as_bytes(), radix) {
                    Some(b) => Tok::BigInt(Box::new(b)),
                    None => Tok::Int(0),
                },
            }
        }
        NumKind::Float => Tok::Float(t.parse::<f64>().unwrap_or(f64::NAN)),
        NumKind::Imag => Tok::Imag(t[..t.len() - 1].parse::<f64>().unwrap_or(f64::NAN)),
    }
}
