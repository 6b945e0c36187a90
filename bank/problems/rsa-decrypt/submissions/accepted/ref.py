class Solution:
    def decrypt(self, p: int, q: int, e: int, ciphertexts: List[int]) -> List[int]:
        # Private exponents reduced modulo p-1 and q-1 (CRT / "RSA-CRT" decryption),
        # then Garner recombination: m = mq + q * ((mp - mq) * q^{-1} mod p).
        dp = pow(e, -1, p - 1) if p > 2 else 1
        dq = pow(e, -1, q - 1) if q > 2 else 1
        q_inv = pow(q, -1, p)
        out = []
        for c in ciphertexts:
            mp = pow(c % p, dp, p)
            mq = pow(c % q, dq, q)
            out.append(mq + q * ((mp - mq) * q_inv % p))
        return out
