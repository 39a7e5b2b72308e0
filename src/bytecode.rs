//! Bytecode: the instruction set (`Instr`) and the immutable `CodeObject` the compiler produces
//! and the VM executes. Opcode names and stack effects follow CPython 3.11/3.12
//! (`Python/bytecodes.c`) so the two can be read side by side; where coil differs it says so.
//!
//! Invariants:
//! - An `Instr` is 8 bytes (`tests/sizes.rs`); jump targets are absolute instruction indices.
//! - Exceptions are handled through `CodeObject::exc_table` (CPython 3.11's zero-cost scheme);
//!   there is no block stack and no SETUP_*/POP_BLOCK at run time.
//! - `locations[i]` is the source span of `instrs[i]` (same length).
//! - The frame's fast-locals array is `[varnames.. | cellvars.. | freevars..]` ("localsplus");
//!   `LoadFast`/`StoreFast` index `varnames`, `LoadDeref`/`StoreDeref` index the combined
//!   `cellvars ++ freevars` list (index 0 = first cellvar). The VM creates the cells when it
//!   sets up a frame (CPython's MAKE_CELL/COPY_FREE_VARS done implicitly): a cellvar that is
//!   also a parameter (`cell2arg`) starts out holding the argument's value.
//! - Stack effects below are written `[before] -> [after]`, top of stack last. `NULL` is the
//!   internal `Value::Null` sentinel, never visible to Python code.

use crate::object::Value;
use crate::source::{SourceFile, Span};
use std::rc::Rc;

/// Binary operator kinds for `BinaryOp`, in CPython's `NB_*` numbering.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[repr(u8)]
pub enum BinOpKind {
    Add = 0,
    And = 1,
    FloorDivide = 2,
    Lshift = 3,
    MatrixMultiply = 4,
    Multiply = 5,
    Remainder = 6,
    Or = 7,
    Power = 8,
    Rshift = 9,
    Subtract = 10,
    TrueDivide = 11,
    Xor = 12,
    InplaceAdd = 13,
    InplaceAnd = 14,
    InplaceFloorDivide = 15,
    InplaceLshift = 16,
    InplaceMatrixMultiply = 17,
    InplaceMultiply = 18,
    InplaceRemainder = 19,
    InplaceOr = 20,
    InplacePower = 21,
    InplaceRshift = 22,
    InplaceSubtract = 23,
    InplaceTrueDivide = 24,
    InplaceXor = 25,
}

impl BinOpKind {
    /// The operator symbol as CPython prints it in error messages (`+`, `+=`, `**`, ...).
    pub fn symbol(self) -> &'static str {
        use BinOpKind::*;
        match self {
            Add => "+",
            And => "&",
            FloorDivide => "//",
            Lshift => "<<",
            MatrixMultiply => "@",
            Multiply => "*",
            Remainder => "%",
            Or => "|",
            Power => "**",
            Rshift => ">>",
            Subtract => "-",
            TrueDivide => "/",
            Xor => "^",
            InplaceAdd => "+=",
            InplaceAnd => "&=",
            InplaceFloorDivide => "//=",
            InplaceLshift => "<<=",
            InplaceMatrixMultiply => "@=",
            InplaceMultiply => "*=",
            InplaceRemainder => "%=",
            InplaceOr => "|=",
            InplacePower => "**=",
            InplaceRshift => ">>=",
            InplaceSubtract => "-=",
            InplaceTrueDivide => "/=",
            InplaceXor => "^=",
        }
    }

    /// The non-inplace operator for an inplace one (identity otherwise).
    pub fn base(self) -> BinOpKind {
        let n = self as u8;
        if n >= 13 {
            Self::from_u8(n - 13)
        } else {
            self
        }
    }

    pub fn is_inplace(self) -> bool {
        self as u8 >= 13
    }

    pub fn from_u8(n: u8) -> BinOpKind {
        use BinOpKind::*;
        const ALL: [BinOpKind; 26] = [
            Add,
            And,
            FloorDivide,
            Lshift,
            MatrixMultiply,
            Multiply,
            Remainder,
            Or,
            Power,
            Rshift,
            Subtract,
            TrueDivide,
            Xor,
            InplaceAdd,
            InplaceAnd,
            InplaceFloorDivide,
            InplaceLshift,
            InplaceMatrixMultiply,
            InplaceMultiply,
            InplaceRemainder,
            InplaceOr,
            InplacePower,
            InplaceRshift,
            InplaceSubtract,
            InplaceTrueDivide,
            InplaceXor,
        ];
        ALL[n as usize % 26]
    }
}

