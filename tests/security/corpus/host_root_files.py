# attack: act as host root: chmod the host's device nodes bound into /dev (to their own mode, a no-op that only an owner may do) and read root-only /proc files (slab, page and vmalloc statistics of the host kernel)
# incident: a sandbox whose user maps to host root (bubblewrap started by a root judge) owns every root file it can see
# package: sec-escaped
# verdicts: WA
# layer: a root judge starts its sandboxes as host uid 65534 (tiku/sandbox/identity.py); caps dropped
import os, stat
won = []
for dev in ("/dev/full", "/dev/null", "/dev/zero", "/dev/random", "/dev/urandom", "/dev/tty"):
    try:
        os.chmod(dev, stat.S_IMODE(os.stat(dev).st_mode))
        won.append(dev)
    except OSError:
        pass
for path in ("/proc/slabinfo", "/proc/pagetypeinfo", "/proc/vmallocinfo", "/proc/1/environ"):
    try:
        with open(path, "rb") as handle:
            if path != "/proc/1/environ" and handle.read(64):
                won.append(path)
    except OSError:
        pass
print("ESCAPED" if won else "blocked")
