// Mistake: the MST weight is accumulated in a 32-bit int.
class Solution {
public:
    vector<long long> minTreeWithEdge(int n, vector<vector<int>>& edges) {
        int m = edges.size();
        vector<int> p(n), idx(m);
        iota(p.begin(), p.end(), 0);
        iota(idx.begin(), idx.end(), 0);
        sort(idx.begin(), idx.end(), [&](int a, int b) { return edges[a][2] < edges[b][2]; });
        auto find = [&](int x) { while (p[x] != x) x = p[x] = p[p[x]]; return x; };
        vector<vector<pair<int, int>>> adj(n);
        int mst = 0;
        for (int i : idx) {
            int u = edges[i][0], v = edges[i][1], w = edges[i][2];
            int a = find(u), b = find(v);
            if (a == b) continue;
            p[a] = b;
            mst += w;
            adj[u].push_back({v, w});
            adj[v].push_back({u, w});
        }
        int LOG = 1;
        while ((1 << LOG) < n) LOG++;
        vector<vector<int>> up(LOG, vector<int>(n, 0)), mx(LOG, vector<int>(n, 0));
        vector<int> depth(n, 0), order{0};
        vector<bool> seen(n, false);
        seen[0] = true;
        for (size_t i = 0; i < order.size(); i++) {
            int u = order[i];
            for (auto [v, w] : adj[u])
                if (!seen[v]) { seen[v] = true; up[0][v] = u; mx[0][v] = w; depth[v] = depth[u] + 1; order.push_back(v); }
        }
        for (int k = 1; k < LOG; k++)
            for (int v = 0; v < n; v++) {
                up[k][v] = up[k - 1][up[k - 1][v]];
                mx[k][v] = max(mx[k - 1][v], mx[k - 1][up[k - 1][v]]);
            }
        auto pathMax = [&](int u, int v) {
            int best = 0;
            if (depth[u] < depth[v]) swap(u, v);
            for (int k = 0, d = depth[u] - depth[v]; d; k++, d >>= 1)
                if (d & 1) { best = max(best, mx[k][u]); u = up[k][u]; }
            if (u == v) return best;
            for (int k = LOG - 1; k >= 0; k--)
                if (up[k][u] != up[k][v]) { best = max({best, mx[k][u], mx[k][v]}); u = up[k][u]; v = up[k][v]; }
            return max({best, mx[0][u], mx[0][v]});
        };
        vector<long long> ans(m);
        for (int i = 0; i < m; i++) ans[i] = mst - pathMax(edges[i][0], edges[i][1]) + edges[i][2];
        return ans;
    }
};
