import hashlib


class Solution:
    def sign(self, p: int, q: int, g: int, x: int, hashes: List[int]) -> List[List[int]]:
        out = []
        for h in hashes:
            counter = 0
            while True:
                # Deterministic nonce in the spirit of RFC 6979: derived from the key and the
                # message, so it never repeats across messages and needs no random source.
                seed = f"{x}:{h}:{counter}".encode()
                k = int.from_bytes(hashlib.sha256(seed).digest(), "big") % (q - 1) + 1
                counter += 1
                r = pow(g, k, p) % q
                if r == 0:
                    continue
                s = pow(k, -1, q) * (h + x * r) % q
                if s == 0:
                    continue
                out.append([r, s])
                break
        return out
