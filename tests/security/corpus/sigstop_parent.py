# attack: SIGSTOP the supervisor (so its watchdog cannot fire) and PID 1, then sleep forever
# incident: signalling the parent with SIGSTOP; sleeping forever
# package: sec-escaped
# verdicts: TLE RTE
# layer: the host's own watchdog (wall limit + 10 s) kills the whole sandbox; seccomp/kill filtering may stop it earlier
import os, signal, time
os.kill(os.getppid(), signal.SIGSTOP)
os.kill(1, signal.SIGSTOP)
time.sleep(3600)
