# attack: raise the hard rlimits (CPU, address space, processes, file size, open files) and prlimit() the supervisor to lift its limits or lower them to break it
# incident: raising rlimits
# package: sec-escaped
# verdicts: WA
# layer: rlimits hard = soft and no CAP_SYS_RESOURCE; prlimit of another process needs the same credentials and it is non-dumpable/caps dropped; seccomp (prlimit64 on other PIDs)
import os, resource
ok = []
for name in ("RLIMIT_CPU", "RLIMIT_AS", "RLIMIT_NPROC", "RLIMIT_FSIZE", "RLIMIT_NOFILE", "RLIMIT_STACK"):
    kind = getattr(resource, name)
    soft, hard = resource.getrlimit(kind)
    if hard == resource.RLIM_INFINITY:
        continue
    try:
        resource.setrlimit(kind, (resource.RLIM_INFINITY, resource.RLIM_INFINITY))
        ok.append(name)
    except (ValueError, OSError):
        pass
for pid in (os.getppid(), 1):
    try:
        resource.prlimit(pid, resource.RLIMIT_NOFILE, (1, 1))
        ok.append(("prlimit", pid))
    except (PermissionError, OSError):
        pass
print("ESCAPED" if ok else "blocked")
