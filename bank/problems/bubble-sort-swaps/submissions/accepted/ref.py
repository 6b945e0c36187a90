import sys


def count_inversions(a):
    """Bottom-up merge sort; while merging, every element taken from the right run jumps over
    all elements still waiting in the left run, and each of those pairs is one inversion."""
    n = len(a)
    a = list(a)
    buf = [0] * n
    inv = 0
    width = 1
    while width < n:
        for lo in range(0, n - width, 2 * width):
            mid = lo + width
            hi = min(lo + 2 * width, n)
            i, j, k = lo, mid, lo
            while i < mid and j < hi:
                if a[j] < a[i]:
                    buf[k] = a[j]
                    j += 1
                    inv += mid - i
                else:
                    buf[k] = a[i]
                    i += 1
                k += 1
            buf[k:k + mid - i] = a[i:mid]
            k += mid - i
            buf[k:hi] = a[j:hi]
            a[lo:hi] = buf[lo:hi]
        width *= 2
    return inv


def main():
    data = sys.stdin.buffer.read().split()
    n = int(data[0])
    a = list(map(int, data[1:1 + n]))
    print(count_inversions(a))


main()
