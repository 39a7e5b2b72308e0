//! Code generation core, after CPython 3.11's `Python/compile.c`: the compiler-unit stack (one
//! unit per code object being built), instruction emission with labels and the pseudo
//! instructions SETUP_FINALLY/SETUP_CLEANUP/SETUP_WITH/POP_BLOCK, the frame-block stack used
//! to unwind `try`/`with`/loops on `return`/`break`/`continue`, name resolution to
//! FAST/DEREF/GLOBAL/NAME ops, constants, and function/class/lambda/comprehension code objects.
//! Statements live in `codegen_stmt.rs`, expressions in `codegen_expr.rs`, patterns in
//! `codegen_match.rs`. Invariant: every emitted instruction carries the span of the innermost
//! statement or expression being compiled (`Unit::loc`).

use super::symtable::{mangle, BlockType, NameScope, ScopeId, SymbolTable, DEF_FREE_CLASS};
use crate::ast::*;
use crate::bytecode::{code_flags, make_function_flags, CodeObject, Instr};
use crate::error::CompileError;
use crate::object::Value;
use crate::source::{SourceFile, Span};
use std::collections::HashMap;
use std::rc::Rc;

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct Label(pub u32);

/// A codegen-level instruction: a real one (jump operands hold label ids) or a pseudo one.
#[derive(Clone, Copy, Debug, PartialEq)]
pub enum Op {
    Real(Instr),
    Label(Label),
    SetupFinally(Label),
    SetupCleanup(Label),
    SetupWith(Label),
    PopBlock,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ScopeType {
    Module,
    Class,
    Function,
    AsyncFunction,
    Lambda,
    Comprehension,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum FBlockKind {
    WhileLoop,
    ForLoop,
    TryExcept,
    FinallyTry,
    FinallyEnd,
    With,
    AsyncWith,
    HandlerCleanup,
    PopValue,
    ExceptionHandler,
    ExceptionGroupHandler,
    AsyncComprehensionGenerator,
}

#[derive(Clone, Copy)]
pub struct FBlock<'a> {
    pub kind: FBlockKind,
    pub block: Label,
    pub exit: Option<Label>,
    /// The finally body for `FinallyTry`.
    pub finally: Option<&'a [Stmt]>,
    /// The `except ... as name` name for `HandlerCleanup`.
    pub name: Option<&'a str>,
    /// The `with` statement span for `With`/`AsyncWith`.
    pub span: Span,
}

/// Hashable identity of a constant for de-duplication (CPython keeps `1`, `1.0`, `True` apart).
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub enum ConstKey {
    None,
    Ellipsis,
    Bool(bool),
    Int(i64),
    Float(u64),
    Long(String),
    Str(String),
    Bytes(Vec<u8>),
    Tuple(Vec<ConstKey>),
    Code(usize),
}

/// An ordered set of names with index lookup.
#[derive(Default, Debug)]
pub struct NameSet {
    pub items: Vec<String>,
    map: HashMap<String, u32>,
}

impl NameSet {
    pub fn add(&mut self, s: &str) -> u32 {
        if let Some(&i) = self.map.get(s) {
            return i;
        }
        let i = self.items.len() as u32;
        self.items.push(s.to_string());
        self.map.insert(s.to_string(), i);
        i
    }
    pub fn get(&self, s: &str) -> Option<u32> {
        self.map.get(s).copied()
    }
}

pub struct Unit<'a> {
    pub scope: ScopeId,
    pub scope_type: ScopeType,
    pub name: String,
    pub qualname: String,
    pub private: Option<String>,
    pub ops: Vec<(Op, Span)>,
    pub next_label: u32,
    pub consts: Vec<Value>,
    pub const_map: HashMap<ConstKey, u32>,
    pub names: NameSet,
    pub varnames: NameSet,
    pub cellvars: NameSet,
    pub freevars: NameSet,
    pub fblocks: Vec<FBlock<'a>>,
    pub argcount: u32,
    pub posonlyargcount: u32,
    pub kwonlyargcount: u32,
    pub first_line: u32,
    pub loc: Span,
    pub doc: Option<String>,
}

pub struct Compiler<'a> {
    pub source: Rc<SourceFile>,
    pub st: SymbolTable,
    pub units: Vec<Unit<'a>>,
    pub interactive: bool,
    /// `from __future__` features of the module.
    pub future: super::future::Features,
    /// Code objects already built for a def/lambda/class/comprehension node: a `finally`
    /// body compiled once per exit path reuses them (CPython merges equal code constants).
    pub code_cache: HashMap<usize, Rc<CodeObject>>,
    /// SyntaxWarnings (message, location) in emission order, without duplicates.
    pub warnings: Vec<(String, Span)>,
    /// CPython's `PyCF_ALLOW_TOP_LEVEL_AWAIT` (the REPL): `await`, `async for` and
    /// `async with` are allowed in the module's own code.
    pub allow_top_level_await: bool,
    /// The module's own code used one of them: it is compiled as a coroutine body
    /// (`CO_COROUTINE`, PEP 479 wrapper), and running it makes a coroutine.
    pub top_level_await: bool,
}

