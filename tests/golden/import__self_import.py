# a script importing itself runs its body again as a module named after the file
print("body runs with __name__ =", __name__)
import import__self_import
print("imported:", import__self_import.__name__, import__self_import is __import__("sys").modules["__main__"])
