// Independent solution written from the statement alone: reduce lower bounds to node demands; feasibility = one max flow SS->TT with t contracted into s; the answer = Hoffman's min cut (r out minus l in) = max flow s->t in the graph with arcs r-l, s->v for d(v)>0, v->t for d(v)<0, minus the total positive demand; max flows by highest-label push-relabel (C++ for speed, see notes.md).
#include <bits/stdc++.h>
using namespace std;
typedef long long ll;

struct Arc { int to, rev; ll cap; };

struct HLPP {
    int N, S, T, highest;
    vector<vector<Arc>> g;
    vector<ll> ex;
    vector<int> h, cntH, curA;
    vector<vector<int>> bucket;
    long long work;

    explicit HLPP(int n) : N(n), g(n) {}
    void addEdge(int u, int v, ll c) {
        if (u == v || c <= 0) return;
        g[u].push_back({v, (int)g[v].size(), c});
        g[v].push_back({u, (int)g[u].size() - 1, 0});
    }
    void activate(int v) {
        if (v == S || v == T || h[v] >= N) return;
        bucket[h[v]].push_back(v);
        if (h[v] > highest) highest = h[v];
    }
    void globalRelabel() {
        work = 0;
        fill(h.begin(), h.end(), N);
        fill(cntH.begin(), cntH.end(), 0);
        for (auto &b : bucket) b.clear();
        highest = -1;
        vector<int> q; q.reserve(N);
        h[T] = 0; q.push_back(T);
        for (size_t qi = 0; qi < q.size(); qi++) {
            int u = q[qi];
            for (const Arc &a : g[u]) {
                int v = a.to;
                if (h[v] == N && v != S && g[v][a.rev].cap > 0) {
                    h[v] = h[u] + 1;
                    q.push_back(v);
                }
            }
        }
        for (int v = 0; v < N; v++) {
            if (h[v] < N) cntH[h[v]]++;
            curA[v] = 0;
            if (ex[v] > 0) activate(v);
        }
    }
    void gap(int k) {
        for (int v = 0; v < N; v++)
            if (h[v] > k && h[v] < N) { cntH[h[v]]--; h[v] = N; }
    }
    void discharge(int u) {
        while (ex[u] > 0) {
            if (curA[u] == (int)g[u].size()) {
                int old = h[u], nh = N;
                for (const Arc &a : g[u])
                    if (a.cap > 0 && h[a.to] + 1 < nh) nh = h[a.to] + 1;
                work += (long long)g[u].size() + 12;
                cntH[old]--;
                if (cntH[old] == 0) { gap(old); h[u] = N; return; }
                h[u] = nh;
                if (nh >= N) return;
                cntH[nh]++;
                curA[u] = 0;
                continue;
            }
            Arc &a = g[u][curA[u]];
            if (a.cap > 0 && h[u] == h[a.to] + 1) {
                ll d = min(ex[u], a.cap);
                int v = a.to;
                bool wasZero = (ex[v] == 0);
                a.cap -= d; g[v][a.rev].cap += d;
                ex[u] -= d; ex[v] += d;
                if (wasZero) activate(v);
                if (ex[u] == 0) break;
            }
            curA[u]++;
        }
    }
    // value of a maximum S-T flow (preflow phase only)
    ll run(int s, int t) {
        S = s; T = t;
        ex.assign(N, 0); h.assign(N, N); cntH.assign(N + 1, 0); curA.assign(N, 0);
        bucket.assign(N + 1, {});
        long long arcs = 0;
        for (auto &adj : g) arcs += adj.size();
        for (Arc &a : g[S]) {
            if (a.cap > 0) {
                ll d = a.cap;
                a.cap = 0; g[a.to][a.rev].cap += d;
                ex[a.to] += d; ex[S] -= d;
            }
        }
        globalRelabel();
        long long limit = 4LL * N + arcs + 10;
        while (highest >= 0) {
            if (bucket[highest].empty()) { highest--; continue; }
            int u = bucket[highest].back();
            bucket[highest].pop_back();
            if (h[u] != highest || ex[u] == 0) continue;
            discharge(u);
            if (work > limit) globalRelabel();
        }
        return ex[T];
    }
};

int main() {
    int n, m, s, t;
    if (scanf("%d %d %d %d", &n, &m, &s, &t) != 4) return 0;
    vector<int> U(m), V(m);
    vector<ll> L(m), R(m);
    vector<ll> d(n + 1, 0);  // d[v] = (lower bounds entering v) - (lower bounds leaving v)
    for (int i = 0; i < m; i++) {
        if (scanf("%d %d %lld %lld", &U[i], &V[i], &L[i], &R[i]) != 4) return 0;
        if (U[i] == V[i]) continue;  // a self-loop never affects any balance (l <= r always feasible)
        d[V[i]] += L[i];
        d[U[i]] -= L[i];
    }
    ll Dplus = 0;
    for (int v = 1; v <= n; v++) if (d[v] > 0) Dplus += d[v];

    // 1) feasibility. Only s and t may be unbalanced, and their imbalances are opposite, so
    //    contracting t into s gives an ordinary circulation-with-demands problem: feasible iff
    //    the max flow from a super source SS (to nodes with d > 0) to a super sink TT (from nodes
    //    with d < 0) saturates every SS arc.
    {
        const int SS = n + 1, TT = n + 2;
        auto id = [&](int v) { return v == t ? s : v; };
        vector<ll> dc(n + 1, 0);
        for (int v = 1; v <= n; v++) dc[id(v)] += d[v];
        HLPP f(n + 3);
        ll need = 0;
        for (int i = 0; i < m; i++) f.addEdge(id(U[i]), id(V[i]), R[i] - L[i]);
        for (int v = 1; v <= n; v++) {
            if (dc[v] > 0) { f.addEdge(SS, v, dc[v]); need += dc[v]; }
            else if (dc[v] < 0) f.addEdge(v, TT, -dc[v]);
        }
        if (f.run(SS, TT) != need) { puts("IMPOSSIBLE"); return 0; }
    }
    // 2) Hoffman: max value = min over cuts X (s in X, t not in X) of r(X->X') - l(X'->X)
    //    = min over the same cuts of [(r-l)(X->X') + d+(X') + d-(X)] - Dplus,
    //    i.e. a max flow from s to t in the graph with arcs r-l, s->v (d(v) > 0), v->t (d(v) < 0).
    {
        HLPP f(n + 1);
        for (int i = 0; i < m; i++) f.addEdge(U[i], V[i], R[i] - L[i]);
        for (int v = 1; v <= n; v++) {
            if (d[v] > 0) f.addEdge(s, v, d[v]);
            else if (d[v] < 0) f.addEdge(v, t, -d[v]);
        }
        ll cut = f.run(s, t);
        printf("%lld\n", cut - Dplus);
    }
    return 0;
}
