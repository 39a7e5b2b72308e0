# Runs each case of containers_cases.py (separated by "# ---" lines) under python3 and writes
# containers_cases.txt: "=== src" / source / "=== out" / expected stdout, per case.
# python3 tests/data/gen_containers_cases.py
import subprocess, sys, os
here = os.path.dirname(os.path.abspath(__file__))
cases = open(os.path.join(here, "containers_cases.py")).read().split("# ---\n")
with open(os.path.join(here, "containers_cases.txt"), "w") as f:
    for c in cases:
        out = subprocess.run([sys.executable, "-c", c], capture_output=True, text=True).stdout
        f.write("=== src\n" + c + "=== out\n" + out)
    f.write("=== end\n")
