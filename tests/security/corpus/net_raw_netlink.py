# attack: raw IP and packet sockets, and netlink: bring up an interface / create a veth (needs CAP_NET_RAW / CAP_NET_ADMIN)
# incident: Judge0 CVE-2024-29021 (network), capabilities in a user namespace
# package: sec-escaped
# verdicts: WA
# layer: all capabilities dropped; network namespace; seccomp
import socket, struct
ok = []
for fam, typ, proto in [(socket.AF_INET, socket.SOCK_RAW, socket.IPPROTO_ICMP),
                        (socket.AF_INET6, socket.SOCK_RAW, socket.IPPROTO_ICMPV6),
                        (getattr(socket, "AF_PACKET", 17), socket.SOCK_RAW, 0x0300)]:
    try:
        socket.socket(fam, typ, proto)
        ok.append((fam, typ))
    except OSError:
        pass
try:
    nl = socket.socket(socket.AF_NETLINK, socket.SOCK_RAW, 0)  # NETLINK_ROUTE
    # RTM_NEWLINK on ifindex 1 (lo) with IFF_UP: needs CAP_NET_ADMIN over the netns
    ifi = struct.pack("BxHiII", 0, 0, 1, 1, 1)
    hdr = struct.pack("IHHII", 16 + len(ifi), 16, 0x1 | 0x4, 1, 0)
    nl.send(hdr + ifi)
    reply = nl.recv(4096)
    err = struct.unpack_from("i", reply, 16)[0]
    if err == 0:
        ok.append("netlink-setlink")
except OSError:
    pass
print("ESCAPED" if ok else "blocked")
