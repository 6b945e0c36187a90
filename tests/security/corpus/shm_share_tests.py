# attack: carry state from one test to the next inside one judging: test 1 plants markers in /dev/shm, /box, /tmp, /out and the session keyring (and passes, by design: the answer is ESCAPED); test 2 prints ESCAPED only if a marker survived
# incident: isolate: /dev/shm shared between runs (tests of the warm sandbox)
# package: sec-escaped
# verdicts: WA
# layer: scratch directories scrubbed between tests (/tmp, /out; /dev/shm and /box must be too); seccomp (keyctl)
import ctypes, os, sys
libc = ctypes.CDLL(None, use_errno=True)
sc = libc.syscall
sc.restype = ctypes.c_long
test = sys.stdin.readline().strip().split("=")[1]
places = ("/dev/shm/tkatk-test", "/box/tkatk-test", "/tmp/tkatk-test", "/out/tkatk-test")
if test == "1":
    for p in places:
        try:
            open(p, "w").write("x")
        except OSError:
            pass
    sc(248, b"user", b"tkatk-test", b"x", 1, -3)
    print("ESCAPED")
else:
    found = [p for p in places if os.path.exists(p)]
    if sc(250, 10, -3, b"user", b"tkatk-test", 0) >= 0:
        found.append("session keyring")
    print(found, file=sys.stderr)
    print("ESCAPED" if found else "clean")
