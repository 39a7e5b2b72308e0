# uncaught exception class raised without arguments prints just the class name
def f()