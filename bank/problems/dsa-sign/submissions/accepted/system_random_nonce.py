import random


class Solution:
    def sign(self, p: int, q: int, g: int, x: int, hashes: List[int]) -> List[List[int]]:
        rng = random.SystemRandom()      # fresh secret nonce for every signature
        out = []
        for h in hashes:
            while True:
                k = rng.randrange(1, q)
                r = pow(g, k, p) % q
                s = pow(k, -1, q) * (h + x * r) % q
                if r and s:
                    out.append([r, s])
                    break
        return out
