// Coordinate compression + Fenwick tree: for each element, count earlier elements that are larger.
#include <bits/stdc++.h>
using namespace std;

int main() {
    int n;
    if (scanf("%d", &n) != 1) return 0;
    vector<int> a(n);
    for (auto& x : a) scanf("%d", &x);
    vector<int> vals(a);
    sort(vals.begin(), vals.end());
    vals.erase(unique(vals.begin(), vals.end()), vals.end());
    int m = vals.size();
    vector<int> bit(m + 1, 0);
    long long inv = 0;
    for (int i = 0; i < n; ++i) {
        int r = lower_bound(vals.begin(), vals.end(), a[i]) - vals.begin() + 1;  // 1-based rank
        int notGreater = 0;
        for (int k = r; k > 0; k -= k & -k) notGreater += bit[k];
        inv += i - notGreater;                       // earlier elements strictly greater than a[i]
        for (int k = r; k <= m; k += k & -k) bit[k]++;
    }
    printf("%lld\n", inv);
}
