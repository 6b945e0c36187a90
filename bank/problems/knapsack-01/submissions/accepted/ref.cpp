#include <bits/stdc++.h>
using namespace std;

int main() {
    int n, cap;
    if (scanf("%d %d", &n, &cap) != 2) return 0;
    vector<long long> best(cap + 1, 0);               // values sum to 1e11: 64 bits
    for (int i = 0; i < n; ++i) {
        long long w, v;
        scanf("%lld %lld", &w, &v);
        if (w > cap) continue;
        for (int c = cap; c >= w; --c)                 // descending: each item used at most once
            best[c] = max(best[c], best[c - w] + v);
    }
    printf("%lld\n", best[cap]);
}
