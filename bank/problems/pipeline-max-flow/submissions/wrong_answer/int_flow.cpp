// Mistake: capacities and the total flow kept in 32-bit int; totals above 2^31-1 overflow.
#include <bits/stdc++.h>
using namespace std;

struct Dinic {
    struct E { int to; int cap; };
    vector<E> es;
    vector<vector<int>> g;
    vector<int> level, it;
    explicit Dinic(int n) : g(n), level(n), it(n) {}
    void add(int u, int v, int c) {
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
    int dfs(int u, int t, int f) {
        if (u == t) return f;
        for (int& i = it[u]; i < (int)g[u].size(); i++) {
            int e = g[u][i];
            int v = es[e].to;
            if (es[e].cap > 0 && level[v] == level[u] + 1) {
                int d = dfs(v, t, min(f, es[e].cap));
                if (d > 0) {
                    es[e].cap -= d;
                    es[e ^ 1].cap += d;
                    return d;
                }
            }
        }
        return 0;
    }
    int maxflow(int s, int t) {
        int flow = 0;
        while (bfs(s, t)) {
            fill(it.begin(), it.end(), 0);
            while (int f = dfs(s, t, INT_MAX)) flow += f;
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
        int c;
        scanf("%d %d %d", &u, &v, &c);
        d.add(u - 1, v - 1, c);
    }
    printf("%d\n", d.maxflow(s - 1, t - 1));
}