/// Rich comparison kinds for `CompareOp`, in CPython's `Py_LT..Py_GE` numbering.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[repr(u8)]
pub enum CmpKind {
    Lt = 0,
    Le = 1,
    Eq = 2,
    Ne = 3,
    Gt = 4,
    Ge = 5,
}

impl CmpKind {
    pub fn symbol(self) -> &'static str {
        match self {
            CmpKind::Lt => "<",
            CmpKind::Le => "<=",
            CmpKind::Eq => "==",
            CmpKind::Ne => "!=",
            CmpKind::Gt => ">",
            CmpKind::Ge => ">=",
        }
    }
    /// The reflected comparison (`a < b` ⇔ `b > a`).
    pub fn swapped(self) -> CmpKind {
        match self {
            CmpKind::Lt => CmpKind::Gt,
            CmpKind::Le => CmpKind::Ge,
            CmpKind::Eq => CmpKind::Eq,
            CmpKind::Ne => CmpKind::Ne,
            CmpKind::Gt => CmpKind::Lt,
            CmpKind::Ge => CmpKind::Le,
        }
    }
}

/// Conversion flags for `FormatValue` (CPython's FVC_* plus FVS_HAVE_SPEC).
pub mod format_flags {
    pub const CONV_MASK: u32 = 0x3;
    pub const CONV_NONE: u32 = 0x0;
    pub const CONV_STR: u32 = 0x1;
    pub const CONV_REPR: u32 = 0x2;
    pub const CONV_ASCII: u32 = 0x3;
    pub const HAVE_SPEC: u32 = 0x4;
}

/// Flags for `MakeFunction`: which optional items sit below the code object.
pub mod make_function_flags {
    pub const DEFAULTS: u32 = 0x01;
    pub const KWDEFAULTS: u32 = 0x02;
    pub const ANNOTATIONS: u32 = 0x04;
    pub const CLOSURE: u32 = 0x08;
}

/// `CallIntrinsic1` operations (CPython 3.12's INTRINSIC_* numbering where it exists).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
#[repr(u8)]
pub enum Intrinsic1 {
    /// `[v] -> [v]`: print `repr(v)` for the REPL if `v` is not None, and bind `builtins._`.
    Print = 1,
    /// `[module] -> [None]`: `from module import *` into the current locals/globals.
    ImportStar = 2,
    /// `[exc] -> [exc']`: PEP 479: StopIteration leaving a generator becomes RuntimeError.
    StopIterationError = 3,
    /// `[v] -> [wrapped]`: mark a value yielded by `yield` in an async generator (CPython's
    /// INTRINSIC_ASYNC_GEN_WRAP), so the VM can tell it from values an `await` passes up.
    AsyncGenWrap = 4,
    /// `[v] -> [+v]`
    UnaryPositive = 5,
    /// `[list] -> [tuple]`
    ListToTuple = 6,
}

