// attack: C++: setrlimit above the hard limit for CPU/AS/NPROC/FSIZE, and prlimit64 on the parent supervisor
// incident: raising rlimits
// package: sec-escaped
// verdicts: WA
// layer: hard limits, no CAP_SYS_RESOURCE; seccomp
#include <cstdio>
#include <sys/resource.h>
#include <unistd.h>
int main() {
    bool ok = false;
    int kinds[] = {RLIMIT_CPU, RLIMIT_AS, RLIMIT_NPROC, RLIMIT_FSIZE, RLIMIT_NOFILE};
    for (int k : kinds) {
        rlimit cur; getrlimit(k, &cur);
        if (cur.rlim_max == RLIM_INFINITY) continue;
        rlimit up{RLIM_INFINITY, RLIM_INFINITY};
        if (setrlimit(k, &up) == 0) ok = true;
    }
    rlimit one{1, 1};
    if (prlimit(getppid(), RLIMIT_NOFILE, &one, nullptr) == 0) ok = true;
    puts(ok ? "ESCAPED" : "blocked");
}
