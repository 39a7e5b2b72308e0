//! Raw tokens: the logos-generated scanner that splits source text into names, numbers,
//! string literals, operators, comments, newlines and continuation backslashes. It knows
//! nothing about indentation, brackets or keywords (keywords come out as `Name` and are
//! classified by the layout pass). Invariants: a raw token never carries decoded data, only
//! its kind and span, so the layout pass can run ahead (soft keywords) by cloning the lexer
//! cheaply; every span ends on a char boundary; numbers and strings are scanned by hand in
//! callbacks that copy CPython's tokenizer (`tok_get` in `Parser/tokenizer.c`), including its
//! error messages and error positions.

use logos::{Lexer, Logos};

use crate::error::CompileError;
use crate::source::Span;

/// A raw-token error. `Unrecognized` is logos' "no rule matched"; the layout pass turns it
/// into CPython's message for the offending character.
#[derive(Clone, Debug, PartialEq, Default)]
pub enum RawError {
    #[default]
    Unrecognized,
    Error(Box<CompileError>),
}

impl From<CompileError> for RawError {
    fn from(e: CompileError) -> RawError {
        RawError::Error(Box::new(e))
    }
}

/// The kind of a number literal, decided while scanning it.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum NumKind {
    /// An integer in the given radix (2, 8, 10 or 16).
    Int(u32),
    Float,
    Imag,
}

#[derive(Logos, Clone, Copy, Debug, PartialEq, Eq)]
#[logos(error = RawError)]
#[logos(skip r"[ \t\x0c]+")]
pub enum Raw {
    #[regex(r"[A-Za-z_][A-Za-z0-9_]*", ascii_name)]
    #[regex(r"[^\x00-\x7F]", unicode_name)]
    Name,
    #[regex(r"[0-9]", number)]
    #[regex(r"\.[0-9]", number)]
    Number(NumKind),
    #[regex(r#"([rRuUbBfF]|[rR][bBfF]|[bBfF][rR])?["']"#, string)]
    String,
    #[regex(r"#[^\r\n]*")]
    Comment,
    #[regex(r"\r\n|\r|\n")]
    Newline,
    /// A backslash followed by a newline (explicit line joining).
    #[regex(r"\\(\r\n|\r|\n)")]
    Continuation,
    /// A backslash not followed by a newline: always an error, reported by the callback.
    #[token("\\", backslash)]
    Backslash,

    #[token("(")]
    LPar,
    #[token(")")]
    RPar,
    #[token("[")]
    LSqb,
    #[token("]")]
    RSqb,
    #[token("{")]
    LBrace,
    #[token("}")]
    RBrace,
    #[token(":")]
    Colon,
    #[token(",")]
    Comma,
    #[token(";")]
    Semi,
    #[token(".")]
    Dot,
    #[token("...")]
    Ellipsis,
    #[token("->")]
    Arrow,
    #[token(":=")]
    ColonEqual,
    #[token("@")]
    At,
    #[token("=")]
    Equal,
    #[token("+")]
    Plus,
    #[token("-")]
    Minus,
    #[token("*")]
    Star,
    #[token("**")]
    DoubleStar,
    #[token("/")]
    Slash,
    #[token("//")]
    DoubleSlash,
    #[token("%")]
    Percent,
    #[token("&")]
    Amper,
    #[token("|")]
    VBar,
    #[token("^")]
    Circumflex,
    #[token("~")]
    Tilde,
    #[token("<<")]
    LeftShift,
    #[token(">>")]
    RightShift,
    #[token("<")]
    Less,
    #[token(">")]
    Greater,
    #[token("<=")]
    LessEqual,
    #[token(">=")]
    GreaterEqual,
    #[token("==")]
    EqEqual,
    #[token("!=")]
    NotEqual,
    /// `<>` is only valid with `from __future__ import barry_as_FLUFL`; CPython's tokenizer
    /// still produces it as one token (the parser rejects it).
    #[token("<>")]
    LessGreater,
    #[token("+=")]
    PlusEqual,
    #[token("-=")]
    MinusEqual,
    #[token("*=")]
    StarEqual,
    #[token("**=")]
    DoubleStarEqual,
    #[token("/=")]
    SlashEqual,
    #[token("//=")]
    DoubleSlashEqual,
    #[token("%=")]
    PercentEqual,
    #[token("&=")]
    AmperEqual,
    #[token("|=")]
    VBarEqual,
    #[token("^=")]
    CircumflexEqual,
    #[token("<<=")]
    LeftShiftEqual,
    #[token(">>=")]
    RightShiftEqual,
    #[token("@=")]
    AtEqual,
}