/// One instruction. 8 bytes: a tag and a 32-bit operand.
///
/// Naming: CPython's opcode names in CamelCase. Operands named `target` are absolute
/// instruction indices; `namei` indexes `CodeObject::names`; `consti` indexes `consts`;
/// `var_num` indexes the fast locals; `i` for `Deref` ops indexes `cellvars ++ freevars`.
#[derive(Clone, Copy, Debug, PartialEq)]
pub enum Instr {
    /// Do nothing.
    Nop,
    /// `[v] -> []`
    PopTop,
    /// `[] -> [NULL]`
    PushNull,
    /// `[.., v_n, .., v_1] -> [.., v_n, .., v_1, v_n]` (Copy(1) duplicates TOS).
    Copy(u32),
    /// Swap TOS with the n-th item (Swap(2) swaps the top two).
    Swap(u32),
    /// `[] -> [consts[consti]]`
    LoadConst(u32),
    /// `[] -> [local]`; raises UnboundLocalError ("cannot access local variable 'x' where it
    /// is not associated with a value") if unbound.
    LoadFast(u32),
    /// `[v] -> []`
    StoreFast(u32),
    /// Unbind a local; UnboundLocalError if already unbound.
    DeleteFast(u32),
    /// `[] -> [cell contents]`; NameError "cannot access free variable 'x' where it is not
    /// associated with a value in enclosing scope" for an empty free var, UnboundLocalError for
    /// an empty cellvar.
    LoadDeref(u32),
    /// `[v] -> []` store into the cell.
    StoreDeref(u32),
    /// Empty the cell.
    DeleteDeref(u32),
    /// In a class body: look the name of free var `i` up in the class namespace first,
    /// then the cell (CPython's LOAD_CLASSDEREF).
    LoadClassDeref(u32),
    /// `[] -> [cell]`: push the cell object itself (for building a closure tuple).
    LoadClosure(u32),
    /// `[] -> [v]`: globals, then builtins; NameError "name 'x' is not defined".
    LoadGlobal(u32),
    StoreGlobal(u32),
    DeleteGlobal(u32),
    /// `[] -> [v]`: locals mapping (module/class scope), then globals, then builtins.
    LoadName(u32),
    StoreName(u32),
    DeleteName(u32),
    /// `[obj] -> [obj.name]`
    LoadAttr(u32),
    /// `[v, obj] -> []`: `obj.name = v`
    StoreAttr(u32),
    /// `[obj] -> []`
    DeleteAttr(u32),
    /// `[obj] -> [meth, obj]` when `name` resolves to a plain function on the type (an unbound
    /// method call is then `meth(obj, args..)`), else `[obj] -> [attr, NULL]`.
    /// Always followed (after the args) by `CallMethod` or `CallMethodKw`.
    LoadMethod(u32),
    /// `[container, key] -> [container[key]]`
    BinarySubscr,
    /// `[v, container, key] -> []`: `container[key] = v`
    StoreSubscr,
    /// `[container, key] -> []`
    DeleteSubscr,
    /// `[a, b] -> [slice(a, b)]` (n=2) or `[a, b, c] -> [slice(a, b, c)]` (n=3)
    BuildSlice(u32),
    /// `[a, b] -> [a op b]`; operand is a `BinOpKind` as u32. Inplace kinds try `__iadd__` etc.
    BinaryOp(u32),
    /// `[v] -> [-v]`
    UnaryNegative,
    /// `[v] -> [not v]`
    UnaryNot,
    /// `[v] -> [~v]`
    UnaryInvert,
    /// `[a, b] -> [a cmp b]`; operand is a `CmpKind` as u32.
    CompareOp(u32),
    /// `[a, b] -> [a is b]` (operand 1: `is not`)
    IsOp(u32),
    /// `[a, b] -> [a in b]` (operand 1: `not in`)
    ContainsOp(u32),
    /// `[v1..vn] -> [(v1..vn)]`
    BuildTuple(u32),
    /// `[v1..vn] -> [[v1..vn]]`
    BuildList(u32),
    /// `[v1..vn] -> [{v1..vn}]`
    BuildSet(u32),
    /// `[k1, v1, .., kn, vn] -> [{k1: v1, ..}]`
    BuildMap(u32),
    /// `[s1..sn] -> [s1 + .. + sn]` (all str; used by f-strings)
    BuildString(u32),
    /// `[list, .. (i-1 items), v] -> [list, ..]`: `stack[-i].append(v)` after popping v.
    ListAppend(u32),
    /// `[set, .., v] -> [set, ..]` as ListAppend.
    SetAdd(u32),
    /// `[dict, .., k, v] -> [dict, ..]`: `stack[-i][k] = v` after popping k and v.
    MapAdd(u32),
    /// `[list, .., iterable] -> [list, ..]`: `stack[-i].extend(iterable)`.
    ListExtend(u32),
    /// `[set, .., iterable] -> [set, ..]`
    SetUpdate(u32),
    /// `[dict, .., mapping] -> [dict, ..]`: `{**m}` ("'X' object is not a mapping").
    DictUpdate(u32),
    /// Like DictUpdate but for `f(**m)`: duplicate keys raise "f() got multiple values for
    /// keyword argument 'k'" (the function is at `stack[-(i+2)]` for the message).
    DictMerge(u32),
    /// `[list] -> [tuple]`
    ListToTuple,
    /// `[seq] -> [vn..v1]` (v1 on top); "cannot unpack non-iterable X object",
    /// "not enough values to unpack (expected n, got m)", "too many values to unpack (expected n)".
    UnpackSequence(u32),
    /// `a, *b, c = seq`: operand = before | (after << 8); pushes after.., list, before.. with the
    /// first `before` item on top.
    UnpackEx(u32),
    /// `[v] -> [formatted]` or `[v, spec] -> [formatted]`; operand: `format_flags`.
    FormatValue(u32),
    /// `[v] -> [iter(v)]`
    GetIter,
    /// `[iter] -> [iter, next]`, or when exhausted: pop the iterator and jump to `target`.
    ForIter(u32),
    /// Unconditional jump.
    Jump(u32),
    /// `[v] -> []`, jump if falsy.
    PopJumpIfFalse(u32),
    /// `[v] -> []`, jump if truthy.
    PopJumpIfTrue(u32),
    /// `[v] -> []`, jump if None.
    PopJumpIfNone(u32),
    /// `[v] -> []`, jump if not None.
    PopJumpIfNotNone(u32),
    /// `[v] -> [v]` and jump if falsy, else `[v] -> []` (for `and`).
    JumpIfFalseOrPop(u32),
    /// `[v] -> [v]` and jump if truthy, else `[v] -> []` (for `or`).
    JumpIfTrueOrPop(u32),
    /// `[callable, a1..an] -> [result]`
    Call(u32),
    /// `[callable, a1..an, kwnames] -> [result]` where `kwnames` is a tuple of str constants
    /// naming the last `len(kwnames)` of the n arguments.
    CallKw(u32),
    /// `[meth, self_or_NULL, a1..an] -> [result]` (after `LoadMethod`).
    CallMethod(u32),
    /// `[meth, self_or_NULL, a1..an, kwnames] -> [result]`
    CallMethodKw(u32),
    /// `[callable, args_tuple] -> [result]` (operand 0) or
    /// `[callable, args_tuple, kwargs_dict] -> [result]` (operand 1).
    /// For `f(*a)` the compiler pushes `a` itself: a non-tuple is converted with `tuple()`
    /// semantics, raising CPython's "f() argument after * must be an iterable, not int".
    CallFunctionEx(u32),
    /// `[defaults?, kwdefaults?, annotations?, closure?, code] -> [function]`; operand:
    /// `make_function_flags`. Items present appear in that order (defaults deepest).
    /// `defaults` is a tuple, `kwdefaults` a dict, `closure` a tuple of cells, `annotations`
    /// a flat tuple `(name1, value1, name2, value2, ..)` (CPython 3.10+ layout; `'return'`
    /// last) from which the function's `__annotations__` dict is built.
    /// The function's qualname comes from the code object.
    MakeFunction(u32),
    /// `[v] -> return v to the caller`.
    ReturnValue,
    /// `[] -> [builtins.__build_class__]`
    LoadBuildClass,
    /// `[level, fromlist] -> [module]`: `__import__(names[namei], globals, None, fromlist, level)`.
    ImportName(u32),
    /// `[module] -> [module, module.name]`; "cannot import name 'x' from 'm' (unknown location)".
    ImportFrom(u32),
    /// Operand 0: re-raise the exception being handled ("No active exception to reraise");
    /// 1: `[exc] -> raise exc`; 2: `[exc, cause] -> raise exc from cause`.
    RaiseVarargs(u32),
    /// `[.., lasti?, exc] -> re-raise exc`; operand 1 means a `lasti` value sits below exc and
    /// sets the frame's ip (CPython's RERAISE oparg). Keeps the original traceback.
    /// In general operand n > 0: the `lasti` value is `stack[-(n+1)]` counting exc as
    /// `stack[-1]` (the `with` exit path emits `Reraise(2)` on `[.., lasti, prev_exc, exc]`).
    Reraise(u32),
    /// `[exc] -> [prev_exc_info, exc]`: push the currently handled exception (or None) and make
    /// `exc` the handled exception (entry of an except/finally handler).
    PushExcInfo,
    /// `[prev_exc_info] -> []`: restore the handled exception.
    PopExcept,
    /// `[exc, type] -> [exc, bool]`: isinstance test for `except type:`; TypeError
    /// "catching classes that do not inherit from BaseException is not allowed".
    CheckExcMatch,
    /// `[eg, type] -> [rest, match]` for `except*` (CPython's CHECK_EG_MATCH).
    CheckEgMatch,
    /// `[exc_or_NULL?] -> ...` cleanup at the end of a try-star block (CPython PREP_RERAISE_STAR):
    /// `[orig, list_of_raised] -> [exc_to_reraise_or_None]`.
    PrepReraiseStar,
    /// `[mgr] -> [__exit__ bound, mgr.__enter__()]`; TypeError "'X' object does not support the
    /// context manager protocol" when missing.
    BeforeWith,
    /// `[exit, lasti, prev_exc, exc] -> [exit, lasti, prev_exc, exc, exit(type, exc, tb)]`
    /// (CPython WITH_EXCEPT_START).
    WithExceptStart,
    /// `[] -> [AssertionError]`
    LoadAssertionError,
    /// Create `__annotations__` in the locals mapping if missing.
    SetupAnnotations,
    /// `[v] -> [intrinsic(v)]`; operand is an `Intrinsic1`.
    CallIntrinsic1(u32),

