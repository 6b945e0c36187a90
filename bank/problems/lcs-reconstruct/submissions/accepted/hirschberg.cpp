// Hirschberg's divide and conquer: O(nm) time, O(n + m) memory.
#include <bits/stdc++.h>
using namespace std;

static vector<int> lcsRow(const string& a, const string& b) {
    vector<int> prev(b.size() + 1, 0), cur(b.size() + 1, 0);
    for (char c : a) {
        for (size_t j = 0; j < b.size(); ++j)
            cur[j + 1] = c == b[j] ? prev[j] + 1 : max(cur[j], prev[j + 1]);
        swap(prev, cur);
    }
    return prev;
}

static void solve(const string& a, const string& b, string& out) {
    if (a.empty() || b.empty()) return;
    if (a.size() == 1) {
        if (b.find(a[0]) != string::npos) out += a[0];
        return;
    }
    size_t mid = a.size() / 2;
    string left = a.substr(0, mid), right = a.substr(mid);
    vector<int> l = lcsRow(left, b);
    string rr(right.rbegin(), right.rend()), br(b.rbegin(), b.rend());
    vector<int> r = lcsRow(rr, br);
    size_t best = 0;
    int bestVal = -1;
    for (size_t k = 0; k <= b.size(); ++k) {
        int v = l[k] + r[b.size() - k];
        if (v > bestVal) { bestVal = v; best = k; }
    }
    solve(left, b.substr(0, best), out);
    solve(right, b.substr(best), out);
}

int main() {
    string a, b;
    cin >> a >> b;
    string out;
    solve(a, b, out);
    printf("%zu\n%s\n", out.size(), out.c_str());
}
