print("user itertools: must not be imported")
