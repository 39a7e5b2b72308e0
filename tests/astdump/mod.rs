//! A compact AST printer in the same format as `tools/astdump.py` prints CPython's AST, so
//! coil's parser output can be compared with CPython's field by field (positions included).

use coil::ast::*;

pub struct Dumper<'a> {
    _text: std::marker::PhantomData<&'a str>,
    line_starts: Vec<usize>,
}

fn esc(s: &str) -> String {
    let mut out = String::from("'");
    for ch in s.chars() {
        let o = ch as u32;
        if (32..127).contains(&o) && ch != '\'' && ch != '\\' {
            out.push(ch);
        } else {
            out.push_str(&format!("\\u{{{:x}}}", o));
        }
    }
    out.push('\'');
    out
}

fn fbits(x: f64) -> String {
    format!("{:016x}", x.to_bits())
}

fn opt<T>(v: &Option<T>, f: impl FnOnce(&T) -> String) -> String {
    match v {
        Some(x) => f(x),
        None => "None".into(),
    }
}

impl<'a> Dumper<'a> {
    pub fn new(text: &'a str) -> Dumper<'a> {
        let mut line_starts = vec![0];
        for (i, b) in text.bytes().enumerate() {
            if b == b'\n' {
                line_starts.push(i + 1);
            }
        }
        Dumper {
            _text: std::marker::PhantomData,
            line_starts,
        }
    }

    fn lc(&self, off: u32) -> (usize, usize) {
        let off = off as usize;
        let i = self.line_starts.partition_point(|&s| s <= off);
        (i, off - self.line_starts[i - 1])
    }

    fn pos(&self, s: coil::source::Span) -> String {
        let (l1, c1) = self.lc(s.start);
        let (l2, c2) = self.lc(s.end);
        format!("@{}:{}-{}:{}", l1, c1, l2, c2)
    }

    pub fn module(&self, m: &Module) -> String {
        let mut out = String::new();
        for s in &m.body {
            out.push_str(&self.stmt(s));
            out.push('\n');
        }
        out
    }

    fn list<T>(&self, v: &[T], f: impl Fn(&T) -> String) -> String {
        format!("[{}]", v.iter().map(f).collect::<Vec<_>>().join(", "))
    }

    fn stmts(&self, v: &[Stmt]) -> String {
        self.list(v, |s| self.stmt(s))
    }
    fn exprs(&self, v: &[Expr]) -> String {
        self.list(v, |e| self.expr(e))
    }
    fn oexpr(&self, e: &Option<Box<Expr>>) -> String {
        opt(e, |e| self.expr(e))
    }

    pub fn stmt(&self, s: &Stmt) -> String {
        let body = match &s.kind {
            StmtKind::FunctionDef(f) => format!(
                "{}({}, {}, {}, {}, {})",
                if f.is_async {
                    "AsyncFunctionDef"
                } else {
                    "FunctionDef"
                },
                esc(&f.name),
                self.arguments(&f.args),
                self.stmts(&f.body),
                self.exprs(&f.decorators),
                self.oexpr(&f.returns)
            ),
            StmtKind::ClassDef(c) => format!(
                "ClassDef({}, {}, {}, {}, {})",
                esc(&c.name),
                self.exprs(&c.bases),
                self.list(&c.keywords, |k| self.keyword(k)),
                self.stmts(&c.body),
                self.exprs(&c.decorators)
            ),
            StmtKind::Return(v) => format!("Return({})", self.oexpr(v)),
            StmtKind::Delete(v) => format!("Delete({})", self.exprs(v)),
            StmtKind::Assign { targets, value } => {
                format!("Assign({}, {})", self.exprs(targets), self.expr(value))
            }
            StmtKind::AugAssign { target, op, value } => {
                format!(
                    "AugAssign({}, {:?}, {})",
                    self.expr(target),
                    op,
                    self.expr(value)
                )
            }
            StmtKind::AnnAssign {
                target,
                annotation,
                value,
                simple,
            } => format!(
                "AnnAssign({}, {}, {}, {})",
                self.expr(target),
                self.expr(annotation),
                self.oexpr(value),
                *simple as u8
            ),
            StmtKind::For {
                target,
                iter,
                body,
                orelse,
                is_async,
            } => format!(
                "{}({}, {}, {}, {})",
                if *is_async { "AsyncFor" } else { "For" },
                self.expr(target),
                self.expr(iter),
                self.stmts(body),
                self.stmts(orelse)
            ),
            StmtKind::While { test, body, orelse } => {
                format!(
                    "While({}, {}, {})",
                    self.expr(test),
                    self.stmts(body),
                    self.stmts(orelse)
                )
            }
            StmtKind::If { test, body, orelse } => {
                format!(
                    "If({}, {}, {})",
                    self.expr(test),
                    self.stmts(body),
                    self.stmts(orelse)
                )
            }
            StmtKind::With {
                items,
                body,
                is_async,
            } => format!(
                "{}({}, {})",
                if *is_async { "AsyncWith" } else { "With" },
                self.list(items, |i| format!(
                    "withitem({}, {})",
                    self.expr(&i.context_expr),
                    self.oexpr(&i.optional_vars)
                )),
                self.stmts(body)
            ),
            StmtKind::Match { subject, cases } => format!(
                "Match({}, {})",
                self.expr(subject),
                self.list(cases, |c| format!(
                    "match_case({}, {}, {})",
                    self.pattern(&c.pattern),
                    self.oexpr(&c.guard),
                    self.stmts(&c.body)
                ))
            ),
            StmtKind::Raise { exc, cause } => {
                format!("Raise({}, {})", self.oexpr(exc), self.oexpr(cause))
            }
            StmtKind::Try {
                body,
                handlers,
                orelse,
                finalbody,
                is_star,
            } => format!(
                "{}({}, {}, {}, {})",
                if *is_star { "TryStar" } else { "Try" },
                self.stmts(body),
                self.list(handlers, |h| format!(
                    "ExceptHandler({}, {}, {}){}",
                    self.oexpr(&h.typ),
                    opt(&h.name, |n| esc(n)),
                    self.stmts(&h.body),
                    self.pos(h.span)
                )),
                self.stmts(orelse),
                self.stmts(finalbody)
            ),
            StmtKind::Assert { test, msg } => {
                format!("Assert({}, {})", self.expr(test), self.oexpr(msg))
            }
            StmtKind::Import(names) => format!("Import({})", self.list(names, |a| self.alias(a))),
            StmtKind::ImportFrom {
                module,
                names,
                level,
            } => format!(
                "ImportFrom({}, {}, {})",
                opt(module, |m| esc(m)),
                self.list(names, |a| self.alias(a)),
                level
            ),
            StmtKind::Global(n) => format!("Global({})", self.list(n, |x| esc(x))),
            StmtKind::Nonlocal(n) => format!("Nonlocal({})", self.list(n, |x| esc(x))),
            StmtKind::Expr(e) => format!("Expr({})", self.expr(e)),
            StmtKind::Pass => "Pass()".into(),
            StmtKind::Break => "Break()".into(),
            StmtKind::Continue => "Continue()".into(),
        };
        format!("{}{}", body, self.pos(s.span))
    }

    fn alias(&self, a: &Alias) -> String {
        format!(
            "alias({}, {}){}",
            esc(&a.name),
            opt(&a.asname, |n| esc(n)),
            self.pos(a.span)
        )
    }

    fn keyword(&self, k: &Keyword) -> String {
        format!(
            "keyword({}, {}){}",
            opt(&k.arg, |n| esc(n)),
            self.expr(&k.value),
            self.pos(k.span)
        )
    }

    fn arg(&self, a: &Arg) -> String {
        format!(
            "arg({}, {}){}",
            esc(&a.name),
            self.oexpr(&a.annotation),
            self.pos(a.span)
        )
    }

    fn arguments(&self, a: &Arguments) -> String {
        format!(
            "arguments({}, {}, {}, {}, {}, {}, {})",
            self.list(&a.posonlyargs, |x| self.arg(x)),
            self.list(&a.args, |x| self.arg(x)),
            opt(&a.vararg, |x| self.arg(x)),
            self.list(&a.kwonlyargs, |x| self.arg(x)),
            self.list(&a.kw_defaults, |x| opt(x, |e| self.expr(e))),
            opt(&a.kwarg, |x| self.arg(x)),
            self.exprs(&a.defaults)
        )
    }

    fn comps(&self, g: &[Comprehension]) -> String {
        self.list(g, |c| {
            format!(
                "comprehension({}, {}, {}, {})",
                self.expr(&c.target),
                self.expr(&c.iter),
                self.exprs(&c.ifs),
                c.is_async as u8
            )
        })
    }

    fn constant(c: &Constant) -> String {
        match c {
            Constant::None => "None".into(),
            Constant::Bool(b) => if *b { "True" } else { "False" }.into(),
            Constant::Int(i) => i.to_string(),
            Constant::BigInt(b) => b.to_string(),
            Constant::Float(f) => format!("f:{}", fbits(*f)),
            Constant::Imag(f) => format!("j:{}", fbits(*f)),
            Constant::Str(s) => esc(s),
            Constant::Bytes(b) => format!(
                "b'{}'",
                b.iter().map(|x| format!("{:02x}", x)).collect::<String>()
            ),
            Constant::Ellipsis => "Ellipsis".into(),
        }
    }

    pub fn expr(&self, e: &Expr) -> String {
        let body = match &e.kind {
            ExprKind::BoolOp { op, values } => format!("BoolOp({:?}, {})", op, self.exprs(values)),
            ExprKind::NamedExpr { target, value } => {
                format!("NamedExpr({}, {})", self.expr(target), self.expr(value))
            }
            ExprKind::BinOp { left, op, right } => {
                format!("BinOp({}, {:?}, {})", self.expr(left), op, self.expr(right))
            }
            ExprKind::UnaryOp { op, operand } => {
                format!("UnaryOp({:?}, {})", op, self.expr(operand))
            }
            ExprKind::Lambda { args, body } => {
                format!("Lambda({}, {})", self.arguments(args), self.expr(body))
            }
            ExprKind::IfExp { test, body, orelse } => {
                format!(
                    "IfExp({}, {}, {})",
                    self.expr(test),
                    self.expr(body),
                    self.expr(orelse)
                )
            }
            ExprKind::Dict { keys, values } => format!(
                "Dict({}, {})",
                self.list(keys, |k| opt(k, |k| self.expr(k))),
                self.exprs(values)
            ),
            ExprKind::Set(v) => format!("Set({})", self.exprs(v)),
            ExprKind::ListComp { elt, generators } => {
                format!("ListComp({}, {})", self.expr(elt), self.comps(generators))
            }
            ExprKind::SetComp { elt, generators } => {
                format!("SetComp({}, {})", self.expr(elt), self.comps(generators))
            }
            ExprKind::DictComp {
                key,
                value,
                generators,
            } => {
                format!(
                    "DictComp({}, {}, {})",
                    self.expr(key),
                    self.expr(value),
                    self.comps(generators)
                )
            }
            ExprKind::GeneratorExp { elt, generators } => {
                format!(
                    "GeneratorExp({}, {})",
                    self.expr(elt),
                    self.comps(generators)
                )
            }
            ExprKind::Await(v) => format!("Await({})", self.expr(v)),
            ExprKind::Yield(v) => format!("Yield({})", self.oexpr(v)),
            ExprKind::YieldFrom(v) => format!("YieldFrom({})", self.expr(v)),
            ExprKind::Compare {
                left,
                ops,
                comparators,
            } => format!(
                "Compare({}, [{}], {})",
                self.expr(left),
                ops.iter()
                    .map(|o| format!("{:?}", o))
                    .collect::<Vec<_>>()
                    .join(", "),
                self.exprs(comparators)
            ),
            ExprKind::Call {
                func,
                args,
                keywords,
            } => format!(
                "Call({}, {}, {})",
                self.expr(func),
                self.exprs(args),
                self.list(keywords, |k| self.keyword(k))
            ),
            ExprKind::FormattedValue {
                value,
                conversion,
                format_spec,
            } => format!(
                "FormattedValue({}, {}, {})",
                self.expr(value),
                conversion.map(|c| c as i32).unwrap_or(-1),
                self.oexpr(format_spec)
            ),
            ExprKind::JoinedStr(v) => format!("JoinedStr({})", self.exprs(v)),
            ExprKind::Constant(c) => format!("Constant({})", Self::constant(c)),
            ExprKind::Attribute { value, attr } => {
                format!("Attribute({}, {})", self.expr(value), esc(attr))
            }
            ExprKind::Subscript { value, slice } => {
                format!("Subscript({}, {})", self.expr(value), self.expr(slice))
            }
            ExprKind::Starred(v) => format!("Starred({})", self.expr(v)),
            ExprKind::Name(n) => format!("Name({})", esc(n)),
            ExprKind::List(v) => format!("List({})", self.exprs(v)),
            ExprKind::Tuple(v) => format!("Tuple({})", self.exprs(v)),
            ExprKind::Slice { lower, upper, step } => {
                format!(
                    "Slice({}, {}, {})",
                    self.oexpr(lower),
                    self.oexpr(upper),
                    self.oexpr(step)
                )
            }
        };
        format!("{}{}", body, self.pos(e.span))
    }

    fn patterns(&self, v: &[Pattern]) -> String {
        self.list(v, |p| self.pattern(p))
    }

    pub fn pattern(&self, p: &Pattern) -> String {
        let body = match &p.kind {
            PatternKind::MatchValue(e) => format!("MatchValue({})", self.expr(e)),
            PatternKind::MatchSingleton(c) => format!("MatchSingleton({})", Self::constant(c)),
            PatternKind::MatchSequence(v) => format!("MatchSequence({})", self.patterns(v)),
            PatternKind::MatchMapping {
                keys,
                patterns,
                rest,
            } => format!(
                "MatchMapping({}, {}, {})",
                self.exprs(keys),
                self.patterns(patterns),
                opt(rest, |r| esc(r))
            ),
            PatternKind::MatchClass {
                cls,
                patterns,
                kwd_attrs,
                kwd_patterns,
            } => format!(
                "MatchClass({}, {}, {}, {})",
                self.expr(cls),
                self.patterns(patterns),
                self.list(kwd_attrs, |a| esc(a)),
                self.patterns(kwd_patterns)
            ),
            PatternKind::MatchStar(n) => format!("MatchStar({})", opt(n, |n| esc(n))),
            PatternKind::MatchAs { pattern, name } => {
                format!(
                    "MatchAs({}, {})",
                    opt(pattern, |p| self.pattern(p)),
                    opt(name, |n| esc(n))
                )
            }
            PatternKind::MatchOr(v) => format!("MatchOr({})", self.patterns(v)),
        };
        format!("{}{}", body, self.pos(p.span))
    }
}
