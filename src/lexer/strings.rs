//! String, bytes and f-string literal decoding. Input is one raw `String` token (prefix,
//! quotes and body, already known to be terminated); output is `Tok::Str`, `Tok::Bytes` or
//! `Tok::FString`. Copies CPython 3.11's `Parser/string_parser.c`: `decode_unicode_with_escapes`
//! (the `unicodeescape` codec, with its error positions computed over CPython's rewritten
//! buffer where each non-ASCII character counts as a 10-character `\UXXXXXXXX` escape),
//! `_PyBytes_DecodeEscape`, and the f-string splitter (`fstring_find_literal`,
//! `fstring_find_expr`). Invariants: f-string field expressions are returned as exact source
//! text with their byte offset in the file; literal pieces are decoded and `{{`/`}}`
//! collapsed; consecutive literal pieces are merged. Error positions follow CPython:
//! escape errors sit on the last character of the token, f-string errors just after it.

use super::raw::point;
use super::token::{FStringPart, Tok};
use crate::error::CompileError;
use crate::source::Span;

/// The parsed prefix of a string literal.
#[derive(Clone, Copy, Debug, Default)]
struct Prefix {
    raw: bool,
    bytes: bool,
    fstring: bool,
}

/// Decodes the string token `src[start..end]`.
pub fn decode_literal(src: &str, start: usize, end: usize) -> Result<Tok, CompileError> {
    let tok = &src[start..end];
    let tb = tok.as_bytes();
    let mut p = Prefix::default();
    let mut i = 0;
    while i < tb.len() && tb[i] != b'\'' && tb[i] != b'"' {
        match tb[i] {
            b'r' | b'R' => p.raw = true,
            b'b' | b'B' => p.bytes = true,
            b'f' | b'F' => p.fstring = true,
            _ => {}
        }
        i += 1;
    }
    let q = tb.get(i).copied().unwrap_or(b'"');
    let qlen = if tb.len() >= i + 6 && tb[i + 1] == q && tb[i + 2] == q {
        3
    } else {
        1
    };
    let body_start = start + i + qlen;
    let body_end = end.saturating_sub(qlen).max(body_start);
    let body = &src[body_start..body_end];
    // Universal newlines: CPython translates `\r\n` and `\r` before tokenizing.
    let normalized;
    let body = if body.contains('\r') {
        normalized = body.replace("\r\n", "\n").replace('\r', "\n");
        normalized.as_str()
    } else {
        body
    };
    if p.bytes {
        if !body.is_ascii() {
            return Err(CompileError::syntax(
                "bytes can only contain ASCII literal characters",
                Span::new(start, end),
            ));
        }
        if p.raw {
            return Ok(Tok::Bytes(body.as_bytes().to_vec()));
        }
        return decode_bytes_escapes(body, end).map(Tok::Bytes);
    }
    if p.fstring {
        let mut fs = FStringSplitter {
            src,
            body,
            body_start,
            raw: p.raw,
            tok_end: end,
        };
        let mut pos = 0;
        let parts = fs.parse(&mut pos, 0)?;
        return Ok(Tok::FString(parts));
    }
    if p.raw || !body.contains('\\') {
        return Ok(Tok::Str(body.to_string()));
    }
    decode_unicode_escapes(body, end).map(Tok::Str)
}

/// "(unicode error) 'unicodeescape' codec can't decode bytes in position A-B: MSG", on the
/// last character of the token.
fn unicode_error(start: usize, endinpos: usize, msg: &str, tok_end: usize) -> CompileError {
    let m = if endinpos > start + 1 {
        format!(
            "(unicode error) 'unicodeescape' codec can't decode bytes in position {}-{}: {}",
            start,
            endinpos - 1,
            msg
        )
    } else {
        format!("(unicode error) 'unicodeescape' codec can't decode byte 0x5c in position {start}: {msg}")
    };
    CompileError::syntax(m, point(tok_end.saturating_sub(1)))
}

