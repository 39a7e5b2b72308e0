//! Scale test of `coil test` (issue 7, acceptance 3): 2,000 trivial cases (`print(N)` with its
//! `.py.out`) must run in under 15 s with `--jobs 2`. Kept in its own test binary so it never
//! competes with the other runner tests for the machine's cores; prints the measured time.
//! The limit holds for debug builds too (a debug run took 7.9 s with the machine's load at 11).

mod runner_support;

use runner_support::Suite;
use std::time::Duration;

const CASES: usize = 2000;

#[test]
fn two_thousand_trivial_cases_run_in_under_15_seconds_on_2_jobs() {
    let s = Suite::new();
    for n in 0..CASES {
        s.case(
            &format!("case_{n:04}.py"),
            &format!("print({n})\n"),
            &format!("{n}\n"),
        );
    }
    let r = s.run(&["--jobs", "2", "."]);
    let limit = Duration::from_secs(15);
    println!(
        "coil test --jobs 2: {CASES} trivial cases in {:.2}s ({} build, limit {limit:?})",
        r.elapsed.as_secs_f64(),
        if cfg!(debug_assertions) {
            "debug"
        } else {
            "release"
        },
    );
    r.expect(0, "2000 passed, 0 failed");
    let passes = r.stdout.lines().filter(|l| l.starts_with("PASS ")).count();
    assert_eq!(passes, CASES, "one PASS line per case\n{}", r.stderr);
    assert!(
        r.elapsed < limit,
        "{CASES} cases took {:?} (limit {limit:?})",
        r.elapsed
    );
}
