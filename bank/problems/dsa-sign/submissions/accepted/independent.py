"""Independent solution written from the statement alone: DSA signing with a deterministic HMAC-SHA256 nonce per (x, h, counter), retrying on r=0, s=0 or an r already used by a different hash."""
import hashlib
import hmac
from typing import List


class Solution:
    def sign(self, p: int, q: int, g: int, x: int, hashes: List[int]) -> List[List[int]]:
        qlen = (q.bit_length() + 7) // 8
        plen = (p.bit_length() + 7) // 8
        key = x.to_bytes(qlen, "big") + p.to_bytes(plen, "big") + g.to_bytes(plen, "big")
        cache = {}        # hash value -> signature
        r_owner = {}      # r -> hash value that uses it
        out = []
        for h in hashes:
            sig = cache.get(h)
            if sig is None:
                ctr = 0
                while True:
                    msg = h.to_bytes(qlen, "big") + ctr.to_bytes(4, "big")
                    ctr += 1
                    d = hmac.new(key, msg, hashlib.sha256).digest()
                    k = int.from_bytes(d, "big") % (q - 1) + 1     # 1 <= k <= q-1
                    r = pow(g, k, p) % q
                    if r == 0 or r in r_owner:
                        continue
                    s = pow(k, -1, q) * (h + x * r) % q
                    if s == 0:
                        continue
                    sig = [r, s]
                    r_owner[r] = h
                    cache[h] = sig
                    break
            out.append(list(sig))
        return out
