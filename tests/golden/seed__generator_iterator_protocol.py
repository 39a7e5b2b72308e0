# From seed 001: "For generators, we could use next, which is part of the Iterator protocol."
# (the coroutine counterpart is in tests/pending/seed001_coroutine_object.py)
def example_generator_function():
    yield 1

gen = example_generator_function()
print(hasattr(gen, "__iter__"), hasattr(gen, "__next__"))
print(gen.__iter__() is gen)
print(gen.__next__())
try:
    next(gen)
except StopIteration:
    print("StopIteration")

