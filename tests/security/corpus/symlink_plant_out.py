# attack: plant symlinks where the host or the supervisor reads or writes later: /out/stdout, /out/stderr, /out/result, /out/feedback -> the host canary; /tmp, /box, /dev/shm links to host paths; exit without printing, hoping the judge reads the canary as our output
# incident: Judge0 CVE-2024-28185 and CVE-2024-28189 (host wrote through a planted symlink), go-judge #176 (host read through symlinks)
# package: sec-canary
# verdicts: WA
# layer: the host never opens a path the sandbox can write; the supervisor reads with O_NOFOLLOW, regular files only
import os
canary = "@CANARY_FILE@"
for name in ("/out/stdout", "/out/stderr", "/out/result", "/out/feedback"):
    try:
        os.unlink(name)
    except OSError:
        pass
    try:
        os.symlink(canary, name)
    except OSError:
        pass
for d in ("/tmp", "/box", "/dev/shm", "/out"):
    for i, target in enumerate((canary, "@CANARY_DIR@", "@PACKAGE_DIR@/data/secret/1.ans", "/proc/1/root@CANARY_FILE@", "/etc/passwd")):
        try:
            os.symlink(target, f"{d}/tkatk-link{i}")
        except OSError:
            pass
os._exit(0)
