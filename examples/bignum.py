# Number crunching with the int fast path and bigints: a prime sieve, Fibonacci
# with memoisation in a dict, factorial digits, gcd/lcm, and float formatting.

def sieve(n):
    is_prime = [True] * (n + 1)
    is_prime[0] = is_prime[1] = False
    for i in range(2, int(n ** 0.5) + 1):
        if is_prime[i]:
            is_prime[i * i :: i] = [False] * len(range(i * i, n + 1, i))
    return [i for i, p in enumerate(is_prime) if p]


primes = sieve(100)
print(len(primes), primes[:10], primes[-3:])

memo = {0: 0, 1: 1}


def fib(n):
    if n not in memo:
        memo[n] = fib(n - 1) + fib(n - 2)
    return memo[n]


print(fib(90), fib(200))


def factorial(n):
    result = 1
    for k in range(2, n + 1):
        result *= k
    return result


f100 = factorial(100)
print(len(str(f100)), sum([int(d) for d in str(f100)]), str(f100)[:20])


def gcd(a, b):
    while b:
        a, b = b, a % b
    return a


print(gcd(2**64, 6**20), (12 * 18) // gcd(12, 18))
print(f"{2 ** 0.5:.10f} {1 / 7:.3e} {10 ** 20 / 3:,.1f}")
total = 0.0
for i in range(1, 11):
    total += 1 / i
print(total, round(total, 4))
