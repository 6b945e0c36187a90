# attack: exhaust the judge's memory through the result channel: 60 MiB of "[{},{},...]" on fd 3 (each {} becomes a Python dict in the judge)
# incident: killing the judge (memory exhaustion of the host process)
# package: sec-fn-secret
# verdicts: WA RTE OLE MLE
# layer: the result channel must be capped far below what the judge can afford to parse
import os
chunk = b"{}," * (1 << 20)
os.write(3, b"[")
for _ in range(20):
    view = memoryview(chunk)
    while view:
        view = view[os.write(3, view):]
os.write(3, b"{}]")
os._exit(0)
