class Solution {
    vector<int> parent;
    int find(int x) {
        while (parent[x] != x) x = parent[x] = parent[parent[x]];   // path halving
        return x;
    }
public:
    int numIslands(vector<string>& grid) {
        int m = grid.size(), n = grid[0].size();
        parent.resize(m * n);
        iota(parent.begin(), parent.end(), 0);
        int land = 0, unions = 0;
        for (int i = 0; i < m; ++i)
            for (int j = 0; j < n; ++j) {
                if (grid[i][j] != '1') continue;
                ++land;
                int id = i * n + j;
                if (i > 0 && grid[i - 1][j] == '1') {
                    int a = find(id), b = find(id - n);
                    if (a != b) { parent[a] = b; ++unions; }
                }
                if (j > 0 && grid[i][j - 1] == '1') {
                    int a = find(id), b = find(id - 1);
                    if (a != b) { parent[a] = b; ++unions; }
                }
            }
        return land - unions;                     // every successful union merges two islands
    }
};
