import os
import sys

# this file is named random.py: keep its own folder off the import path so that the
# standard library's random module is imported, not this file
_here = os.path.dirname(os.path.abspath(__file__))
sys.path[:] = [p for p in sys.path if os.path.abspath(p or ".") != _here]
_m = sys.modules.get("random")
if _m is not None and os.path.dirname(os.path.abspath(getattr(_m, "__file__", "") or "")) == _here:
    del sys.modules["random"]
import json
import random as _random


def main():
    seed, count = map(int, sys.stdin.read().split())
    rng = _random.Random(seed)
    out = []
    for _ in range(count):
        n = rng.choice([0, 1, 2, 3, rng.randint(0, 8), rng.randint(0, 20), rng.randint(0, 60)])
        mode = rng.randrange(7)
        if mode == 0:
            s = "".join(rng.choice("ab") for _ in range(n))
        elif mode == 1:
            s = rng.choice("az") * n
        elif mode == 2:   # palindrome
            h = "".join(rng.choice("abc") for _ in range(n // 2))
            s = h + (rng.choice("abc") if n % 2 else "") + h[::-1]
        elif mode == 3:   # palindrome + tail
            h = "".join(rng.choice("ab") for _ in range(n // 2))
            s = h + h[::-1] + "".join(rng.choice("ab") for _ in range(rng.randint(0, 4)))
        elif mode == 4:   # a^k b a^j style
            k = rng.randint(0, n)
            s = "a" * k + "b" + "a" * max(0, n - k - 1)
            s = s[:max(n, 0)] if n else ""
        elif mode == 5:
            s = "".join(rng.choice("abcdefghijklmnopqrstuvwxyz") for _ in range(n))
        else:   # periodic
            per = "".join(rng.choice("ab") for _ in range(rng.randint(1, 4)))
            s = (per * (n // len(per) + 1))[:n]
        out.append(json.dumps({"input": json.dumps([s])}))
    sys.stdout.write("\n".join(out) + ("\n" if out else ""))


if __name__ == "__main__":
    main()
