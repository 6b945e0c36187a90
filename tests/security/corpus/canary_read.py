# attack: read a host file (the canary) directly, through /proc/1/root, /proc/self/root, /proc/*/cwd and relative ../ walks
# incident: QDUOJ #165 (leaking host files), go-judge #176
# package: sec-canary
# verdicts: WA
# layer: mount namespace: nothing of the host but /usr and a few /etc files is mounted
import os
target = "@CANARY_FILE@"
tries = [target, "/proc/1/root" + target, "/proc/self/root" + target, "/proc/2/root" + target]
tries += ["/proc/%s/cwd/../../../..%s" % (p, target) for p in os.listdir("/proc") if p.isdigit()]
tries += ["../" * 12 + target.lstrip("/")]
for path in tries:
    try:
        print(open(path).read().strip())
        break
    except OSError:
        pass
else:
    print("not-found")
