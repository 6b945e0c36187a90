import hashlib


class Solution:
    def sign(self, p: int, q: int, g: int, x: int, hashes: List[int]) -> List[List[int]]:
        # Bug: r = g^k mod p is not reduced mod q.
        out = []
        for h in hashes:
            k = int.from_bytes(hashlib.sha256(f"{x}:{h}".encode()).digest(), "big") % (q - 1) + 1
            r = pow(g, k, p)
            out.append([r, pow(k, -1, q) * (h + x * r) % q])
        return out
