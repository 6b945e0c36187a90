import java.util.*;

class Solution {
    public int lcsLength(int[] a, int[] b) {
        HashMap<Integer, Integer> pos = new HashMap<>(a.length * 2);
        for (int i = 0; i < a.length; i++) pos.put(a[i], i);
        int[] tails = new int[b.length];
        int len = 0;
        for (int x : b) {
            Integer p = pos.get(x);
            if (p == null) continue;
            int lo = 0, hi = len;           // first k with tails[k] >= p
            while (lo < hi) {
                int mid = (lo + hi) >>> 1;
                if (tails[mid] < p) lo = mid + 1; else hi = mid;
            }
            tails[lo] = p;
            if (lo == len) len++;
        }
        return len;
    }
}
