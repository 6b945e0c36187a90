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
        long long x0 = ((old_x % m) + m) % m;
        return (long long)((__int128)(c / g % m) * x0 % m);  // the product needs 128 bits
    }
};
