class Solution {
public:
    double maxValue(vector<int>& weights, vector<int>& values, long long capacity) {
        int n = weights.size();
        vector<int> order(n);
        iota(order.begin(), order.end(), 0);
        // compare v_i / w_i > v_j / w_j exactly: v_i * w_j > v_j * w_i (fits in 64 bits)
        sort(order.begin(), order.end(), [&](int a, int b) {
            return (long long)values[a] * weights[b] > (long long)values[b] * weights[a];
        });
        long long whole = 0;
        for (int i : order) {
            if (capacity == 0) break;
            if (weights[i] <= capacity) {
                capacity -= weights[i];
                whole += values[i];
            } else {
                return whole + (double)values[i] * capacity / weights[i];
            }
        }
        return (double)whole;
    }
};
