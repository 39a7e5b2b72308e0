# Float distributions built on random(): uniform, triangular, gauss (cached pair), ...
import random

random.seed(314159)
print([random.uniform(1, 10) for _ in range(5)])
print([random.uniform(-1.5, 1.5) for _ in range(3)])
print([random.triangular(0, 10, 3) for _ in range(5)], random.triangular(), random.triangular(2, 2))
print([random.gauss(0, 1) for _ in range(7)])
print([random.gauss(100, 15) for _ in range(3)])
print([random.normalvariate(0, 1) for _ in range(7)])
print([random.expovariate(1.5) for _ in range(5)])
print([random.lognormvariate(0, 0.5) for _ in range(3)])
print([random.paretovariate(3) for _ in range(3)])
print([random.weibullvariate(1, 1.5) for _ in range(3)])
print([random.vonmisesvariate(1, 4) for _ in range(3)], random.vonmisesvariate(0, 0))
print([random.gammavariate(2.5, 1) for _ in range(3)])
print([random.gammavariate(0.5, 2) for _ in range(3)], random.gammavariate(1, 3))
print([random.betavariate(2, 3) for _ in range(3)])
