#include <bits/stdc++.h>
using namespace std;
const long long MOD = 1000000007LL;

long long power(long long b, long long e) {
    long long r = 1;
    b %= MOD;
    for (; e; e >>= 1, b = b * b % MOD)
        if (e & 1) r = r * b % MOD;
    return r;
}

int main() {
    int q;
    scanf("%d", &q);
    vector<int> ns(q), ks(q);
    int top = 0;
    for (int i = 0; i < q; i++) { scanf("%d %d", &ns[i], &ks[i]); top = max(top, ns[i]); }
    vector<long long> fact(top + 1), inv(top + 1);
    fact[0] = 1;
    for (int i = 1; i <= top; i++) fact[i] = fact[i - 1] * i % MOD;
    inv[top] = power(fact[top], MOD - 2);
    for (int i = top; i > 0; i--) inv[i - 1] = inv[i] * i % MOD;
    string out;
    for (int i = 0; i < q; i++) {
        long long r = ks[i] > ns[i] ? 0 : fact[ns[i]] * inv[ks[i]] % MOD * inv[ns[i] - ks[i]] % MOD;
        out += to_string(r);
        out += '\n';
    }
    fputs(out.c_str(), stdout);
}
