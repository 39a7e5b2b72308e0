print("user time: must not be imported")
