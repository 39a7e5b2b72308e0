# importing builtin modules: import, from-import, aliases
import math, sys
import time as t
from math import sqrt, floor as fl
from sys import argv
print(sqrt(9), fl(2.7), math.ceil(0.1), t.__name__, math.__name__, type(sys).__name__)
print(len(argv), argv[0])
import math
import math as m2
print(math is m2)
