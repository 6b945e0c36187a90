class Solution:
    def sign(self, p: int, q: int, g: int, x: int, hashes: List[int]) -> List[List[int]]:
        # Bug (the PS3 mistake): the same nonce k for every message; also cannot retry when s = 0.
        k = 1
        r = pow(g, k, p) % q
        return [[r, pow(k, -1, q) * (h + x * r) % q] for h in hashes]
