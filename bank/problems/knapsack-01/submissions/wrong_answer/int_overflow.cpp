// Correct DP, but values are summed in int: 100 items of ~1e9 overflow it.
#include <bits/stdc++.h>
using namespace std;
int main() {
    int n, cap;
    if (scanf("%d %d", &n, &cap) != 2) return 0;
    vector<int> best(cap + 1, 0);
    for (int i = 0; i < n; ++i) {
        long long w;
        int v;
        scanf("%lld %d", &w, &v);
        if (w > cap) continue;
        for (int c = cap; c >= w; --c) best[c] = max(best[c], best[c - w] + v);
    }
    printf("%d\n", best[cap]);
}
