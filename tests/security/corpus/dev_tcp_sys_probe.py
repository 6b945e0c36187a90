# attack: bash /dev/tcp connections, and /sys probing (host network interfaces, cgroup files, block devices, DMI serials)
# incident: /dev/tcp-style networking; /sys host information leaks
# package: sec-escaped
# verdicts: WA
# layer: network namespace; /sys is not mounted
import os, subprocess
ok = []
for bash in ("/bin/bash", "/usr/bin/bash"):
    if os.path.exists(bash):
        try:
            r = subprocess.run([bash, "-c", "exec 3<>/dev/tcp/1.1.1.1/80 && echo up; exec 3<>/dev/tcp/127.0.0.1/22 && echo up"],
                               capture_output=True, timeout=3)
            if b"up" in r.stdout:
                ok.append("dev-tcp")
        except (OSError, subprocess.SubprocessError) as exc:
            print("no shell:", exc, file=__import__("sys").stderr)
        break
for path in ("/sys/class/net", "/sys/fs/cgroup", "/sys/block", "/sys/class/dmi/id/product_uuid", "/proc/1/root/sys/class/net"):
    try:
        names = os.listdir(path) if os.path.isdir(path) else [open(path).read()]
        if [n for n in names if n != "lo"]:
            ok.append(path)
    except OSError:
        pass
print("ESCAPED" if ok else "blocked")
