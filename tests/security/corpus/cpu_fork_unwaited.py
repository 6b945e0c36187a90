# attack: burn CPU in 4 forked children that the parent never waits for, so that their CPU time is not in the parent's rusage; ESCAPED when more than 1.2 s of CPU (the limit is 1 s) was used and the run still ends normally
# incident: burning CPU in many threads/processes (CPU accounting of a process tree)
# package: sec-escaped
# verdicts: TLE WA
# layer: CPU time must count every process of the run (cgroup cpu.stat, or the supervisor's RUSAGE_CHILDREN after reaping everything)
import os, time
r, w = os.pipe()
for i in range(4):
    if os.fork() == 0:
        start = time.process_time()
        t0 = time.time()
        while time.process_time() - start < 0.5 and time.time() - t0 < 1.6:
            pass
        os.write(w, f"{time.process_time() - start:.3f}\n".encode())
        os._exit(0)
os.close(w)
data = b""
while True:
    chunk = os.read(r, 1024)
    if not chunk:
        break
    data += chunk
used = sum(float(x) for x in data.split())
print("ESCAPED" if used > 1.2 else f"blocked {used:.2f}")
