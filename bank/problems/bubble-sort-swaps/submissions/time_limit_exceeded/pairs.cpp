// Checks every pair: n(n-1)/2 = 2e10 comparisons at the maximum size.
#include <bits/stdc++.h>
using namespace std;
int main() {
    int n;
    if (scanf("%d", &n) != 1) return 0;
    vector<int> a(n);
    for (auto& x : a) scanf("%d", &x);
    long long inv = 0;
    for (int i = 0; i < n; ++i)
        for (int j = i + 1; j < n; ++j) inv += a[i] > a[j];
    printf("%lld\n", inv);
}
