// O(n^2): try the prefixes from the longest down and test each one with two
// pointers. On s = a^J b a^K (the 10^6 max test) each of the ~2*10^5 rejected
// prefixes costs J = 4*10^5 comparisons before the 'b' is reached.
class Solution {
public:
    string shortestPalindrome(string s) {
        int len = s.size();
        for (; len > 1; --len) {
            int i = 0, j = len - 1;
            while (i < j && s[i] == s[j]) ++i, --j;
            if (i >= j) break;
        }
        string head = s.substr(len);
        reverse(head.begin(), head.end());
        return head + s;
    }
};
