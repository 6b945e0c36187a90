#include <bits/stdc++.h>
using namespace std;

int main() {
    int r, c;
    if (!(cin >> r >> c)) return 0;
    vector<string> g(r);
    for (auto& row : g) cin >> row;
    int sr = 0, sc = 0;
    for (int i = 0; i < r; ++i)
        for (int j = 0; j < c; ++j)
            if (g[i][j] == 'S') sr = i, sc = j;
    vector<vector<int>> dist(r, vector<int>(c, -1));
    queue<pair<int, int>> q;
    dist[sr][sc] = 0;
    q.push({sr, sc});
    const int dr[] = {-1, 1, 0, 0}, dc[] = {0, 0, -1, 1};
    while (!q.empty()) {
        auto [i, j] = q.front();
        q.pop();
        if (g[i][j] == 'E') { printf("%d\n", dist[i][j]); return 0; }
        for (int k = 0; k < 4; ++k) {
            int a = i + dr[k], b = j + dc[k];
            if (a < 0 || a >= r || b < 0 || b >= c || g[a][b] == '#' || dist[a][b] >= 0) continue;
            dist[a][b] = dist[i][j] + 1;
            q.push({a, b});
        }
    }
    printf("-1\n");
}
