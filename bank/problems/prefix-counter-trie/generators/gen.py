"""Hidden tests for prefix-counter-trie."""
import json
import random


def emit(name, ops, args):
    print(json.dumps({"name": name, "input": json.dumps([["PrefixCounter"] + ops, [[]] + args], separators=(",", ":"))}))


def word(rng, alphabet, lo, hi):
    return "".join(rng.choice(alphabet) for _ in range(rng.randint(lo, hi)))


def mix(rng, nops, alphabet, lo, hi, weights, pool_size=None):
    pool = [word(rng, alphabet, lo, hi) for _ in range(pool_size)] if pool_size else None
    stored = []
    ops, args = [], []
    names = ["insert", "countEqual", "countPrefix", "erase"]
    for _ in range(nops):
        op = rng.choices(names, weights)[0]
        if op == "insert" or not stored:
            w = rng.choice(pool) if pool else word(rng, alphabet, lo, hi)
            stored.append(w)
            ops.append("insert"); args.append([w])
            continue
        r = rng.random()
        if r < 0.6:
            w = rng.choice(stored)
            if op == "countPrefix" or (op != "insert" and rng.random() < 0.2):
                w = w[:rng.randint(1, len(w))]  # a prefix of a stored word
        else:
            w = rng.choice(pool) if pool else word(rng, alphabet, lo, hi)
        if op == "erase" and w in stored and r < 0.6:
            stored.remove(w)
        ops.append(op); args.append([w])
    return ops, args


def main():
    rng = random.Random(1804)
    emit("01-erase-missing", ["erase", "countPrefix", "countEqual"], [["a"], ["a"], ["a"]])
    emit("02-prefix-is-not-word", ["insert", "erase", "countEqual", "countPrefix", "countPrefix"], [["apple"], ["app"], ["apple"], ["app"], ["apple"]])
    emit("03-duplicates", ["insert"] * 5 + ["countPrefix", "erase", "erase", "countPrefix", "countEqual"],
         [["aa"], ["aa"], ["ab"], ["aa"], ["a"], ["a"], ["aa"], ["a"], ["a"], ["aa"]])
    emit("04-longer-query", ["insert", "countPrefix", "countEqual"], [["abc"], ["abcd"], ["ab"]])
    emit("05-small-random", *mix(rng, 200, "ab", 1, 4, [4, 2, 3, 2]))
    emit("06-twenty-letters", *mix(rng, 2000, "z", 1, 20, [3, 2, 3, 2]))
    emit("07-medium-random", *mix(rng, 5000, "abc", 1, 8, [4, 2, 3, 2]))
    emit("08-max-insert-heavy", *mix(rng, 40000, "abcdefghijklmnopqrstuvwxyz", 1, 20, [6, 1, 3, 1]))
    emit("09-max-query-heavy", *mix(rng, 40000, "abcd", 3, 12, [3, 2, 5, 1], pool_size=3000))
    emit("10-max-deep-shared-prefix", *mix(rng, 40000, "ab", 15, 20, [4, 1, 4, 1], pool_size=500))


main()
