# attack: memory outside the process: fill /dev/shm, /tmp, /box and /out (tmpfs: RAM) with 4 MiB files, 700 MiB in all, far above the 256 MiB limit; ESCAPED if it all fits
# incident: disk fill (tmpfs), memory bombs
# package: sec-escaped
# verdicts: MLE RTE OLE WA TLE
# layer: tmpfs size caps; the memory cgroup charges tmpfs pages to the sandbox
import os
block = b"x" * (4 << 20)
total = 0
for d in ("/dev/shm", "/tmp", "/box", "/out"):
    for i in range(64):
        if total >= 700 << 20:
            break
        try:
            with open(f"{d}/tkatk-fill{i}", "wb") as f:
                f.write(block)
            total += len(block)
        except OSError:
            break
print("ESCAPED" if total >= 700 << 20 else "blocked")
