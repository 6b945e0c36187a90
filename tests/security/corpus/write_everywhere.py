# attack: write files (named tkatk-*) everywhere: /, /usr, /etc, /in, /sup, the repo, $HOME, the canary dir, the package, through /proc/1/root and /proc/*/cwd; overwrite the canary and the supervisor
# incident: QDUOJ #165 (writing anywhere)
# package: sec-escaped
# verdicts: WA
# layer: read-only root; read-only binds of /usr, /in, /sup; only tmpfs is writable; host paths not mounted
import os
targets = ["/", "/usr", "/usr/lib", "/etc", "/in", "/sup", "/proc/1/root", "/proc/self/root/in",
           "@REPO@", "@HOME@", "@CANARY_DIR@", "@PACKAGE_DIR@", "@WORLD@", "/proc/1/root@CANARY_DIR@", "/proc/1/cwd/../.."]
landed = []
for d in targets:
    p = os.path.join(d, "tkatk-pwned")
    try:
        with open(p, "w") as f:
            f.write("pwned")
        landed.append(p)
    except OSError:
        pass
for victim in ("@CANARY_FILE@", "/sup/supervisor.py", "/in/input", "/usr/bin/python3"):
    try:
        with open(victim, "a") as f:
            f.write("tkatk")
        landed.append(victim)
    except OSError:
        pass
print("ESCAPED" if landed else "blocked")
