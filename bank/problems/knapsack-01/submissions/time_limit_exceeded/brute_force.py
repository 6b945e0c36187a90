# Tries every subset by include/exclude recursion: 2^N leaves.
import sys


def main():
    data = sys.stdin.buffer.read().split()
    n, cap = int(data[0]), int(data[1])
    items = [(int(data[2 + 2 * k]), int(data[3 + 2 * k])) for k in range(n)]

    def go(i, room):
        if i == n:
            return 0
        best = go(i + 1, room)
        w, v = items[i]
        if w <= room:
            best = max(best, v + go(i + 1, room - w))
        return best

    print(go(0, cap))


main()
