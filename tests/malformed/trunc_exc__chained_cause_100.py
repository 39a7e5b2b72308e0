# raise ... from ... prints both tracebacks joined by the direct-cause message
def parse(s):
    try