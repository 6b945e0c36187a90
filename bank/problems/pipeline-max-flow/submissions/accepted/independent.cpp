// Independent solution written from the statement alone: highest-label push-relabel (preflow phase only: the flow value is the excess reaching t) with gap heuristic and periodic global relabelling by reverse BFS from t; parallel/antiparallel pipes merged into one arc pair, self-loops and 0-capacity pipes dropped. 64-bit capacities.
#include <bits/stdc++.h>
using namespace std;
typedef long long ll;

static int n, m, S, T;
static vector<int> to_, adjStart, adjList, h, cnt, cur;
static vector<ll> cap_, ex;
static vector<vector<int>> bucket;
static int highest;

static void globalRelabel() {
    // exact distance to T in the residual graph; nodes that cannot reach T get height n
    fill(h.begin(), h.end(), n);
    h[T] = 0;
    vector<int> q;
    q.reserve(n);
    q.push_back(T);
    for (size_t qi = 0; qi < q.size(); ++qi) {
        int u = q[qi];
        for (int k = adjStart[u]; k < adjStart[u + 1]; ++k) {
            int a = adjList[k];
            int v = to_[a];
            // residual arc v -> u is the reverse arc a^1
            if (cap_[a ^ 1] > 0 && h[v] == n && v != S) {
                h[v] = h[u] + 1;
                q.push_back(v);
            }
        }
    }
    h[S] = n;
    fill(cnt.begin(), cnt.end(), 0);
    for (auto &b : bucket) b.clear();
    highest = -1;
    for (int v = 1; v <= n; ++v) {
        if (h[v] < n) cnt[h[v]]++;
        cur[v] = adjStart[v];
        if (v != S && v != T && ex[v] > 0 && h[v] < n) {
            bucket[h[v]].push_back(v);
            highest = max(highest, h[v]);
        }
    }
}

int main() {
    if (scanf("%d %d %d %d", &n, &m, &S, &T) != 4) return 0;
    unordered_map<ll, pair<ll, ll>> mp;
    mp.reserve(2 * (size_t)m + 1);
    vector<ll> order;
    for (int i = 0; i < m; ++i) {
        int u, v;
        ll c;
        if (scanf("%d %d %lld", &u, &v, &c) != 3) return 0;
        if (u == v || c == 0) continue;
        int a = min(u, v), b = max(u, v);
        ll key = (ll)a * (n + 1) + b;
        auto itm = mp.find(key);
        if (itm == mp.end()) {
            itm = mp.emplace(key, make_pair(0LL, 0LL)).first;
            order.push_back(key);
        }
        if (u < v) itm->second.first += c; else itm->second.second += c;
    }
    int E = 2 * (int)order.size();
    to_.resize(E);
    cap_.resize(E);
    vector<int> from(E), deg(n + 2, 0);
    for (size_t k = 0; k < order.size(); ++k) {
        ll key = order[k];
        int a = (int)(key / (n + 1)), b = (int)(key % (n + 1));
        auto pr = mp[key];
        to_[2 * k] = b; cap_[2 * k] = pr.first; from[2 * k] = a;
        to_[2 * k + 1] = a; cap_[2 * k + 1] = pr.second; from[2 * k + 1] = b;
        deg[a]++; deg[b]++;
    }
    adjStart.assign(n + 2, 0);
    for (int v = 1; v <= n + 1; ++v) adjStart[v] = adjStart[v - 1] + deg[v - 1];
    adjList.assign(E, 0);
    {
        vector<int> fp(adjStart.begin(), adjStart.end());
        for (int e = 0; e < E; ++e) adjList[fp[from[e]]++] = e;
    }

    h.assign(n + 1, 0);
    cnt.assign(n + 1, 0);
    cur.assign(n + 2, 0);
    ex.assign(n + 1, 0);
    bucket.assign(n + 1, vector<int>());

    // saturate every arc leaving S
    for (int k = adjStart[S]; k < adjStart[S + 1]; ++k) {
        int a = adjList[k];
        if (cap_[a] > 0) {
            int v = to_[a];
            ll c = cap_[a];
            cap_[a] = 0;
            cap_[a ^ 1] += c;
            ex[v] += c;
            ex[S] -= c;
        }
    }
    globalRelabel();

    long long work = 0;
    const long long workLimit = 20LL * n + 3LL * E;  // global relabel after this much relabel work

    while (highest >= 0) {
        if (bucket[highest].empty()) { highest--; continue; }
        int u = bucket[highest].back();
        bucket[highest].pop_back();
        if (h[u] != highest || ex[u] == 0 || h[u] >= n) continue;  // stale entry
        // discharge u
        while (ex[u] > 0) {
            if (cur[u] == adjStart[u + 1]) {
                // relabel
                int old = h[u];
                int nh = n;
                for (int k = adjStart[u]; k < adjStart[u + 1]; ++k) {
                    int a = adjList[k];
                    if (cap_[a] > 0 && h[to_[a]] + 1 < nh) nh = h[to_[a]] + 1;
                }
                work += 12 + (adjStart[u + 1] - adjStart[u]);
                cnt[old]--;
                if (cnt[old] == 0) {
                    // gap: nobody at height old, so nothing above it can reach T
                    for (int w = 1; w <= n; ++w)
                        if (h[w] > old && h[w] < n) { cnt[h[w]]--; h[w] = n; }
                    h[u] = n;
                } else {
                    h[u] = nh;
                    if (nh < n) cnt[nh]++;
                }
                cur[u] = adjStart[u];
                if (h[u] >= n) break;
                continue;
            }
            int a = adjList[cur[u]];
            int v = to_[a];
            if (cap_[a] > 0 && h[u] == h[v] + 1) {
                ll d = min(ex[u], cap_[a]);
                cap_[a] -= d;
                cap_[a ^ 1] += d;
                if (ex[v] == 0 && v != T && v != S) {
                    bucket[h[v]].push_back(v);
                    if (h[v] > highest) highest = h[v];
                }
                ex[v] += d;
                ex[u] -= d;
                if (cap_[a] == 0) cur[u]++;
            } else {
                cur[u]++;
            }
        }
        if (work > workLimit) {
            work = 0;
            globalRelabel();
        }
    }
    printf("%lld\n", ex[T]);
    return 0;
}
