#include <bits/stdc++.h>
using namespace std;

// Segment tree with lazy propagation (the general tool; the Python reference
// uses the two-Fenwick-tree trick).
int n;
vector<long long> sum_, lz;

void apply(int node, int len, long long x) { sum_[node] += x * len; lz[node] += x; }
void push(int node, int l, int r) {
    if (lz[node]) {
        int m = (l + r) / 2;
        apply(2 * node, m - l + 1, lz[node]);
        apply(2 * node + 1, r - m, lz[node]);
        lz[node] = 0;
    }
}
void build(int node, int l, int r, const vector<long long>& a) {
    if (l == r) { sum_[node] = a[l]; return; }
    int m = (l + r) / 2;
    build(2 * node, l, m, a); build(2 * node + 1, m + 1, r, a);
    sum_[node] = sum_[2 * node] + sum_[2 * node + 1];
}
void update(int node, int l, int r, int ql, int qr, long long x) {
    if (qr < l || r < ql) return;
    if (ql <= l && r <= qr) { apply(node, r - l + 1, x); return; }
    push(node, l, r);
    int m = (l + r) / 2;
    update(2 * node, l, m, ql, qr, x); update(2 * node + 1, m + 1, r, ql, qr, x);
    sum_[node] = sum_[2 * node] + sum_[2 * node + 1];
}
long long query(int node, int l, int r, int ql, int qr) {
    if (qr < l || r < ql) return 0;
    if (ql <= l && r <= qr) return sum_[node];
    push(node, l, r);
    int m = (l + r) / 2;
    return query(2 * node, l, m, ql, qr) + query(2 * node + 1, m + 1, r, ql, qr);
}

int main() {
    int q;
    scanf("%d %d", &n, &q);
    vector<long long> a(n + 1);
    for (int i = 1; i <= n; i++) scanf("%lld", &a[i]);
    sum_.assign(4 * n + 4, 0); lz.assign(4 * n + 4, 0);
    build(1, 1, n, a);
    string out;
    while (q--) {
        int t, l, r;
        scanf("%d %d %d", &t, &l, &r);
        if (t == 1) { long long x; scanf("%lld", &x); update(1, 1, n, l, r, x); }
        else { out += to_string(query(1, 1, n, l, r)); out += '\n'; }
    }
    fputs(out.c_str(), stdout);
}
