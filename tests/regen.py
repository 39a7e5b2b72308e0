#!/usr/bin/env python3
"""Regenerate golden expectations with python3 (the oracle).

    python3 tests/regen.py                 # tests/golden, examples, tests/asyncio
    python3 tests/regen.py exc__ int__     # only cases whose path contains a substring
    python3 tests/regen.py --check         # report cases whose stored expectation differs

For every case `DIR/NAME.py` this runs `python3 NAME.py [ARGS]` in DIR with the fixed
environment below and writes, beside the case:
    NAME.py.out     stdout (always written, may be empty)
    NAME.py.err     stderr (only when non-empty; removed otherwise)
    NAME.py.status  exit code followed by a newline (only when non-zero; removed otherwise)

Directives in the leading `#` comment lines of a case:
    # args: A B C      extra command-line arguments (whitespace-separated); `{tmpdir}` is
                       replaced by a fresh empty directory, deleted after the run
    # stdin: FILE      feed FILE (relative to DIR) on stdin; otherwise stdin is /dev/null

The absolute case directory (plus "/") is removed from both streams: CPython 3.11 prints the
main script's path absolute in tracebacks, the expectations store `File "NAME.py"`.

This mirrors tests/harness/mod.rs exactly; keep the two in step.
"""
import os
import re
import shutil
import subprocess
import sys
import tempfile

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
DIRS = ["tests/golden", "examples", "tests/asyncio"]
TIMEOUT = 10


def case_env():
    env = {"PATH": os.environ.get("PATH", "/usr/bin:/bin")}
    env.update(PYTHONHASHSEED="0", PYTHONIOENCODING="utf-8",
               PYTHONDONTWRITEBYTECODE="1", LC_ALL="C.UTF-8")
    return env


def directives(src):
    args, stdin = [], None
    for line in src.decode("utf-8", "replace").splitlines():
        line = line.strip()
        if not line.startswith("#"):
            break
        body = line[1:].strip()
        if body.startswith("args:"):
            args.extend(body[5:].split())
        elif body.startswith("stdin:"):
            stdin = body[6:].strip()
    return args, stdin


def run_case(path, python="python3"):
    d, name = os.path.split(path)
    with open(path, "rb") as f:
        args, stdin = directives(f.read())
    tmp = None
    real_args = []
    for a in args:
        if "{tmpdir}" in a:
            if tmp is None:
                tmp = tempfile.mkdtemp(prefix="coil-golden-")
            a = a.replace("{tmpdir}", tmp)
        real_args.append(a)
    fin = open(os.path.join(d, stdin), "rb") if stdin else subprocess.DEVNULL
    try:
        p = subprocess.run([python, name] + real_args, cwd=d, env=case_env(), stdin=fin,
                           stdout=subprocess.PIPE, stderr=subprocess.PIPE, timeout=TIMEOUT)
    finally:
        if stdin:
            fin.close()
        if tmp:
            shutil.rmtree(tmp, ignore_errors=True)
    # CPython 3.11 prints the main script's path absolute; store it as given on the command line.
    out, err = p.stdout, p.stderr
    for prefix in {os.path.realpath(d) + "/", os.path.abspath(d) + "/"}:
        out = out.replace(prefix.encode(), b"")
        err = err.replace(prefix.encode(), b"")
    return out, err, p.returncode


def normalize(data):
    """The harness's comparison normalisation: addresses `at 0x7f..` become `at 0x...`."""
    return re.sub(rb"at 0x[0-9a-f]+", b"at 0x...", data)


def write_or_remove(path, data):
    if data:
        with open(path, "wb") as f:
            f.write(data)
    elif os.path.exists(path):
        os.remove(path)


def cases(filters):
    for rel in DIRS:
        base = os.path.join(ROOT, rel)
        for dp, dn, fn in os.walk(base):
            # `_name` files and `_name`/`.name` directories hold modules cases import.
            dn[:] = sorted(d for d in dn if not d.startswith(("_", ".")))
            for n in sorted(fn):
                if n.endswith(".py") and not n.startswith("_"):
                    p = os.path.join(dp, n)
                    if not filters or any(s in p for s in filters):
                        yield p


def main():
    argv = sys.argv[1:]
    check = "--check" in argv
    filters = [a for a in argv if a != "--check"]
    n = bad = 0
    for path in cases(filters):
        out, err, status = run_case(path)
        n += 1
        status_bytes = b"%d\n" % status if status else b""
        if check:
            def old(ext):
                try:
                    with open(path + ext, "rb") as f:
                        return f.read()
                except FileNotFoundError:
                    return b""
            stored = (normalize(old(".out")), normalize(old(".err")), old(".status"))
            if stored != (normalize(out), normalize(err), status_bytes):
                bad += 1
                print("differs:", os.path.relpath(path, ROOT))
            continue
        with open(path + ".out", "wb") as f:
            f.write(out)
        write_or_remove(path + ".err", err)
        write_or_remove(path + ".status", status_bytes)
    if check:
        print(f"{n} checked, {bad} differ")
        sys.exit(1 if bad else 0)
    print(f"regenerated {n} cases")


if __name__ == "__main__":
    main()
