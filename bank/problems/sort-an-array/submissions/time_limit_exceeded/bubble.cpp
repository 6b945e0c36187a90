class Solution {
public:
    vector<int> sortArray(vector<int>& a) {
        int n = a.size();
        for (int i = 0; i + 1 < n; ++i) {
            bool swapped = false;
            for (int j = 0; j + 1 < n - i; ++j)
                if (a[j] > a[j + 1]) { swap(a[j], a[j + 1]); swapped = true; }
            if (!swapped) break;
        }
        return a;
    }
};
