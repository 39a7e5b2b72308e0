import sys
print(sys.getsizeof(0), sys.getsizeof(1), sys.getsizeof(-5), sys.getsizeof(2**30), sys.getsizeof(2**40), sys.getsizeof(2**100))
print(sys.getsizeof(True), sys.getsizeof(False), sys.getsizeof(None), sys.getsizeof(1.5))
print(sys.getsizeof(""), sys.getsizeof("abc"), sys.getsizeof("é"), sys.getsizeof("€"), sys.getsizeof("😀"))
print(sys.getsizeof(b""), sys.getsizeof(b"abc"), sys.getsizeof(()), sys.getsizeof((1, 2)))
print(sys.getsizeof([]), sys.getsizeof([0] * 3), sys.getsizeof({}), sys.getsizeof(set()), sys.getsizeof(range(3)))
print([sys.getsizeof({i: i for i in range(n)}) for n in range(12)])
print([sys.getsizeof(set(range(n))) for n in range(12)])
class Sized:
    def __sizeof__(self):
        return 100
print(sys.getsizeof(Sized()))
print(sys.getsizeof(object(), 7) > 0)
