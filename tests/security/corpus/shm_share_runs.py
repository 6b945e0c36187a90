# attack: share state between runs of different submissions: plant markers in /dev/shm, /box, /tmp and the kernel keyrings (user and session) on the first judging; the second judging prints ESCAPED if any marker is still there
# incident: isolate: /dev/shm shared between runs
# package: sec-escaped
# verdicts: WA
# runs: 2
# layer: a fresh sandbox (fresh tmpfs /dev/shm, /tmp, /box) per submission; seccomp (keyctl, add_key)
import ctypes, os
libc = ctypes.CDLL(None, use_errno=True)
sc = libc.syscall
sc.restype = ctypes.c_long
found = [p for p in ("/dev/shm/tkatk-share", "/box/tkatk-share", "/tmp/tkatk-share") if os.path.exists(p)]
for ring in (-4, -3):  # KEY_SPEC_USER_KEYRING, KEY_SPEC_SESSION_KEYRING
    # keyctl(KEYCTL_SEARCH, ring, "user", "tkatk-share", 0)
    if sc(250, 10, ring, b"user", b"tkatk-share", 0) >= 0:
        found.append(f"keyring {ring}")
for p in ("/dev/shm/tkatk-share", "/box/tkatk-share", "/tmp/tkatk-share"):
    try:
        open(p, "w").write("x")
    except OSError:
        pass
for ring in (-4, -3):
    sc(248, b"user", b"tkatk-share", b"x", 1, ring)
print("ESCAPED" if found else "planted")