/// Length of `s[..i]` in CPython's rewritten buffer: non-ASCII characters count 10, and a
/// backslash followed by a non-ASCII character counts 6 (`\u005c`).
fn virtual_pos(s: &str, i: usize) -> usize {
    let b = s.as_bytes();
    let mut v = 0;
    let mut j = 0;
    while j < i && j < b.len() {
        let c = b[j];
        if c < 0x80 {
            if c == b'\\' && b.get(j + 1).is_some_and(|n| *n >= 0x80) {
                v += 6;
            } else {
                v += 1;
            }
            j += 1;
        } else {
            v += 10;
            let w = s[j..].chars().next().map(|c| c.len_utf8()).unwrap_or(1);
            j += w;
        }
    }
    v
}

/// Decodes backslash escapes of a non-raw str literal body (CPython's
/// `_PyUnicode_DecodeUnicodeEscapeInternal` as driven by `decode_unicode_with_escapes`).
/// Unknown escapes keep the backslash.
pub fn decode_unicode_escapes(s: &str, tok_end: usize) -> Result<String, CompileError> {
    let b = s.as_bytes();
    let mut out = String::with_capacity(s.len());
    let mut i = 0;
    while i < b.len() {
        let Some(off) = s[i..].find('\\') else {
            out.push_str(&s[i..]);
            break;
        };
        out.push_str(&s[i..i + off]);
        i += off;
        let esc_start = i;
        i += 1; // the backslash
        let Some(&c) = b.get(i) else {
            out.push('\\');
            break;
        };
        i += 1;
        let err = |endinpos: usize, msg: &str| {
            Err(unicode_error(
                virtual_pos(s, esc_start),
                virtual_pos(s, endinpos),
                msg,
                tok_end,
            ))
        };
        match c {
            b'\n' => {}
            b'\\' => out.push('\\'),
            b'\'' => out.push('\''),
            b'"' => out.push('"'),
            b'a' => out.push('\x07'),
            b'b' => out.push('\x08'),
            b'f' => out.push('\x0c'),
            b'n' => out.push('\n'),
            b'r' => out.push('\r'),
            b't' => out.push('\t'),
            b'v' => out.push('\x0b'),
            b'0'..=b'7' => {
                let mut v = (c - b'0') as u32;
                for _ in 0..2 {
                    match b.get(i) {
                        Some(&d @ b'0'..=b'7') => {
                            v = v * 8 + (d - b'0') as u32;
                            i += 1;
                        }
                        _ => break,
                    }
                }
                out.push(char::from_u32(v).unwrap_or('\u{fffd}'));
            }
            b'x' | b'u' | b'U' => {
                let (count, msg) = match c {
                    b'x' => (2, "truncated \\xXX escape"),
                    b'u' => (4, "truncated \\uXXXX escape"),
                    _ => (8, "truncated \\UXXXXXXXX escape"),
                };
                let mut v: u32 = 0;
                for _ in 0..count {
                    match b.get(i).and_then(|d| (*d as char).to_digit(16)) {
                        Some(d) => {
                            v = (v << 4) | d;
                            i += 1;
                        }
                        None => return err(i, msg),
                    }
                }
                if v > 0x10FFFF {
                    return err(i, "illegal Unicode character");
                }
                // Lone surrogates cannot live in a Rust `String`; they become U+FFFD.
                out.push(char::from_u32(v).unwrap_or('\u{fffd}'));
            }
            b'N' => {
                let malformed = "malformed \\N character escape";
                if b.get(i) != Some(&b'{') {
                    return err(i, malformed);
                }
                i += 1;
                let name_start = i;
                while i < b.len() && b[i] != b'}' {
                    i += 1;
                }
                if i >= b.len() {
                    return err(i, malformed);
                }
                if i == name_start {
                    return err(i, malformed);
                }
                let name = &s[name_start..i];
                i += 1;
                match super::unicode_names::lookup(name) {
                    Some(ch) => out.push(ch),
                    None => return err(i, "unknown Unicode character name"),
                }
            }
            _ => {
                // Invalid escape: keep the backslash (a DeprecationWarning in CPython).
                out.push('\\');
                i -= 1;
                let ch_len = s[i..].chars().next().map(|c| c.len_utf8()).unwrap_or(1);
                out.push_str(&s[i..i + ch_len]);
                i += ch_len;
            }
        }
    }
    Ok(out)
}

