# An uncaught error from os.stat: no frame inside os (it is C code in CPython).
import os

print(os.path.exists("no_such_file_here"))
os.stat("no_such_file_here")
