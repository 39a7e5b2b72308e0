//! Golden tests: `coil test --quiet tests/golden` (src/testrun, the one implementation) must
//! pass: every `tests/golden/**/*.py` reproduces the stdout / stderr / exit status python3
//! produced, stored beside it as `case.py.out`, `.err` (if non-empty), `.status` (if non-zero).
//! Regenerate with `coil test --against python3 --update tests/golden`; select cases with
//! `GOLDEN_FILTER=substring`, the interpreter with `COIL_BIN=python3`, jobs with
//! `GOLDEN_THREADS=N`. There is no skip list: a case that is committed must pass.

use std::io::Write;
use std::path::Path;
use std::process::Command;

#[test]
fn golden_cases_match_python3() {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/golden");
    let args = coil::testrun::suite_args(&dir, &[]);
    // Straight to the real stdout (not libtest's capture), like the runner's own output.
    let _ = writeln!(std::io::stdout(), "golden: coil {}", args.join(" "));
    let st = Command::new(env!("CARGO_BIN_EXE_coil"))
        .args(&args)
        .status()
        .expect("run coil test");
    assert!(st.success(), "coil test tests/golden failed ({st})");
}
