//! The abstract syntax tree produced by the parser and consumed by the compiler.
//! Mirrors CPython's `Python/Python.asdl` (3.11) closely so CPython's compiler can be read side
//! by side, minus expression contexts (the compiler knows from position whether an expression is
//! loaded, stored or deleted). Invariants: every `Stmt`, `Expr` and `Pattern` carries the `Span`
//! of its source text; the tree is plain `Box`/`Vec` ownership (no `Rc`), and its depth is bounded
//! by the parser's nesting limits, so recursive walkers are safe on the compiler's big-stack thread.

use crate::source::Span;
use num_bigint::BigInt;

pub type Ident = String;

#[derive(Clone, Debug, PartialEq)]
pub struct Module {
    pub body: Vec<Stmt>,
}

#[derive(Clone, Debug, PartialEq)]
pub struct Stmt {
    pub span: Span,
    pub kind: StmtKind,
}

#[derive(Clone, Debug, PartialEq)]
pub enum StmtKind {
    /// `def` / `async def`.
    FunctionDef(Box<FunctionDef>),
    ClassDef(Box<ClassDef>),
    Return(Option<Box<Expr>>),
    /// `del a, b[0], c.x`
    Delete(Vec<Expr>),
    /// `a = b = value`: `targets` holds `a` and `b` in source order.
    Assign {
        targets: Vec<Expr>,
        value: Box<Expr>,
    },
    AugAssign {
        target: Box<Expr>,
        op: BinOp,
        value: Box<Expr>,
    },
    /// `target: annotation [= value]`; `simple` is true for a bare unparenthesized name.
    AnnAssign {
        target: Box<Expr>,
        annotation: Box<Expr>,
        value: Option<Box<Expr>>,
        simple: bool,
    },
    For {
        target: Box<Expr>,
        iter: Box<Expr>,
        body: Vec<Stmt>,
        orelse: Vec<Stmt>,
        is_async: bool,
    },
    While {
        test: Box<Expr>,
        body: Vec<Stmt>,
        orelse: Vec<Stmt>,
    },
    If {
        test: Box<Expr>,
        body: Vec<Stmt>,
        orelse: Vec<Stmt>,
    },
    With {
        items: Vec<WithItem>,
        body: Vec<Stmt>,
        is_async: bool,
    },
    Match {
        subject: Box<Expr>,
        cases: Vec<MatchCase>,
    },
    Raise {
        exc: Option<Box<Expr>>,
        cause: Option<Box<Expr>>,
    },
    /// `try`/`except`/`else`/`finally`; `is_star` for `except*` (all handlers are star then).
    Try {
        body: Vec<Stmt>,
        handlers: Vec<ExceptHandler>,
        orelse: Vec<Stmt>,
        finalbody: Vec<Stmt>,
        is_star: bool,
    },
    Assert {
        test: Box<Expr>,
        msg: Option<Box<Expr>>,
    },
    /// `import a.b.c as d, e`
    Import(Vec<Alias>),
    /// `from ..mod import a as b, c` (`level` counts leading dots; names = [`*`] for star import).
    ImportFrom {
        module: Option<Ident>,
        names: Vec<Alias>,
        level: u32,
    },
    Global(Vec<Ident>),
    Nonlocal(Vec<Ident>),
    Expr(Box<Expr>),
    Pass,
    Break,
    Continue,
}

#[derive(Clone, Debug, PartialEq)]
pub struct FunctionDef {
    pub name: Ident,
    pub args: Box<Arguments>,
    pub body: Vec<Stmt>,
    pub decorators: Vec<Expr>,
    pub returns: Option<Box<Expr>>,
    pub is_async: bool,
}

#[derive(Clone, Debug, PartialEq)]
pub struct ClassDef {
    pub name: Ident,
    pub bases: Vec<Expr>,
    pub keywords: Vec<Keyword>,
    pub body: Vec<Stmt>,
    pub decorators: Vec<Expr>,
}

