// Correct merge sort, but the counter is a 32-bit int: up to ~2e10 inversions overflow it.
#include <bits/stdc++.h>
using namespace std;
static vector<int> a, tmp;
static int inv = 0;
static void sortCount(int lo, int hi) {
    if (hi - lo < 2) return;
    int mid = (lo + hi) / 2;
    sortCount(lo, mid);
    sortCount(mid, hi);
    int i = lo, j = mid, k = lo;
    while (i < mid && j < hi) {
        if (a[j] < a[i]) { tmp[k++] = a[j++]; inv += mid - i; }
        else tmp[k++] = a[i++];
    }
    while (i < mid) tmp[k++] = a[i++];
    while (j < hi) tmp[k++] = a[j++];
    for (int t = lo; t < hi; ++t) a[t] = tmp[t];
}
int main() {
    int n;
    if (scanf("%d", &n) != 1) return 0;
    a.resize(n);
    tmp.resize(n);
    for (auto& x : a) scanf("%d", &x);
    sortCount(0, n);
    printf("%d\n", inv);
}
