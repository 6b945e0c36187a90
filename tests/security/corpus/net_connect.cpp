// attack: C++: TCP connect to public, metadata and loopback addresses; UDP DNS query awaiting a reply; IPv6
// incident: Judge0 CVE-2024-29021 (network enabled by default)
// package: sec-escaped
// verdicts: WA
// layer: network namespace; seccomp
#include <arpa/inet.h>
#include <cstdio>
#include <cstring>
#include <fcntl.h>
#include <poll.h>
#include <sys/socket.h>
#include <unistd.h>
static bool tcp(const char* ip, int port) {
    int s = socket(AF_INET, SOCK_STREAM | SOCK_NONBLOCK, 0);
    if (s < 0) return false;
    sockaddr_in a{}; a.sin_family = AF_INET; a.sin_port = htons(port); inet_pton(AF_INET, ip, &a.sin_addr);
    connect(s, (sockaddr*)&a, sizeof a);
    pollfd p{s, POLLOUT, 0};
    if (poll(&p, 1, 300) <= 0) { close(s); return false; }
    int err = 0; socklen_t len = sizeof err; getsockopt(s, SOL_SOCKET, SO_ERROR, &err, &len);
    close(s);
    return err == 0;
}
int main() {
    bool ok = tcp("1.1.1.1", 80) || tcp("169.254.169.254", 80) || tcp("127.0.0.1", 22) || tcp("10.0.2.2", 80);
    int u = socket(AF_INET, SOCK_DGRAM, 0);
    if (u >= 0) {
        sockaddr_in a{}; a.sin_family = AF_INET; a.sin_port = htons(53); inet_pton(AF_INET, "8.8.8.8", &a.sin_addr);
        const char q[] = "\x12\x34\x01\x00\x00\x01\x00\x00\x00\x00\x00\x00\x07" "example\x03" "com\x00\x00\x01\x00\x01";
        if (sendto(u, q, sizeof q - 1, 0, (sockaddr*)&a, sizeof a) > 0) {
            pollfd p{u, POLLIN, 0};
            if (poll(&p, 1, 300) > 0) ok = true;
        }
    }
    int s6 = socket(AF_INET6, SOCK_STREAM, 0);
    if (s6 >= 0) {
        sockaddr_in6 a{}; a.sin6_family = AF_INET6; a.sin6_port = htons(80);
        inet_pton(AF_INET6, "2606:4700:4700::1111", &a.sin6_addr);
        if (connect(s6, (sockaddr*)&a, sizeof a) == 0) ok = true;
    }
    puts(ok ? "ESCAPED" : "blocked");
}
