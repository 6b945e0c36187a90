// Mistake: distances kept in 32-bit int; sums of weights up to 1e9 overflow.
class Solution {
public:
    vector<long long> shortestDelays(int n, vector<vector<int>>& edges, int source) {
        vector<vector<pair<int, int>>> adj(n);
        for (auto& e : edges) adj[e[0]].push_back({e[1], e[2]});
        vector<int> dist(n, -1);
        vector<char> done(n, 0);
        priority_queue<pair<int, int>, vector<pair<int, int>>, greater<>> pq;
        dist[source] = 0;
        pq.push({0, source});
        while (!pq.empty()) {
            auto [d, u] = pq.top();
            pq.pop();
            if (done[u]) continue;
            done[u] = 1;
            for (auto [v, w] : adj[u]) {
                int nd = d + w;
                if (dist[v] < 0 || nd < dist[v]) {
                    dist[v] = nd;
                    pq.push({nd, v});
                }
            }
        }
        return vector<long long>(dist.begin(), dist.end());
    }
};
