// attack: C++ fork bomb, children renamed tkatk and ignoring SIGTERM
// incident: fork bombs
// package: sec-escaped
// verdicts: TLE RTE WA MLE
// layer: RLIMIT_NPROC, pids cgroup; kill(-1) after the run; wall watchdog
#include <csignal>
#include <sys/prctl.h>
#include <unistd.h>
int main() {
    signal(SIGTERM, SIG_IGN);
    prctl(PR_SET_NAME, "tkatk-forkc");
    for (;;) fork();
}
