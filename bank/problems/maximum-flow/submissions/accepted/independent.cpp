// Independent solution written from the statement alone: highest-label push-relabel (HLPP) with gap heuristic and periodic global relabeling, first phase only (excess reaching t = max-flow value); C++ because Python Dinic exceeded the time limit on adversarial maximum-size graphs.
#include <bits/stdc++.h>
using namespace std;
typedef long long ll;

struct Arc { int to, rev; ll cap; };

static int N, S, T;
static vector<vector<Arc>> g;
static vector<ll> ex;
static vector<int> h, cntH, curA;
static vector<vector<int>> bucket;
static int highest;
static long long work;

static void addEdge(int u, int v, ll c) {
    g[u].push_back({v, (int)g[v].size(), c});
    g[v].push_back({u, (int)g[u].size() - 1, 0});
}

static void activate(int v) {
    if (v == S || v == T || h[v] >= N) return;
    bucket[h[v]].push_back(v);
    if (h[v] > highest) highest = h[v];
}

static void globalRelabel() {
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
            // residual arc v->u is g[v][a.rev]
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

static void gap(int k) {
    // nothing remains at height k: every node above it (below N) is cut off from T
    for (int v = 0; v < N; v++) {
        if (h[v] > k && h[v] < N) {
            cntH[h[v]]--;
            h[v] = N;
        }
    }
}

static void discharge(int u) {
    while (ex[u] > 0) {
        if (curA[u] == (int)g[u].size()) {
            // relabel
            int old = h[u];
            int nh = N;
            for (const Arc &a : g[u])
                if (a.cap > 0 && h[a.to] + 1 < nh) nh = h[a.to] + 1;
            work += (long long)g[u].size() + 12;
            cntH[old]--;
            if (cntH[old] == 0) {
                gap(old);
                h[u] = N;
                return;
            }
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
            a.cap -= d;
            g[v][a.rev].cap += d;
            ex[u] -= d;
            ex[v] += d;
            if (wasZero) activate(v);
            if (ex[u] == 0) break;
        }
        curA[u]++;
    }
}

int main() {
    int n, m;
    if (scanf("%d %d %d %d", &n, &m, &S, &T) != 4) return 0;
    N = n + 1;  // node 0 unused (isolated)
    g.assign(N, {});
    for (int i = 0; i < m; i++) {
        int u, v; ll c;
        if (scanf("%d %d %lld", &u, &v, &c) != 3) return 0;
        if (u == v) continue;
        addEdge(u, v, c);
    }
    ex.assign(N, 0); h.assign(N, N); cntH.assign(N + 1, 0); curA.assign(N, 0);
    bucket.assign(N + 1, {});
    // initial preflow: saturate every arc out of S
    for (Arc &a : g[S]) {
        if (a.cap > 0) {
            ll d = a.cap;
            a.cap = 0;
            g[a.to][a.rev].cap += d;
            ex[a.to] += d;
            ex[S] -= d;
        }
    }
    globalRelabel();
    long long limit = 4LL * N + (long long)2 * m + 10;
    while (highest >= 0) {
        if (bucket[highest].empty()) { highest--; continue; }
        int u = bucket[highest].back();
        bucket[highest].pop_back();
        if (h[u] != highest || ex[u] == 0) continue;  // stale entry
        discharge(u);
        if (work > limit) globalRelabel();
    }
    printf("%lld\n", ex[T]);
    return 0;
}
