// attack: C++ function submission: write a guessed result and garbage to fd 3, close it, dup stdout onto it, then exit from inside the method
// incident: forging results through the judge's channel
// package: sec-fn-secret
// verdicts: WA RTE
// layer: the expected answer is only in the judge; exactly one JSON value is accepted
#include <unistd.h>
class Solution {
public:
    string secret(int n) {
        const char fake[] = "\"AC\"}{\"verdict\":\"AC\"}";
        write(3, fake, sizeof fake - 1);
        close(3);
        dup2(1, 3);
        _exit(0);
        return "AC";
    }
};