pub type CResult<T = ()> = Result<T, CompileError>;

pub fn is_jump(i: &Instr) -> Option<u32> {
    use Instr::*;
    match *i {
        ForIter(t) | Jump(t) | PopJumpIfFalse(t) | PopJumpIfTrue(t) | PopJumpIfNone(t)
        | PopJumpIfNotNone(t) | JumpIfFalseOrPop(t) | JumpIfTrueOrPop(t) | Send(t) => Some(t),
        _ => None,
    }
}

pub fn with_target(i: Instr, t: u32) -> Instr {
    use Instr::*;
    match i {
        ForIter(_) => ForIter(t),
        Jump(_) => Jump(t),
        PopJumpIfFalse(_) => PopJumpIfFalse(t),
        PopJumpIfTrue(_) => PopJumpIfTrue(t),
        PopJumpIfNone(_) => PopJumpIfNone(t),
        PopJumpIfNotNone(_) => PopJumpIfNotNone(t),
        JumpIfFalseOrPop(_) => JumpIfFalseOrPop(t),
        JumpIfTrueOrPop(_) => JumpIfTrueOrPop(t),
        Send(_) => Send(t),
        other => other,
    }
}

pub fn const_key(v: &Value) -> ConstKey {
    match v {
        Value::None => ConstKey::None,
        Value::Ellipsis => ConstKey::Ellipsis,
        Value::Bool(b) => ConstKey::Bool(*b),
        Value::Int(i) => ConstKey::Int(*i),
        Value::Float(f) => ConstKey::Float(f.to_bits()),
        Value::Long(b) => ConstKey::Long(b.to_string()),
        Value::Str(s) => ConstKey::Str(s.as_str().to_string()),
        Value::Bytes(b) => ConstKey::Bytes(b.data.to_vec()),
        Value::Tuple(t) => ConstKey::Tuple(t.as_slice().iter().map(const_key).collect()),
        other => ConstKey::Code(other.id()),
    }
}

pub fn err(msg: impl Into<String>, span: Span) -> CompileError {
    CompileError::syntax(msg, span)
}

impl<'a> Compiler<'a> {
    /// Record a SyntaxWarning at the current location (CPython's `compiler_warn`).
    pub fn warn(&mut self, msg: impl Into<String>) {
        let w = (msg.into(), self.ur().loc);
        if !self.warnings.contains(&w) {
            self.warnings.push(w);
        }
    }

