//! The symbol table, after CPython's `Python/symtable.c`: one `Scope` per module, class,
//! function, lambda and comprehension/generator expression, each mapping (mangled) names to
//! flags, followed by the analysis pass that resolves every name to LOCAL, GLOBAL_EXPLICIT,
//! GLOBAL_IMPLICIT, FREE or CELL. Invariants: class scopes never provide bindings to nested
//! functions (except the implicit `__class__` cell); comprehensions are function scopes whose
//! first iterable is visited in the enclosing scope; scopes are found again by the compiler
//! through the address of their AST node (the tree is not mutated between the two passes).
//! The "early" SyntaxErrors (global/nonlocal misuse, duplicate parameters, `yield` inside a
//! comprehension, walrus misuse, `import *` in a function) are raised here with CPython's text.

use crate::ast::*;
use crate::error::CompileError;
use crate::source::Span;
use indexmap::IndexMap;
use std::collections::{HashMap, HashSet};

// Symbol flags (CPython's DEF_* values).
pub const DEF_GLOBAL: u32 = 1;
pub const DEF_LOCAL: u32 = 2;
pub const DEF_PARAM: u32 = 4;
pub const DEF_NONLOCAL: u32 = 8;
pub const USE: u32 = 16;
pub const DEF_FREE: u32 = 32;
pub const DEF_FREE_CLASS: u32 = 64;
pub const DEF_IMPORT: u32 = 128;
pub const DEF_ANNOT: u32 = 256;
pub const DEF_COMP_ITER: u32 = 512;
pub const DEF_BOUND: u32 = DEF_LOCAL | DEF_PARAM | DEF_IMPORT;

