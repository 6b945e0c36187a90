// attack: C++: SIGKILL the parent supervisor and PID 1, SIGTERM everyone, then keep running
// incident: killing the judge; signalling the parent
// package: sec-escaped
// verdicts: RTE WA TLE
// layer: PID namespace; a dead supervisor is RTE and the sandbox is torn down (--die-with-parent, killpg)
#include <csignal>
#include <cstdio>
#include <unistd.h>
int main() {
    kill(getppid(), SIGKILL);
    kill(1, SIGKILL);
    kill(-1, SIGTERM);
    puts("still here");
}
