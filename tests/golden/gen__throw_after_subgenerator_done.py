# throw() after the delegation finished reaches the delegator itself
def sub():
    yield "s"

def g():
    yield from sub()
    try:
        yield "own"
    except ValueError as e:
        yield "delegator caught " + str(e)

it = g()
print(next(it), next(it))
print(it.throw(ValueError("late")))
