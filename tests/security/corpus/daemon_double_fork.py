# attack: double-forked daemon in a new session, ignoring SIGTERM and SIGHUP, named tkatk: it tries to outlive the run, then writes into /out and /tmp of later tests and keeps a process alive on the host
# incident: double-forked daemons that outlive the run; setsid; processes ignoring SIGTERM
# package: sec-escaped
# verdicts: WA
# layer: supervisor is child subreaper and kill(-1, SIGKILL)s everything after each run; the sandbox dies with the judge
import ctypes, os, signal, sys, time
if os.fork() == 0:
    os.setsid()
    if os.fork() == 0:
        for s in (signal.SIGTERM, signal.SIGHUP, signal.SIGINT):
            signal.signal(s, signal.SIG_IGN)
        ctypes.CDLL(None).prctl(15, b"tkatk-daemon", 0, 0, 0)
        for _ in range(600):
            time.sleep(0.1)
            for p in ("/out/stdout", "/tmp/tkatk-late"):
                try:
                    with open(p, "a") as f:
                        f.write("ESCAPED\n")
                except OSError:
                    pass
        os._exit(0)
    os._exit(0)
time.sleep(0.1)
print("parent done")
