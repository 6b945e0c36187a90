#include <bits/stdc++.h>
using namespace std;

int main() {
    int n, k;
    if (scanf("%d %d", &n, &k) != 2) return 0;
    priority_queue<int, vector<int>, greater<int>> freeq;
    for (int i = 1; i <= k; i++) freeq.push(i);
    priority_queue<pair<long long, int>, vector<pair<long long, int>>, greater<>> busy;
    string out;
    long long start = 0;  // one FIFO queue: start times never decrease
    for (int i = 0; i < n; i++) {
        long long t, d;
        scanf("%lld %lld", &t, &d);
        start = max(start, t);  // not before arrival, nor before the one ahead started
        while (!busy.empty() && busy.top().first <= start) { freeq.push(busy.top().second); busy.pop(); }
        if (freeq.empty()) {
            start = busy.top().first;
            while (!busy.empty() && busy.top().first == start) { freeq.push(busy.top().second); busy.pop(); }
        }
        int teller = freeq.top();
        freeq.pop();
        busy.push({start + d, teller});
        out += to_string(start) + " " + to_string(teller) + "\n";
    }
    fputs(out.c_str(), stdout);
}
