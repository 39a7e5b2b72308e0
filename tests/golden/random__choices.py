# choices: unweighted (floor(random()*n)), weights and cum_weights (bisect), and errors.
import random

random.seed(7)
print(random.choices("abc"))
print(random.choices("abcde", k=20))
print(random.choices(["x", "y", "z"], [10, 1, 1], k=20))
print(random.choices(["x", "y", "z"], cum_weights=[1, 2, 30], k=20))
print(random.choices(range(10), weights=[0.5] * 10, k=10))
print(random.choices([1, 2], [0, 1], k=5))
print(random.choices("ab", k=0))
for args, kw in [(("abc", [1, 2]), {}), (("abc",), {"weights": [1, 1, 1], "cum_weights": [1, 2, 3]}),
                 (("abc", [0, 0, 0]), {}), (("abc", 3), {}), (("abc", [1, float("inf"), 1]), {}),
                 (([], ), {})]:
    try:
        print(random.choices(*args, **kw))
    except (TypeError, ValueError, IndexError) as e:
        print(type(e).__name__, e)
