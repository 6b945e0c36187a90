#include <bits/stdc++.h>
using namespace std;

struct Dinic {
    vector<int> to; vector<long long> cap;
    vector<vector<int>> g; vector<int> level, it;
    Dinic(int n) : g(n), level(n), it(n) {}
    int add(int u, int v, long long c) {
        g[u].push_back(to.size()); to.push_back(v); cap.push_back(c);
        g[v].push_back(to.size()); to.push_back(u); cap.push_back(0);
        return (int)to.size() - 2;
    }
    bool bfs(int s, int t) {
        fill(level.begin(), level.end(), -1);
        queue<int> q; level[s] = 0; q.push(s);
        while (!q.empty()) { int u = q.front(); q.pop();
            for (int e : g[u]) if (cap[e] && level[to[e]] < 0) { level[to[e]] = level[u] + 1; q.push(to[e]); } }
        return level[t] >= 0;
    }
    long long dfs(int u, int t, long long f) {
        if (u == t) return f;
        for (int& i = it[u]; i < (int)g[u].size(); i++) {
            int e = g[u][i];
            if (cap[e] && level[to[e]] == level[u] + 1) {
                long long d = dfs(to[e], t, min(f, cap[e]));
                if (d) { cap[e] -= d; cap[e ^ 1] += d; return d; }
            }
        }
        level[u] = -1;
        return 0;
    }
    long long run(int s, int t) {
        long long flow = 0;
        while (bfs(s, t)) { fill(it.begin(), it.end(), 0); while (long long f = dfs(s, t, LLONG_MAX)) flow += f; }
        return flow;
    }
};

int main() {
    int n, m, s, t;
    scanf("%d %d %d %d", &n, &m, &s, &t);
    int S = n + 1, T = n + 2;
    Dinic d(n + 3);
    vector<long long> excess(n + 1, 0);
    long long totalHigh = 0;
    for (int i = 0; i < m; i++) {
        int u, v; long long lo, hi;
        scanf("%d %d %lld %lld", &u, &v, &lo, &hi);
        d.add(u, v, hi - lo);
        excess[v] += lo; excess[u] -= lo;
        totalHigh += hi;
    }
    long long INF = totalHigh + 1;
    int ets = d.add(t, s, INF), est = d.add(s, t, INF);
    long long need = 0;
    for (int v = 1; v <= n; v++) {
        if (excess[v] > 0) { d.add(S, v, excess[v]); need += excess[v]; }
        else if (excess[v] < 0) d.add(v, T, -excess[v]);
    }
    if (d.run(S, T) < need) { puts("IMPOSSIBLE"); return 0; }
    long long base = d.cap[ets ^ 1] - d.cap[est ^ 1];
    for (int e : {ets, ets ^ 1, est, est ^ 1}) d.cap[e] = 0;
    printf("%lld\n", base + d.run(s, t));
}
