import os
import sys

# This file is itself named random.py: drop its own folder from sys.path so that
# "import random" below loads the standard library module, not this file.
_HERE = os.path.dirname(os.path.abspath(__file__))
sys.path[:] = [p for p in sys.path if os.path.abspath(p or os.curdir) != _HERE]
import json
import random as _r

PRINTABLE = "".join(chr(c) for c in range(32, 127))


def rand_str(rng, length, alpha):
    return "".join(rng.choice(alpha) for _ in range(length))


def main():
    seed, count = map(int, sys.stdin.read().split())
    rng = _r.Random(seed)
    out = []
    for _ in range(count):
        mode = rng.randrange(8)
        alpha = rng.choice(["a", "ab", "ab", "abc", " a", "~ ", PRINTABLE[:5], PRINTABLE])
        n = rng.choice([0, 1, 2, rng.randint(0, 8), rng.randint(0, 30)])
        text = rand_str(rng, n, alpha)
        if mode == 0:
            pattern = ""
        elif mode in (1, 2) and n > 0:
            # a substring of the text (occurs for sure), maybe mutated at the end
            i = rng.randint(0, n - 1)
            j = rng.randint(i, n)
            pattern = text[i:j]
            if mode == 2 and pattern:
                pattern = pattern[:-1] + rng.choice(alpha)
        elif mode == 3:
            # periodic text and pattern (KMP borders / near misses)
            unit = rand_str(rng, rng.randint(1, 3), alpha)
            text = (unit * 20)[: rng.randint(0, 30)]
            pattern = (unit * 10)[: rng.randint(1, 12)]
            if rng.random() < 0.5:
                pattern += rng.choice(alpha)
        elif mode == 4:
            # pattern longer than or equal to text
            pattern = text + rand_str(rng, rng.randint(0, 3), alpha)
        else:
            pattern = rand_str(rng, rng.choice([1, 2, 3, rng.randint(0, 6)]), alpha)
        out.append(json.dumps({"input": json.dumps([text, pattern])}))
    sys.stdout.write("\n".join(out) + ("\n" if out else ""))


main()
