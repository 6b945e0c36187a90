# attack: memory just over the limit, spread over processes: 3 children each touch 108 MiB (324 MiB together, 27% over the 256 MiB limit but within a cap that adds a fixed headroom for the supervisor); ESCAPED when they all succeeded
# incident: memory bombs (per-process rlimits do not bound a tree; a fixed headroom lets a tree exceed the limit)
# package: sec-escaped
# verdicts: MLE RTE TLE WA
# layer: the memory cgroup capped before each run at what the sandbox holds then plus the limit (tiku/sandbox/cgroups.py)
import os, time
n, size = 3, 108 << 20
r, w = os.pipe()
pids = []
for i in range(n):
    pid = os.fork()
    if pid == 0:
        try:
            buf = b"\x01" * size  # filled in C: every page touched, little CPU
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
