# attack: sleep forever (no CPU used), in a new session, ignoring SIGTERM
# incident: sleeping forever
# package: sec-escaped
# verdicts: TLE
# layer: wall-time watchdog in the supervisor (and on the host)
import os, signal, time
signal.signal(signal.SIGTERM, signal.SIG_IGN)
time.sleep(10 ** 6)
