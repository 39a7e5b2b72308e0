//! Recursion limits and deep recursion, on hand-assembled code objects (so these tests do not
//! depend on the parser and compiler): RecursionError at the limit with the right traceback,
//! 100000-deep recursion under limit 200000, and the native re-entry guard.

use coil::bytecode::{BinOpKind, CmpKind, CodeObject, Instr};
use coil::object::{PyDict, Value};
use coil::source::{SourceFile, Span};
use coil::vm::Vm;
use std::rc::Rc;

fn code(
    name: &str,
    argcount: u32,
    varnames: &[&str],
    names: &[&str],
    consts: Vec<Value>,
    instrs: Vec<Instr>,
) -> Rc<CodeObject> {
    let n = instrs.len();
    Rc::new(CodeObject {
        name: name.into(),
        qualname: name.into(),
        source: Rc::new(SourceFile::new("<test>", "x\n")),
        flags: 0,
        argcount,
        posonlyargcount: 0,
        kwonlyargcount: 0,
        varnames: varnames.iter().map(|s| Rc::from(*s)).collect(),
        cellvars: vec![],
        freevars: vec![],
        cell2arg: vec![],
        names: names
            .iter()
            .map(|s| Value::Str(coil::vm::name(s)))
            .collect(),
        consts,
        instrs,
        locations: vec![Span::new(0, 1); n],
        exc_table: vec![],
        max_stack: 8,
        first_line: 1,
        doc: None,
        iterable_coroutine: std::cell::Cell::new(false),
        ic: Default::default(),
    })
}

/// `def fib(n): return n if n < 2 else fib(n-1) + fib(n-2)`, then `fib(arg)`.
fn fib_module(arg: i64) -> Rc<CodeObject> {
    use Instr::*;
    let fib = code(
        "fib",
        1,
        &["n"],
        &["fib"],
        vec![Value::Int(2), Value::Int(1)],
        vec![
            LoadFast(0),
            LoadConst(0),
            CompareOp(CmpKind::Lt as u32),
            PopJumpIfFalse(6),
            LoadFast(0),
            ReturnValue,
            LoadGlobal(0),
            LoadFast(0),
            LoadConst(1),
            BinaryOp(BinOpKind::Subtract as u32),
            Call(1),
            LoadGlobal(0),
            LoadFast(0),
            LoadConst(0),
            BinaryOp(BinOpKind::Subtract as u32),
            Call(1),
            BinaryOp(BinOpKind::Add as u32),
            ReturnValue,
        ],
    );
    code(
        "<module>",
        0,
        &[],
        &["fib"],
        vec![Value::Code(fib), Value::Int(arg)],
        vec![
            LoadConst(0),
            MakeFunction(0),
            StoreName(0),
            LoadName(0),
            LoadConst(1),
            Call(1),
            ReturnValue,
        ],
    )
}

/// `def f(n): return 0 if n == 0 else f(n - 1) + 1`, then `f(arg)`.
fn deep_module(arg: i64) -> Rc<CodeObject> {
    use Instr::*;
    let f = code(
        "f",
        1,
        &["n"],
        &["f"],
        vec![Value::Int(0), Value::Int(1)],
        vec![
            LoadFast(0),
            LoadConst(0),
            CompareOp(CmpKind::Eq as u32),
            PopJumpIfFalse(6),
            LoadConst(0),
            ReturnValue,
            LoadGlobal(0),
            LoadFast(0),
            LoadConst(1),
            BinaryOp(BinOpKind::Subtract as u32),
            Call(1),
            LoadConst(1),
            BinaryOp(BinOpKind::Add as u32),
            ReturnValue,
        ],
    );
    code(
        "<module>",
        0,
        &[],
        &["f"],
        vec![Value::Code(f), Value::Int(arg)],
        vec![
            LoadConst(0),
            MakeFunction(0),
            StoreName(0),
            LoadName(0),
            LoadConst(1),
            Call(1),
            ReturnValue,
        ],
    )
}

fn run(vm: &mut Vm, c: Rc<CodeObject>) -> Result<Value, coil::object::PyErr> {
    let g = Rc::new(PyDict::new());
    g.set_str(coil::vm::name("__name__"), Value::str("__main__"));
    vm.run_code(c, g)
}

fn on_stack<T: Send + 'static>(f: impl FnOnce() -> T + Send + 'static) -> T {
    coil::run::on_big_stack(f)
}

