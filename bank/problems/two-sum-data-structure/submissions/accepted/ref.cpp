class TwoSum {
    unordered_map<long long, int> cnt;
public:
    TwoSum() {}
    void add(int number) { ++cnt[number]; }
    bool find(int value) {
        for (auto& [x, c] : cnt) {
            long long y = (long long)value - x;   // value - x may leave the int range
            auto it = cnt.find(y);
            if (it != cnt.end() && (y != x || c > 1)) return true;
        }
        return false;
    }
};