/// Zero-width span at byte `at`.
pub(crate) fn point(at: usize) -> Span {
    Span::new(at, at)
}

/// Extends an identifier over any following Unicode XID_Continue characters (`aé`).
/// A non-identifier character right after an identifier is left for the next token, where it
/// becomes "invalid character" (CPython reports it at that character).
fn extend_ident(lex: &mut Lexer<Raw>) {
    let rest = lex.remainder();
    let mut n = 0;
    for ch in rest.chars() {
        if ch.is_ascii() {
            if ch.is_ascii_alphanumeric() || ch == '_' {
                n += 1;
                continue;
            }
            break;
        }
        if unicode_ident::is_xid_continue(ch) {
            n += ch.len_utf8();
        } else {
            break;
        }
    }
    lex.bump(n);
}

fn ascii_name(lex: &mut Lexer<Raw>) {
    let rest = lex.remainder();
    if rest.as_bytes().first().is_some_and(|b| *b >= 0x80) {
        extend_ident(lex);
    }
}

fn unicode_name(lex: &mut Lexer<Raw>) -> Result<(), RawError> {
    let ch = lex.slice().chars().next().unwrap_or('\u{fffd}');
    if unicode_ident::is_xid_start(ch) {
        extend_ident(lex);
        return Ok(());
    }
    Err(invalid_character(ch, lex.span().start).into())
}

/// CPython's message for a character that cannot start a token (`verify_identifier` /
/// the error paths of `tok_get`).
pub(crate) fn invalid_character(ch: char, at: usize) -> CompileError {
    let c = ch as u32;
    let printable = if c < 0x80 {
        (0x20..0x7F).contains(&c)
    } else {
        let t = super::unicode_tables::NON_PRINTABLE;
        let i = t.partition_point(|&(_, hi)| hi < c);
        !(i < t.len() && t[i].0 <= c)
    };
    let msg = if printable {
        format!("invalid character '{}' (U+{:04X})", ch, ch as u32)
    } else {
        format!("invalid non-printable character U+{:04X}", ch as u32)
    };
    CompileError::syntax(msg, point(at))
}

fn backslash(lex: &mut Lexer<Raw>) -> Result<(), RawError> {
    let end = lex.span().end;
    let src = lex.source();
    if end >= src.len() {
        // CPython: "unexpected EOF while parsing", caret just after the backslash.
        return Err(eof_error(src, end).into());
    }
    Err(after_continuation_error(src, end).into())
}

/// "unexpected EOF while parsing" at byte `at` (end_offset is -1 in CPython; we give a
/// zero-width span).
pub(crate) fn eof_error(_src: &str, at: usize) -> CompileError {
    CompileError::syntax("unexpected EOF while parsing", point(at))
}

/// "unexpected character after line continuation character": CPython's offset is the column
/// just after the character following the backslash, end_offset 0.
pub(crate) fn after_continuation_error(src: &str, after_backslash: usize) -> CompileError {
    let (line, col) = line_col(src, after_backslash);
    let mut e = CompileError::syntax(
        "unexpected character after line continuation character",
        point(after_backslash),
    );
    e.explicit = Some((line, col + 1, line, 0));
    e
}

/// 1-based line and 0-based character column of a byte offset (only used on error paths).
pub(crate) fn line_col(src: &str, at: usize) -> (u32, u32) {
    let at = at.min(src.len());
    let before = &src.as_bytes()[..at];
    let line = before.iter().filter(|&&b| b == b'\n').count() as u32 + 1;
    let line_start = before
        .iter()
        .rposition(|&b| b == b'\n')
        .map(|p| p + 1)
        .unwrap_or(0);
    let col = src
        .get(line_start..at)
        .map(|s| s.chars().count())
        .unwrap_or(at - line_start);
    (line, col as u32)
}

/// The line CPython's tokenizer is on when it hits end of input: the line of the last
/// character (a trailing newline does not start a new line).
pub(crate) fn eof_line(src: &str) -> u32 {
    let b = src.as_bytes();
    let n = b.iter().filter(|&&c| c == b'\n').count() as u32;
    if b.last() == Some(&b'\n') || b.is_empty() {
        n.max(1)
    } else {
        n + 1
    }
}

// ---------------------------------------------------------------------------------------
// Strings

