# None comparisons, is/is not, and identity of small values
x = None
print(x is None, x is not None, x == None, None == 0, type(None)(), not None)
zero = 0
print([] is [], () == (), "" == "", zero is not None)
def f()