/// The resolved scope of a name.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum NameScope {
    /// Not resolved (a name the compiler invents, e.g. `__classcell__`).
    Unknown,
    Local,
    GlobalExplicit,
    GlobalImplicit,
    Free,
    Cell,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum BlockType {
    Module,
    Class,
    Function,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum CompKind {
    None,
    List,
    Set,
    Dict,
    Gen,
}

#[derive(Clone, Debug)]
pub struct Symbol {
    pub flags: u32,
    pub scope: NameScope,
}

pub type ScopeId = usize;

/// One symbol-table entry (CPython's `PySTEntryObject`).
#[derive(Debug)]
pub struct Scope {
    pub name: String,
    pub typ: BlockType,
    pub symbols: IndexMap<String, Symbol>,
    /// Parameters in order (posonly, args, kwonly, *args, **kwargs).
    pub varnames: Vec<String>,
    pub children: Vec<ScopeId>,
    pub parent: Option<ScopeId>,
    /// The first `global`/`nonlocal` statement naming each name (for error locations).
    pub directives: Vec<(String, Span)>,
    pub nested: bool,
    pub generator: bool,
    pub coroutine: bool,
    pub comprehension: CompKind,
    pub varargs: bool,
    pub varkeywords: bool,
    pub has_free: bool,
    pub child_free: bool,
    pub needs_class_closure: bool,
    pub is_lambda: bool,
    pub comp_iter_target: bool,
    pub comp_iter_expr: u32,
}

impl Scope {
    fn new(name: &str, typ: BlockType, parent: Option<ScopeId>, nested: bool) -> Scope {
        Scope {
            name: name.to_string(),
            typ,
            symbols: IndexMap::new(),
            varnames: Vec::new(),
            children: Vec::new(),
            parent,
            directives: Vec::new(),
            nested,
            generator: false,
            coroutine: false,
            comprehension: CompKind::None,
            varargs: false,
            varkeywords: false,
            has_free: false,
            child_free: false,
            needs_class_closure: false,
            is_lambda: false,
            comp_iter_target: false,
            comp_iter_expr: 0,
        }
    }

    /// The resolved scope of a (mangled) name.
    pub fn scope_of(&self, name: &str) -> NameScope {
        self.symbols
            .get(name)
            .map(|s| s.scope)
            .unwrap_or(NameScope::Unknown)
    }

    pub fn flags_of(&self, name: &str) -> u32 {
        self.symbols.get(name).map(|s| s.flags).unwrap_or(0)
    }

    /// Names with the given scope (or flag), sorted as CPython's `dictbytype` does.
    pub fn sorted_names(&self, scope: NameScope, flag: u32) -> Vec<String> {
        let mut v: Vec<String> = self
            .symbols
            .iter()
            .filter(|(_, s)| s.scope == scope || (flag != 0 && s.flags & flag != 0))
            .map(|(k, _)| k.clone())
            .collect();
        v.sort();
        v
    }
}

/// The whole table: all scopes plus the map from AST node addresses to scopes.
#[derive(Debug)]
pub struct SymbolTable {
    pub scopes: Vec<Scope>,
    pub by_node: HashMap<usize, ScopeId>,
}

impl SymbolTable {
    pub fn scope_for<T>(&self, node: &T) -> Option<ScopeId> {
        self.by_node.get(&(node as *const T as usize)).copied()
    }
}

/// CPython's `_Py_Mangle`: `__x` inside class `C` becomes `_C__x`.
pub fn mangle(private: Option<&str>, name: &str) -> String {
    let Some(p) = private else {
        return name.to_string();
    };
    if !name.starts_with("__") || name.ends_with("__") || name.contains('.') {
        return name.to_string();
    }
    let stripped = p.trim_start_matches('_');
    if stripped.is_empty() {
        return name.to_string();
    }
    format!("_{}{}", stripped, name)
}

fn node_key<T>(n: &T) -> usize {
    n as *const T as usize
}

/// Build and analyse the symbol table of a module.
pub fn build(module: &Module) -> Result<SymbolTable, CompileError> {
    let mut b = Builder {
        table: SymbolTable {
            scopes: vec![Scope::new("top", BlockType::Module, None, false)],
            by_node: HashMap::new(),
        },
        stack: vec![0],
        private: None,
    };
    b.table.by_node.insert(node_key(module), 0);
    for s in &module.body {
        b.visit_stmt(s)?;
    }
    let mut table = b.table;
    let mut free = HashSet::new();
    let mut global = HashSet::new();
    analyze_block(&mut table, 0, None, &mut free, &mut global)?;
    Ok(table)
}

struct Builder {
    table: SymbolTable,
    stack: Vec<ScopeId>,
    private: Option<String>,
}

type R = Result<(), CompileError>;

fn err(msg: impl Into<String>, span: Span) -> CompileError {
    CompileError::syntax(msg, span)
}

impl Builder {
    fn cur(&self) -> ScopeId {
        *self.stack.last().unwrap_or(&0)
    }
    fn cur_mut(&mut self) -> &mut Scope {
        let c = self.cur();
        &mut self.table.scopes[c]
    }

    fn enter_block(&mut self, name: &str, typ: BlockType, key: usize) -> ScopeId {
        let parent = self.cur();
        let nested = {
            let p = &self.table.scopes[parent];
            p.nested || p.typ == BlockType::Function
        };
        let id = self.table.scopes.len();
        self.table
            .scopes
            .push(Scope::new(name, typ, Some(parent), nested));
        self.table.scopes[parent].children.push(id);
        self.table.by_node.insert(key, id);
        self.stack.push(id);
        id
    }

    fn exit_block(&mut self) {
        self.stack.pop();
    }

    fn lookup(&self, name: &str) -> u32 {
        let m = mangle(self.private.as_deref(), name);
        self.table.scopes[self.cur()].flags_of(&m)
    }

    fn add_def(&mut self, name: &str, flag: u32, span: Span) -> R {
        let sid = self.cur();
        self.add_def_in(sid, name, flag, span)
    }

    /// CPython's `symtable_add_def_helper`.
    fn add_def_in(&mut self, sid: ScopeId, name: &str, flag: u32, span: Span) -> R {
        let mangled = mangle(self.private.as_deref(), name);
        let scope = &mut self.table.scopes[sid];
        let mut val = scope.flags_of(&mangled);
        if flag & DEF_PARAM != 0 && val & DEF_PARAM != 0 {
            return Err(err(
                format!("duplicate argument '{}' in function definition", name),
                span,
            ));
        }
        val |= flag;
        if scope.comp_iter_target {
            if val & (DEF_GLOBAL | DEF_NONLOCAL) != 0 {
                return Err(err(
                    format!(
                        "comprehension inner loop cannot rebind assignment expression target '{}'",
                        name
                    ),
                    span,
                ));
            }
            val |= DEF_COMP_ITER;
        }
        if flag & DEF_PARAM != 0 {
            scope.varnames.push(mangled.clone());
        }
        scope.symbols.insert(
            mangled.clone(),
            Symbol {
                flags: val,
                scope: NameScope::Unknown,
            },
        );
        if flag & DEF_GLOBAL != 0 {
            let module = &mut self.table.scopes[0];
            let v = module.flags_of(&mangled) | flag;
            module.symbols.insert(
                mangled,
                Symbol {
                    flags: v,
                    scope: NameScope::Unknown,
                },
            );
        }
        Ok(())
    }

    fn record_directive(&mut self, name: &str, span: Span) {
        let m = mangle(self.private.as_deref(), name);
        self.cur_mut().directives.push((m, span));
    }

    fn visit_body(&mut self, body: &[Stmt]) -> R {
        for s in body {
            self.visit_stmt(s)?;
        }
        Ok(())
    }

    fn visit_stmt(&mut self, s: &Stmt) -> R {
        match &s.kind {
            StmtKind::FunctionDef(fd) => {
                self.add_def(&fd.name, DEF_LOCAL, s.span)?;
                for d in &fd.args.defaults {
                    self.visit_expr(d)?;
                }
                for d in fd.args.kw_defaults.iter().flatten() {
                    self.visit_expr(d)?;
                }
                self.visit_annotations(&fd.args, fd.returns.as_deref())?;
                for d in &fd.decorators {
                    self.visit_expr(d)?;
                }
                let id = self.enter_block(&fd.name, BlockType::Function, node_key(&**fd));
                if fd.is_async {
                    self.table.scopes[id].coroutine = true;
                }
                self.visit_params(&fd.args)?;
                self.visit_body(&fd.body)?;
                self.exit_block();
            }
            StmtKind::ClassDef(cd) => {
                self.add_def(&cd.name, DEF_LOCAL, s.span)?;
                for b in &cd.bases {
                    self.visit_expr(b)?;
                }
                for k in &cd.keywords {
                    self.visit_expr(&k.value)?;
                }
                for d in &cd.decorators {
                    self.visit_expr(d)?;
                }
                self.enter_block(&cd.name, BlockType::Class, node_key(&**cd));
                let saved = self.private.replace(cd.name.clone());
                self.visit_body(&cd.body)?;
                self.private = saved;
                self.exit_block();
            }
            StmtKind::Return(v) => {
                if let Some(v) = v {
                    self.visit_expr(v)?;
                }
            }
            StmtKind::Delete(targets) => {
                for t in targets {
                    self.visit_target(t)?;
                }
            }
            StmtKind::Assign { targets, value } => {
                for t in targets {
                    self.visit_target(t)?;
                }
                self.visit_expr(value)?;
            }
            StmtKind::AnnAssign {
                target,
                annotation,
                value,
                simple,
            } => {
                if let ExprKind::Name(name) = &target.kind {
                    let cur = self.lookup(name);
                    let is_module = self.cur() == 0;
                    if cur & (DEF_GLOBAL | DEF_NONLOCAL) != 0 && !is_module && *simple {
                        let msg = if cur & DEF_GLOBAL != 0 {
                            format!("annotated name '{}' can't be global", name)
                        } else {
                            format!("annotated name '{}' can't be nonlocal", name)
                        };
                        return Err(err(msg, s.span));
                    }
                    if *simple {
                        self.add_def(name, DEF_ANNOT | DEF_LOCAL, target.span)?;
                    } else if value.is_some() {
                        self.add_def(name, DEF_LOCAL, target.span)?;
                    }
                } else {
                    self.visit_target(target)?;
                }
                self.visit_expr(annotation)?;
                if let Some(v) = value {
                    self.visit_expr(v)?;
                }
            }
            StmtKind::AugAssign { target, value, .. } => {
                self.visit_target(target)?;
                self.visit_expr(value)?;
            }
            StmtKind::For {
                target,
                iter,
                body,
                orelse,
                ..
            } => {
                self.visit_target(target)?;
                self.visit_expr(iter)?;
                self.visit_body(body)?;
                self.visit_body(orelse)?;
            }
            StmtKind::While { test, body, orelse } | StmtKind::If { test, body, orelse } => {
                self.visit_expr(test)?;
                self.visit_body(body)?;
                self.visit_body(orelse)?;
            }
            StmtKind::With { items, body, .. } => {
                for it in items {
                    self.visit_expr(&it.context_expr)?;
                    if let Some(v) = &it.optional_vars {
                        self.visit_target(v)?;
                    }
                }
                self.visit_body(body)?;
            }
            StmtKind::Match { subject, cases } => {
                self.visit_expr(subject)?;
                for c in cases {
                    self.visit_pattern(&c.pattern)?;
                    if let Some(g) = &c.guard {
                        self.visit_expr(g)?;
                    }
                    self.visit_body(&c.body)?;
                }
            }
            StmtKind::Raise { exc, cause } => {
                if let Some(e) = exc {
                    self.visit_expr(e)?;
                    if let Some(c) = cause {
                        self.visit_expr(c)?;
                    }
                }
            }
            StmtKind::Try {
                body,
                handlers,
                orelse,
                finalbody,
                ..
            } => {
                self.visit_body(body)?;
                self.visit_body(orelse)?;
                for h in handlers {
                    if let Some(t) = &h.typ {
                        self.visit_expr(t)?;
                    }
                    if let Some(n) = &h.name {
                        self.add_def(n, DEF_LOCAL, h.span)?;
                    }
                    self.visit_body(&h.body)?;
                }
                self.visit_body(finalbody)?;
            }
            StmtKind::Assert { test, msg } => {
                self.visit_expr(test)?;
                if let Some(m) = msg {
                    self.visit_expr(m)?;
                }
            }
            StmtKind::Import(names) | StmtKind::ImportFrom { names, .. } => {
                for a in names {
                    self.visit_alias(a)?;
                }
            }
            StmtKind::Global(names) => {
                for name in names {
                    let cur = self.lookup(name);
                    if cur & (DEF_PARAM | DEF_LOCAL | USE | DEF_ANNOT) != 0 {
                        let msg = if cur & DEF_PARAM != 0 {
                            format!("name '{}' is parameter and global", name)
                        } else if cur & USE != 0 {
                            format!("name '{}' is used prior to global declaration", name)
                        } else if cur & DEF_ANNOT != 0 {
                            format!("annotated name '{}' can't be global", name)
                        } else {
                            format!("name '{}' is assigned to before global declaration", name)
                        };
                        return Err(err(msg, s.span));
                    }
                    self.add_def(name, DEF_GLOBAL, s.span)?;
                    self.record_directive(name, s.span);
                }
            }
            StmtKind::Nonlocal(names) => {
                for name in names {
                    let cur = self.lookup(name);
                    if cur & (DEF_PARAM | DEF_LOCAL | USE | DEF_ANNOT) != 0 {
                        let msg = if cur & DEF_PARAM != 0 {
                            format!("name '{}' is parameter and nonlocal", name)
                        } else if cur & USE != 0 {
                            format!("name '{}' is used prior to nonlocal declaration", name)
                        } else if cur & DEF_ANNOT != 0 {
                            format!("annotated name '{}' can't be nonlocal", name)
                        } else {
                            format!("name '{}' is assigned to before nonlocal declaration", name)
                        };
                        return Err(err(msg, s.span));
                    }
                    self.add_def(name, DEF_NONLOCAL, s.span)?;
                    self.record_directive(name, s.span);
                }
            }
            StmtKind::Expr(e) => self.visit_expr(e)?,
            StmtKind::Pass | StmtKind::Break | StmtKind::Continue => {}
        }
        Ok(())
    }

    fn visit_alias(&mut self, a: &Alias) -> R {
        if a.name == "*" {
            if self.table.scopes[self.cur()].typ != BlockType::Module {
                return Err(err("import * only allowed at module level", a.span));
            }
            return Ok(());
        }
        let store = match &a.asname {
            Some(n) => n.clone(),
            None => a.name.split('.').next().unwrap_or(&a.name).to_string(),
        };
        self.add_def(&store, DEF_IMPORT, a.span)
    }

    fn visit_annotations(&mut self, args: &Arguments, returns: Option<&Expr>) -> R {
        for a in args
            .posonlyargs
            .iter()
            .chain(&args.args)
            .chain(&args.vararg)
            .chain(&args.kwonlyargs)
            .chain(&args.kwarg)
        {
            if let Some(ann) = &a.annotation {
                self.visit_expr(ann)?;
            }
        }
        if let Some(r) = returns {
            self.visit_expr(r)?;
        }
        Ok(())
    }

    fn visit_params(&mut self, args: &Arguments) -> R {
        for a in args
            .posonlyargs
            .iter()
            .chain(&args.args)
            .chain(&args.kwonlyargs)
        {
            self.add_def(&a.name, DEF_PARAM, a.span)?;
        }
        if let Some(a) = &args.vararg {
            self.add_def(&a.name, DEF_PARAM, a.span)?;
            self.cur_mut().varargs = true;
        }
        if let Some(a) = &args.kwarg {
            self.add_def(&a.name, DEF_PARAM, a.span)?;
            self.cur_mut().varkeywords = true;
        }
        Ok(())
    }

    /// A store/delete target.
    fn visit_target(&mut self, e: &Expr) -> R {
        match &e.kind {
            ExprKind::Name(n) => self.add_def(n, DEF_LOCAL, e.span),
            ExprKind::Tuple(elts) | ExprKind::List(elts) => {
                for x in elts {
                    self.visit_target(x)?;
                }
                Ok(())
            }
            ExprKind::Starred(v) => self.visit_target(v),
            _ => self.visit_expr(e),
        }
    }

    fn visit_pattern(&mut self, p: &Pattern) -> R {
        match &p.kind {
            PatternKind::MatchValue(e) => self.visit_expr(e),
            PatternKind::MatchSingleton(_) => Ok(()),
            PatternKind::MatchSequence(ps) | PatternKind::MatchOr(ps) => {
                for x in ps {
                    self.visit_pattern(x)?;
                }
                Ok(())
            }
            PatternKind::MatchMapping {
                keys,
                patterns,
                rest,
            } => {
                for k in keys {
                    self.visit_expr(k)?;
                }
                for x in patterns {
                    self.visit_pattern(x)?;
                }
                if let Some(r) = rest {
                    self.add_def(r, DEF_LOCAL, p.span)?;
                }
                Ok(())
            }
            PatternKind::MatchClass {
                cls,
                patterns,
                kwd_patterns,
                ..
            } => {
                self.visit_expr(cls)?;
                for x in patterns.iter().chain(kwd_patterns) {
                    self.visit_pattern(x)?;
                }
                Ok(())
            }
            PatternKind::MatchStar(name) => {
                if let Some(n) = name {
                    self.add_def(n, DEF_LOCAL, p.span)?;
                }
                Ok(())
            }
            PatternKind::MatchAs { pattern, name } => {
                if let Some(x) = pattern {
                    self.visit_pattern(x)?;
                }
                if let Some(n) = name {
                    self.add_def(n, DEF_LOCAL, p.span)?;
                }
                Ok(())
            }
        }
    }

    fn visit_exprs(&mut self, es: &[Expr]) -> R {
        for e in es {
            self.visit_expr(e)?;
        }
        Ok(())
    }

    fn visit_expr(&mut self, e: &Expr) -> R {
        match &e.kind {
            ExprKind::NamedExpr { target, value } => {
                if self.table.scopes[self.cur()].comp_iter_expr > 0 {
                    return Err(err("assignment expression cannot be used in a comprehension iterable expression", e.span));
                }
                if self.table.scopes[self.cur()].comprehension != CompKind::None {
                    self.extend_namedexpr_scope(target)?;
                }
                self.visit_expr(value)?;
                self.visit_target(target)?;
            }
            ExprKind::BoolOp { values, .. } => self.visit_exprs(values)?,
            ExprKind::BinOp { left, right, .. } => {
                self.visit_expr(left)?;
                self.visit_expr(right)?;
            }
            ExprKind::UnaryOp { operand, .. } => self.visit_expr(operand)?,
            ExprKind::Lambda { args, body } => {
                for d in &args.defaults {
                    self.visit_expr(d)?;
                }
                for d in args.kw_defaults.iter().flatten() {
                    self.visit_expr(d)?;
                }
                let id = self.enter_block("lambda", BlockType::Function, node_key(e));
                self.table.scopes[id].is_lambda = true;
                self.visit_params(args)?;
                self.visit_expr(body)?;
                self.exit_block();
            }
            ExprKind::IfExp { test, body, orelse } => {
                self.visit_expr(test)?;
                self.visit_expr(body)?;
                self.visit_expr(orelse)?;
            }
            ExprKind::Dict { keys, values } => {
                for (k, v) in keys.iter().zip(values) {
                    if let Some(k) = k {
                        self.visit_expr(k)?;
                    }
                    self.visit_expr(v)?;
                }
            }
            ExprKind::Set(elts) | ExprKind::List(elts) | ExprKind::Tuple(elts) => {
                self.visit_exprs(elts)?
            }
            ExprKind::ListComp { elt, generators } => {
                self.handle_comprehension(e, "listcomp", generators, elt, None, CompKind::List)?
            }
            ExprKind::SetComp { elt, generators } => {
                self.handle_comprehension(e, "setcomp", generators, elt, None, CompKind::Set)?
            }
            ExprKind::DictComp {
                key,
                value,
                generators,
            } => self.handle_comprehension(
                e,
                "dictcomp",
                generators,
                key,
                Some(value),
                CompKind::Dict,
            )?,
            ExprKind::GeneratorExp { elt, generators } => {
                self.handle_comprehension(e, "genexpr", generators, elt, None, CompKind::Gen)?
            }
            ExprKind::Await(v) => {
                self.visit_expr(v)?;
                self.cur_mut().coroutine = true;
            }
            ExprKind::Yield(v) => {
                if let Some(v) = v {
                    self.visit_expr(v)?;
                }
                self.cur_mut().generator = true;
                self.raise_if_comprehension(e)?;
            }
            ExprKind::YieldFrom(v) => {
                self.visit_expr(v)?;
                self.cur_mut().generator = true;
                self.raise_if_comprehension(e)?;
            }
            ExprKind::Compare {
                left, comparators, ..
            } => {
                self.visit_expr(left)?;
                self.visit_exprs(comparators)?;
            }
            ExprKind::Call {
                func,
                args,
                keywords,
            } => {
                self.visit_expr(func)?;
                self.visit_exprs(args)?;
                for k in keywords {
                    self.visit_expr(&k.value)?;
                }
            }
            ExprKind::FormattedValue {
                value, format_spec, ..
            } => {
                self.visit_expr(value)?;
                if let Some(s) = format_spec {
                    self.visit_expr(s)?;
                }
            }
            ExprKind::JoinedStr(parts) => self.visit_exprs(parts)?,
            ExprKind::Constant(_) => {}
            ExprKind::Attribute { value, .. } => self.visit_expr(value)?,
            ExprKind::Subscript { value, slice } => {
                self.visit_expr(value)?;
                self.visit_expr(slice)?;
            }
            ExprKind::Starred(v) => self.visit_expr(v)?,
            ExprKind::Name(n) => {
                self.add_def(n, USE, e.span)?;
                if n == "super" && self.table.scopes[self.cur()].typ == BlockType::Function {
                    self.add_def("__class__", USE, e.span)?;
                }
            }
            ExprKind::Slice { lower, upper, step } => {
                for x in [lower, upper, step].into_iter().flatten() {
                    self.visit_expr(x)?;
                }
            }
        }
        Ok(())
    }

    fn raise_if_comprehension(&self, e: &Expr) -> R {
        let what = match self.table.scopes[self.cur()].comprehension {
            CompKind::None => return Ok(()),
            CompKind::List => "'yield' inside list comprehension",
            CompKind::Set => "'yield' inside set comprehension",
            CompKind::Dict => "'yield' inside dict comprehension",
            CompKind::Gen => "'yield' inside generator expression",
        };
        Err(err(what, e.span))
    }

    /// CPython's `symtable_extend_namedexpr_scope`.
    fn extend_namedexpr_scope(&mut self, target: &Expr) -> R {
        let ExprKind::Name(name) = &target.kind else {
            return Ok(());
        };
        let mangled = mangle(self.private.as_deref(), name);
        for i in (0..self.stack.len()).rev() {
            let sid = self.stack[i];
            let scope = &self.table.scopes[sid];
            if scope.comprehension != CompKind::None {
                if scope.flags_of(&mangled) & DEF_COMP_ITER != 0 {
                    return Err(err(
                        format!("assignment expression cannot rebind comprehension iteration variable '{}'", name),
                        target.span,
                    ));
                }
                continue;
            }
            match scope.typ {
                BlockType::Function => {
                    let in_scope = scope.flags_of(&mangled);
                    let flag = if in_scope & DEF_GLOBAL != 0 {
                        DEF_GLOBAL
                    } else {
                        DEF_NONLOCAL
                    };
                    self.add_def(name, flag, target.span)?;
                    self.record_directive(name, target.span);
                    return self.add_def_in(sid, name, DEF_LOCAL, target.span);
                }
                BlockType::Module => {
                    self.add_def(name, DEF_GLOBAL, target.span)?;
                    self.record_directive(name, target.span);
                    return self.add_def_in(sid, name, DEF_GLOBAL, target.span);
                }
                BlockType::Class => {
                    return Err(err(
                        "assignment expression within a comprehension cannot be used in a class body",
                        target.span,
                    ));
                }
            }
        }
        Ok(())
    }

    fn handle_comprehension(
        &mut self,
        e: &Expr,
        name: &str,
        generators: &[Comprehension],
        elt: &Expr,
        value: Option<&Expr>,
        kind: CompKind,
    ) -> R {
        let Some(outermost) = generators.first() else {
            return Ok(());
        };
        let is_generator = kind == CompKind::Gen;
        // The outermost iterable is evaluated in the enclosing scope.
        self.cur_mut().comp_iter_expr += 1;
        let r = self.visit_expr(&outermost.iter);
        self.cur_mut().comp_iter_expr -= 1;
        r?;
        let id = self.enter_block(name, BlockType::Function, node_key(e));
        self.table.scopes[id].comprehension = kind;
        if outermost.is_async {
            self.table.scopes[id].coroutine = true;
        }
        self.add_def(".0", DEF_PARAM, e.span)?;
        self.table.scopes[id].comp_iter_target = true;
        self.visit_target(&outermost.target)?;
        self.table.scopes[id].comp_iter_target = false;
        self.visit_exprs(&outermost.ifs)?;
        for g in &generators[1..] {
            self.table.scopes[id].comp_iter_expr += 1;
            self.visit_expr(&g.iter)?;
            self.table.scopes[id].comp_iter_expr -= 1;
            self.table.scopes[id].comp_iter_target = true;
            self.visit_target(&g.target)?;
            self.table.scopes[id].comp_iter_target = false;
            self.visit_exprs(&g.ifs)?;
            if g.is_async {
                self.table.scopes[id].coroutine = true;
            }
        }
        if let Some(v) = value {
            self.visit_expr(v)?;
        }
        self.visit_expr(elt)?;
        if is_generator {
            self.table.scopes[id].generator = true;
        }
        let is_async = self.table.scopes[id].coroutine && !is_generator;
        self.exit_block();
        if is_async {
            self.cur_mut().coroutine = true;
        }
        Ok(())
    }
}

fn directive_span(scope: &Scope, name: &str) -> Span {
    scope
        .directives
        .iter()
        .find(|(n, _)| n == name)
        .map(|(_, s)| *s)
        .unwrap_or_default()
}

/// CPython's `analyze_name`.
#[allow(clippy::too_many_arguments)]
fn analyze_name(
    scope: &mut Scope,
    scopes: &mut HashMap<String, NameScope>,
    name: &str,
    flags: u32,
    bound: Option<&mut HashSet<String>>,
    local: &mut HashSet<String>,
    free: &mut HashSet<String>,
    global: &mut HashSet<String>,
) -> Result<(), CompileError> {
    if flags & DEF_GLOBAL != 0 {
        if flags & DEF_NONLOCAL != 0 {
            return Err(err(
                format!("name '{}' is nonlocal and global", name),
                directive_span(scope, name),
            ));
        }
        scopes.insert(name.to_string(), NameScope::GlobalExplicit);
        global.insert(name.to_string());
        if let Some(b) = bound {
            b.remove(name);
        }
        return Ok(());
    }
    if flags & DEF_NONLOCAL != 0 {
        let Some(b) = bound else {
            return Err(err(
                "nonlocal declaration not allowed at module level",
                directive_span(scope, name),
            ));
        };
        if !b.contains(name) {
            return Err(err(
                format!("no binding for nonlocal '{}' found", name),
                directive_span(scope, name),
            ));
        }
        scopes.insert(name.to_string(), NameScope::Free);
        scope.has_free = true;
        free.insert(name.to_string());
        return Ok(());
    }
    if flags & DEF_BOUND != 0 {
        scopes.insert(name.to_string(), NameScope::Local);
        local.insert(name.to_string());
        global.remove(name);
        return Ok(());
    }
    if let Some(b) = &bound {
        if b.contains(name) {
            scopes.insert(name.to_string(), NameScope::Free);
            scope.has_free = true;
            free.insert(name.to_string());
            return Ok(());
        }
    }
    if global.contains(name) {
        scopes.insert(name.to_string(), NameScope::GlobalImplicit);
        return Ok(());
    }
    if scope.nested {
        scope.has_free = true;
    }
    scopes.insert(name.to_string(), NameScope::GlobalImplicit);
    Ok(())
}

/// CPython's `analyze_block`.
fn analyze_block(
    table: &mut SymbolTable,
    sid: ScopeId,
    mut bound: Option<&mut HashSet<String>>,
    free: &mut HashSet<String>,
    global: &mut HashSet<String>,
) -> Result<(), CompileError> {
    let mut local = HashSet::new();
    let mut scopes: HashMap<String, NameScope> = HashMap::new();
    let mut newglobal = HashSet::new();
    let mut newfree = HashSet::new();
    let mut newbound = HashSet::new();
    let typ = table.scopes[sid].typ;
    if typ == BlockType::Class {
        newglobal.extend(global.iter().cloned());
        if let Some(b) = &bound {
            newbound.extend(b.iter().cloned());
        }
    }
    let names: Vec<(String, u32)> = table.scopes[sid]
        .symbols
        .iter()
        .map(|(k, v)| (k.clone(), v.flags))
        .collect();
    for (name, flags) in &names {
        analyze_name(
            &mut table.scopes[sid],
            &mut scopes,
            name,
            *flags,
            bound.as_deref_mut(),
            &mut local,
            free,
            global,
        )?;
    }
    if typ != BlockType::Class {
        if typ == BlockType::Function {
            newbound.extend(local.iter().cloned());
        }
        if let Some(b) = &bound {
            newbound.extend(b.iter().cloned());
        }
        newglobal.extend(global.iter().cloned());
    } else {
        newbound.insert("__class__".to_string());
    }
    let mut allfree = HashSet::new();
    let children = table.scopes[sid].children.clone();
    for c in children {
        let mut temp_bound = newbound.clone();
        let mut temp_free = newfree.clone();
        let mut temp_global = newglobal.clone();
        analyze_block(
            table,
            c,
            Some(&mut temp_bound),
            &mut temp_free,
            &mut temp_global,
        )?;
        allfree.extend(temp_free);
        if table.scopes[c].has_free || table.scopes[c].child_free {
            table.scopes[sid].child_free = true;
        }
    }
    newfree.extend(allfree);
    match typ {
        BlockType::Function => {
            // analyze_cells
            for (name, sc) in scopes.iter_mut() {
                if *sc == NameScope::Local && newfree.remove(name) {
                    *sc = NameScope::Cell;
                }
            }
        }
        BlockType::Class => {
            if newfree.remove("__class__") {
                table.scopes[sid].needs_class_closure = true;
            }
        }
        BlockType::Module => {}
    }
    // update_symbols
    let is_class = typ == BlockType::Class;
    let scope = &mut table.scopes[sid];
    for (name, sym) in scope.symbols.iter_mut() {
        sym.scope = scopes.get(name).copied().unwrap_or(NameScope::Unknown);
    }
    let mut sorted_free: Vec<&String> = newfree.iter().collect();
    sorted_free.sort();
    for name in sorted_free {
        if let Some(sym) = scope.symbols.get_mut(name) {
            if is_class && sym.flags & (DEF_BOUND | DEF_GLOBAL) != 0 {
                sym.flags |= DEF_FREE_CLASS;
            }
            continue;
        }
        if let Some(b) = &bound {
            if !b.contains(name) {
                continue;
            }
        }
        scope.symbols.insert(
            name.clone(),
            Symbol {
                flags: DEF_FREE,
                scope: NameScope::Free,
            },
        );
    }
    free.extend(newfree);
    Ok(())
}