/// Scans a string literal whose prefix and opening quote logos matched. Only finds the end
/// (decoding happens in `strings.rs`); reports unterminated literals like CPython.
fn string(lex: &mut Lexer<Raw>) -> Result<(), RawError> {
    let src = lex.source();
    let b = src.as_bytes();
    let start = lex.span().start;
    let mut i = lex.span().end;
    let q = b[i - 1];
    let triple = b.get(i) == Some(&q) && b.get(i + 1) == Some(&q);
    if triple {
        i += 2;
        loop {
            match b.get(i) {
                None => {
                    let line = eof_line(src);
                    return Err(CompileError::syntax(
                        format!(
                            "unterminated triple-quoted string literal (detected at line {line})"
                        ),
                        point(start),
                    )
                    .incomplete()
                    .into());
                }
                Some(b'\\') => i += 2,
                Some(&c) if c == q && b.get(i + 1) == Some(&q) && b.get(i + 2) == Some(&q) => {
                    i += 3;
                    break;
                }
                Some(_) => i += 1,
            }
        }
    } else {
        loop {
            match b.get(i) {
                None | Some(b'\n') | Some(b'\r') => {
                    let line = match b.get(i) {
                        None => eof_line(src),
                        Some(_) => line_col(src, i).0,
                    };
                    return Err(CompileError::syntax(
                        format!("unterminated string literal (detected at line {line})"),
                        point(start),
                    )
                    .into());
                }
                Some(b'\\') => {
                    if b.get(i + 1) == Some(&b'\r') && b.get(i + 2) == Some(&b'\n') {
                        i += 3;
                    } else {
                        i += 2;
                    }
                }
                Some(&c) if c == q => {
                    i += 1;
                    break;
                }
                Some(_) => i += 1,
            }
        }
    }
    let i = i.min(b.len());
    lex.bump(i - lex.span().end);
    Ok(())
}

// ---------------------------------------------------------------------------------------
// Numbers

/// Scans a number literal starting at the logos match (a digit, or `.` and a digit), copying
/// the number branch of CPython's `tok_get`. End of input behaves like a newline (CPython
/// appends one).
fn number(lex: &mut Lexer<Raw>) -> Result<NumKind, RawError> {
    let start = lex.span().start;
    let (end, kind) = scan_number(lex.source().as_bytes(), start)?;
    lex.bump(end - lex.span().end);
    Ok(kind)
}

struct Scan<'a> {
    b: &'a [u8],
    /// Index of the current character `c` (already read by CPython's `tok_nextc`).
    i: usize,
}

impl Scan<'_> {
    fn c(&self) -> u8 {
        self.b.get(self.i).copied().unwrap_or(b'\n')
    }
    fn next(&mut self) -> u8 {
        self.i += 1;
        self.c()
    }
    fn at(&self, j: usize) -> u8 {
        self.b.get(j).copied().unwrap_or(b'\n')
    }
    /// Error after `tok_backup(c)`: the caret sits on the character before `c`.
    fn err_backed(&self, msg: impl Into<String>) -> RawError {
        CompileError::syntax(msg, point(self.i.saturating_sub(1))).into()
    }
    /// Error without backing up: the caret sits on `c`.
    fn err_here(&self, msg: impl Into<String>) -> RawError {
        CompileError::syntax(msg, point(self.i)).into()
    }
    /// `tok_decimal_tail`: c is a digit; consumes digits and single underscores.
    fn decimal_tail(&mut self) -> Result<u8, RawError> {
        loop {
            let mut c;
            loop {
                c = self.next();
                if !c.is_ascii_digit() {
                    break;
                }
            }
            if c != b'_' {
                return Ok(c);
            }
            c = self.next();
            if !c.is_ascii_digit() {
                return Err(self.err_backed("invalid decimal literal"));
            }
        }
    }
    /// `verify_end_of_number`: `c` at index `ci` must not start an identifier, except the
    /// keywords that may follow a number in valid code (`1if x else y`).
    fn verify_end(&self, c: u8, ci: usize, kind: &str) -> Result<(), RawError> {
        let rest = |s: &[u8]| self.b.get(ci + 1..ci + 1 + s.len()) == Some(s);
        let r = match c {
            b'a' => rest(b"nd"),
            b'e' => rest(b"lse"),
            b'f' => rest(b"or"),
            b'i' => matches!(self.at(ci + 1), b'f' | b'n' | b's'),
            b'o' => rest(b"r"),
            b'n' => rest(b"ot"),
            _ => false,
        };
        if r {
            return Ok(());
        }
        if c.is_ascii_alphanumeric() || c == b'_' || c >= 0x80 {
            return Err(CompileError::syntax(
                format!("invalid {kind} literal"),
                point(ci.saturating_sub(1)),
            )
            .into());
        }
        Ok(())
    }
}

