"""Small-input generator for transactional-kv-store: reads SEED COUNT, prints COUNT JSON lines in LeetCode design form."""
import json
import os
import sys

# this file is itself named random.py: drop its own folder from the path so that
# the standard library's random module is imported, not this script
_here = os.path.dirname(os.path.abspath(__file__))
sys.path[:] = [q for q in sys.path if os.path.abspath(q or os.curdir) != _here]
import random as _random  # noqa: E402


def main():
    seed, count = map(int, sys.stdin.read().split())
    rng = _random.Random(seed)
    out = []
    ops_all = ["set", "get", "unset", "countValue", "begin", "rollback", "commit"]
    for _ in range(count):
        nops = rng.choice([0, 1, 2, rng.randint(1, 10), rng.randint(5, 40), rng.randint(20, 80)])
        nkeys = rng.randint(1, 4)
        keys = rng.sample(["a", "b", "k1", "zz", "0", "a9b8c7d6e5", "x"], nkeys)
        vals = rng.sample([0, 1, 2, 7, 10 ** 9], rng.randint(1, 4))
        wts = [rng.randint(1, 6) for _ in ops_all]
        names = ["TransactionalStore"]
        args = [[]]
        for _ in range(nops):
            op = rng.choices(ops_all, weights=wts)[0]
            names.append(op)
            if op == "set":
                args.append([rng.choice(keys), rng.choice(vals)])
            elif op in ("get", "unset"):
                args.append([rng.choice(keys)])
            elif op == "countValue":
                args.append([rng.choice(vals + [3])])
            else:
                args.append([])
        out.append(json.dumps({"input": json.dumps([names, args])}))
    sys.stdout.write("\n".join(out) + ("\n" if out else ""))


main()
