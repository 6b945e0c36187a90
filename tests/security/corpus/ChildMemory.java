// attack: a Java program starts a python3 child that touches 300 MiB (over the 256 MiB limit, but within the JVM's 96 MiB overhead allowance plus the heap the JVM never used) and checks that the child holds it, without ever waiting for it (so its peak is nobody's); ESCAPED when the child was seen holding it
// incident: memory bombs (an allowance for the JVM's own overhead spent by another process)
// package: sec-escaped
// verdicts: RTE WA MLE TLE
// layer: for Java the JVM's own execve is the only one its process tree may make (supervisor's exec-once seccomp filter); the sandbox's memory cgroup
import java.nio.file.*;

public class Main {
    public static void main(String[] args) throws Exception {
        String script = "import sys, time\nblock = b'\\x03' * (300 << 20)\nprint('held', flush=True)\ntime.sleep(3)\n";
        Process child = new ProcessBuilder("/usr/bin/python3.11", "-S", "-c", script)
            .redirectErrorStream(true).start();
        byte[] line = new byte[5];
        int got = child.getInputStream().read(line);
        long rssKib = 0;
        for (String l : Files.readAllLines(Paths.get("/proc/" + child.pid() + "/status"))) {
            if (l.startsWith("VmRSS:")) rssKib = Long.parseLong(l.replaceAll("[^0-9]", ""));
        }
        System.out.println(got == 5 && rssKib > 290 * 1024 ? "ESCAPED" : "blocked");
        System.exit(0);
    }
}
