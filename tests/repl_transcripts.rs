//! Whole REPL sessions as insta snapshots: each case's input is fed to `coil -i -q` on a pipe
//! (the same REPL loop as on a terminal, reading plain lines and writing prompts to stderr, as
//! CPython does), stdout and stderr merged in one pipe, and the snapshot holds the input, the
//! transcript and the exit status.
//!
//! The expected transcripts come from CPython: `REPL_ORACLE=python3 INSTA_UPDATE=always
//! cargo test --test repl_transcripts` rewrites them from `python3 -i -q`; a plain run checks
//! coil against them.

use std::io::Write;
use std::process::{Command, Stdio};

fn transcript(input: &str) -> String {
    let bin = std::env::var("REPL_ORACLE").unwrap_or_else(|_| env!("CARGO_BIN_EXE_coil").into());
    let mut child = Command::new("sh")
        .args(["-c", "exec \"$0\" -i -q 2>&1", &bin])
        .env("HOME", std::env::temp_dir())
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .spawn()
        .expect("spawn");
    child
        .stdin
        .take()
        .expect("stdin")
        .write_all(input.as_bytes())
        .expect("write input");
    let out = child.wait_with_output().expect("wait");
    format!(
        "--- input\n{}--- transcript\n{}\n--- status {}\n",
        input,
        String::from_utf8_lossy(&out.stdout),
        out.status.code().unwrap_or(-1)
    )
}

macro_rules! case {
    ($name:ident, $input:expr) => {
        #[test]
        fn $name() {
            insta::assert_snapshot!(stringify!($name), transcript($input));
        }
    };
}

case!(
    expression_results_echo_and_bind_underscore,
    "1 + 2\n_ * 10\nNone\n'text'\n[1, 'a', None]\nx = 5\nx\nprint(x)\n_\n"
);
case!(
    multi_line_function_definition_and_call,
    "def double(x):\n    y = x * 2\n    return y\n\ndouble(21)\n"
);
case!(
    exception_traceback_then_state_kept,
    "x = 10\n1/0\ndef f():\n    return g()\n\ndef g():\n    raise ValueError('bad')\n\nf()\nx\n"
);
case!(
    syntax_errors_then_state_kept,
    "y = 3\ny = = 1\nprint('unclosed'\n)\nfor\ny\n"
);
case!(
    open_brackets_continue_the_entry,
    "t = (1,\n     2,\n     3)\nt\nd = {\n'a': [1,\n2],\n}\nd\n"
);
case!(
    triple_quoted_strings_continue,
    "s = '''one\ntwo\n(three'''\ns\nprint(\"\"\"a\nb\"\"\")\n"
);
case!(
    brackets_inside_strings_do_not_continue,
    "print('(')\n'[' + \"{\"\nx = '''('''; x\n"
);
case!(
    compound_statements_end_at_a_blank_line,
    "for i in range(3):\n    print(i)\n\nif i:\n    print('yes')\nelse:\n    print('no')\n\nwhile i:\n    i -= 1\n\ni\n"
);
case!(
    class_definition_and_instances,
    "class P:\n    def __init__(self, x):\n        self.x = x\n    def __repr__(self):\n        return f'P({self.x})'\n\nP(3)\n[P(1), P(2)]\nP(4).x\n"
);
case!(
    name_error_with_suggestion,
    "counter = 1\ncountr\nundefined_name\n"
);
case!(indentation_errors, "if True:\nprint(1)\n\n  x = 1\n1 + 1\n");
case!(
    generator_stepped_by_hand,
    "def gen():\n    yield 1\n    yield 2\n\ng = gen()\nnext(g)\nnext(g)\nnext(g)\ng.gi_frame is None\n"
);
case!(
    coroutine_stepped_by_hand,
    "async def c():\n    return 7\n\nco = c()\ntry:\n    co.send(None)\nexcept StopIteration as e:\n    print('returned', e.value)\n\nco.cr_frame is None\n"
);
case!(
    sys_exit_ends_the_session_with_its_status,
    "print('before')\nimport sys\nsys.exit(4)\nprint('after')\n"
);
case!(exit_repr_and_call, "exit\nquit\nexit(0)\n");
case!(
    custom_prompts,
    "import sys\nsys.ps1 = 'py> '\nsys.ps2 = '  | '\nif 1:\n    2\n\n"
);
case!(
    decorators_continue_until_the_blank_line,
    "def deco(f):\n    return lambda: f() + 1\n\n@deco\ndef one():\n    return 1\n\none()\n"
);
case!(
    exception_chaining_in_the_prompt,
    "try:\n    {}['k']\nexcept KeyError as e:\n    raise RuntimeError('wrapped') from e\n\n'still here'\n"
);
case!(
    sys_displayhook_replaced_restored_and_lost,
    "import sys\n1+1\n_\ndef hook(v):\n    print('hook:', v)\n\nsys.displayhook = hook\n3\n_\nsys.displayhook = sys.__displayhook__\n4\ndel sys.displayhook\n5\nsys.displayhook = sys.__displayhook__\nNone\n_\nsys.displayhook('x')\n_\nsys.displayhook(None)\n"
);
