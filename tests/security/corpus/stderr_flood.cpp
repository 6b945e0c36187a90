// attack: stderr flood (ignoring SIGXFSZ so writes just fail), then a stdout flood
// incident: stderr floods
// package: sec-escaped
// verdicts: OLE TLE RTE WA
// layer: RLIMIT_FSIZE on /out/stderr, the supervisor caps what it reads; wall watchdog
#include <csignal>
#include <cstring>
#include <unistd.h>
int main() {
    signal(SIGXFSZ, SIG_IGN);
    static char b[1 << 16];
    memset(b, 'E', sizeof b);
    for (long i = 0; i < 100000; i++) if (write(2, b, sizeof b) < 0) break;
    memset(b, 'O', sizeof b);
    for (;;) if (write(1, b, sizeof b) < 0) break;
    return 0;
}
