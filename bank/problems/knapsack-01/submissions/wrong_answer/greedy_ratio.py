# Greedy by value/weight ratio: optimal for the fractional knapsack, not for 0/1.
import sys

data = sys.stdin.buffer.read().split()
n, cap = int(data[0]), int(data[1])
items = sorted(((int(data[2 + 2 * k]), int(data[3 + 2 * k])) for k in range(n)), key=lambda it: -it[1] / it[0])
total = 0
for w, v in items:
    if w <= cap:
        cap -= w
        total += v
print(total)
