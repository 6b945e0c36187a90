"""Independent solution written from the statement alone: 1-D 0/1 knapsack DP over capacity 0..W (O(N*W)), each item applied with vectorised list slices; items heavier than W skipped."""
import sys
from operator import add
from itertools import repeat


def main():
    data = sys.stdin.buffer.read().split()
    n, W = int(data[0]), int(data[1])
    dp = [0] * (W + 1)  # dp[c] = best value with total weight <= c
    for i in range(n):
        w = int(data[2 + 2 * i])
        v = int(data[3 + 2 * i])
        if w > W:
            continue
        # new dp[c] for c >= w is max(dp[c], old dp[c-w] + v); uses old dp only
        shifted = list(map(add, dp[:W + 1 - w], repeat(v)))
        dp[w:] = list(map(max, dp[w:], shifted))
    sys.stdout.write(str(dp[W]) + "\n")


main()
