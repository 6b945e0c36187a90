// Mistake: (c / g) * x0 is computed in 64 bits and overflows for large inputs.
class Solution {
public:
    long long smallestX(long long a, long long b, long long c) {
        long long old_r = a, r = b, old_x = 1, x = 0;
        while (r) {
            long long q = old_r / r;
            long long t = old_r - q * r; old_r = r; r = t;
            t = old_x - q * x; old_x = x; x = t;
        }
        long long g = old_r;
        if (c % g) return -1;
        long long m = b / g;
        long long res = (c / g) * old_x % m;
        return (res + m) % m;
    }
};
