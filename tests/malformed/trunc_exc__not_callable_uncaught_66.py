# calling a non-callable object
handlers = {"a": 1}
handlers["a"](