// Dinic's algorithm with current-arc pointers; flow values in 64 bits.
#include <bits/stdc++.h>
using namespace std;

struct Dinic {
    struct E { int to; long long cap; };
    vector<E> es;
    vector<vector<int>> g;
    vector<int> level, it;
    explicit Dinic(int n) : g(n), level(n), it(n) {}
    void add(int u, int v, long long c) {
        g[u].push_back(es.size()); es.push_back({v, c});
        g[v].push_back(es.size()); es.push_back({u, 0});
    }
    bool bfs(int s, int t) {
        fill(level.begin(), level.end(), -1);
        level[s] = 0;
        queue<int> q;
        q.push(s);
        while (!q.empty()) {
            int u = q.front(); q.pop();
            for (int e : g[u])
                if (es[e].cap > 0 && level[es[e].to] < 0) {
                    level[es[e].to] = level[u] + 1;
                    q.push(es[e].to);
                }
        }
        return level[t] >= 0;
    }
    long long dfs(int u, int t, long long f) {
        if (u == t) return f;
        for (int& i = it[u]; i < (int)g[u].size(); i++) {
            int e = g[u][i];
            int v = es[e].to;
            if (es[e].cap > 0 && level[v] == level[u] + 1) {
                long long d = dfs(v, t, min(f, es[e].cap));
                if (d > 0) {
                    es[e].cap -= d;
                    es[e ^ 1].cap += d;
                    return d;
                }
            }
        }
        return 0;
    }
    long long maxflow(int s, int t) {
        long long flow = 0;
        while (bfs(s, t)) {
            fill(it.begin(), it.end(), 0);
            while (long long f = dfs(s, t, LLONG_MAX)) flow += f;
        }
        return flow;
    }
};

int main() {
    int n, m, s, t;
    if (scanf("%d %d %d %d", &n, &m, &s, &t) != 4) return 0;
    Dinic d(n);
    for (int i = 0; i < m; i++) {
        int u, v;
        long long c;
        scanf("%d %d %lld", &u, &v, &c);
        d.add(u - 1, v - 1, c);
    }
    printf("%lld\n", d.maxflow(s - 1, t - 1));
}
