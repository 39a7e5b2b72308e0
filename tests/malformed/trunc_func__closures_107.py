# closures capture variables, not values; each call creates new cells
def counter():
    n = 0
    def inc(