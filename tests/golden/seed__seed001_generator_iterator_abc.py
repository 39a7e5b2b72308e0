# From seed 001: "from collections.abc import Iterator": a generator is an Iterator, a coroutine is not
from collections.abc import Iterator, Generator, Iterable

def example_generator_function():
    yield 1

gen = example_generator_function()
print(isinstance(gen, Iterator), isinstance(gen, Iterable), isinstance(gen, Generator))
print(isinstance([], Iterator), isinstance(iter([]), Iterator))
