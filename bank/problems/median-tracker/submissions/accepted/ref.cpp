// Alternative: two balanced BSTs (multisets). lo holds the ceil(k/2) smallest values.
class MedianTracker {
    multiset<int> lo, hi;
    void rebalance() {
        if (lo.size() > hi.size() + 1) { auto it = prev(lo.end()); hi.insert(*it); lo.erase(it); }
        else if (lo.size() < hi.size()) { auto it = hi.begin(); lo.insert(*it); hi.erase(it); }
    }
public:
    MedianTracker() {}
    void add(int num) {
        if (lo.empty() || num <= *prev(lo.end())) lo.insert(num); else hi.insert(num);
        rebalance();
    }
    bool remove(int num) {
        auto it = lo.find(num);
        if (it != lo.end()) lo.erase(it);
        else {
            it = hi.find(num);
            if (it == hi.end()) return false;
            hi.erase(it);
        }
        rebalance();
        return true;
    }
    int median() { return *prev(lo.end()); }
};
