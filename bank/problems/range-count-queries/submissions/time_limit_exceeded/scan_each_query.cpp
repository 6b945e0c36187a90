#include <bits/stdc++.h>
using namespace std;
int main() {
    int n, q;
    if (scanf("%d %d", &n, &q) != 2) return 0;
    vector<int> a(n);
    for (auto& x : a) scanf("%d", &x);
    while (q--) {
        int l, r;
        scanf("%d %d", &l, &r);
        int cnt = 0;
        for (int x : a) cnt += (l <= x && x <= r);
        printf("%d\n", cnt);
    }
}