/// Decodes escapes of a non-raw bytes literal body (CPython's `_PyBytes_DecodeEscape`).
fn decode_bytes_escapes(s: &str, tok_end: usize) -> Result<Vec<u8>, CompileError> {
    let b = s.as_bytes();
    let mut out = Vec::with_capacity(b.len());
    let mut i = 0;
    while i < b.len() {
        let c = b[i];
        if c != b'\\' {
            out.push(c);
            i += 1;
            continue;
        }
        let esc_start = i;
        i += 1;
        let Some(&c) = b.get(i) else {
            out.push(b'\\');
            break;
        };
        i += 1;
        match c {
            b'\n' => {}
            b'\\' => out.push(b'\\'),
            b'\'' => out.push(b'\''),
            b'"' => out.push(b'"'),
            b'a' => out.push(7),
            b'b' => out.push(8),
            b'f' => out.push(12),
            b'n' => out.push(b'\n'),
            b'r' => out.push(b'\r'),
            b't' => out.push(b'\t'),
            b'v' => out.push(11),
            b'0'..=b'7' => {
                let mut v = (c - b'0') as u32;
                for _ in 0..2 {
                    match b.get(i) {
                        Some(&d @ b'0'..=b'7') => {
                            v = v * 8 + (d - b'0') as u32;
                            i += 1;
                        }
                        _ => break,
                    }
                }
                out.push((v & 0xFF) as u8);
            }
            b'x' => {
                let h1 = b.get(i).and_then(|d| (*d as char).to_digit(16));
                let h2 = b.get(i + 1).and_then(|d| (*d as char).to_digit(16));
                match (h1, h2) {
                    (Some(a), Some(c)) => {
                        out.push((a * 16 + c) as u8);
                        i += 2;
                    }
                    _ => {
                        return Err(CompileError::syntax(
                            format!("(value error) invalid \\x escape at position {esc_start}"),
                            point(tok_end.saturating_sub(1)),
                        ))
                    }
                }
            }
            _ => {
                out.push(b'\\');
                out.push(c);
            }
        }
    }
    Ok(out)
}

/// Splits an f-string body into literal pieces and fields (CPython 3.11 `fstring_parse`).
struct FStringSplitter<'a> {
    /// The whole file, for expression offsets.
    src: &'a str,
    /// The body between the quotes (newline-normalized).
    body: &'a str,
    /// Byte offset of `body` in `src`.
    body_start: usize,
    raw: bool,
    tok_end: usize,
}

