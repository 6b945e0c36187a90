class Solution {
public:
    string largestNumber(vector<int>& nums) {
        vector<string> parts;
        parts.reserve(nums.size());
        for (int x : nums) parts.push_back(to_string(x));
        // a before b iff a+b > b+a; this relation is a strict weak ordering, so std::sort is valid
        sort(parts.begin(), parts.end(), [](const string& a, const string& b) { return a + b > b + a; });
        if (parts[0] == "0") return "0";
        string out;
        for (auto& p : parts) out += p;
        return out;
    }
};
