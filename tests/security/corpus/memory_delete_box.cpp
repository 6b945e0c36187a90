// attack: free memory the cap counted as held before the run: the binary carries 64 MiB of initialised data (64 MiB of tmpfs in /box when the cap is set), deletes /box/sol and replaces itself with python3, which forks 3 children that touch 100 MiB each (300 MiB together under a 256 MiB limit); ESCAPED when all three are seen holding their memory at once
// incident: memory bombs (a cap computed from the sandbox's usage must not count what the run can free)
// package: sec-escaped
// verdicts: MLE RTE TLE WA
// layer: the memory cap leaves the tmpfs pages of /box out of what the sandbox holds (they count against the run); the /box integrity check replaces the sandbox afterwards
#include <unistd.h>
static volatile char ballast[64u << 20] = {7};
int main() {
    if (ballast[12345] == 42) return 1;  // keep the array
    unlink("/box/sol");
    const char* script =
        "import os, time\n"
        "r, w = os.pipe()\n"
        "kids = []\n"
        "for _ in range(3):\n"
        "    pid = os.fork()\n"
        "    if pid == 0:\n"
        "        block = b'\\x02' * (100 << 20)\n"
        "        os.write(w, b'k'); time.sleep(1.0); os._exit(0)\n"
        "    kids.append(pid)\n"
        "os.close(w)\n"
        "got = b''\n"
        "while len(got) < 3:\n"
        "    part = os.read(r, 3)\n"
        "    if not part: break\n"
        "    got += part\n"
        "time.sleep(0.2)\n"
        "def holds(pid):\n"
        "    try:\n"
        "        status = open(f'/proc/{pid}/status').read()\n"
        "    except OSError:\n"
        "        return False\n"
        "    rss = [l for l in status.splitlines() if l.startswith('VmRSS:')]\n"
        "    return bool(rss) and int(rss[0].split()[1]) >= 95 * 1024\n"
        "print('ESCAPED' if len(got) == 3 and all(holds(p) for p in kids) else 'blocked')\n";
    execl("/usr/bin/python3.11", "python3.11", "-S", "-c", script, (char*)0);
    return 1;
}
