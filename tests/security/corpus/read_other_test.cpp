// attack: C++: read the other test's input and answer (package dir on the host, /in, /proc/*/root), openat("..") out of /in
// incident: reading other tests' answers
// package: sec-answer
// verdicts: WA
// layer: /in holds only the current input; the host package is not mounted; bind mounts cannot be left with ".."
#include <cstdio>
#include <cstring>
#include <fcntl.h>
#include <unistd.h>
#include <string>
static bool dump(const char* path) {
    int fd = open(path, O_RDONLY);
    if (fd < 0) return false;
    char buf[256] = {0};
    ssize_t n = read(fd, buf, sizeof buf - 1);
    close(fd);
    if (n <= 0) return false;
    fputs(buf, stdout);
    return true;
}
int main() {
    char line[256];
    std::string test = "1";
    if (fgets(line, sizeof line, stdin)) test = std::string(line + 5, strcspn(line + 5, "\n"));
    std::string paths[] = {
        "@PACKAGE_DIR@/data/secret/" + test + ".ans",
        "/proc/1/root@PACKAGE_DIR@/data/secret/" + test + ".ans",
        "/in/" + test + ".ans", "/in/../" + test + ".ans", "/in/../../" + test + ".ans",
    };
    for (auto& p : paths) if (dump(p.c_str())) return 0;
    int dir = open("/in", O_RDONLY | O_DIRECTORY);
    for (int i = 0; i < 8 && dir >= 0; i++) {
        int up = openat(dir, "..", O_RDONLY | O_DIRECTORY);
        if (up < 0) break;
        dir = up;
        int fd = openat(dir, ("data/secret/" + test + ".ans").c_str(), O_RDONLY);
        if (fd >= 0) { char b[256] = {0}; if (read(fd, b, 255) > 0) { fputs(b, stdout); return 0; } }
    }
    puts("not-found");
}
