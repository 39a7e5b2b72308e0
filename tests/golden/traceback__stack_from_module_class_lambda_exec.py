# print_stack / extract_stack from module level, a class body, a lambda, a comprehension,
# a generator and exec'd code.
import traceback, sys
traceback.print_stack(file=sys.stdout)
print(traceback.extract_stack())
print(traceback.format_stack(limit=0))
class K:
    traceback.print_stack(file=sys.stdout)
    s = traceback.extract_stack()[-1]
print(K.s.name, K.s.line)
f = lambda: traceback.extract_stack()[-1].name
print(f())
print([traceback.extract_stack()[-1].name for _ in range(1)])
def gen():
    yield traceback.extract_stack()[-2:]
print([fs.name for fs in next(gen())])
exec("traceback.print_stack(file=sys.stdout)")
