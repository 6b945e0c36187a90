// Mistake: d * iv is multiplied in 64 bits; with moduli near 1e12 it overflows.
class Solution {
    static long long extgcd(long long a, long long b, long long& s) {
        long long old_r = a, r = b, old_s = 1, t = 0;
        while (r) {
            long long q = old_r / r, tmp;
            tmp = old_r - q * r; old_r = r; r = tmp;
            tmp = old_s - q * t; old_s = t; t = tmp;
        }
        s = old_s;
        return old_r;
    }
public:
    long long solveCongruences(vector<long long>& remainders, vector<long long>& moduli) {
        long long x = 0, m = 1;
        for (size_t i = 0; i < moduli.size(); i++) {
            long long r = remainders[i], mi = moduli[i], inv;
            long long g = extgcd(m, mi, inv);
            long long diff = r - x;
            if (diff % g != 0) return -1;
            long long step = mi / g;
            long long d = ((diff / g) % step + step) % step;
            long long iv = (inv % step + step) % step;
            long long k = d * iv % step;
            m = m / g * mi;
            x = ((x + (m / mi * g) * k) % m + m) % m;
        }
        return x;
    }
};
