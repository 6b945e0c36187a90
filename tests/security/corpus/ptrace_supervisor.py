# attack: ptrace the supervisor (parent), PID 1 (bwrap's init) and siblings; process_vm_readv and /proc/PID/mem of the supervisor
# incident: ptrace of the judge
# package: sec-escaped
# verdicts: WA
# layer: supervisor is non-dumpable; PID namespace hides the judge; no CAP_SYS_PTRACE; seccomp (ptrace)
import ctypes, os
libc = ctypes.CDLL(None, use_errno=True)
PTRACE_ATTACH, PTRACE_SEIZE, PTRACE_DETACH = 16, 0x4206, 17
ok = []
for pid in {os.getppid(), 1, 2, 3}:
    if pid == os.getpid():
        continue
    for req in (PTRACE_SEIZE, PTRACE_ATTACH):
        if libc.ptrace(req, pid, None, None) == 0:
            ok.append((pid, req))
            libc.ptrace(PTRACE_DETACH, pid, None, None)
    try:
        with open(f"/proc/{pid}/mem", "rb") as m:
            m.seek(0x400000)
            m.read(16)
            ok.append(("mem", pid))
    except OSError:
        pass
    class iovec(ctypes.Structure):
        _fields_ = [("base", ctypes.c_void_p), ("len", ctypes.c_size_t)]
    buf = ctypes.create_string_buffer(16)
    local = iovec(ctypes.cast(buf, ctypes.c_void_p), 16)
    remote = iovec(0x400000, 16)
    if libc.process_vm_readv(pid, ctypes.byref(local), 1, ctypes.byref(remote), 1, 0) > 0:
        ok.append(("vm_readv", pid))
print("ESCAPED" if ok else "blocked")
