class Solution {
    typedef unsigned long long u64;
    static u64 mulmod(u64 a, u64 b, u64 m) { return (unsigned __int128)a * b % m; }
    static u64 powmod(u64 b, u64 e, u64 m) {
        u64 r = 1 % m; b %= m;
        while (e) { if (e & 1) r = mulmod(r, b, m); b = mulmod(b, b, m); e >>= 1; }
        return r;
    }
    // inverse of a modulo m (gcd(a, m) = 1) with the extended Euclidean algorithm
    static long long inv(long long a, long long m) {
        __int128 old_r = a % m, r = m, old_s = 1, s = 0;
        while (r) { __int128 qt = old_r / r, t;
            t = old_r - qt * r; old_r = r; r = t;
            t = old_s - qt * s; old_s = s; s = t; }
        long long x = (long long)(old_s % m);
        return x < 0 ? x + m : x;
    }
public:
    vector<long long> decrypt(long long p, long long q, long long e, vector<long long>& ciphertexts) {
        long long phi = (p - 1) * (q - 1);          // < 2^62, fits
        long long d = inv(e % phi, phi);
        u64 n = (u64)p * q;
        vector<long long> out;
        out.reserve(ciphertexts.size());
        for (long long c : ciphertexts) out.push_back((long long)powmod(c, d, n));
        return out;
    }
};
