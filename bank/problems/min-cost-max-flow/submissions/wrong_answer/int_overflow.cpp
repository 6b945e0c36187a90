class Solution {
public:
    vector<long long> minCostMaxFlow(int n, vector<vector<int>>& edges, int s, int t) {
        vector<int> to; vector<long long> cap, cost;
        vector<vector<int>> adj(n);
        for (auto& e : edges) {
            adj[e[0]].push_back(to.size()); to.push_back(e[1]); cap.push_back(e[2]); cost.push_back(e[3]);
            adj[e[1]].push_back(to.size()); to.push_back(e[0]); cap.push_back(0); cost.push_back(-e[3]);
        }
        const long long INF = LLONG_MAX / 4;
        vector<long long> h(n, 0), dist(n);
        vector<int> pe(n);
        int flow = 0, total = 0;  // Mistake: 32-bit totals overflow
        while (true) {
            fill(dist.begin(), dist.end(), INF);
            dist[s] = 0;
            priority_queue<pair<long long, int>, vector<pair<long long, int>>, greater<>> pq;
            pq.push({0, s});
            while (!pq.empty()) {
                auto [d, u] = pq.top(); pq.pop();
                if (d > dist[u]) continue;
                for (int e : adj[u]) {
                    if (!cap[e]) continue;
                    int v = to[e];
                    long long nd = d + cost[e] + h[u] - h[v];
                    if (nd < dist[v]) { dist[v] = nd; pe[v] = e; pq.push({nd, v}); }
                }
            }
            if (dist[t] == INF) break;
            for (int v = 0; v < n; v++) if (dist[v] < INF) h[v] += dist[v];
            long long f = INF;
            for (int v = t; v != s; v = to[pe[v] ^ 1]) f = min(f, cap[pe[v]]);
            for (int v = t; v != s; v = to[pe[v] ^ 1]) { cap[pe[v]] -= f; cap[pe[v] ^ 1] += f; }
            flow += f;
            total += f * (h[t] - h[s]);
        }
        return {flow, total};
    }
};
