#include <bits/stdc++.h>
using namespace std;
// Mistake: factorials kept in int; the product of two residues (~1e18) overflows.
const int MOD = 1000000007;
int power(int b, int e) { int r = 1; for (; e; e >>= 1, b = b * b % MOD) if (e & 1) r = r * b % MOD; return r; }
int main() {
    int q; scanf("%d", &q);
    vector<int> ns(q), ks(q); int top = 0;
    for (int i = 0; i < q; i++) { scanf("%d %d", &ns[i], &ks[i]); top = max(top, ns[i]); }
    vector<int> fact(top + 1), inv(top + 1);
    fact[0] = 1;
    for (int i = 1; i <= top; i++) fact[i] = fact[i - 1] * i % MOD;
    inv[top] = power(fact[top], MOD - 2);
    for (int i = top; i > 0; i--) inv[i - 1] = inv[i] * i % MOD;
    for (int i = 0; i < q; i++)
        printf("%d\n", ks[i] > ns[i] ? 0 : fact[ns[i]] * inv[ks[i]] % MOD * inv[ns[i] - ks[i]] % MOD);
}
