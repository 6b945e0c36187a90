// attack: C++ memory bomb: malloc and touch 64 MiB blocks forever
// incident: memory bombs
// package: sec-escaped
// verdicts: MLE RTE TLE
// layer: RLIMIT_AS, memory cgroup
#include <cstdlib>
#include <cstring>
int main() {
    for (;;) {
        char* p = (char*)malloc(64 << 20);
        if (p) memset(p, 1, 64 << 20);
    }
}
