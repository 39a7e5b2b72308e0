# functions and constants from the math module
import math
print(math.pi, math.e, math.tau)
print(math.sqrt(16