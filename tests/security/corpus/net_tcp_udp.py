# attack: network: TCP to public and private addresses and host loopback services, UDP DNS query with a reply, AF_INET6, abstract UNIX sockets of the host
# incident: Judge0 CVE-2024-29021 (network enabled by default)
# package: sec-escaped
# verdicts: WA
# layer: network namespace (only an unconfigured loopback); seccomp (non-UNIX sockets)
import socket
ok = []
for family, addr in [(socket.AF_INET, ("1.1.1.1", 80)), (socket.AF_INET, ("10.0.0.1", 80)),
                     (socket.AF_INET, ("169.254.169.254", 80)), (socket.AF_INET, ("127.0.0.1", 22)),
                     (socket.AF_INET, ("127.0.0.1", 6379)), (socket.AF_INET6, ("::1", 22)),
                     (socket.AF_INET6, ("2606:4700:4700::1111", 80))]:
    try:
        s = socket.socket(family, socket.SOCK_STREAM)
        s.settimeout(0.3)
        s.connect(addr)
        ok.append(addr)
    except OSError:
        pass
try:
    u = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
    u.settimeout(0.3)
    u.sendto(b"\x12\x34\x01\x00\x00\x01\x00\x00\x00\x00\x00\x00\x07example\x03com\x00\x00\x01\x00\x01", ("8.8.8.8", 53))
    u.recvfrom(512)
    ok.append("udp-dns")
except OSError:
    pass
for name in (b"\0/tmp/.X11-unix/X0", b"\0/org/freedesktop/systemd1/notify", b"\0tiku"):
    try:
        s = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
        s.connect(name)
        ok.append(name)
    except OSError:
        pass
print("ESCAPED" if ok else "blocked")