    // --- Generators and coroutines (compiled from issue 3 on; reserved here). ---
    /// `[v] -> [sent]`: suspend the generator yielding `v`; resumes with the sent value.
    /// Operand: 1 when this is the suspension point of a `yield from`/`await` loop (the
    /// delegate is `stack[-2]` while suspended, so `throw()`/`close()` go to it first, as
    /// CPython's `_PyGen_yf`), 0 for a plain `yield`.
    /// A generator/coroutine body starts at instruction 0 with an empty stack: the first
    /// resume pushes nothing (CPython's RETURN_GENERATOR + POP_TOP are implicit). Its whole
    /// body is covered by a handler doing `CallIntrinsic1(StopIterationError)` + `Reraise(1)`
    /// (PEP 479), and each `YieldValue` of a `yield from`/`await` loop by a `CleanupThrow`
    /// handler at depth 2 above the receiver's base (exceptions thrown into a suspended
    /// delegating frame land there with `[receiver, last_sent, exc]`).
    YieldValue(u32),
    /// `[receiver, v] -> [receiver, yielded]` (fall through to YieldValue), or when the
    /// receiver finishes: `[receiver, v] -> [return_value]` and jump to `target`.
    Send(u32),
    /// `[receiver, v] -> [v]`
    EndSend,
    /// `[v] -> [iter]` for `yield from` (generators and coroutines pass through).
    GetYieldFromIter,
    /// `[v] -> [awaitable_iter]`; operand: 0 plain await, 1 after `__aenter__`, 2 after
    /// `__aexit__` (for CPython's error messages).
    GetAwaitable(u32),
    /// `[sub_iter, last_sent_val, exc] -> [None, value]` if exc is StopIteration, else re-raise.
    CleanupThrow,
    /// `[obj] -> [obj.__aiter__()]`
    GetAIter,
    /// `[aiter] -> [aiter, awaitable]`
    GetANext,
    /// `[aiter, exc] -> []` if exc is StopAsyncIteration, else re-raise.
    EndAsyncFor,
    /// `[mgr] -> [__aexit__ bound, mgr.__aenter__()]`
    BeforeAsyncWith,

