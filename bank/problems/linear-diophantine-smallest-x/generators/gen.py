"""Hidden tests for linear-diophantine-smallest-x: no solution, gcd > 1, Fibonacci pairs, 64-bit."""
import json
import random
from math import gcd

rng = random.Random(3141)
A = 10**12
C = 10**18


def emit(name, a, b, c):
    print(json.dumps({"name": name, "input": json.dumps([a, b, c])}))


emit("01-c-zero", 7, 5, 0)
emit("02-b-one", 123456789, 1, 10**18)
emit("03-a-one", 1, 10**12, 999999999999)
emit("04-equal", 6, 6, 18)
emit("05-no-solution", 6, 10, 7)
emit("06-gcd-not-one", 6, 10, 8)
emit("07-a-multiple-of-b", 12, 4, 20)
emit("08-b-multiple-of-a", 4, 12, 20)
for k in range(8):
    a, b = rng.randint(1, 30), rng.randint(1, 30)
    emit("09-small-random-%d" % k, a, b, rng.randint(0, 100))
fib = [1, 2]
while fib[-1] + fib[-2] <= A:
    fib.append(fib[-1] + fib[-2])
emit("10-fibonacci", fib[-2], fib[-1], C - 1)
emit("11-fibonacci-swapped", fib[-1], fib[-2], C)
for k in range(10):
    g = rng.choice([1, 1, 2, 3, 1000, rng.randint(1, 10**6)])
    a = g * rng.randint(1, A // g)
    b = g * rng.randint(1, A // g)
    c = rng.randint(0, C // g) * g
    if k % 4 == 3:
        c += rng.randint(1, g - 1) if g > 1 else 0
    emit("12-large-random-%d" % k, a, b, c)
emit("13-max-values", A, A - 1, C)
emit("14-max-prime-modulus", 999999999989, 999999999959, C - 7)
