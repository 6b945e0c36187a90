# Takes from the right run when a[j] <= a[i], so equal pairs are counted as inversions.
import sys


def count(a):
    if len(a) < 2:
        return a, 0
    mid = len(a) // 2
    left, x = count(a[:mid])
    right, y = count(a[mid:])
    out, inv, i, j = [], x + y, 0, 0
    while i < len(left) and j < len(right):
        if right[j] <= left[i]:
            out.append(right[j])
            j += 1
            inv += len(left) - i
        else:
            out.append(left[i])
            i += 1
    out += left[i:] + right[j:]
    return out, inv


data = sys.stdin.buffer.read().split()
n = int(data[0])
print(count(list(map(int, data[1:1 + n])))[1])