    pub fn u(&mut self) -> &mut Unit<'a> {
        self.units.last_mut().expect("compiler unit")
    }
    pub fn ur(&self) -> &Unit<'a> {
        self.units.last().expect("compiler unit")
    }

    // ---- emission ----

    pub fn emit(&mut self, i: Instr) {
        let u = self.u();
        let loc = u.loc;
        u.ops.push((Op::Real(i), loc));
    }
    pub fn emit_op(&mut self, op: Op) {
        let u = self.u();
        let loc = u.loc;
        u.ops.push((op, loc));
    }
    pub fn new_label(&mut self) -> Label {
        let u = self.u();
        u.next_label += 1;
        Label(u.next_label - 1)
    }
    pub fn use_label(&mut self, l: Label) {
        self.emit_op(Op::Label(l));
    }
    /// Emit a jump-family instruction to a label, e.g. `self.jump(Instr::Jump, l)`.
    pub fn jump(&mut self, f: fn(u32) -> Instr, l: Label) {
        self.emit(f(l.0));
    }
    pub fn set_loc(&mut self, span: Span) -> Span {
        std::mem::replace(&mut self.u().loc, span)
    }

    // ---- constants and names ----

    pub fn add_const(&mut self, v: Value) -> u32 {
        let key = const_key(&v);
        let u = self.u();
        if let Some(&i) = u.const_map.get(&key) {
            return i;
        }
        let i = u.consts.len() as u32;
        u.consts.push(v);
        u.const_map.insert(key, i);
        i
    }
    pub fn load_const(&mut self, v: Value) {
        let i = self.add_const(v);
        self.emit(Instr::LoadConst(i));
    }
    pub fn load_none(&mut self) {
        self.load_const(Value::None);
    }
    pub fn str_value(s: &str) -> Value {
        Value::Str(crate::object::str::intern(s))
    }
    pub fn add_name(&mut self, s: &str) -> u32 {
        self.u().names.add(s)
    }
    pub fn mangle(&self, name: &str) -> String {
        mangle(self.ur().private.as_deref(), name)
    }
    /// A name op for an attribute/import name (mangled).
    pub fn add_name_mangled(&mut self, s: &str) -> u32 {
        let m = self.mangle(s);
        self.add_name(&m)
    }

    pub fn scope_type_of(&self) -> BlockType {
        self.st.scopes[self.ur().scope].typ
    }

    /// CPython's `compiler_nameop`.
    pub fn nameop(&mut self, name: &str, ctx: Ctx) -> CResult {
        if name == "__debug__" && ctx != Ctx::Load {
            return Err(forbidden_debug(ctx, self.ur().loc));
        }
        let mangled = self.mangle(name);
        let sid = self.ur().scope;
        let scope = &self.st.scopes[sid];
        let sc = scope.scope_of(&mangled);
        let btype = scope.typ;
        enum K {
            Fast,
            Deref(u32),
            Global,
            Name,
        }
        let kind = match sc {
            NameScope::Free => {
                let nc = self.ur().cellvars.items.len() as u32;
                let i = self.u().freevars.add(&mangled);
                K::Deref(nc + i)
            }
            NameScope::Cell => {
                let i = self.u().cellvars.add(&mangled);
                K::Deref(i)
            }
            NameScope::Local => {
                if btype == BlockType::Function {
                    K::Fast
                } else {
                    K::Name
                }
            }
            NameScope::GlobalImplicit => {
                if btype == BlockType::Function {
                    K::Global
                } else {
                    K::Name
                }
            }
            NameScope::GlobalExplicit => K::Global,
            NameScope::Unknown => K::Name,
        };
        let instr = match kind {
            K::Fast => {
                let i = self.u().varnames.add(&mangled);
                match ctx {
                    Ctx::Load => Instr::LoadFast(i),
                    Ctx::Store => Instr::StoreFast(i),
                    Ctx::Del => Instr::DeleteFast(i),
                }
            }
            K::Deref(i) => match ctx {
                Ctx::Load => {
                    if btype == BlockType::Class {
                        Instr::LoadClassDeref(i)
                    } else {
                        Instr::LoadDeref(i)
                    }
                }
                Ctx::Store => Instr::StoreDeref(i),
                Ctx::Del => Instr::DeleteDeref(i),
            },
            K::Global => {
                let i = self.add_name(&mangled);
                match ctx {
                    Ctx::Load => Instr::LoadGlobal(i),
                    Ctx::Store => Instr::StoreGlobal(i),
                    Ctx::Del => Instr::DeleteGlobal(i),
                }
            }
            K::Name => {
                let i = self.add_name(&mangled);
                match ctx {
                    Ctx::Load => Instr::LoadName(i),
                    Ctx::Store => Instr::StoreName(i),
                    Ctx::Del => Instr::DeleteName(i),
                }
            }
        };
        self.emit(instr);
        Ok(())
    }

    // ---- units ----

    pub fn enter_scope(
        &mut self,
        name: &str,
        scope_type: ScopeType,
        sid: ScopeId,
        first_line: u32,
        loc: Span,
    ) {
        let private = self.units.last().and_then(|u| u.private.clone());
        let scope = &self.st.scopes[sid];
        let mut varnames = NameSet::default();
        for v in &scope.varnames {
            varnames.add(v);
        }
        // CPython 3.11's localsplus order: cells that are parameters first (parameter order),
        // then the other cells sorted.
        let mut cellvars = NameSet::default();
        for v in &scope.varnames {
            if scope.scope_of(v) == NameScope::Cell {
                cellvars.add(v);
            }
        }
        for c in scope.sorted_names(NameScope::Cell, 0) {
            cellvars.add(&c);
        }
        if scope.needs_class_closure {
            cellvars.add("__class__");
        }
        let mut freevars = NameSet::default();
        for f in scope.sorted_names(NameScope::Free, DEF_FREE_CLASS) {
            freevars.add(&f);
        }
        let mut u = Unit {
            scope: sid,
            scope_type,
            name: name.to_string(),
            qualname: name.to_string(),
            private,
            ops: Vec::new(),
            next_label: 0,
            consts: Vec::new(),
            const_map: HashMap::new(),
            names: NameSet::default(),
            varnames,
            cellvars,
            freevars,
            fblocks: Vec::new(),
            argcount: 0,
            posonlyargcount: 0,
            kwonlyargcount: 0,
            first_line,
            loc,
            doc: None,
        };
        if !self.units.is_empty() {
            u.qualname = self.qualname_for(name, scope_type);
        }
        self.units.push(u);
    }

    /// CPython's `compiler_set_qualname` (computed against the parent unit).
    fn qualname_for(&self, name: &str, scope_type: ScopeType) -> String {
        let parent = self.ur();
        if matches!(
            scope_type,
            ScopeType::Function | ScopeType::AsyncFunction | ScopeType::Class
        ) {
            let mangled = mangle(parent.private.as_deref(), name);
            if self.st.scopes[parent.scope].scope_of(&mangled) == NameScope::GlobalExplicit {
                return name.to_string();
            }
        }
        match parent.scope_type {
            ScopeType::Module => name.to_string(),
            ScopeType::Function | ScopeType::AsyncFunction | ScopeType::Lambda => {
                format!("{}.<locals>.{}", parent.qualname, name)
            }
            ScopeType::Class | ScopeType::Comprehension => format!("{}.{}", parent.qualname, name),
        }
    }

    /// Pop the current unit and assemble it into a code object.
    pub fn exit_scope(&mut self, add_none: bool) -> CResult<Rc<CodeObject>> {
        if add_none {
            self.load_none();
            self.emit(Instr::ReturnValue);
        }
        let unit = self.units.pop().expect("compiler unit");
        let scope = &self.st.scopes[unit.scope];
        let mut flags = 0;
        if self.units.is_empty() && self.top_level_await {
            flags |= code_flags::COROUTINE;
        }
        if scope.typ == BlockType::Function {
            flags |= code_flags::NEWLOCALS | code_flags::OPTIMIZED;
            if scope.nested {
                flags |= code_flags::NESTED;
            }
            match (scope.generator, scope.coroutine) {
                (true, false) => flags |= code_flags::GENERATOR,
                (false, true) => flags |= code_flags::COROUTINE,
                (true, true) => flags |= code_flags::ASYNC_GENERATOR,
                _ => {}
            }
            if scope.varargs {
                flags |= code_flags::VARARGS;
            }
            if scope.varkeywords {
                flags |= code_flags::VARKEYWORDS;
            }
        }
        let code = super::assemble::assemble(unit, flags, self.source.clone())?;
        Ok(Rc::new(code))
    }

    /// Whether top-level `await`/`async for`/`async with` may appear here (the module's own
    /// code under `allow_top_level_await`); records that one did.
    pub fn top_level_async_ok(&mut self) -> bool {
        if self.allow_top_level_await && self.units.len() == 1 {
            self.top_level_await = true;
            return true;
        }
        false
    }

    /// `is_generator_like`: generator, coroutine or async generator function body.
    pub fn is_gen_scope(&self) -> bool {
        let s = &self.st.scopes[self.ur().scope];
        s.typ == BlockType::Function && (s.generator || s.coroutine)
    }

    /// Wrap the body emitted so far for PEP 479 (3.12's `wrap_in_stopiteration_handler`):
    /// a SETUP_CLEANUP at the very start whose handler converts a leaking StopIteration.
    pub fn wrap_in_stopiteration_handler(&mut self) {
        let handler = self.new_label();
        let u = self.u();
        let first = u.ops.first().map(|o| o.1).unwrap_or(u.loc);
        u.ops.insert(0, (Op::SetupCleanup(handler), first));
        self.load_none();
        self.emit(Instr::ReturnValue);
        self.use_label(handler);
        self.emit(Instr::CallIntrinsic1(
            crate::bytecode::Intrinsic1::StopIterationError as u32,
        ));
        self.emit(Instr::Reraise(1));
    }

    // ---- fblocks ----

    pub fn push_fblock(&mut self, kind: FBlockKind, block: Label, exit: Option<Label>) -> CResult {
        self.push_fblock_full(FBlock {
            kind,
            block,
            exit,
            finally: None,
            name: None,
            span: Span::default(),
        })
    }
    /// CPython's `compiler_push_fblock`, with its CO_MAXBLOCKS (20) limit.
    pub fn push_fblock_full(&mut self, fb: FBlock<'a>) -> CResult {
        if self.ur().fblocks.len() >= 20 {
            return Err(err("too many statically nested blocks", self.ur().loc));
        }
        self.u().fblocks.push(fb);
        Ok(())
    }
    pub fn pop_fblock(&mut self) {
        self.u().fblocks.pop();
    }

    /// CPython's `compiler_unwind_fblock`.
    pub fn unwind_fblock(&mut self, fb: &FBlock<'a>, preserve_tos: bool) -> CResult {
        match fb.kind {
            FBlockKind::WhileLoop
            | FBlockKind::ExceptionHandler
            | FBlockKind::ExceptionGroupHandler
            | FBlockKind::AsyncComprehensionGenerator => {}
            FBlockKind::ForLoop => {
                if preserve_tos {
                    self.emit(Instr::Swap(2));
                }
                self.emit(Instr::PopTop);
            }
            FBlockKind::TryExcept => self.emit_op(Op::PopBlock),
            FBlockKind::FinallyTry => {
                self.emit_op(Op::PopBlock);
                if preserve_tos {
                    self.push_fblock(FBlockKind::PopValue, Label(u32::MAX), None)?;
                }
                if let Some(body) = fb.finally {
                    self.visit_stmts(body)?;
                }
                if preserve_tos {
                    self.pop_fblock();
                }
            }
            FBlockKind::FinallyEnd => {
                if preserve_tos {
                    self.emit(Instr::Swap(2));
                }
                self.emit(Instr::PopTop);
                if preserve_tos {
                    self.emit(Instr::Swap(2));
                }
                self.emit_op(Op::PopBlock);
                self.emit(Instr::PopExcept);
            }
            FBlockKind::With | FBlockKind::AsyncWith => {
                let saved = self.set_loc(fb.span);
                self.emit_op(Op::PopBlock);
                if preserve_tos {
                    self.emit(Instr::Swap(2));
                }
                self.call_exit_with_nones();
                if fb.kind == FBlockKind::AsyncWith {
                    self.emit(Instr::GetAwaitable(2));
                    self.load_none();
                    self.add_yield_from(true);
                }
                self.emit(Instr::PopTop);
                self.set_loc(saved);
            }
            FBlockKind::HandlerCleanup => {
                if fb.name.is_some() {
                    self.emit_op(Op::PopBlock);
                }
                if preserve_tos {
                    self.emit(Instr::Swap(2));
                }
                self.emit_op(Op::PopBlock);
                self.emit(Instr::PopExcept);
                if let Some(n) = fb.name {
                    self.load_none();
                    self.nameop(n, Ctx::Store)?;
                    self.nameop(n, Ctx::Del)?;
                }
            }
            FBlockKind::PopValue => {
                if preserve_tos {
                    self.emit(Instr::Swap(2));
                }
                self.emit(Instr::PopTop);
            }
        }
        Ok(())
    }

    /// CPython's `compiler_unwind_fblock_stack`: unwind every block up to the innermost loop
    /// (returned) or all of them.
    pub fn unwind_fblock_stack(
        &mut self,
        preserve_tos: bool,
        stop_at_loop: bool,
    ) -> CResult<Option<FBlock<'a>>> {
        let Some(top) = self.ur().fblocks.last().copied() else {
            return Ok(None);
        };
        if top.kind == FBlockKind::ExceptionGroupHandler {
            return Err(err(
                "'break', 'continue' and 'return' cannot appear in an except* block",
                self.ur().loc,
            ));
        }
        if stop_at_loop && matches!(top.kind, FBlockKind::WhileLoop | FBlockKind::ForLoop) {
            return Ok(Some(top));
        }
        self.u().fblocks.pop();
        let r = self
            .unwind_fblock(&top, preserve_tos)
            .and_then(|_| self.unwind_fblock_stack(preserve_tos, stop_at_loop));
        self.u().fblocks.push(top);
        r
    }

    pub fn call_exit_with_nones(&mut self) {
        self.load_none();
        self.load_none();
        self.load_none();
        self.emit(Instr::Call(3));
    }

    /// The `yield from`/`await` loop in CPython 3.12's shape: `[receiver, v] -> [result]`.
    pub fn add_yield_from(&mut self, _is_await: bool) {
        let send = self.new_label();
        let fail = self.new_label();
        let exit = self.new_label();
        self.use_label(send);
        self.jump(Instr::Send, exit);
        self.emit_op(Op::SetupFinally(fail));
        self.emit(Instr::YieldValue(1));
        self.emit_op(Op::PopBlock);
        self.jump(Instr::Jump, send);
        self.use_label(fail);
        self.emit(Instr::CleanupThrow);
        self.emit(Instr::EndSend);
        self.use_label(exit);
    }

    /// `yield v` (with the async-generator wrap when needed).
    pub fn emit_yield(&mut self) {
        let s = &self.st.scopes[self.ur().scope];
        if s.coroutine && s.generator {
            self.emit(Instr::CallIntrinsic1(
                crate::bytecode::Intrinsic1::AsyncGenWrap as u32,
            ));
        }
        self.emit(Instr::YieldValue(0));
    }

    // ---- functions, classes, closures ----

    pub fn line_of(&self, span: Span) -> u32 {
        self.source.line_of(span.start)
    }

    /// CPython's `compiler_make_closure`: push the function object for `code`.
    pub fn make_closure(&mut self, code: Rc<CodeObject>, mut flags: u32) -> CResult {
        if !code.freevars.is_empty() {
            for name in code.freevars.iter() {
                let u = self.ur();
                let is_class_cell = u.scope_type == ScopeType::Class && &**name == "__class__";
                let idx = if is_class_cell {
                    u.cellvars.get(name)
                } else {
                    match self.st.scopes[u.scope].scope_of(name) {
                        NameScope::Cell => u.cellvars.get(name),
                        _ => u
                            .freevars
                            .get(name)
                            .map(|i| i + u.cellvars.items.len() as u32),
                    }
                };
                let Some(idx) = idx else {
                    return Err(err(
                        format!(
                            "internal compiler error: no cell for free variable '{}'",
                            name
                        ),
                        u.loc,
                    ));
                };
                self.emit(Instr::LoadClosure(idx));
            }
            flags |= make_function_flags::CLOSURE;
            self.emit(Instr::BuildTuple(code.freevars.len() as u32));
        }
        self.load_const(Value::Code(code));
        self.emit(Instr::MakeFunction(flags));
        Ok(())
    }

    /// Defaults tuple and kw-defaults dict; returns the MakeFunction flags.
    pub fn default_arguments(&mut self, args: &'a Arguments) -> CResult<u32> {
        let mut flags = 0;
        if !args.defaults.is_empty() {
            for d in &args.defaults {
                self.visit_expr(d)?;
            }
            self.emit(Instr::BuildTuple(args.defaults.len() as u32));
            flags |= make_function_flags::DEFAULTS;
        }
        let mut n = 0;
        for (a, d) in args.kwonlyargs.iter().zip(&args.kw_defaults) {
            if let Some(d) = d {
                let m = self.mangle(&a.name);
                self.load_const(Self::str_value(&m));
                self.visit_expr(d)?;
                n += 1;
            }
        }
        if n > 0 {
            self.emit(Instr::BuildMap(n));
            flags |= make_function_flags::KWDEFAULTS;
        }
        Ok(flags)
    }

    /// Evaluate annotations into a flat (name, value, ...) tuple; returns whether any exist.
    fn visit_annotations(
        &mut self,
        args: &'a Arguments,
        returns: Option<&'a Expr>,
    ) -> CResult<bool> {
        let mut n = 0;
        let all = args
            .args
            .iter()
            .chain(&args.posonlyargs)
            .chain(&args.vararg)
            .chain(&args.kwonlyargs)
            .chain(&args.kwarg);
        for a in all {
            if let Some(ann) = &a.annotation {
                let m = self.mangle(&a.name);
                self.load_const(Self::str_value(&m));
                self.visit_annexpr(ann)?;
                n += 1;
            }
        }
        if let Some(r) = returns {
            self.load_const(Self::str_value("return"));
            self.visit_annexpr(r)?;
            n += 1;
        }
        if n > 0 {
            self.emit(Instr::BuildTuple(2 * n));
        }
        Ok(n > 0)
    }

    pub fn visit_annexpr(&mut self, e: &'a Expr) -> CResult {
        if self.future.annotations {
            let s = super::unparse::expr_as_str(e);
            self.load_const(Value::from_string(s));
            return Ok(());
        }
        // `*args: *Ts` is 3.11 syntax; the starred value is evaluated by unpacking.
        if let ExprKind::Starred(v) = &e.kind {
            self.visit_expr(v)?;
            self.emit(Instr::UnpackSequence(1));
            return Ok(());
        }
        self.visit_expr(e)
    }

    fn set_arg_counts(&mut self, args: &Arguments) {
        let u = self.u();
        u.argcount = (args.posonlyargs.len() + args.args.len()) as u32;
        u.posonlyargcount = args.posonlyargs.len() as u32;
        u.kwonlyargcount = args.kwonlyargs.len() as u32;
    }

    pub fn docstring(body: &[Stmt]) -> Option<&str> {
        if let Some(Stmt {
            kind: StmtKind::Expr(e),
            ..
        }) = body.first()
        {
            if let ExprKind::Constant(Constant::Str(s)) = &e.kind {
                return Some(s);
            }
        }
        None
    }

    pub fn function_def(&mut self, s: &'a Stmt, fd: &'a FunctionDef) -> CResult {
        let Some(sid) = self.st.scope_for(fd) else {
            return Err(err("internal compiler error: missing scope", s.span));
        };
        check_debug_args(&fd.args, s.span)?;
        let first_span = fd.decorators.first().map(|d| d.span).unwrap_or(s.span);
        for d in &fd.decorators {
            self.visit_expr(d)?;
        }
        let mut flags = self.default_arguments(&fd.args)?;
        if self.visit_annotations(&fd.args, fd.returns.as_deref())? {
            flags |= make_function_flags::ANNOTATIONS;
        }
        let st = if fd.is_async {
            ScopeType::AsyncFunction
        } else {
            ScopeType::Function
        };
        let key = fd as *const FunctionDef as usize;
        let code = match self.code_cache.get(&key) {
            Some(c) => c.clone(),
            None => {
                let first_line = self.line_of(first_span);
                self.enter_scope(&fd.name, st, sid, first_line, s.span);
                self.set_arg_counts(&fd.args);
                let doc = Self::docstring(&fd.body);
                self.u().doc = doc.map(|d| d.to_string());
                let start = if doc.is_some() { 1 } else { 0 };
                let r = self.visit_stmts(&fd.body[start..]);
                if let Err(e) = r {
                    self.units.pop();
                    return Err(e);
                }
                if self.is_gen_scope() {
                    self.wrap_in_stopiteration_handler();
                }
                let code = self.exit_scope(true)?;
                self.code_cache.insert(key, code.clone());
                code
            }
        };
        self.make_closure(code, flags)?;
        let saved = self.set_loc(s.span);
        for _ in &fd.decorators {
            self.emit(Instr::Call(1));
        }
        self.nameop(&fd.name, Ctx::Store)?;
        self.set_loc(saved);
        Ok(())
    }

    pub fn lambda(&mut self, e: &'a Expr, args: &'a Arguments, body: &'a Expr) -> CResult {
        let Some(sid) = self.st.scope_for(e) else {
            return Err(err("internal compiler error: missing scope", e.span));
        };
        check_debug_args(args, e.span)?;
        let flags = self.default_arguments(args)?;
        let key = e as *const Expr as usize;
        if let Some(code) = self.code_cache.get(&key).cloned() {
            return self.make_closure(code, flags);
        }
        let first_line = self.line_of(e.span);
        self.enter_scope("<lambda>", ScopeType::Lambda, sid, first_line, e.span);
        self.set_arg_counts(args);
        if let Err(er) = self.visit_expr(body) {
            self.units.pop();
            return Err(er);
        }
        let is_gen = self.is_gen_scope();
        if is_gen {
            self.emit(Instr::PopTop);
            self.wrap_in_stopiteration_handler();
        } else {
            self.emit(Instr::ReturnValue);
        }
        let code = self.exit_scope(false)?;
        self.code_cache.insert(key, code.clone());
        self.make_closure(code, flags)
    }

    pub fn class_def(&mut self, s: &'a Stmt, cd: &'a ClassDef) -> CResult {
        let Some(sid) = self.st.scope_for(cd) else {
            return Err(err("internal compiler error: missing scope", s.span));
        };
        for d in &cd.decorators {
            self.visit_expr(d)?;
        }
        let first_span = cd.decorators.first().map(|d| d.span).unwrap_or(s.span);
        let key = cd as *const ClassDef as usize;
        if let Some(code) = self.code_cache.get(&key).cloned() {
            return self.finish_class(cd, code);
        }
        let first_line = self.line_of(first_span);
        self.enter_scope(&cd.name, ScopeType::Class, sid, first_line, s.span);
        self.u().private = Some(cd.name.clone());
        let r = (|| -> CResult {
            self.nameop("__name__", Ctx::Load)?;
            self.nameop("__module__", Ctx::Store)?;
            let q = self.ur().qualname.clone();
            self.load_const(Self::str_value(&q));
            self.nameop("__qualname__", Ctx::Store)?;
            self.body(&cd.body, true)?;
            self.u().doc = Self::docstring(&cd.body).map(|d| d.to_string());
            if self.st.scopes[sid].needs_class_closure {
                let i = self.ur().cellvars.get("__class__").unwrap_or(0);
                self.emit(Instr::LoadClosure(i));
                self.emit(Instr::Copy(1));
                self.nameop("__classcell__", Ctx::Store)?;
            } else {
                self.load_none();
            }
            self.emit(Instr::ReturnValue);
            Ok(())
        })();
        if let Err(e) = r {
            self.units.pop();
            return Err(e);
        }
        let code = self.exit_scope(false)?;
        self.code_cache.insert(key, code.clone());
        self.finish_class(cd, code)
    }

    fn finish_class(&mut self, cd: &'a ClassDef, code: Rc<CodeObject>) -> CResult {
        self.emit(Instr::LoadBuildClass);
        self.make_closure(code, 0)?;
        self.load_const(Self::str_value(&cd.name));
        self.call_helper(2, &cd.bases, &cd.keywords)?;
        for _ in &cd.decorators {
            self.emit(Instr::Call(1));
        }
        self.nameop(&cd.name, Ctx::Store)
    }

    /// Module/class body: `__doc__` from a leading string, SETUP_ANNOTATIONS if needed.
    pub fn body(&mut self, stmts: &'a [Stmt], docstring: bool) -> CResult {
        if find_ann(stmts) {
            self.emit(Instr::SetupAnnotations);
        }
        let mut start = 0;
        if docstring {
            if let Some(first) = stmts.first() {
                if let (StmtKind::Expr(e), Some(_)) = (&first.kind, Self::docstring(stmts)) {
                    let saved = self.set_loc(first.span);
                    self.visit_expr(e)?;
                    self.nameop("__doc__", Ctx::Store)?;
                    self.set_loc(saved);
                    start = 1;
                }
            }
        }
        self.visit_stmts(&stmts[start..])
    }

    pub fn visit_stmts(&mut self, stmts: &'a [Stmt]) -> CResult {
        for s in stmts {
            self.visit_stmt(s)?;
        }
        Ok(())
    }
}

