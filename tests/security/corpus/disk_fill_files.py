# attack: disk fill with many files: create empty files (inodes) and directories in /tmp and /dev/shm for the whole CPU budget, then one file until ENOSPC
# incident: disk fill (many files)
# package: sec-escaped
# verdicts: WA RTE TLE OLE
# layer: tmpfs caps (size, inodes) and scrubbing; the host disk is never written
import os, time
start = time.process_time()
i = 0
while time.process_time() - start < 0.7:
    for d in ("/tmp", "/dev/shm"):
        try:
            open(f"{d}/tkatk{i}", "w").close()
        except OSError:
            pass
    i += 1
try:
    with open("/tmp/tkatk-big", "wb") as f:
        while True:
            f.write(b"\0" * (1 << 20))
except OSError:
    pass
print("blocked")
