# inspect.isabstract and the type of an ABC's _abc_impl
import abc, inspect
print(type(abc.ABC._abc_impl), inspect.isabstract(abc.ABC), inspect.isabstract(int), inspect.isabstract(1))
class A(abc.ABC):
    @abc.abstractmethod
    def f(self): pass
class B(A):
    def f(self): return 1
print(inspect.isabstract(A), inspect.isabstract(B), inspect.isabstract(B()))
