// attack: C++: fork, setsid, ignore every catchable signal, rename to tkatk, exec /bin/sleep with a tkatk argument; the parent exits at once
// incident: daemons outliving the run; setsid; processes ignoring SIGTERM
// package: sec-escaped
// verdicts: WA
// layer: kill(-1, SIGKILL) after the run as child subreaper; PID namespace dies with the sandbox
#include <csignal>
#include <cstdio>
#include <sys/prctl.h>
#include <unistd.h>
int main() {
    if (fork() == 0) {
        setsid();
        for (int s = 1; s < 32; s++) signal(s, SIG_IGN);
        if (fork() == 0) {
            prctl(PR_SET_NAME, "tkatk-sleep");
            execl("/bin/sleep", "sleep", "300", "tkatk-daemon", (char*)nullptr);
        }
        _exit(0);
    }
    puts("parent done");
}
