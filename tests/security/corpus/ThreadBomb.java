// attack: Java thread bomb: start sleeping threads forever
// incident: thread bombs
// package: sec-escaped
// verdicts: TLE RTE WA MLE
// layer: RLIMIT_NPROC (256 for the JVM), -Xmx, CPU limit; pids cgroup
public class ThreadBomb {
    public static void main(String[] args) {
        while (true) {
            try {
                Thread t = new Thread(() -> { try { Thread.sleep(1000000); } catch (InterruptedException e) { } });
                t.setDaemon(true);
                t.start();
            } catch (Throwable e) { }
        }
    }
}
