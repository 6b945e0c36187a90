"""Hidden tests for course-order-lexicographic: cycles, duplicates, adversarial orders, max size."""
import json
import random

rng = random.Random(7301)


def emit(name, n, rules):
    print(json.dumps({"name": name, "input": json.dumps([n, rules], separators=(",", ":"))}))


def random_dag(n, m):
    """Edges go forward in a random permutation, so the graph is acyclic."""
    perm = list(range(n))
    rng.shuffle(perm)
    rules = []
    for _ in range(m):
        i, j = rng.randrange(n), rng.randrange(n)
        if i == j:
            continue
        if i > j:
            i, j = j, i
        rules.append([perm[i], perm[j]])
    return rules


emit("01-single", 1, [])
emit("02-self-loop", 1, [[0, 0]])
emit("03-no-rules", 8, [])
emit("04-duplicates", 4, [[2, 1], [2, 1], [3, 0], [2, 1], [3, 0]])
emit("05-two-cycle", 4, [[0, 1], [2, 3], [3, 2]])
emit("06-greedy-trap", 4, [[3, 0], [1, 2]])  # FIFO Kahn gives 1,3,2,0; answer 1,2,3,0
for k in range(6):
    n = rng.randint(2, 10)
    emit("07-small-dag-%d" % k, n, random_dag(n, rng.randint(0, 15)))
for k in range(3):
    n = rng.randint(3, 10)
    rules = random_dag(n, rng.randint(1, 12))
    a, b = rng.sample(range(n), 2)
    rules += [[a, b], [b, a]] if k != 2 else [[a, a]]
    rng.shuffle(rules)
    emit("08-small-cycle-%d" % k, n, rules)
for k in range(2):
    n = rng.randint(100, 1000)
    emit("09-medium-dag-%d" % k, n, random_dag(n, 3 * n))
N, M = 30000, 50000
emit("10-max-random-dag", N, random_dag(N, M))
emit("11-max-sparse-dag", N, random_dag(N, N // 2))
# each course needs the next one: the only order is n-1, n-2, ..., 0
emit("12-max-reverse-chain", N, [[i + 1, i] for i in range(N - 1)])
# a long DAG, plus one cycle deep inside it
rules = random_dag(N, M - 3)
rules += [[N - 1, N - 2], [N - 2, N - 3], [N - 3, N - 1]]
rng.shuffle(rules)
emit("13-max-hidden-cycle", N, rules)
# many independent reversed pairs: high indices unlock low ones
rules = [[N - 1 - i, i] for i in range(N // 2)]
rng.shuffle(rules)
emit("14-max-reversed-pairs", N, rules)
