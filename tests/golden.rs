//! Golden tests: every `tests/golden/**/*.py` runs under coil (or `$COIL_BIN`) from its own
//! directory and must reproduce the stdout / stderr / exit status python3 produced, stored
//! beside it as `case.py.out`, `case.py.err` (if non-empty), `case.py.status` (if non-zero).
//! Regenerate with `python3 tests/regen.py`; select cases with `GOLDEN_FILTER=substring`.
//! There is no skip list: a case that is committed must pass.

mod harness;

#[test]
fn golden_cases_match_python3() {
    let dir = harness::repo_root().join("tests/golden");
    harness::run_expectation_suite("golden", &dir);
}
