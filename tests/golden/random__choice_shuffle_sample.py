# choice, shuffle and sample consume the generator exactly as CPython does.
import random

random.seed(12345)
print([random.choice("abcdefghij") for _ in range(20)])
print([random.choice([10, 20, 30]) for _ in range(10)], random.choice(range(1000)), random.choice((1,)))
for n in [0, 1, 2, 5, 10, 52]:
    l = list(range(n))
    random.shuffle(l)
    print(n, l)
deck = [r + s for s in "SHDC" for r in "A23456789TJQK"]
random.shuffle(deck)
print(deck)
print(random.sample(range(100), 10))
print(random.sample(range(10**6), 10))
print(random.sample("abcdefg", 7))
print(random.sample([1, 2, 3], 0))
print(random.sample(range(30), 25))
print(random.sample(["red", "blue"], counts=[4, 2], k=5))
print(random.sample(tuple(range(50)), k=8))
