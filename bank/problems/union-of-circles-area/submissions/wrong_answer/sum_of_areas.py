import math
import sys

# Bug: ignores overlaps entirely.
data = sys.stdin.read().split()
n = int(data[0])
print(sum(math.pi * int(data[3 + 3 * i]) ** 2 for i in range(n)))
