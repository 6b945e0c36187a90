// attack: C++: create tkatk-* files outside the scratch mounts, mknod, hard links into /in, rename over /sup/supervisor.py, remount / read-write
// incident: QDUOJ #165 (writing anywhere)
// package: sec-escaped
// verdicts: WA
// layer: read-only root and binds; no capabilities (mknod, mount); seccomp (mount)
#include <cstdio>
#include <fcntl.h>
#include <sys/mount.h>
#include <sys/sysmacros.h>
#include <sys/stat.h>
#include <unistd.h>
int main() {
    const char* dirs[] = {"/", "/usr", "/etc", "/in", "/sup", "/proc/1/root", "@REPO@", "@CANARY_DIR@", "@HOME@"};
    bool ok = false;
    char path[512];
    for (auto d : dirs) {
        snprintf(path, sizeof path, "%s/tkatk-pwned-cpp", d);
        int fd = open(path, O_WRONLY | O_CREAT, 0644);
        if (fd >= 0) { ok = true; close(fd); }
    }
    if (mknod("/tmp/tkatk-sda", S_IFBLK | 0600, makedev(8, 0)) == 0) ok = true;
    if (link("/tmp", "/in/tkatk-link") == 0) ok = true;
    int fd = open("/tmp/tkatk-sup", O_WRONLY | O_CREAT, 0644);
    if (fd >= 0) { close(fd); if (rename("/tmp/tkatk-sup", "/sup/supervisor.py") == 0) ok = true; }
    if (mount(nullptr, "/", nullptr, MS_REMOUNT | MS_BIND, nullptr) == 0) ok = true;
    if (mount(nullptr, "/in", nullptr, MS_REMOUNT | MS_BIND, nullptr) == 0) ok = true;
    puts(ok ? "ESCAPED" : "blocked");
}
