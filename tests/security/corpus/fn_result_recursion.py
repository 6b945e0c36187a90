# attack: crash the judge through the result channel: a deeply nested JSON array ([[[[...) on fd 3, which the judge parses in its own process
# incident: killing the judge (a result that makes the host-side parser raise)
# package: sec-fn-secret
# verdicts: WA RTE
# layer: the judge must treat any result bytes as untrusted: bounded depth, every parse error a WA
import os
data = b"[" * 200000
view = memoryview(data)
while view:
    view = view[os.write(3, view):]
os._exit(0)
