# os.environ is a mapping kept in step with the process environment; getenv reads it.
import os

print(os.environ.get("COIL_TEST_NOPE"), os.environ.get("COIL_TEST_NOPE", "dflt"), os.getenv("COIL_TEST_NOPE"),
      os.getenv("COIL_TEST_NOPE", 5))
os.environ["COIL_TEST_A"] = "1"
os.environ.setdefault("COIL_TEST_B", "two")
os.environ.setdefault("COIL_TEST_A", "ignored")
print(os.environ["COIL_TEST_A"], os.getenv("COIL_TEST_B"), "COIL_TEST_A" in os.environ, "PATH" in os.environ)
print(sorted(k for k in os.environ if k.startswith("COIL_TEST")))
print(os.environ.pop("COIL_TEST_B"), os.getenv("COIL_TEST_B"))
del os.environ["COIL_TEST_A"]
print("COIL_TEST_A" in os.environ, type(os.environ).__name__, isinstance(os.environ.copy(), dict))
try:
    os.environ["COIL_TEST_NOPE"]
except KeyError as e:
    print("KeyError", e)
for bad in [lambda: os.environ.__setitem__("K", 1), lambda: os.environ.__setitem__(1, "v"), lambda: os.getenv()]:
    try:
        bad()
    except TypeError as e:
        print("TypeError", e)