#[test]
fn hand_assembled_fib_returns_the_right_value() {
    let r = on_stack(|| {
        let mut vm = Vm::new_captured();
        match run(&mut vm, fib_module(20)) {
            Ok(Value::Int(i)) => i,
            _ => -1,
        }
    });
    assert_eq!(r, 6765);
}

#[test]
fn recursion_error_at_the_default_limit_has_1000_traceback_entries() {
    let (kind, tb_len, depth_after) = on_stack(|| {
        let mut vm = Vm::new_captured();
        let e = run(&mut vm, deep_module(5000)).err().expect("must raise");
        let exc = vm.exception_object(e);
        let (name, n) = match &exc {
            Value::Instance(i) => (
                i.class.name.borrow().as_str().to_string(),
                i.exception_data()
                    .map(|d| d.borrow().traceback.len())
                    .unwrap_or(0),
            ),
            _ => (String::new(), 0),
        };
        (name, n, vm.depth)
    });
    assert_eq!(kind, "RecursionError");
    // CPython: the module frame plus 999 frames of f.
    assert_eq!(tb_len, 1000);
    assert_eq!(depth_after, 0);
}

#[test]
fn recursion_100000_deep_works_with_limit_200000() {
    let r = on_stack(|| {
        let mut vm = Vm::new_captured();
        vm.set_recursion_limit(200_000);
        match run(&mut vm, deep_module(100_000)) {
            Ok(Value::Int(i)) => i,
            _ => -1,
        }
    });
    assert_eq!(r, 100_000);
}

/// Timing probe (run with `--release -- --ignored`): ns per call of the hand-assembled fib.
#[test]
#[ignore]
fn fib_call_cost_probe() {
    let ns = on_stack(|| {
        let mut vm = Vm::new_captured();
        let t = std::time::Instant::now();
        let r = run(&mut vm, fib_module(30));
        assert!(matches!(r, Ok(Value::Int(832040))));
        t.elapsed().as_nanos() as f64 / 2_692_537.0
    });
    eprintln!("fib: {:.1} ns/call", ns);
}

#[test]
fn deep_native_reentry_raises_recursion_error_instead_of_overflowing() {
    let src = "import sys\nsys.setrecursionlimit(100000)\nclass A:\n    def __repr__(self):\n        return repr(self)\ntry:\n    repr(A())\nexcept RecursionError as e:\n    print('RecursionError')\n";
    let (code, out, err) = coil::run_source_captured("<test>", src);
    assert_eq!(
        (code, out.as_str(), err.as_str()),
        (0, "RecursionError\n", "")
    );
}

#[test]
fn recursion_limit_counts_python_frames_like_cpython() {
    // CPython 3.11 with limit 50: the module frame plus 49 frames of f.
    let src = "import sys\nsys.setrecursionlimit(50)\nn = 0\ndef f():\n    global n\n    n += 1\n    f()\ntry:\n    f()\nexcept RecursionError:\n    print(n)\n";
    let (code, out, _) = coil::run_source_captured("<test>", src);
    assert_eq!((code, out.as_str()), (0, "49\n"));
}

/// Issue 5: "100,000 live tasks and a million switches run in bounded Rust stack". The loop
/// steps each task from a callback and a task resumes its coroutine chain without Rust
/// recursion, so this runs on a thread with a 512 KiB stack (a quarter of a test thread's).
#[test]
fn hundred_thousand_tasks_and_a_million_switches_run_in_a_small_rust_stack() {
    let src = "\
import asyncio
done = 0
async def leaf(n):
    for _ in range(n):
        await asyncio.sleep(0)
async def worker(i):
    global done
    await leaf(9)
    await asyncio.sleep(0.001 * (i % 7))
    done += 1
async def main():
    await asyncio.gather(*[worker(i) for i in range(100_000)])
    print(done)
asyncio.run(main())
";
    let r = std::thread::Builder::new()
        .stack_size(512 * 1024)
        .spawn(move || {
            let mut vm = Vm::new_captured();
            let code = coil::run::exec_main(&mut vm, "<tasks>", src.to_string());
            let (o, e) = vm.take_output();
            (code, o, e)
        })
        .expect("spawn")
        .join()
        .expect("the VM thread must not overflow its stack");
    assert_eq!((r.0, r.1.as_str(), r.2.as_str()), (0, "100000\n", ""));
}
