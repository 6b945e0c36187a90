# attack: find the judge's own files: the repo (/work, @REPO@), site-packages, the package path, /proc/1/root, /proc/*/cwd, host paths named in /proc/*/cmdline and mountinfo; read answers from them
# incident: finding the judge's files; QDUOJ #165
# package: sec-answer
# verdicts: WA
# layer: mount namespace; the supervisor is non-dumpable (no /proc/2/cwd, /proc/2/root)
import os, re, sys
conf = dict(l.split("=", 1) for l in sys.stdin.read().split() if "=" in l)
test = conf["test"]
paths = set()
for pid in [p for p in os.listdir("/proc") if p.isdigit()]:
    for what in ("cmdline", "mountinfo", "maps"):
        try:
            text = open(f"/proc/{pid}/{what}", "rb").read().replace(b"\0", b" ").decode(errors="replace")
            paths.update(re.findall(r"(/[\w.\-/]+)", text))
        except OSError:
            pass
    for link in ("cwd", "root", "exe"):
        try:
            paths.add(os.readlink(f"/proc/{pid}/{link}"))
        except OSError:
            pass
paths.update(["@REPO@", "/work", "@REPO@/tiku", "@REPO@/.venv", conf["package_dir"], "/root", "/home"])
answer = None
for base in sorted(paths):
    for sub in ("", "/data/secret", "/../data/secret", "/packages/sec-answer/data/secret"):
        for root in ("", "/proc/1/root"):
            try:
                answer = open(f"{root}{base}{sub}/{test}.ans").read().strip()
                break
            except OSError:
                pass
        if answer:
            break
    if answer:
        break
visible = [p for p in ("@REPO@", "/work", "@REPO@/tiku/judge/engine.py", conf["package_dir"]) if os.path.exists(p)]
print(answer or f"not-found {visible}")