/// CPython's `forbidden_name` error for `__debug__`.
pub fn forbidden_debug(ctx: Ctx, span: Span) -> CompileError {
    if ctx == Ctx::Del {
        err("cannot delete __debug__", span)
    } else {
        err("cannot assign to __debug__", span)
    }
}

/// CPython's `compiler_check_debug_args`.
pub fn check_debug_args(args: &Arguments, span: Span) -> CResult {
    let all = args
        .posonlyargs
        .iter()
        .chain(&args.args)
        .chain(&args.vararg)
        .chain(&args.kwonlyargs)
        .chain(&args.kwarg);
    for a in all {
        if a.name == "__debug__" {
            return Err(err("cannot assign to __debug__", span));
        }
    }
    Ok(())
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Ctx {
    Load,
    Store,
    Del,
}

/// CPython's `find_ann`: does the body contain an annotated assignment (outside nested
/// functions/classes)?
pub fn find_ann(stmts: &[Stmt]) -> bool {
    stmts.iter().any(|s| match &s.kind {
        StmtKind::AnnAssign { .. } => true,
        StmtKind::For { body, orelse, .. }
        | StmtKind::While { body, orelse, .. }
        | StmtKind::If { body, orelse, .. } => find_ann(body) || find_ann(orelse),
        StmtKind::With { body, .. } => find_ann(body),
        StmtKind::Try {
            body,
            handlers,
            orelse,
            finalbody,
            ..
        } => {
            find_ann(body)
                || find_ann(orelse)
                || find_ann(finalbody)
                || handlers.iter().any(|h| find_ann(&h.body))
        }
        StmtKind::Match { cases, .. } => cases.iter().any(|c| find_ann(&c.body)),
        _ => false,
    })
}

/// Compile a whole module, returning the code object and the SyntaxWarnings; with CPython's
/// `PyCF_ALLOW_TOP_LEVEL_AWAIT` when `allow_top_level_await`
/// (the REPL's entries): a module whose own code awaits compiles to a `CO_COROUTINE` code
/// object.
pub fn compile_module_flags(
    module: &Module,
    source: Rc<SourceFile>,
    mode: Mode,
    st: SymbolTable,
    future: super::future::Features,
    allow_top_level_await: bool,
) -> CResult<(Rc<CodeObject>, Vec<(String, Span)>)> {
    let mut c = Compiler {
        allow_top_level_await,
        top_level_await: false,
        source,
        st,
        units: Vec::new(),
        interactive: mode == Mode::Interactive,
        future,
        code_cache: HashMap::new(),
        warnings: Vec::new(),
    };
    let first = module.body.first().map(|s| s.span).unwrap_or_default();
    c.enter_scope("<module>", ScopeType::Module, 0, 1, first);
    let code = match mode {
        Mode::Module => {
            c.body(&module.body, true)?;
            c.exit_scope(true)
        }
        Mode::Interactive => {
            if find_ann(&module.body) {
                c.emit(Instr::SetupAnnotations);
            }
            c.visit_stmts(&module.body)?;
            if c.top_level_await {
                // A coroutine body: PEP 479's handler and `return None` come from the wrapper.
                c.wrap_in_stopiteration_handler();
                c.exit_scope(false)
            } else {
                c.exit_scope(true)
            }
        }
        Mode::Eval => {
            match module.body.first().map(|s| &s.kind) {
                Some(StmtKind::Expr(e)) => {
                    c.set_loc(e.span);
                    c.visit_expr(e)?;
                    c.emit(Instr::ReturnValue);
                }
                _ => {
                    c.load_none();
                    c.emit(Instr::ReturnValue);
                }
            }
            c.exit_scope(false)
        }
    };
    Ok((code?, std::mem::take(&mut c.warnings)))
}
