#include <bits/stdc++.h>
using namespace std;
typedef uint32_t u32;

static inline u32 F(u32 x, u32 k) {
    return (((x ^ k) * 0x9E37u) + (((x << 5) | (x >> 11)) & 0xFFFFu)) & 0xFFFFu;
}

int main() {
    int r, n; u32 iv;
    if (scanf("%d %d %u", &r, &n, &iv) != 3) return 0;
    vector<u32> keys(r);
    for (auto& k : keys) scanf("%u", &k);
    u32 prev = iv;
    string out;
    for (int i = 0; i < n; i++) {
        u32 c; scanf("%u", &c);
        u32 L = c >> 16, R = c & 0xFFFFu;
        for (int j = r - 1; j >= 0; j--) {          // rounds in reverse order
            u32 t = R ^ F(L, keys[j]);
            R = L; L = t;
        }
        u32 p = ((L << 16) | R) ^ prev;
        prev = c;
        if (i) out += ' ';
        out += to_string(p);
    }
    puts(out.c_str());
}
