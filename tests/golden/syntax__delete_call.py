# del of a function call
del f()
