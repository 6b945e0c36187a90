class MaxQueue {
    deque<int> items, cand;   // cand: non-increasing candidates for the maximum
public:
    MaxQueue() {}
    void pushBack(int value) {
        items.push_back(value);
        while (!cand.empty() && cand.back() < value) cand.pop_back();
        cand.push_back(value);
    }
    int popFront() {
        if (items.empty()) return -1;
        int v = items.front(); items.pop_front();
        if (cand.front() == v) cand.pop_front();
        return v;
    }
    int getMax() { return cand.empty() ? -1 : cand.front(); }
};
