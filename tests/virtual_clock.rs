//! The virtual clock (issue 5): `coil --virtual-time` jumps to the next timer when nothing is
//! ready, so sleeping an hour finishes at once and elapsed times come out exact (python3's real
//! clock cannot produce these lines, so they are asserted here rather than golden files).

use std::process::Command;
use std::time::Instant;

const PROGRAM: &str = "import asyncio, time

async def tick(n):
    await asyncio.sleep(n)
    return n

async def main():
    loop = asyncio.get_running_loop()
    t0, m0, p0 = loop.time(), time.monotonic(), time.perf_counter()
    await asyncio.sleep(1)
    print(loop.time() - t0, time.monotonic() - m0, time.perf_counter() - p0)
    print(await asyncio.gather(tick(3600), tick(1800)))
    print(loop.time() - t0)
    time.sleep(10)  # blocks the loop: on the virtual clock, time moves on at once
    print(time.monotonic() - m0)

asyncio.run(main())
";

#[test]
fn virtual_clock_sleeps_an_hour_at_once_with_exact_elapsed_times() {
    let dir = std::env::temp_dir().join(format!("coil-vclock-{}", std::process::id()));
    std::fs::create_dir_all(&dir).expect("tmpdir");
    let file = dir.join("vclock.py");
    std::fs::write(&file, PROGRAM).expect("write");
    let start = Instant::now();
    let out = Command::new(env!("CARGO_BIN_EXE_coil"))
        .arg("--virtual-time")
        .arg(&file)
        .output()
        .expect("run coil");
    let took = start.elapsed();
    let _ = std::fs::remove_dir_all(&dir);
    assert_eq!(
        String::from_utf8_lossy(&out.stdout),
        "1.0 1.0 1.0\n[3600, 1800]\n3601.0\n3611.0\n",
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    assert_eq!(out.status.code(), Some(0));
    assert!(took.as_secs() < 5, "took {took:?}");
}
