# attack: read the judge's environment: os.environ, /proc/self/environ, /proc/1/environ, /proc/2/environ, every /proc/*/environ
# incident: Judge0 #564 (environment variables visible)
# package: sec-env
# verdicts: WA
# layer: --clearenv and a minimal environment for bwrap itself; the supervisor is not dumpable
import os
name = "@ENV_NAME@"
value = os.environ.get(name)
if value is None:
    for pid in ["self", "1", "2"] + [p for p in os.listdir("/proc") if p.isdigit()]:
        try:
            for item in open(f"/proc/{pid}/environ", "rb").read().split(b"\0"):
                if item.startswith(name.encode() + b"="):
                    value = item.split(b"=", 1)[1].decode()
        except OSError:
            pass
        if value:
            break
print(value or "not-found")
