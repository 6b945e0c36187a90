# O(n^2): finds the two smallest files by a linear scan before every merge.
class Solution:
    def minMergeCost(self, sizes):
        files = list(sizes)
        cost = 0
        while len(files) > 1:
            i = min(range(len(files)), key=files.__getitem__)
            a = files.pop(i)
            j = min(range(len(files)), key=files.__getitem__)
            b = files.pop(j)
            cost += a + b
            files.append(a + b)
        return cost
