# uncaught RecursionError through nested generator calls: the repeated frames collapse
def nested():
    yield next(nested())

next(nested())