#[derive(Clone, Debug, PartialEq)]
pub struct Expr {
    pub span: Span,
    pub kind: ExprKind,
}

#[derive(Clone, Debug, PartialEq)]
pub enum ExprKind {
    /// `a and b and c` (values.len() >= 2).
    BoolOp {
        op: BoolOp,
        values: Vec<Expr>,
    },
    /// `target := value` (target is always a Name).
    NamedExpr {
        target: Box<Expr>,
        value: Box<Expr>,
    },
    BinOp {
        left: Box<Expr>,
        op: BinOp,
        right: Box<Expr>,
    },
    UnaryOp {
        op: UnaryOp,
        operand: Box<Expr>,
    },
    Lambda {
        args: Box<Arguments>,
        body: Box<Expr>,
    },
    IfExp {
        test: Box<Expr>,
        body: Box<Expr>,
        orelse: Box<Expr>,
    },
    /// `{k: v, **d}`: a `None` key marks a `**d` unpacking whose mapping is the matching value.
    Dict {
        keys: Vec<Option<Expr>>,
        values: Vec<Expr>,
    },
    Set(Vec<Expr>),
    ListComp {
        elt: Box<Expr>,
        generators: Vec<Comprehension>,
    },
    SetComp {
        elt: Box<Expr>,
        generators: Vec<Comprehension>,
    },
    DictComp {
        key: Box<Expr>,
        value: Box<Expr>,
        generators: Vec<Comprehension>,
    },
    GeneratorExp {
        elt: Box<Expr>,
        generators: Vec<Comprehension>,
    },
    Await(Box<Expr>),
    Yield(Option<Box<Expr>>),
    YieldFrom(Box<Expr>),
    /// `a < b <= c`: ops.len() == comparators.len() >= 1.
    Compare {
        left: Box<Expr>,
        ops: Vec<CmpOp>,
        comparators: Vec<Expr>,
    },
    /// Positional args may contain `Starred`; a keyword with `arg == None` is `**mapping`.
    Call {
        func: Box<Expr>,
        args: Vec<Expr>,
        keywords: Vec<Keyword>,
    },
    /// One `{value!conv:spec}` field of an f-string. `conversion` is 's', 'r' or 'a';
    /// `format_spec` is a `JoinedStr`.
    FormattedValue {
        value: Box<Expr>,
        conversion: Option<char>,
        format_spec: Option<Box<Expr>>,
    },
    /// An f-string (after implicit concatenation): `Constant(Str)` and `FormattedValue` parts.
    /// An `f"{x=}"` debug field becomes a Constant with the text `x=` followed by the field
    /// (with conversion 'r' unless a conversion or spec was given), as CPython's parser does.
    JoinedStr(Vec<Expr>),
    Constant(Constant),
    Attribute {
        value: Box<Expr>,
        attr: Ident,
    },
    Subscript {
        value: Box<Expr>,
        slice: Box<Expr>,
    },
    Starred(Box<Expr>),
    Name(Ident),
    List(Vec<Expr>),
    Tuple(Vec<Expr>),
    /// `lower:upper:step` inside a subscript.
    Slice {
        lower: Option<Box<Expr>>,
        upper: Option<Box<Expr>>,
        step: Option<Box<Expr>>,
    },
}

