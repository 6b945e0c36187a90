"""Hidden tests for feistel-cbc-decrypt: plaintexts are chosen, then CBC-encrypted here."""
import json
import random

rng = random.Random(0x9E37)
MASK = 0xFFFF
FULL = 0xFFFFFFFF


def F(x, k):
    return (((x ^ k) * 0x9E37) + ((x << 5 | x >> 11) & MASK)) & MASK


def enc_block(b, keys):
    left, right = b >> 16, b & MASK
    for k in keys:
        left, right = right, left ^ F(right, k)
    return (left << 16) | right


def emit(name, keys, iv, pts):
    out, prev = [], iv
    for p in pts:
        prev = enc_block(p ^ prev, keys)
        out.append(prev)
    text = f"{len(keys)} {len(pts)} {iv}\n{' '.join(map(str, keys))}\n{' '.join(map(str, out))}\n"
    print(json.dumps({"name": name, "input": text}))


def rkeys(r):
    return [rng.randrange(65536) for _ in range(r)]


emit("01-one-round-one-block", [0], 0, [0])
emit("02-zero-keys-zero-iv", [0] * 16, 0, [0] * 8)
emit("03-repeated-plaintext", rkeys(4), rng.randrange(FULL + 1), [0xDEADBEEF] * 20)
emit("04-extreme-values", [MASK] * 5, FULL, [FULL, 0, FULL, 1, 0x80000000, 0x7FFFFFFF])
emit("05-two-rounds-text", rkeys(2), 0x01234567, [int.from_bytes(b"tiku rocks!!"[i:i + 4], "big") for i in range(0, 12, 4)])
emit("06-odd-rounds", rkeys(7), rng.randrange(FULL + 1), [rng.randrange(FULL + 1) for _ in range(500)])
for t in range(2):
    emit(f"{7 + t:02d}-max-random-{t}", rkeys(16), rng.randrange(FULL + 1), [rng.randrange(FULL + 1) for _ in range(50000)])
emit("09-max-one-round", rkeys(1), rng.randrange(FULL + 1), [rng.randrange(FULL + 1) for _ in range(50000)])
