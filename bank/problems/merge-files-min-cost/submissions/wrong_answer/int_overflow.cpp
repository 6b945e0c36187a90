// Mistake: sizes and cost kept in 32-bit int; merged sizes exceed 2^31 - 1.
class Solution {
public:
    long long minMergeCost(vector<int>& sizes) {
        priority_queue<int, vector<int>, greater<int>> pq(sizes.begin(), sizes.end());
        int cost = 0;
        while (pq.size() > 1) {
            int a = pq.top(); pq.pop();
            int b = pq.top(); pq.pop();
            cost += a + b;
            pq.push(a + b);
        }
        return cost;
    }
};
