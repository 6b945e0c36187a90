class Solution {
    vector<int> parent, sz;
    int find(int x) {
        while (parent[x] != x) x = parent[x] = parent[parent[x]];
        return x;
    }
public:
    vector<int> islandsAfterEach(int m, int n, vector<vector<int>>& positions) {
        parent.assign(m * n, -1);
        sz.assign(m * n, 1);
        int count = 0;
        vector<int> res;
        const int dr[4] = {-1, 1, 0, 0}, dc[4] = {0, 0, -1, 1};
        for (auto& p : positions) {
            int r = p[0], c = p[1], i = r * n + c;
            if (parent[i] == -1) {
                parent[i] = i;
                count++;
                for (int d = 0; d < 4; d++) {
                    int rr = r + dr[d], cc = c + dc[d];
                    if (rr < 0 || rr >= m || cc < 0 || cc >= n || parent[rr * n + cc] == -1) continue;
                    int a = find(i), b = find(rr * n + cc);
                    if (a == b) continue;
                    if (sz[a] < sz[b]) swap(a, b);
                    parent[b] = a;
                    sz[a] += sz[b];
                    count--;
                }
            }
            res.push_back(count);
        }
        return res;
    }
};
