# attack: kill(-1, SIGKILL) (every process of the user), kill the process group 0, and PID 1
# incident: killing the judge or all processes of its user
# package: sec-escaped
# verdicts: RTE WA
# layer: PID namespace (only the sandbox's processes can be reached); the judge reports a dead sandbox as RTE and starts a new one
import os, signal
for target in (-1, 0, 1):
    try:
        os.kill(target, signal.SIGKILL)
    except OSError:
        pass
print("still here")