impl FStringSplitter<'_> {
    /// f-string errors sit just after the string token.
    fn error(&self, msg: impl Into<String>) -> CompileError {
        CompileError::syntax(msg, point(self.tok_end))
    }

    fn push_literal(&self, parts: &mut Vec<FStringPart>, text: &str) -> Result<(), CompileError> {
        if text.is_empty() {
            return Ok(());
        }
        let decoded;
        let text = if !self.raw && text.contains('\\') {
            decoded = decode_unicode_escapes(text, self.tok_end)?;
            decoded.as_str()
        } else {
            text
        };
        if text.is_empty() {
            return Ok(());
        }
        if let Some(FStringPart::Literal(prev)) = parts.last_mut() {
            prev.push_str(text);
        } else {
            parts.push(FStringPart::Literal(text.to_string()));
        }
        Ok(())
    }

    /// `fstring_parse` at `recurse_lvl`: top level (0) runs to the end of the body; a format
    /// spec (1, 2) stops at its closing `}` (left unconsumed).
    fn parse(&mut self, pos: &mut usize, lvl: u32) -> Result<Vec<FStringPart>, CompileError> {
        let b = self.body.as_bytes();
        let mut parts = Vec::new();
        loop {
            // fstring_find_literal
            let lit_start = *pos;
            let mut s = *pos;
            let mut expr_next = false;
            let mut done = false;
            while s < b.len() {
                let mut ch = b[s];
                s += 1;
                if !self.raw && ch == b'\\' && s < b.len() {
                    // The escaped character is still checked for braces below: `\{` starts a
                    // field (CPython warns about the invalid escape), `\N{...}` does not.
                    ch = b[s];
                    s += 1;
                    if ch == b'N' {
                        if s < b.len() {
                            let c2 = b[s];
                            s += 1;
                            if c2 == b'{' {
                                while s < b.len() {
                                    let c3 = b[s];
                                    s += 1;
                                    if c3 == b'}' {
                                        break;
                                    }
                                }
                            }
                        }
                        continue;
                    }
                }
                if ch == b'{' || ch == b'}' {
                    if lvl == 0 {
                        if s < b.len() && b[s] == ch {
                            // Doubled brace: literal up to and including one brace.
                            self.push_literal(&mut parts, &self.body[lit_start..s])?;
                            *pos = s + 1;
                            done = true;
                            break;
                        }
                        if ch == b'}' {
                            return Err(self.error("f-string: single '}' is not allowed"));
                        }
                    }
                    s -= 1;
                    expr_next = ch == b'{';
                    break;
                }
            }
            if done {
                continue;
            }
            self.push_literal(&mut parts, &self.body[lit_start..s])?;
            *pos = s;
            if s >= b.len() {
                break;
            }
            if !expr_next {
                // A '}' ending a nested format spec.
                break;
            }
            let field = self.find_expr(pos, lvl)?;
            parts.push(field);
        }
        if lvl != 0 && (*pos >= b.len() || b[*pos] != b'}') {
            return Err(self.error("f-string: expecting '}'"));
        }
        Ok(parts)
    }

    /// CPython compiles each field expression as `(expr)` as soon as it is delimited, so a
    /// tokenizer error inside it (a bad number literal, an invalid character, ...) is
    /// reported before any later f-string error, at a position within that `(expr)` text on
    /// the file's lines (`fstring_compile_expr`; only the line is shifted, not the column).
    /// The common case costs one allocation-free raw scan.
    fn expr_tokenizer_error(&self, expr: &str, expr_start: usize) -> Option<CompileError> {
        use logos::Logos;
        let suspicious = super::raw::Raw::lexer(expr)
            .spanned()
            .any(|(t, sp)| match t {
                Err(_) => true,
                // A nested f-string: its own fields are compiled too.
                Ok(super::raw::Raw::String) => expr[sp]
                    .bytes()
                    .take_while(|&c| c != b'\'' && c != b'"')
                    .any(|c| c == b'f' || c == b'F'),
                Ok(_) => false,
            });
        if !suspicious {
            return None;
        }
        let buf = format!("({expr})");
        let err = super::layout::Lexer::new(&buf, crate::ast::Mode::Eval).find_map(|t| t.err())?;
        if !super::layout::tokenizer_raises(&err) || err.msg.ends_with("was never closed") {
            return None;
        }
        let (l0, c0, l1, c1) = match err.explicit {
            Some(x) => x,
            None => {
                let (l, c) = super::raw::line_col(&buf, err.span.start as usize);
                let (el, ec) = super::raw::line_col(&buf, err.span.end as usize);
                (l, c + 1, el, ec + 1)
            }
        };
        // The line of the `{` in the file.
        let brace_line = super::raw::line_col(self.src, self.body_start + expr_start - 1).0;
        let mut e = err;
        e.explicit = Some((brace_line + l0 - 1, c0, brace_line + l1 - 1, c1));
        e.span = point(self.body_start + expr_start);
        Some(e)
    }

    /// `fstring_find_expr`: `*pos` is at a `{`.
    fn find_expr(&mut self, pos: &mut usize, lvl: u32) -> Result<FStringPart, CompileError> {
        if lvl >= 2 {
            return Err(self.error("f-string: expressions nested too deeply"));
        }
        let b = self.body.as_bytes();
        let end = b.len();
        *pos += 1;
        let expr_start = *pos;
        let mut quote: u8 = 0;
        let mut string_type = 0;
        let mut stack: Vec<u8> = Vec::new();
        let mut s = *pos;
        while s < end {
            let ch = b[s];
            if ch == b'\\' {
                return Err(self.error("f-string expression part cannot include a backslash"));
            }
            if quote != 0 {
                if ch == quote {
                    if string_type == 3 {
                        if s + 2 < end && b[s + 1] == ch && b[s + 2] == ch {
                            s += 3;
                            quote = 0;
                            string_type = 0;
                            continue;
                        }
                    } else {
                        quote = 0;
                        string_type = 0;
                    }
                }
                s += 1;
                continue;
            }
            match ch {
                b'\'' | b'"' => {
                    if s + 2 < end && b[s + 1] == ch && b[s + 2] == ch {
                        string_type = 3;
                        s += 2;
                    } else {
                        string_type = 1;
                    }
                    quote = ch;
                }
                b'[' | b'{' | b'(' => {
                    if stack.len() >= 200 {
                        return Err(self.error("f-string: too many nested parenthesis"));
                    }
                    stack.push(ch);
                }
                b'#' => return Err(self.error("f-string expression part cannot include '#'")),
                b'!' | b':' | b'}' | b'=' | b'>' | b'<' if stack.is_empty() => {
                    if s + 1 < end {
                        let next = b[s + 1];
                        if next == b'=' && matches!(ch, b'!' | b'=' | b'<' | b'>') {
                            s += 2;
                            continue;
                        }
                    }
                    if ch == b'>' || ch == b'<' {
                        s += 1;
                        continue;
                    }
                    break;
                }
                b']' | b'}' | b')' => {
                    let Some(open) = stack.pop() else {
                        return Err(self.error(format!("f-string: unmatched '{}'", ch as char)));
                    };
                    let ok = matches!((open, ch), (b'(', b')') | (b'[', b']') | (b'{', b'}'));
                    if !ok {
                        return Err(self.error(format!(
                            "f-string: closing parenthesis '{}' does not match opening parenthesis '{}'",
                            ch as char, open as char
                        )));
                    }
                }
                _ => {}
            }
            s += 1;
        }
        let expr_end = s.min(end);
        if quote != 0 {
            return Err(self.error("f-string: unterminated string"));
        }
        if let Some(open) = stack.last() {
            return Err(self.error(format!("f-string: unmatched '{}'", *open as char)));
        }
        if s >= end {
            return Err(self.error("f-string: expecting '}'"));
        }
        let expr = &self.body[expr_start..expr_end];
        if expr
            .bytes()
            .all(|c| matches!(c, b' ' | b'\t' | b'\n' | b'\r' | b'\x0c' | b'\x0b'))
        {
            // 3.11.7: the message names the character that ended the empty expression.
            if b[s] == b'}' {
                return Err(self.error("f-string: empty expression not allowed"));
            }
            return Err(self.error(format!(
                "f-string: expression required before '{}'",
                b[s] as char
            )));
        }
        if let Some(e) = self.expr_tokenizer_error(expr, expr_start) {
            return Err(e);
        }
        let mut debug_text = None;
        if b[s] == b'=' {
            s += 1;
            while s < end && matches!(b[s], b' ' | b'\t' | b'\n' | b'\r' | b'\x0c' | b'\x0b') {
                s += 1;
            }
            if s >= end {
                return Err(self.error("f-string: expecting '}'"));
            }
            debug_text = Some(self.body[expr_start..s].to_string());
        }
        let mut conversion = None;
        if b[s] == b'!' {
            s += 1;
            if s >= end {
                return Err(self.error("f-string: expecting '}'"));
            }
            let c = self.body[s..].chars().next().unwrap_or('\0');
            s += c.len_utf8();
            if !matches!(c, 's' | 'r' | 'a') {
                return Err(
                    self.error("f-string: invalid conversion character: expected 's', 'r', or 'a'")
                );
            }
            conversion = Some(c);
        }
        let mut format_spec = None;
        if s < end && b[s] == b':' {
            s += 1;
            if s >= end {
                return Err(self.error("f-string: expecting '}'"));
            }
            *pos = s;
            format_spec = Some(self.parse(pos, lvl + 1)?);
            s = *pos;
        }
        if s >= end || b[s] != b'}' {
            return Err(self.error("f-string: expecting '}'"));
        }
        *pos = s + 1;
        if debug_text.is_some() && format_spec.is_none() && conversion.is_none() {
            conversion = Some('r');
        }
        // The body may have been newline-normalized; offsets are exact whenever the body has
        // no `\r` (decode_source guarantees that for files).
        let offset = self.body_start + expr_start;
        let _ = self.src;
        Ok(FStringPart::Field {
            expr: expr.to_string(),
            offset,
            debug_text,
            conversion,
            format_spec,
        })
    }
}
