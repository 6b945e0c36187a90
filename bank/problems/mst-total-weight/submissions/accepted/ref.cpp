#include <bits/stdc++.h>
using namespace std;

int main() {
    int n, m;
    if (scanf("%d %d", &n, &m) != 2) return 0;
    vector<array<long long, 3>> e(m);
    for (auto& x : e) scanf("%lld %lld %lld", &x[1], &x[2], &x[0]);
    sort(e.begin(), e.end());
    vector<int> p(n + 1), sz(n + 1, 1);
    iota(p.begin(), p.end(), 0);
    function<int(int)> find = [&](int x) {
        while (p[x] != x) x = p[x] = p[p[x]];
        return x;
    };
    long long total = 0;
    int joined = 0;
    for (auto& x : e) {
        int a = find((int)x[1]), b = find((int)x[2]);
        if (a == b) continue;
        if (sz[a] < sz[b]) swap(a, b);
        p[b] = a;
        sz[a] += sz[b];
        total += x[0];
        joined++;
    }
    if (joined == n - 1) printf("%lld\n", total);
    else puts("IMPOSSIBLE");
}
