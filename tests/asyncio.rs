//! asyncio and event-loop cases (`tests/asyncio/*.py`): expectations produced by python3 on the
//! real clock, run here under coil's virtual clock (`COIL_VIRTUAL_TIME=1`, as
//! `coil --virtual-time`), so the suite is fast and deterministic: the order of events is the
//! same on both clocks and no case prints unrounded times. Select with `GOLDEN_FILTER=substr`;
//! regenerate with `python3 tests/regen.py asyncio/`. There is no skip list: the cases that
//! need more of asyncio wait in `tests/pending/asyncio/` (`cargo test --test pending_asyncio
//! -- --ignored`).

mod harness;

#[test]
fn asyncio_cases_match_python3() {
    std::env::set_var("COIL_VIRTUAL_TIME", "1");
    let dir = harness::repo_root().join("tests/asyncio");
    harness::run_expectation_suite("asyncio", &dir);
}
