# From seed 001, "Manual drive": next(generator_object) is generator_object.send(None);
# send() takes exactly one argument, the generator must be primed before a non-None send,
# and a generator's return value arrives as StopIteration.value.
def example_generator_function():
    return 1
    yield  # makes this a generator function

gen = example_generator_function()
try:
    gen.send()
except TypeError as e:
    print("TypeError:", e)  # generator.send() takes exactly one argument (0 given)
try:
    gen.send(1)
except TypeError as e:
    print("TypeError:", e)  # can't send non-None value to a just-started generator
try:
    gen.send(None)
except StopIteration as e:
    print("StopIteration:", e.value)  # There was no `yield` reached: StopIteration: 1


def two_values():
    yield "a"
    yield "b"

g1, g2 = two_values(), two_values()
print(next(g1), g2.send(None))
print(next(g1), g2.send(None))
