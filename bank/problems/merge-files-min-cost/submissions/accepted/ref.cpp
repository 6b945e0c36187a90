class Solution {
public:
    long long minMergeCost(vector<int>& sizes) {
        priority_queue<long long, vector<long long>, greater<long long>> pq(sizes.begin(), sizes.end());
        long long cost = 0;
        while (pq.size() > 1) {
            long long a = pq.top(); pq.pop();
            long long b = pq.top(); pq.pop();
            cost += a + b;
            pq.push(a + b);
        }
        return cost;
    }
};
