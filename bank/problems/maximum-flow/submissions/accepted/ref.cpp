#include <bits/stdc++.h>
using namespace std;

struct Dinic {
    struct E { int to; long long cap; };
    vector<E> e;
    vector<vector<int>> g;
    vector<int> level, it;
    Dinic(int n) : g(n + 1), level(n + 1), it(n + 1) {}
    void add(int u, int v, long long c) {
        g[u].push_back(e.size()); e.push_back({v, c});
        g[v].push_back(e.size()); e.push_back({u, 0});
    }
    bool bfs(int s, int t) {
        fill(level.begin(), level.end(), -1);
        queue<int> q;
        level[s] = 0; q.push(s);
        while (!q.empty()) {
            int u = q.front(); q.pop();
            for (int id : g[u]) if (e[id].cap && level[e[id].to] < 0) { level[e[id].to] = level[u] + 1; q.push(e[id].to); }
        }
        return level[t] >= 0;
    }
    long long dfs(int u, int t, long long f) {
        if (u == t) return f;
        for (int& i = it[u]; i < (int)g[u].size(); i++) {
            int id = g[u][i];
            if (e[id].cap && level[e[id].to] == level[u] + 1) {
                long long d = dfs(e[id].to, t, min(f, e[id].cap));
                if (d) { e[id].cap -= d; e[id ^ 1].cap += d; return d; }
            }
        }
        level[u] = -1;
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
    scanf("%d %d %d %d", &n, &m, &s, &t);
    Dinic d(n);
    for (int i = 0; i < m; i++) {
        int u, v; long long c;
        scanf("%d %d %lld", &u, &v, &c);
        d.add(u, v, c);
    }
    printf("%lld\n", d.maxflow(s, t));
}