#[derive(Clone, Debug, PartialEq)]
pub enum Constant {
    None,
    Bool(bool),
    /// An int literal that fits in i64.
    Int(i64),
    /// An int literal that does not fit in i64.
    BigInt(Box<BigInt>),
    Float(f64),
    /// An imaginary literal `3j` (the value of the imaginary part).
    Imag(f64),
    Str(String),
    Bytes(Vec<u8>),
    Ellipsis,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum BoolOp {
    And,
    Or,
}

/// Binary operators, in CPython's `NB_*` order (see `bytecode::BinOpKind`).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum BinOp {
    Add,
    Sub,
    Mult,
    MatMult,
    Div,
    Mod,
    Pow,
    LShift,
    RShift,
    BitOr,
    BitXor,
    BitAnd,
    FloorDiv,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum UnaryOp {
    Invert,
    Not,
    UAdd,
    USub,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum CmpOp {
    Eq,
    NotEq,
    Lt,
    LtE,
    Gt,
    GtE,
    Is,
    IsNot,
    In,
    NotIn,
}

#[derive(Clone, Debug, PartialEq)]
pub struct Comprehension {
    pub target: Expr,
    pub iter: Expr,
    pub ifs: Vec<Expr>,
    pub is_async: bool,
}

#[derive(Clone, Debug, PartialEq)]
pub struct ExceptHandler {
    pub span: Span,
    /// The exception type expression; `None` for a bare `except:`.
    pub typ: Option<Box<Expr>>,
    pub name: Option<Ident>,
    pub body: Vec<Stmt>,
}

/// Function parameters, as CPython's `arguments` node. `defaults` align with the *last*
/// `defaults.len()` of `posonlyargs ++ args`; `kw_defaults` aligns one-to-one with `kwonlyargs`.
#[derive(Clone, Debug, PartialEq, Default)]
pub struct Arguments {
    pub posonlyargs: Vec<Arg>,
    pub args: Vec<Arg>,
    pub vararg: Option<Arg>,
    pub kwonlyargs: Vec<Arg>,
    pub kw_defaults: Vec<Option<Expr>>,
    pub kwarg: Option<Arg>,
    pub defaults: Vec<Expr>,
}

#[derive(Clone, Debug, PartialEq)]
pub struct Arg {
    pub span: Span,
    pub name: Ident,
    pub annotation: Option<Box<Expr>>,
}

/// `name=value` in a call or class header; `arg == None` for `**value`.
#[derive(Clone, Debug, PartialEq)]
pub struct Keyword {
    pub span: Span,
    pub arg: Option<Ident>,
    pub value: Expr,
}

/// `import a.b.c as d`: `name` is the dotted name as written.
#[derive(Clone, Debug, PartialEq)]
pub struct Alias {
    pub span: Span,
    pub name: String,
    pub asname: Option<Ident>,
}

#[derive(Clone, Debug, PartialEq)]
pub struct WithItem {
    pub context_expr: Expr,
    pub optional_vars: Option<Box<Expr>>,
}

#[derive(Clone, Debug, PartialEq)]
pub struct MatchCase {
    pub pattern: Pattern,
    pub guard: Option<Box<Expr>>,
    pub body: Vec<Stmt>,
}

#[derive(Clone, Debug, PartialEq)]
pub struct Pattern {
    pub span: Span,
    pub kind: PatternKind,
}

#[derive(Clone, Debug, PartialEq)]
pub enum PatternKind {
    /// A literal or dotted-name value pattern, compared with `==`.
    MatchValue(Box<Expr>),
    /// `None`, `True`, `False`, compared with `is`.
    MatchSingleton(Constant),
    MatchSequence(Vec<Pattern>),
    /// `{k: p, **rest}`
    MatchMapping {
        keys: Vec<Expr>,
        patterns: Vec<Pattern>,
        rest: Option<Ident>,
    },
    /// `Cls(p1, p2, kw=p3)`
    MatchClass {
        cls: Box<Expr>,
        patterns: Vec<Pattern>,
        kwd_attrs: Vec<Ident>,
        kwd_patterns: Vec<Pattern>,
    },
    /// `*name` or `*_` (None) inside a sequence pattern.
    MatchStar(Option<Ident>),
    /// `p as name`, a capture `name` (pattern None), or the wildcard `_` (both None).
    MatchAs {
        pattern: Option<Box<Pattern>>,
        name: Option<Ident>,
    },
    MatchOr(Vec<Pattern>),
}

/// Parse modes, selected by the synthetic start token the lexer injects.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Mode {
    /// A whole file (`exec`).
    Module,
    /// One REPL entry (`single`): expression statements echo their value.
    Interactive,
    /// A single expression (`eval`); the module body is one `Expr` statement.
    Eval,
}
