class Solution:
    def islandsAfterEach(self, m, n, positions):
        parent = [-1] * (m * n)  # -1: water; otherwise the union-find parent
        size = [1] * (m * n)
        count = 0
        res = []
        for r, c in positions:
            i = r * n + c
            if parent[i] != -1:
                res.append(count)
                continue
            parent[i] = i
            count += 1
            for rr, cc in ((r - 1, c), (r + 1, c), (r, c - 1), (r, c + 1)):
                if 0 <= rr < m and 0 <= cc < n:
                    j = rr * n + cc
                    if parent[j] == -1:
                        continue
                    a = i
                    while parent[a] != a:
                        parent[a] = parent[parent[a]]
                        a = parent[a]
                    b = j
                    while parent[b] != b:
                        parent[b] = parent[parent[b]]
                        b = parent[b]
                    if a != b:
                        if size[a] < size[b]:
                            a, b = b, a
                        parent[b] = a
                        size[a] += size[b]
                        count -= 1
            res.append(count)
        return res
