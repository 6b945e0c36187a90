// Mistake: times kept in 32-bit int; finish times pass 2^31 - 1 when customers queue up.
#include <bits/stdc++.h>
using namespace std;

int main() {
    int n, k;
    if (scanf("%d %d", &n, &k) != 2) return 0;
    priority_queue<int, vector<int>, greater<int>> freeq;
    for (int i = 1; i <= k; i++) freeq.push(i);
    priority_queue<pair<int, int>, vector<pair<int, int>>, greater<>> busy;
    string out;
    int start = 0;
    for (int i = 0; i < n; i++) {
        int t, d;
        scanf("%d %d", &t, &d);
        start = max(start, t);
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
