# attack: memory bomb spread over processes: 6 children each touch 200 MiB (each below the 256 MiB limit), all alive together (1.2 GiB); ESCAPED when they all succeeded
# incident: memory bombs (per-process rlimits do not bound a tree)
# package: sec-escaped
# verdicts: MLE RTE TLE WA
# layer: memory cgroup for the whole sandbox (RLIMIT_AS alone is per process)
import os, time
n, size = 6, 200 << 20
r, w = os.pipe()
pids = []
for i in range(n):
    pid = os.fork()
    if pid == 0:
        try:
            buf = bytearray(size)
            for j in range(0, size, 4096):
                buf[j] = 1
            os.write(w, b"x")
            time.sleep(1.5)
        except MemoryError:
            pass
        os._exit(0)
    pids.append(pid)
os.close(w)
got = b""
deadline = time.time() + 1.5
while len(got) < n and time.time() < deadline:
    chunk = os.read(r, n)
    if not chunk:
        break
    got += chunk
for pid in pids:
    os.waitpid(pid, 0)
print("ESCAPED" if len(got) == n else "blocked")
