// attack: C++ disk fill: write 1 MiB blocks to /tmp, /dev/shm, /box until every write fails, then print
// incident: disk fill
// package: sec-escaped
// verdicts: WA RTE OLE TLE
// layer: RLIMIT_FSIZE (SIGXFSZ), tmpfs size caps; nothing reaches the host disk
#include <cstdio>
#include <cstring>
#include <fcntl.h>
#include <unistd.h>
int main() {
    static char block[1 << 20];
    memset(block, 'x', sizeof block);
    const char* dirs[] = {"/tmp", "/dev/shm", "/box"};
    for (auto d : dirs) {
        char path[64];
        snprintf(path, sizeof path, "%s/tkatk-disk", d);
        int fd = open(path, O_WRONLY | O_CREAT, 0600);
        while (fd >= 0 && write(fd, block, sizeof block) > 0) {}
    }
    puts("blocked");
}