    // --- Structural pattern matching. ---
    /// `[subject, cls, names_tuple] -> [attrs_tuple_or_None]` with operand = positional count.
    MatchClass(u32),
    /// `[subject] -> [subject, bool]`
    MatchMapping,
    /// `[subject] -> [subject, bool]`
    MatchSequence,
    /// `[subject, keys] -> [subject, keys, values_tuple_or_None]`
    MatchKeys,
    /// `[v] -> [v, len(v)]`
    GetLen,
    /// `[subject, keys] -> [rest_dict, subject]`... CPython's COPY_DICT_WITHOUT_KEYS:
    /// `[mapping, keys] -> [mapping, rest_dict]`.
    CopyDictWithoutKeys,

    // --- Superinstructions: produced only by the assembler's last pass
    // (`compiler::assemble::fuse`), never by codegen. Each REPLACES THE FIRST instruction of
    // the sequence it names; the sequence's other instructions stay in place after it, so jump
    // targets, the exception table and the line table are unchanged. When its guard holds
    // (operands of the expected immediate types, index in range: nothing can raise) it does the
    // work of the whole sequence and skips the rest; otherwise it does exactly what the
    // replaced first instruction does and execution continues with the next original
    // instruction. `dis` shows the replaced instruction (`assemble::unfused`). Operands:
    // `a`, `b`, `dst` fast-local indices, `c` a const index, `op` a BinOpKind / CmpKind.
    /// `LOAD_FAST a; LOAD_FAST b; BINARY_OP op` (a, b, op).
    BinaryOpFF(u16, u16, u8),
    /// `LOAD_FAST a; LOAD_CONST c; BINARY_OP op` (a, c, op).
    BinaryOpFC(u16, u16, u8),
    /// `LOAD_FAST a; LOAD_FAST b; BINARY_OP op; STORE_FAST dst` (a, b, dst, op).
    BinaryOpFFStore(u16, u16, u16, u8),
    /// `LOAD_FAST a; LOAD_CONST c; BINARY_OP op; STORE_FAST dst` (a, c, dst, op).
    BinaryOpFCStore(u16, u16, u16, u8),
    /// `BINARY_OP op; STORE_FAST dst` (dst, op).
    BinaryOpStore(u16, u8),
    /// `BINARY_OP op; SWAP 3; SWAP 2; STORE_SUBSCR`: the write half of `c[k] op= v` (op).
    BinaryOpStoreSubscr(u8),
    /// `LOAD_FAST a; LOAD_CONST c; BINARY_SUBSCR` (a, c).
    SubscrFC(u16, u16),
    /// `LOAD_FAST a; LOAD_FAST b; BINARY_SUBSCR` (a, b).
    SubscrFF(u16, u16),
    /// `LOAD_FAST a; LOAD_CONST c; COPY 2; COPY 2; BINARY_SUBSCR`: the read half of
    /// `a[c] op= v`, leaving `[a, c, a[c]]` (a, c).
    SubscrFCKeep(u16, u16),
    /// `LOAD_FAST a; LOAD_CONST c; COMPARE_OP op; POP_JUMP_IF_FALSE/TRUE` (a, c, op); the
    /// jump's kind and target are read from the jump instruction itself.
    CompareFCJump(u16, u16, u8),
    /// `LOAD_FAST a; LOAD_FAST b; COMPARE_OP op; POP_JUMP_IF_FALSE/TRUE` (a, b, op).
    CompareFFJump(u16, u16, u8),
    /// `COMPARE_OP op; POP_JUMP_IF_FALSE/TRUE` (op).
    CompareOpJump(u8),
    /// `LOAD_FAST a; RETURN_VALUE` (a). Only in plain functions (not generator/coroutine code).
    ReturnFast(u16),
    /// `LOAD_CONST c; RETURN_VALUE` (c). Only in plain functions.
    ReturnConst(u32),
    /// `BINARY_OP op; RETURN_VALUE` (op). Only in plain functions.
    BinaryOpReturn(u8),
    /// `LOAD_FAST a; LOAD_FAST b` (a, b): both pushed when both are bound.
    LoadFastLoadFast(u16, u16),
    /// `LOAD_CONST c; BINARY_OP op` (c, op): `[x] -> [x op c]` on ints/floats.
    BinaryOpC(u16, u8),
    /// `LOAD_FAST a; BINARY_OP op` (a, op): `[x] -> [x op a]` on ints/floats.
    BinaryOpF(u16, u8),
    // The attribute forms carry the inline-cache site of the attribute instruction they
    // precede (`s`: its index in `vm::attrcache::CodeIc::sites`), so the fused path finds its
    // cache without the instruction-to-site table. Their fast path is the site's cached one
    // (never raises, runs no Python code); otherwise they do the first instruction only.
    /// `LOAD_FAST a; LOAD_ATTR n` (a, n, s): `self.x` read through the borrowed local.
    LoadFastAttr(u16, u16, u16),
    /// `LOAD_FAST a; LOAD_METHOD n` (a, n, s): `self.f(...)`.
    LoadFastMethod(u16, u16, u16),
    /// `LOAD_FAST a; STORE_ATTR n` (a, n, s): `self.x = v`.
    LoadFastStoreAttr(u16, u16, u16),
    /// `COPY 1; LOAD_ATTR n` (n, s): the read half of `o.x op= v`, leaving `[o, o.x]`.
    CopyLoadAttr(u16, u16),
    /// `SWAP 2; STORE_ATTR n` (n, s): the write half of `o.x op= v`, `[o, v] -> []`.
    SwapStoreAttr(u16, u16),
}

