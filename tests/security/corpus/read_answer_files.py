# attack: look for the hidden answers: the package path on the host, every .ans file reachable from /, /in, /proc/*/root and /proc/*/cwd, then print the one of this test
# incident: QDUOJ #165 (leaking host files), reading other tests' answers
# package: sec-answer
# verdicts: WA
# layer: mount namespace (only /usr, /in with the current input, tmpfs scratch); answers never enter the sandbox
import os, sys
conf = dict(l.split("=", 1) for l in sys.stdin.read().split() if "=" in l)
test = conf["test"]
candidates = [f"{conf['package_dir']}/data/secret/{test}.ans", f"/in/{test}.ans", "/in/answer", "/in/ans"]
for root in ["/proc/1/root", "/proc/2/root", "/proc/self/root", "/proc/1/cwd", "/proc/2/cwd"]:
    candidates.append(root + conf["package_dir"] + f"/data/secret/{test}.ans")
found = None
for path in candidates:
    try:
        found = open(path).read().strip()
        break
    except OSError:
        pass
if found is None:
    for top in ("/", "/proc/1/root", "/in", "/tmp", "/box"):
        for dirpath, dirnames, files in os.walk(top):
            dirnames[:] = [d for d in dirnames if d not in ("proc", "sys", "usr")]
            for f in files:
                if f == f"{test}.ans":
                    try:
                        found = open(os.path.join(dirpath, f)).read().strip()
                    except OSError:
                        pass
print(found or "not-found")
