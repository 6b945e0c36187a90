// attack: C++: PTRACE_ATTACH/SEIZE the parent (the supervisor) and PID 1; read their memory with process_vm_readv; pidfd_getfd to steal the supervisor's result pipe
// incident: ptrace of the judge; forging results through the supervisor's pipe
// package: sec-escaped
// verdicts: WA
// layer: supervisor non-dumpable; no CAP_SYS_PTRACE; seccomp (ptrace, process_vm_*, pidfd_getfd)
#include <cstdio>
#include <sys/ptrace.h>
#include <sys/syscall.h>
#include <sys/uio.h>
#include <unistd.h>
int main() {
    bool ok = false;
    pid_t targets[] = {getppid(), 1};
    for (pid_t p : targets) {
        if (ptrace(PTRACE_ATTACH, p, nullptr, nullptr) == 0) { ok = true; ptrace(PTRACE_DETACH, p, nullptr, nullptr); }
        if (ptrace(PTRACE_SEIZE, p, nullptr, nullptr) == 0) { ok = true; ptrace(PTRACE_DETACH, p, nullptr, nullptr); }
        char buf[16]; iovec l{buf, 16}, r{(void*)0x400000, 16};
        if (p != 1 && process_vm_readv(p, &l, 1, &r, 1, 0) > 0) ok = true;
        int pidfd = syscall(SYS_pidfd_open, p, 0);
        if (pidfd >= 0 && p != 1) {
            for (int fd = 3; fd < 16; fd++) if (syscall(SYS_pidfd_getfd, pidfd, fd, 0) >= 0) ok = true;
        }
    }
    puts(ok ? "ESCAPED" : "blocked");
}
