# attack: reach kernel attack surface: keyctl (read the host user's keyring), bpf(BPF_PROG_LOAD), perf_event_open, io_uring_setup, userfaultfd; ESCAPED if any is usable
# incident: keyctl, bpf, perf_event_open, io_uring, userfaultfd (kernel exploits start there)
# package: sec-escaped
# verdicts: WA
# layer: seccomp filter (these syscalls fail with EPERM/ENOSYS)
import ctypes, errno, os
libc = ctypes.CDLL(None, use_errno=True)
sc = libc.syscall
sc.restype = ctypes.c_long
usable = []
# keyctl(KEYCTL_GET_KEYRING_ID, KEY_SPEC_USER_KEYRING, 0): the keyring is not namespaced
if sc(250, 0, -4, 0) >= 0:
    usable.append("keyctl")
# add_key to the session keyring
if sc(248, b"user", b"tkatk", b"x", 1, -3) >= 0:
    usable.append("add_key")
# bpf(BPF_PROG_LOAD) of a socket filter "return 0"
insns = (ctypes.c_uint64 * 2)(0xB7, 0x95)  # mov r0,0 ; exit
lic = ctypes.create_string_buffer(b"GPL")
attr = (ctypes.c_uint8 * 128)()
ctypes.memmove(attr, (ctypes.c_uint32 * 2)(1, 2), 8)  # prog_type SOCKET_FILTER, insn_cnt
ctypes.memmove(ctypes.addressof(attr) + 8, ctypes.pointer(ctypes.c_uint64(ctypes.addressof(insns))), 8)
ctypes.memmove(ctypes.addressof(attr) + 16, ctypes.pointer(ctypes.c_uint64(ctypes.addressof(lic))), 8)
if sc(321, 5, attr, 128) >= 0:
    usable.append("bpf")
# perf_event_open(software cpu-clock on ourselves)
pattr = (ctypes.c_uint8 * 128)()
ctypes.memmove(pattr, (ctypes.c_uint32 * 2)(1, 128), 8)
if sc(298, pattr, 0, -1, -1, 0) >= 0:
    usable.append("perf_event_open")
params = (ctypes.c_uint8 * 120)()
if sc(425, 8, params) >= 0:
    usable.append("io_uring_setup")
if sc(323, 0) >= 0:
    usable.append("userfaultfd")
print("ESCAPED" if usable else "blocked", usable)
