// attack: C++: keyctl on the user keyring, bpf prog load, perf_event_open, io_uring_setup, userfaultfd, open_by_handle_at; ESCAPED if any is usable
// incident: keyctl, bpf, perf_event_open, io_uring, userfaultfd
// package: sec-escaped
// verdicts: WA
// layer: seccomp filter
#include <cstdio>
#include <cstring>
#include <linux/perf_event.h>
#include <sys/syscall.h>
#include <unistd.h>
int main() {
    bool ok = false;
    if (syscall(SYS_keyctl, 0, -4, 0) >= 0) ok = true;
    perf_event_attr pa; memset(&pa, 0, sizeof pa);
    pa.type = PERF_TYPE_SOFTWARE; pa.size = sizeof pa; pa.config = PERF_COUNT_SW_CPU_CLOCK;
    if (syscall(SYS_perf_event_open, &pa, 0, -1, -1, 0) >= 0) ok = true;
    unsigned char params[120] = {0};
    if (syscall(SYS_io_uring_setup, 8, params) >= 0) ok = true;
    if (syscall(SYS_userfaultfd, 0) >= 0) ok = true;
    puts(ok ? "ESCAPED" : "blocked");
}
