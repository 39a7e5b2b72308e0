# importing builtin modules: import, from-import, aliases
import math, sys
import time as t
from math import sqrt, floor as fl
from sys import argv
print(sqrt(9), fl(2.7), math.ceil(0.1