// attack: C++: clone(CLONE_NEWUSER) and unshare() of every namespace, setns into /proc/1/ns/*, mount proc, chroot
// incident: unshare/setns/mount/chroot
// package: sec-escaped
// verdicts: WA
// layer: --disable-userns; no capabilities; seccomp
#include <cstdio>
#include <fcntl.h>
#include <sched.h>
#include <sys/mount.h>
#include <unistd.h>
int main() {
    bool ok = false;
    int flags[] = {CLONE_NEWUSER, CLONE_NEWNS, CLONE_NEWNET, CLONE_NEWPID, CLONE_NEWIPC, CLONE_NEWUTS, CLONE_NEWCGROUP};
    for (int f : flags) if (unshare(f) == 0) ok = true;
    const char* ns[] = {"/proc/1/ns/mnt", "/proc/1/ns/user", "/proc/1/ns/pid", "/proc/1/ns/net"};
    for (auto n : ns) { int fd = open(n, O_RDONLY); if (fd >= 0 && setns(fd, 0) == 0) ok = true; }
    if (mount("proc", "/tmp", "proc", 0, nullptr) == 0) ok = true;
    if (chroot("/tmp") == 0) ok = true;
    puts(ok ? "ESCAPED" : "blocked");
}
