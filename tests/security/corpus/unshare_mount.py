# attack: unshare new user/mount/net/pid namespaces, setns into PID 1's namespaces, mount tmpfs/proc, chroot, pivot_root
# incident: unshare/setns/mount/chroot to regain privileges inside the sandbox
# package: sec-escaped
# verdicts: WA
# layer: --disable-userns, no capabilities; seccomp (unshare, setns, mount, chroot, pivot_root)
import ctypes, os
libc = ctypes.CDLL(None, use_errno=True)
CLONE = {"user": 0x10000000, "mnt": 0x00020000, "net": 0x40000000, "pid": 0x20000000, "ipc": 0x08000000, "uts": 0x04000000, "cgroup": 0x02000000}
ok = []
for name, flag in CLONE.items():
    if libc.unshare(flag) == 0:
        ok.append(("unshare", name))
for ns in ("mnt", "user", "net", "pid", "cgroup"):
    try:
        fd = os.open(f"/proc/1/ns/{ns}", os.O_RDONLY)
        if libc.setns(fd, 0) == 0:
            ok.append(("setns", ns))
    except OSError:
        pass
if libc.mount(b"none", b"/tmp", b"tmpfs", 0, None) == 0:
    ok.append("mount")
if libc.mount(None, b"/", None, 0x20 | 0x1000, None) == 0:  # MS_REMOUNT|MS_BIND, read-write
    ok.append("remount")
try:
    os.chroot("/tmp")
    ok.append("chroot")
except OSError:
    pass
if libc.syscall(155, b"/tmp", b"/tmp") == 0:  # pivot_root
    ok.append("pivot_root")
print("ESCAPED" if ok else "blocked")
