"""Hidden tests for naive-bayes-spam: synthetic vocabularies with class-dependent word frequencies."""
import json
import random

rng = random.Random(1763)  # the year Bayes' essay was published
LETTERS = "abcdefghijklmnopqrstuvwxyz"


def word():
    return "".join(rng.choice(LETTERS) for _ in range(rng.randint(2, 7)))


def make_vocab(n):
    v = set()
    while len(v) < n:
        v.add(word())
    return sorted(v)


def emit(name, docs, labels, queries):
    assert 1 in labels and 0 in labels and any(docs)
    print(json.dumps({"name": name, "input": json.dumps([docs, labels, queries], separators=(",", ":"))}))


def corpus(n_docs, spam_rate, vocab, length, skew):
    """Spam docs favour the first half of the vocabulary, ham docs the second half."""
    half = len(vocab) // 2
    docs, labels = [], []
    for _ in range(n_docs):
        c = 1 if rng.random() < spam_rate else 0
        words = []
        for _ in range(rng.randint(*length)):
            if rng.random() < skew:
                words.append(vocab[rng.randrange(half)] if c else vocab[half + rng.randrange(len(vocab) - half)])
            else:
                words.append(rng.choice(vocab))
        docs.append(words)
        labels.append(c)
    if 1 not in labels:
        labels[0] = 1
    if 0 not in labels:
        labels[-1] = 0
    return docs, labels


def queries(n, vocab, length, unknown_rate=0.0):
    out = []
    for _ in range(n):
        out.append([word() + "zz" if rng.random() < unknown_rate else rng.choice(vocab)
                    for _ in range(rng.randint(*length))])
    return out


emit("01-minimal", [["a"], ["b"]], [1, 0], [[], ["a"], ["b"], ["a", "b"], ["c"]])
emit("02-unknown-words-only", [["x", "y"], ["y", "z"], ["z"]], [1, 0, 0], [["unseen"], ["q", "r", "s"]])
emit("03-empty-docs", [[], ["spam", "spam"], [], ["ham"]], [1, 1, 0, 0], [["spam"], ["ham"], [], ["ham", "spam"]])
vocab = make_vocab(40)
docs, labels = corpus(51, 0.0, vocab, (3, 10), 0.7)
labels[0] = 1
emit("04-imbalanced-prior", docs, labels, queries(30, vocab, (0, 6)))
emit("05-repeated-word", [["free"] * 3, ["hi", "free"]], [1, 0], [["free"] * k for k in (1, 10, 100, 1000)])
vocab = make_vocab(300)
docs, labels = corpus(300, 0.4, vocab, (5, 40), 0.6)
emit("06-long-queries-underflow", docs, labels, queries(20, vocab, (2000, 4000), 0.1))
vocab = make_vocab(3000)
docs, labels = corpus(2000, 0.5, vocab, (10, 80), 0.5)
emit("07-max-random", docs, labels, queries(2000, vocab, (1, 60), 0.05))
vocab = make_vocab(500)
docs, labels = corpus(1000, 0.3, vocab, (50, 150), 0.2)
emit("08-max-weak-signal", docs, labels, queries(100, vocab, (400, 800), 0.02))
