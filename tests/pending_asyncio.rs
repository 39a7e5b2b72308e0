//! The issue 5 corpus (`tests/pending/asyncio/**/*.py`): asyncio and event-loop cases whose
//! expectations python3 produced (real clock), written before coil's event loop exists. Ignored
//! until the loop lands; then the cases move to `tests/golden/` and this target goes away.
//!
//! - `cargo test --test pending_asyncio -- --ignored` runs them under coil's virtual clock
//!   (`COIL_VIRTUAL_TIME=1`), select with `GOLDEN_FILTER=substring`;
//! - `COIL_BIN=python3 cargo test --test pending_asyncio -- --ignored` checks the corpus itself.

mod harness;

#[test]
#[ignore = "needs the event loop (issue 5)"]
fn pending_asyncio_cases_match_python3() {
    std::env::set_var("COIL_VIRTUAL_TIME", "1");
    let dir = harness::repo_root().join("tests/pending/asyncio");
    harness::run_expectation_suite("pending_asyncio", &dir);
}
