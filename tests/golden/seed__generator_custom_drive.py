# From seed 001, "Custom drive": a hand-written loop that sends None until StopIteration
# and returns its value works for generator objects as it does for coroutines.
def drive(generator_object):
    while True:
        try:
            generator_object.send(None)
        except StopIteration as e:
            return e.value


def example_generator_function():
    return 1
    yield

output = drive(example_generator_function())
print(output)  # 1


def square(x):
    yield  # a control transfer point, like await
    return x * x


def yield_from_square():
    print('Starting execution')
    value1 = yield from square(2)
    value2 = yield from square(3)
    print('Ending execution')
    return value1 + value2

print(drive(yield_from_square()))  # 13