/// Code flags (CPython's `CO_*` values).
pub mod code_flags {
    pub const OPTIMIZED: u32 = 0x0001;
    pub const NEWLOCALS: u32 = 0x0002;
    pub const VARARGS: u32 = 0x0004;
    pub const VARKEYWORDS: u32 = 0x0008;
    pub const NESTED: u32 = 0x0010;
    pub const GENERATOR: u32 = 0x0020;
    pub const NOFREE: u32 = 0x0040;
    pub const COROUTINE: u32 = 0x0080;
    pub const ITERABLE_COROUTINE: u32 = 0x0100;
    pub const ASYNC_GENERATOR: u32 = 0x0200;
}

/// One exception-table entry: an exception raised at an instruction index in
/// `start..end` pops the value stack down to `depth` items, pushes the instruction index
/// (`lasti`) if `push_lasti`, pushes the exception, and jumps to `target`.
/// Entries are ordered so that the first matching entry is the innermost.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct ExceptionTableEntry {
    pub start: u32,
    pub end: u32,
    pub target: u32,
    pub depth: u32,
    pub push_lasti: bool,
}

/// An immutable, compiled code object (CPython's `PyCodeObject`).
#[derive(Debug)]
pub struct CodeObject {
    /// `co_name`: `f`, `<module>`, `<lambda>`, `<listcomp>`, `<genexpr>`, a class name...
    pub name: Rc<str>,
    /// `co_qualname`: `C.method`, `f.<locals>.g`.
    pub qualname: Rc<str>,
    pub source: Rc<SourceFile>,
    /// `code_flags`.
    pub flags: u32,
    /// Positional parameters including positional-only ones.
    pub argcount: u32,
    pub posonlyargcount: u32,
    pub kwonlyargcount: u32,
    /// Parameters first (positional, keyword-only, *args, **kwargs in that order), then locals.
    pub varnames: Vec<Rc<str>>,
    pub cellvars: Vec<Rc<str>>,
    pub freevars: Vec<Rc<str>>,
    /// For each cellvar, the index of the parameter it shadows, if any.
    pub cell2arg: Vec<Option<u32>>,
    /// Names for global/attribute/name ops (interned `Value::Str`).
    pub names: Vec<Value>,
    pub consts: Vec<Value>,
    pub instrs: Vec<Instr>,
    pub locations: Vec<Span>,
    pub exc_table: Vec<ExceptionTableEntry>,
    pub max_stack: u32,
    /// 1-based line of the `def`/`class`/first statement.
    pub first_line: u32,
    /// The docstring, if the body starts with a string literal (functions and classes).
    pub doc: Option<Rc<str>>,
    /// Set by `types.coroutine` on a generator function's code: `CO_ITERABLE_COROUTINE`
    /// (0x100) in `co_flags`, and its generators are awaitable (CPython replaces the code
    /// object; coil's are shared and immutable otherwise).
    pub iterable_coroutine: std::cell::Cell<bool>,
    /// The VM's inline caches for this code's attribute instructions (built on first use;
    /// `vm/attrcache.rs`).
    pub ic: crate::vm::attrcache::CodeCaches,
}

impl CodeObject {
    /// Number of fast-local slots: `varnames ++ cellvars ++ freevars`.
    pub fn nlocalsplus(&self) -> usize {
        self.varnames.len() + self.cellvars.len() + self.freevars.len()
    }

    /// The innermost exception-table entry covering instruction `ip`, if any.
    pub fn find_handler(&self, ip: u32) -> Option<&ExceptionTableEntry> {
        self.exc_table.iter().find(|e| e.start <= ip && ip < e.end)
    }

    /// 1-based line of instruction `ip`.
    pub fn line_of(&self, ip: usize) -> u32 {
        match self.locations.get(ip) {
            Some(span) => self.source.line_of(span.start),
            None => self.first_line,
        }
    }
}
