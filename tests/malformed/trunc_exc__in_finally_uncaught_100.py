# an exception raised in finally replaces the one in flight and chains it
try:
    raise ValueError(