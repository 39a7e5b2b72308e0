# yields inside try, except, else and finally resume in the right block
def g(fail):
    try:
        yield "try"
        if fail:
            raise ValueError("fail")
    except ValueError:
        yield "except"
    else:
        yield "else"
    finally:
        yield "finally"
    yield "after"

print(list(g(False)))
print(list(g(True)))
