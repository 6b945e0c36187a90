#!/usr/bin/env python3
"""Output validator for dsa-sign: verifies every DSA signature with the public key.

Kattis protocol: validator.py input_file answer_file feedback_dir < submission_output;
exit 42 to accept, 43 to reject, reason in feedback_dir/judgemessage.txt.
The answer file (the reference's signatures) is not needed: any valid signature is accepted.
"""
import json
import os
import sys


def finish(ok, msg):
    with open(os.path.join(sys.argv[3], "judgemessage.txt"), "w") as f:
        f.write(msg + "\n")
    sys.exit(42 if ok else 43)


def is_int(v):
    return isinstance(v, int) and not isinstance(v, bool)


def main():
    with open(sys.argv[1]) as f:
        p, q, g, x, hashes = json.load(f)
    y = pow(g, x, p)
    try:
        sigs = json.loads(sys.stdin.read())
    except ValueError:
        finish(False, "output is not valid JSON")
    if not isinstance(sigs, list) or len(sigs) != len(hashes):
        finish(False, f"expected a list of {len(hashes)} signatures")
    owner = {}
    for i, (h, sig) in enumerate(zip(hashes, sigs)):
        if not (isinstance(sig, list) and len(sig) == 2 and all(is_int(v) for v in sig)):
            finish(False, f"signature {i}: expected [r, s] with two integers")
        r, s = sig
        if not (1 <= r < q and 1 <= s < q):
            finish(False, f"signature {i}: r and s must lie in [1, q-1], got r={r} s={s}")
        w = pow(s, -1, q)
        v = pow(g, h * w % q, p) * pow(y, r * w % q, p) % p % q
        if v != r:
            finish(False, f"signature {i} for hash {h} does not verify (v={v}, r={r})")
        if owner.setdefault(r, h) != h:
            finish(False, f"signatures of different hashes {owner[r]} and {h} share r={r}: nonce reused")
    finish(True, f"all {len(sigs)} signatures verify")


if __name__ == "__main__":
    main()
