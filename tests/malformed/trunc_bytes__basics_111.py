# bytes construction, indexing, slicing and methods
b = b"hello world"
print(b[0], b[-1], b[:5], b[::-1], len(b