# attack: fork bomb (every process forks forever), marked tkatk so survivors can be found
# incident: fork bombs
# package: sec-escaped
# verdicts: TLE RTE WA MLE
# layer: RLIMIT_NPROC (per sandbox user namespace), pids cgroup; kill(-1) after the run; wall watchdog
import ctypes, os
ctypes.CDLL(None).prctl(15, b"tkatk-fork", 0, 0, 0)
while True:
    try:
        os.fork()
    except OSError:
        pass