pub(crate) fn scan_number(b: &[u8], start: usize) -> Result<(usize, NumKind), RawError> {
    let mut s = Scan { b, i: start };
    let mut c = s.c();
    if c == b'.' {
        c = s.next();
        return fraction(&mut s, c);
    }
    if c == b'0' {
        c = s.next();
        let radix_kind = match c {
            b'x' | b'X' => Some((16u32, "hexadecimal")),
            b'o' | b'O' => Some((8, "octal")),
            b'b' | b'B' => Some((2, "binary")),
            _ => None,
        };
        if let Some((radix, name)) = radix_kind {
            let is_digit = |c: u8| (c as char).is_digit(radix);
            c = s.next();
            loop {
                if c == b'_' {
                    c = s.next();
                }
                if !is_digit(c) {
                    if radix != 16 && c.is_ascii_digit() {
                        return Err(
                            s.err_here(format!("invalid digit '{}' in {name} literal", c as char))
                        );
                    }
                    return Err(s.err_backed(format!("invalid {name} literal")));
                }
                loop {
                    c = s.next();
                    if !is_digit(c) {
                        break;
                    }
                }
                if c != b'_' {
                    break;
                }
            }
            if radix != 16 && c.is_ascii_digit() {
                return Err(s.err_here(format!("invalid digit '{}' in {name} literal", c as char)));
            }
            s.verify_end(c, s.i, name)?;
            return Ok((s.i.min(b.len()), NumKind::Int(radix)));
        }
        // Maybe old-style octal; in any case allow '0' as a literal.
        let mut nonzero = false;
        loop {
            if c == b'_' {
                c = s.next();
                if !c.is_ascii_digit() {
                    return Err(s.err_backed("invalid decimal literal"));
                }
            }
            if c != b'0' {
                break;
            }
            c = s.next();
        }
        let zeros_end = s.i; // index of c; CPython's zeros_end is one past it (1-based end).
        if c.is_ascii_digit() {
            nonzero = true;
            c = s.decimal_tail()?;
        }
        if c == b'.' {
            c = s.next();
            return fraction(&mut s, c);
        } else if c == b'e' || c == b'E' {
            return exponent(&mut s, c, false);
        } else if c == b'j' || c == b'J' {
            return imaginary(&mut s);
        } else if nonzero {
            return Err(CompileError::syntax(
                "leading zeros in decimal integer literals are not permitted; use an 0o prefix for octal integers",
                Span::new(start, zeros_end),
            )
            .into());
        }
        s.verify_end(c, s.i, "decimal")?;
        return Ok((s.i.min(b.len()), NumKind::Int(10)));
    }
    // Decimal.
    c = s.decimal_tail()?;
    if c == b'.' {
        c = s.next();
        return fraction(&mut s, c);
    }
    after_fraction(&mut s, c, false)
}

fn fraction(s: &mut Scan, mut c: u8) -> Result<(usize, NumKind), RawError> {
    if c.is_ascii_digit() {
        c = s.decimal_tail()?;
    }
    after_fraction(s, c, true)
}

fn after_fraction(s: &mut Scan, c: u8, is_float: bool) -> Result<(usize, NumKind), RawError> {
    if c == b'e' || c == b'E' {
        return exponent(s, c, is_float);
    }
    if c == b'j' || c == b'J' {
        return imaginary(s);
    }
    s.verify_end(c, s.i, "decimal")?;
    let kind = if is_float {
        NumKind::Float
    } else {
        NumKind::Int(10)
    };
    Ok((s.i.min(s.b.len()), kind))
}

fn exponent(s: &mut Scan, e: u8, is_float: bool) -> Result<(usize, NumKind), RawError> {
    let ei = s.i;
    let mut c = s.next();
    if c == b'+' || c == b'-' {
        c = s.next();
        if !c.is_ascii_digit() {
            return Err(s.err_backed("invalid decimal literal"));
        }
    } else if !c.is_ascii_digit() {
        s.verify_end(e, ei, "decimal")?;
        // The `e` starts a keyword (`1else`): the number ends before it.
        let kind = if is_float {
            NumKind::Float
        } else {
            NumKind::Int(10)
        };
        return Ok((ei, kind));
    }
    c = s.decimal_tail()?;
    if c == b'j' || c == b'J' {
        return imaginary(s);
    }
    s.verify_end(c, s.i, "decimal")?;
    Ok((s.i.min(s.b.len()), NumKind::Float))
}

fn imaginary(s: &mut Scan) -> Result<(usize, NumKind), RawError> {
    let c = s.next();
    s.verify_end(c, s.i, "imaginary")?;
    Ok((s.i.min(s.b.len()), NumKind::Imag))
}
