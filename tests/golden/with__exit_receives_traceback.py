# __exit__ receives the exception's traceback object (not None), whose frames point at the raise
class CM:
    def __enter__(self):
        return self

    def __exit__(self, t, v, tb):
        print(t.__name__, v, type(tb).__name__, tb is v.__traceback__)
        print(tb.tb_lineno, tb.tb_next is None)
        return True


def boom():
    raise ValueError("inner")


with CM():
    boom()
with CM():
    raise KeyError("k")
print("done")
