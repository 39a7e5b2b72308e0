# From seed 001: driving a generator past its end with send(None) shows StopIteration: 1
def example_generator_function():
    return 1
    yield

gen = example_generator_function()
gen.send(None)
