"""Independent solution written from the statement alone: exact linear system 6E[c] - sum_k E[next(c,k)] = 6 over resting cells (E[n] = 0), solved with fraction-free (Bareiss) integer elimination, unknown for cell 1 ordered last so its value is read off directly; O(n^3) big-integer operations."""
from fractions import Fraction
from typing import List


class Solution:
    def expectedRolls(self, n: int, jumps: List[List[int]]) -> float:
        dest = list(range(n + 1))
        for a, b in jumps:
            dest[a] = b
        # unknowns: cells 1..n-1 on which the token can rest (not jump starts), highest cell first,
        # so cell 1 is the last unknown
        states = [c for c in range(n - 1, 0, -1) if dest[c] == c]
        col = {c: i for i, c in enumerate(states)}
        N = len(states)
        M = [[0] * (N + 1) for _ in range(N)]
        for c in states:
            row = M[col[c]]
            row[col[c]] += 6
            row[N] = 6
            for k in range(1, 7):
                nxt = c if c + k > n else dest[c + k]
                if nxt != n:
                    row[col[nxt]] -= 1
        # Bareiss fraction-free Gaussian elimination (exact, all divisions are exact)
        prev = 1
        for k in range(N):
            if M[k][k] == 0:
                p = next(r for r in range(k + 1, N) if M[r][k] != 0)
                M[k], M[p] = M[p], M[k]
            rk = M[k]
            piv = rk[k]
            for i in range(k + 1, N):
                ri = M[i]
                f = ri[k]
                if f == 0:
                    if piv != prev:
                        for j in range(k + 1, N + 1):
                            if ri[j]:
                                ri[j] = ri[j] * piv // prev
                else:
                    for j in range(k + 1, N + 1):
                        ri[j] = (ri[j] * piv - f * rk[j]) // prev
                    ri[k] = 0
            prev = piv
        last = M[N - 1]
        return float(Fraction(last[N], last[N - 1]))
