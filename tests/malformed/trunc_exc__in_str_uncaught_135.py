# an exception raised by __str__ while printing propagates out of print()
class Broken:
    def __str__(self):
        return "broken: 