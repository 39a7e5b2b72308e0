# the GeneratorExit raised by close() can be observed; except Exception does not catch it
def g():
    try:
        yield 1
    except Exception:
        print("not here: GeneratorExit is not an Exception")
    except GeneratorExit as e:
        print("GeneratorExit", repr(e), isinstance(e, BaseException), isinstance(e, Exception))
        raise

it = g()
next(it)
it.close()
print(GeneratorExit.__mro__)
