//! The parser-facing token type `Tok`. The raw logos token enum lives in `raw.rs`; the layout
//! pass (`layout.rs`) turns raw tokens into `Tok`s, adding NEWLINE/INDENT/DEDENT, the start-mode
//! token, and deciding the soft keywords `match`/`case`. Invariant: the parser never sees
//! comments, blank lines or newlines inside brackets.

use num_bigint::BigInt;

/// One piece of an f-string literal, split by the lexer. Expression texts are parsed by the
/// parser (a sub-parse at `offset`, the byte offset of the expression text in the file).
#[derive(Clone, Debug, PartialEq)]
pub enum FStringPart {
    /// Literal text with escapes already decoded and `{{`/`}}` collapsed.
    Literal(String),
    Field {
        /// The expression source text, exactly as written (without `=`, `!r`, `:spec`).
        expr: String,
        /// Byte offset of `expr` in the source file.
        offset: usize,
        /// `Some("x=")`-style text (expression text plus `=` and surrounding whitespace) for
        /// self-documenting `f"{x=}"` fields.
        debug_text: Option<String>,
        /// 's', 'r' or 'a'.
        conversion: Option<char>,
        /// The format spec, itself possibly containing nested fields.
        format_spec: Option<Vec<FStringPart>>,
    },
}

#[derive(Clone, Debug, PartialEq)]
pub enum Tok {
    // Synthetic tokens.
    StartModule,
    StartInteractive,
    StartEval,
    Newline,
    Indent,
    Dedent,

    // Literals and names.
    Name(String),
    Int(i64),
    BigInt(Box<BigInt>),
    Float(f64),
    Imag(f64),
    /// A (non-f) string literal, decoded.
    Str(String),
    Bytes(Vec<u8>),
    FString(Vec<FStringPart>),

    // Keywords.
    False,
    None,
    True,
    And,
    As,
    Assert,
    Async,
    Await,
    Break,
    Class,
    Continue,
    Def,
    Del,
    Elif,
    Else,
    Except,
    Finally,
    For,
    From,
    Global,
    If,
    Import,
    In,
    Is,
    Lambda,
    Nonlocal,
    Not,
    Or,
    Pass,
    Raise,
    Return,
    Try,
    While,
    With,
    Yield,
    /// Soft keywords, emitted only where the layout pass decides they start a statement.
    Match,
    Case,

    // Operators and delimiters.
    LPar,
    RPar,
    LSqb,
    RSqb,
    LBrace,
    RBrace,
    Colon,
    Comma,
    Semi,
    Dot,
    Ellipsis,
    Arrow,
    ColonEqual,
    At,
    Equal,
    Plus,
    Minus,
    Star,
    DoubleStar,
    Slash,
    DoubleSlash,
    Percent,
    Amper,
    VBar,
    Circumflex,
    Tilde,
    LeftShift,
    RightShift,
    Less,
    Greater,
    LessEqual,
    GreaterEqual,
    EqEqual,
    NotEqual,
    PlusEqual,
    MinusEqual,
    StarEqual,
    DoubleStarEqual,
    SlashEqual,
    DoubleSlashEqual,
    PercentEqual,
    AmperEqual,
    VBarEqual,
    CircumflexEqual,
    LeftShiftEqual,
    RightShiftEqual,
    AtEqual,
}
