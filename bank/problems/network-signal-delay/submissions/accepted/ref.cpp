class Solution {
public:
    vector<long long> shortestDelays(int n, vector<vector<int>>& edges, int source) {
        vector<vector<pair<int, int>>> adj(n);
        for (auto& e : edges) adj[e[0]].push_back({e[1], e[2]});
        vector<long long> dist(n, -1);
        vector<char> done(n, 0);
        priority_queue<pair<long long, int>, vector<pair<long long, int>>, greater<>> pq;
        dist[source] = 0;
        pq.push({0, source});
        while (!pq.empty()) {
            auto [d, u] = pq.top();
            pq.pop();
            if (done[u]) continue;
            done[u] = 1;
            for (auto [v, w] : adj[u]) {
                long long nd = d + w;
                if (dist[v] < 0 || nd < dist[v]) {
                    dist[v] = nd;
                    pq.push({nd, v});
                }
            }
        }
        return dist;
    }
};
