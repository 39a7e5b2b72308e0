import sys
print(sys.is_finalizing())
print(sys.getswitchinterval())
sys.setswitchinterval(0.01)
print(sys.getswitchinterval())
try:
    sys.setswitchinterval(0)
except ValueError as e:
    print(e)
print(sys.gettrace(), sys.getprofile())
def tracer(frame, event, arg):
    return tracer
sys.settrace(tracer)
print(sys.gettrace() is tracer)
sys.settrace(None)
print(sys.gettrace())
sys.setprofile(tracer)
print(sys.getprofile() is tracer)
sys.setprofile(None)
print(sys.call_tracing(max, (3, 9, 2)))
print(sys.call_tracing(lambda *a: a, ()))
print(type(sys.stdlib_module_names).__name__)
for m in ["sys", "os", "json", "random", "warnings", "time", "asyncio", "collections"]:
    print(m, m in sys.stdlib_module_names)
print("definitely_not_stdlib" in sys.stdlib_module_names)
print("sys" in sys.builtin_module_names, "builtins" in sys.builtin_module_names, "time" in sys.builtin_module_names)
print(type(sys.builtin_module_names).__name__)
print(isinstance(sys.prefix, str), sys.prefix == sys.base_prefix, sys.exec_prefix == sys.base_exec_prefix, sys.platlibdir)
x = []
base = sys.getrefcount(x)
y = x
print(sys.getrefcount(x) - base)
del y
print(sys.getrefcount(x) - base)
