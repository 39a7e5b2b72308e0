# class body namespace: names are not visible inside methods, class attributes via self
x = 