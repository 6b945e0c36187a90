#include <bits/stdc++.h>
using namespace std;

int main() {
    int n, q;
    if (scanf("%d %d", &n, &q) != 2) return 0;
    vector<int> a(n);
    for (auto& x : a) scanf("%d", &x);
    sort(a.begin(), a.end());
    string out;
    while (q--) {
        int l, r;
        scanf("%d %d", &l, &r);
        long cnt = upper_bound(a.begin(), a.end(), r) - lower_bound(a.begin(), a.end(), l);
        out += to_string(cnt);
        out += '\n';
    }
    fputs(out.c_str(), stdout);
}
