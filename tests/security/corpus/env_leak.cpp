// attack: C++: getenv, environ, and /proc/1/environ (bubblewrap's own init keeps the judge's exec-time environment)
// incident: Judge0 #564 (environment variables visible)
// package: sec-env
// verdicts: WA
// layer: --clearenv, and bwrap started with a minimal environment
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <fcntl.h>
#include <unistd.h>
#include <string>
int main() {
    const char* name = "@ENV_NAME@";
    if (const char* v = getenv(name)) { puts(v); return 0; }
    const char* pids[] = {"self", "1", "2", "3"};
    for (auto pid : pids) {
        std::string path = std::string("/proc/") + pid + "/environ";
        int fd = open(path.c_str(), O_RDONLY);
        if (fd < 0) continue;
        static char buf[1 << 16];
        ssize_t n = read(fd, buf, sizeof buf - 1);
        close(fd);
        for (ssize_t i = 0; i < n; i += strlen(buf + i) + 1) {
            if (strncmp(buf + i, name, strlen(name)) == 0 && buf[i + strlen(name)] == '=') {
                puts(buf + i + strlen(name) + 1);
                return 0;
            }
        }
    }
    puts("not-found");
}
