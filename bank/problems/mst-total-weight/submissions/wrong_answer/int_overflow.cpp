#include <bits/stdc++.h>
using namespace std;
// Mistake: the total is kept in a 32-bit int; n-1 edges of weight up to 1e9 overflow it.
int main() {
    int n, m;
    scanf("%d %d", &n, &m);
    vector<array<int, 3>> e(m);
    for (auto& x : e) scanf("%d %d %d", &x[1], &x[2], &x[0]);
    sort(e.begin(), e.end());
    vector<int> p(n + 1);
    iota(p.begin(), p.end(), 0);
    function<int(int)> find = [&](int x) { return p[x] == x ? x : p[x] = find(p[x]); };
    int total = 0, joined = 0;
    for (auto& x : e) {
        int a = find(x[1]), b = find(x[2]);
        if (a == b) continue;
        p[a] = b;
        total += x[0];
        joined++;
    }
    if (joined == n - 1) printf("%d\n", total);
    else puts("IMPOSSIBLE");
}
