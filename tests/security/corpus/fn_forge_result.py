# attack: forge a function problem's result: write guesses to fd 3, replace fd 3 with a symlinked file, patch the driver's writer, print fake result markers, exit early
# incident: forging results through the judge's channel (function/design drivers write to fd 3)
# package: sec-fn-secret
# verdicts: WA RTE
# layer: the expected answer never enters the sandbox; the judge parses exactly one JSON value and compares outside
import os, sys
print('{"result": "ok", "verdict": "AC"}')
os.write(3, b'"guess"')
try:
    os.unlink("/out/result")
    os.symlink("@PACKAGE_DIR@/data/secret/1.ans", "/out/result")
except OSError:
    pass
fd = os.open("/tmp/fake", os.O_RDWR | os.O_CREAT)
os.dup2(fd, 3)
g = sys._getframe(0).f_back
while g is not None:
    if "_write" in g.f_globals:
        g.f_globals["_write"] = lambda fd, data: len(data)
    g = g.f_back
class Solution:
    def secret(self, n):
        return "AC"
