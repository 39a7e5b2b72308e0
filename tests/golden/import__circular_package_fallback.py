# `from pkg import sub` during a cycle finds the submodule in sys.modules before it is bound
import _imp_cpkg
print(_imp_cpkg.a.b.a is _imp_cpkg.a)
