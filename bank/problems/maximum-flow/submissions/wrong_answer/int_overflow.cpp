#include <bits/stdc++.h>
using namespace std;
// Mistake: correct Dinic, but the total flow is an int.
struct E { int to, cap; };
vector<E> e; vector<vector<int>> g; vector<int> level, it;
bool bfs(int s, int t) {
    fill(level.begin(), level.end(), -1);
    queue<int> q; level[s] = 0; q.push(s);
    while (!q.empty()) { int u = q.front(); q.pop();
        for (int id : g[u]) if (e[id].cap && level[e[id].to] < 0) { level[e[id].to] = level[u] + 1; q.push(e[id].to); } }
    return level[t] >= 0;
}
int dfs(int u, int t, int f) {
    if (u == t) return f;
    for (int& i = it[u]; i < (int)g[u].size(); i++) { int id = g[u][i];
        if (e[id].cap && level[e[id].to] == level[u] + 1) { int d = dfs(e[id].to, t, min(f, e[id].cap));
            if (d) { e[id].cap -= d; e[id ^ 1].cap += d; return d; } } }
    return 0;
}
int main() {
    int n, m, s, t; scanf("%d %d %d %d", &n, &m, &s, &t);
    g.resize(n + 1); level.resize(n + 1); it.resize(n + 1);
    for (int i = 0; i < m; i++) { int u, v, c; scanf("%d %d %d", &u, &v, &c);
        g[u].push_back(e.size()); e.push_back({v, c}); g[v].push_back(e.size()); e.push_back({u, 0}); }
    int flow = 0;
    while (bfs(s, t)) { fill(it.begin(), it.end(), 0); while (int f = dfs(s, t, INT_MAX)) flow += f; }
    printf("%d\n", flow);
}
