"""Independent solution written from the statement alone: d = e^-1 mod (p-1)(q-1) by extended Euclid, then m = c^d mod n computed with the CRT (exponents reduced mod p-1 and q-1), O(k log n)."""


def _inverse(a, m):
    # extended Euclid: returns x with a*x = 1 (mod m); requires gcd(a, m) = 1
    old_r, r = a % m, m
    old_s, s = 1, 0
    while r:
        q = old_r // r
        old_r, r = r, old_r - q * r
        old_s, s = s, old_s - q * s
    return old_s % m


class Solution:
    def decrypt(self, p, q, e, ciphertexts):
        n = p * q
        phi = (p - 1) * (q - 1)
        d = _inverse(e, phi) if phi > 1 else 1
        dp = d % (p - 1)
        dq = d % (q - 1)
        q_inv = _inverse(q, p)  # q^-1 mod p
        out = []
        for c in ciphertexts:
            cp = c % p
            cq = c % q
            # c^d mod p; when c = 0 (mod p) the answer is 0 even if dp == 0
            mp = pow(cp, dp, p) if cp else 0
            mq = pow(cq, dq, q) if cq else 0
            h = (q_inv * (mp - mq)) % p
            out.append((mq + h * q) % n)
        return out
