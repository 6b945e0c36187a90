class Solution {
public:
    long long minCostConnectPoints(vector<vector<int>>& points) {
        int n = points.size();
        vector<long long> dist(n, LLONG_MAX);
        vector<bool> in(n, false);
        dist[0] = 0;
        long long total = 0;
        for (int it = 0; it < n; it++) {
            int u = -1;
            for (int v = 0; v < n; v++)
                if (!in[v] && (u < 0 || dist[v] < dist[u])) u = v;
            in[u] = true;
            total += dist[u];
            for (int v = 0; v < n; v++) {
                if (in[v]) continue;
                long long d = llabs((long long)points[u][0] - points[v][0]) + llabs((long long)points[u][1] - points[v][1]);
                if (d < dist[v]) dist[v] = d;
            }
        }
        return total;
    }
};
