import sys
import json
import random as _random


def main():
    seed, count = map(int, sys.stdin.read().split())
    rng = _random.Random(seed)
    for _ in range(count):
        nw = rng.choice([1, 2, 3, 5, 8])
        words = ["".join(rng.choice("abz") for _ in range(rng.randint(1, 3))) for _ in range(nw)]
        words = list(dict.fromkeys(words))
        extra = ["q", "zzzzzzzzzz", "hello", "a"]          # some may be in the vocabulary, some not
        N = rng.randint(2, 8)
        labels = [rng.randint(0, 1) for _ in range(N)]
        labels[0] = 1
        labels[1] = 0
        rng.shuffle(labels)
        maxlen = rng.choice([0, 1, 3, 6, 12])
        docs = [[rng.choice(words) for _ in range(rng.randint(0, maxlen))] for _ in range(N)]
        if rng.random() < 0.2:
            # all words only in one class
            for i in range(N):
                if labels[i] == 0:
                    docs[i] = []
        if sum(len(d) for d in docs) == 0:
            docs[rng.randrange(N)].append(rng.choice(words))
        nq = rng.randint(0, 5)
        pool = words + extra
        qlen = rng.choice([0, 1, 3, 10, 60])
        queries = [[rng.choice(pool) for _ in range(rng.randint(0, qlen))] for _ in range(nq)]
        print(json.dumps({"input": json.dumps([docs, labels, queries])}))


main()
