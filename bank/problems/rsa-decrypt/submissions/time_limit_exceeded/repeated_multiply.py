class Solution:
    def decrypt(self, p: int, q: int, e: int, ciphertexts: List[int]) -> List[int]:
        # Naive exponentiation: d multiplications per ciphertext (d is up to ~2^62).
        n = p * q
        d = pow(e, -1, (p - 1) * (q - 1))
        out = []
        for c in ciphertexts:
            m = 1 % n
            for _ in range(d):
                m = m * c % n
            out.append(m)
        return out
