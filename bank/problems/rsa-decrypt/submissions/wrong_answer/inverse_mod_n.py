import math


class Solution:
    def decrypt(self, p: int, q: int, e: int, ciphertexts: List[int]) -> List[int]:
        # Bug: inverts e modulo n instead of modulo phi(n) (falls back to phi if not invertible).
        n = p * q
        mod = n if math.gcd(e, n) == 1 else (p - 1) * (q - 1)
        d = pow(e, -1, mod)
        return [pow(c, d, n) for c in ciphertexts]
