// attack: C++: replace /out/stdout with a symlink to the canary, to /proc/1/environ, then with a FIFO, a directory and a hard link; plant symlinks in /tmp and /box for the next test
// incident: Judge0 CVE-2024-28185/28189, go-judge #176 (the host follows a planted symlink)
// package: sec-canary
// verdicts: WA RTE
// layer: the supervisor reads outputs with O_NOFOLLOW|O_NONBLOCK, regular files only; the host writes only into /in with O_NOFOLLOW|O_EXCL
#include <cstdio>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>
int main() {
    unlink("/out/stdout");
    symlink("@CANARY_FILE@", "/out/stdout");
    unlink("/out/stderr");
    symlink("/proc/1/environ", "/out/stderr");
    mkfifo("/out/result", 0600);
    mkdir("/out/feedback", 0700);
    symlink("@CANARY_FILE@", "/box/sol.tkatk");
    symlink("@CANARY_DIR@", "/tmp/tkatk-dir");
    symlink("@PACKAGE_DIR@/data/secret/2.in", "/box/input");
    _exit(0);
}
